namespace QuantumApps.Cli.Runners;

/// <summary>
/// One geometry of a bond scan: the bond length (ångström) and the total energy (hartree) of each method, null when
/// a method produced no energy (CCSD not converged). <see cref="VqeExitReason"/> is the VQE stop reason
/// ("converged" or why not) when VQE ran.
/// </summary>
public sealed record ScanPoint(double BondAngstrom, IReadOnlyDictionary<string, double?> Energies, string? VqeExitReason)
{
    /// <summary>|E_VQE − E_FCI| when both are present.</summary>
    public double? VqeError =>
        Energies.GetValueOrDefault("vqe") is double v && Energies.GetValueOrDefault("fci") is double f ? v - f : null;

    public bool Equals(ScanPoint? other) =>
        other is not null && BondAngstrom.Equals(other.BondAngstrom) && VqeExitReason == other.VqeExitReason
        && Energies.Count == other.Energies.Count && Energies.All(kv => other.Energies.TryGetValue(kv.Key, out var v) && Nullable.Equals(v, kv.Value));

    public override int GetHashCode() => HashCode.Combine(BondAngstrom, Energies.Count);
}
