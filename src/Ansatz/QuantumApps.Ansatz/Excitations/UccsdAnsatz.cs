using QuantumApps.Ansatz.References;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// Unitary coupled cluster with singles and doubles, one Trotter step, on the Hartree–Fock determinant:
/// |ψ(θ)⟩ = Π_{doubles} exp(θ_d(τ_d − τ_d†)) · Π_{singles} exp(θ_s(τ_s − τ_s†)) |HF⟩ — singles applied first, each in
/// <see cref="ExcitationPool"/> order; one parameter per spin-orbital excitation (singles first in the parameter
/// vector). θ = 0 is Hartree–Fock.
/// </summary>
public static class UccsdAnsatz
{
    /// <summary>The UCCSD ansatz on 2·numOrbitals qubits.</summary>
    public static ExcitationAnsatz Create(int numOrbitals, int numAlpha, int numBeta)
    {
        var pool = ExcitationPool.SinglesAndDoubles(numOrbitals, numAlpha, numBeta);
        return new ExcitationAnsatz("uccsd", 2 * numOrbitals, HartreeFockState.BasisIndex(numOrbitals, numAlpha, numBeta),
            pool.Select((e, k) => new ExcitationStep(e, k)));
    }
}
