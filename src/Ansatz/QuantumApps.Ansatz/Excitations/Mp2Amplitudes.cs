using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Simulator;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// MP2 first-order amplitudes as a UCCSD starting point: for a spin-orbital double τ = a†_a a†_b a_j a_i,
/// t_ij^ab = ⟨ab||ij⟩ / (ε_i + ε_j − ε_a − ε_b) with ⟨ab||ij⟩ = ⟨ab|ij⟩ − ⟨ab|ji⟩, ⟨pq|rs⟩ = (pr|qs)·δ_σpσr·δ_σqσs
/// (chemists' integrals of the spatial orbitals) and ε_p = f_pp (closed-shell Fock diagonal). Since
/// exp(θ(τ − τ†))|HF⟩ = |HF⟩ + θ·τ|HF⟩ + O(θ²) and the first-order wavefunction is Σ t·τ|HF⟩, θ = t. Singles start at 0
/// (Brillouin: they vanish at first order for canonical RHF orbitals). Needs canonical orbitals.
/// </summary>
public static class Mp2Amplitudes
{
    /// <summary>The initial point for an <see cref="ExcitationAnsatz"/> whose steps are each on their own parameter.</summary>
    public static double[] InitialPoint(MolecularHamiltonian hamiltonian, ExcitationAnsatz ansatz)
    {
        ClosedShellReference.RequireClosedShell(hamiltonian, "MP2 initial amplitudes");
        int n = hamiltonian.NumOrbitals;
        var f = ClosedShellReference.Fock(hamiltonian);
        var x = new double[ansatz.NumParameters];
        foreach (var step in ansatz.Steps)
        {
            var e = step.Excitation;
            if (e.Rank != 2) continue;
            int i = e.Annihilated[0], j = e.Annihilated[1], a = e.Created[0], b = e.Created[1];
            if (e.MaxOrbital >= 2 * n) throw new QuantumAppsException($"excitation {e} is outside the {2 * n} spin orbitals of the Hamiltonian");
            double direct = Physicist(hamiltonian, a, b, i, j);
            double exchange = Physicist(hamiltonian, a, b, j, i);
            double denominator = f[(i >> 1) * (n + 1)] + f[(j >> 1) * (n + 1)] - f[(a >> 1) * (n + 1)] - f[(b >> 1) * (n + 1)];
            x[step.ParameterIndex] = (direct - exchange) / denominator / step.Coefficient;
        }
        return x;
    }

    /// <summary>⟨pq|rs⟩ over spin orbitals = (pr|qs) if spin(p) = spin(r) and spin(q) = spin(s), else 0.</summary>
    private static double Physicist(MolecularHamiltonian h, int p, int q, int r, int s) =>
        (p & 1) == (r & 1) && (q & 1) == (s & 1) ? h.G(p >> 1, r >> 1, q >> 1, s >> 1) : 0.0;
}
