using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// Jordan–Wigner Pauli form of an excitation generator, through the chemistry mapping (an independent path from
/// <see cref="ExcitationKernel"/>): A = τ − τ† = Σ_k i·b_k·P_k with real b_k (A is anti-Hermitian) — 2 strings
/// for a single, 8 for a double. The strings of one excitation commute, so exp(θA) = Π_k exp(iθ b_k P_k) =
/// Π_k R_{P_k}(−2 b_k θ) exactly, with R_P(φ) = exp(−iφ/2·P) the circuit's Pauli rotation.
/// </summary>
public static class ExcitationDecomposition
{
    /// <summary>The strings P_k and real weights b_k of A = Σ i·b_k·P_k on <paramref name="numQubits"/> qubits.</summary>
    public static IReadOnlyList<(PauliString Pauli, double Weight)> PauliTerms(FermionicExcitation excitation, int numQubits)
    {
        var op = excitation.Rank == 1
            ? ExcitationGenerator.Single(excitation.Annihilated[0], excitation.Created[0])
            : ExcitationGenerator.Double(excitation.Annihilated[0], excitation.Annihilated[1], excitation.Created[0], excitation.Created[1]);
        var mapped = QubitHamiltonian.MapOperator(op, MappingKind.JordanWigner, numQubits);
        var terms = new List<(PauliString, double)>();
        foreach (var t in mapped.Terms)
        {
            if (Math.Abs(t.Coefficient.Real) > 1e-12 || t.Pauli.Phase != 0)
                throw new QuantumAppsException($"excitation {excitation} did not map to an anti-Hermitian Pauli sum (term {t.Pauli} has coefficient {t.Coefficient})");
            terms.Add((t.Pauli, t.Coefficient.Imaginary));
        }
        return terms;
    }

    /// <summary>Appends exp(c·θ_p·A) as Pauli rotations R_{P_k}(−2·c·b_k·θ_p).</summary>
    public static void AppendRotations(CircuitBuilder builder, FermionicExcitation excitation, int parameterIndex, double coefficient)
    {
        foreach (var (pauli, weight) in PauliTerms(excitation, builder.NumQubits))
            builder.PauliRotation(pauli, Angle.Parameter(parameterIndex, -2 * coefficient * weight));
    }
}
