namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// One SCF attempt of the path the RHF driver took (<see cref="ScfResult.Path"/>): the first attempt is plain DIIS
/// from the guess; when it stalls or hits the iteration limit, rescue attempts with <see cref="ScfCures"/> follow
/// (<see cref="RhfSolver"/>); a stability follow-up starts a new attempt too.
/// </summary>
/// <param name="Cures">Convergence aids used.</param>
/// <param name="Iterations">Fock builds of this attempt.</param>
/// <param name="Converged">Whether this attempt converged.</param>
/// <param name="TotalEnergy">Energy at its last iteration (hartree).</param>
/// <param name="StabilityFollowUp">True when the attempt started from orbitals rotated along an unstable mode.</param>
public sealed record ScfAttempt(ScfCures Cures, int Iterations, bool Converged, double TotalEnergy, bool StabilityFollowUp)
{
    /// <summary>The cures in kebab case ("damping", "level-shift", "adiis", "sad-guess"); empty for plain DIIS.</summary>
    public IReadOnlyList<string> CureNames => Names(Cures);

    /// <summary>The kebab-case names of the flags set in <paramref name="cures"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Names(ScfCures cures) => Enum.GetValues<ScfCures>()
        .Where(c => c != ScfCures.None && cures.HasFlag(c))
        .Select(c => c switch
        {
            ScfCures.Damping => "damping",
            ScfCures.LevelShift => "level-shift",
            ScfCures.Adiis => "adiis",
            _ => "sad-guess",
        })
        .ToArray();

    /// <summary>"diis" or the cures joined by '+', e.g. "sad-guess+adiis+level-shift".</summary>
    public string Describe() => Cures == ScfCures.None ? "diis" : string.Join('+', CureNames);
}
