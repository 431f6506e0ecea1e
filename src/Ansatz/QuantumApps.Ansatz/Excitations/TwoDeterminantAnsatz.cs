using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// The hardware-minimal one-parameter circuit for a state in the span of two determinants (basis states) |a⟩ and |b⟩, the
/// form used for H2 in a minimal basis on hardware (O'Malley et al., PRX 6, 031007 (2016): 2 qubits after tapering;
/// Kandala et al., Nature 549, 242 (2017): parity mapping with two-qubit reduction; Hempel et al., PRX 8, 031022 (2018):
/// 4 qubits). Let d = a ⊕ b, p the lowest set bit of d, |lo⟩ the one of a, b with bit p clear and |hi⟩ the other. The
/// circuit is X on every set bit of lo, RY(θ) on qubit p, then CNOT(p → q) for every other set bit q of d:
/// |ψ(θ)⟩ = cos(θ/2)|lo⟩ + sin(θ/2)|hi⟩ with popcount(d) − 1 CNOTs (1 for the 2-qubit tapered H2, 3 for 4-qubit
/// Jordan–Wigner H2). Real amplitudes suffice for a real Hamiltonian. Qubit q = bit q of the basis index.
/// </summary>
public static class TwoDeterminantAnsatz
{
    /// <summary>The circuit (one parameter θ) preparing cos(θ/2)|lo⟩ + sin(θ/2)|hi⟩ on <paramref name="numQubits"/> qubits.</summary>
    public static Circuit Build(int numQubits, ulong first, ulong second)
    {
        if (numQubits < 1 || numQubits > 62) throw new QuantumAppsException($"the two-determinant circuit needs 1..62 qubits, got {numQubits}");
        ulong limit = 1UL << numQubits;
        if (first >= limit || second >= limit) throw new QuantumAppsException($"basis indices {first} and {second} do not fit into {numQubits} qubits");
        if (first == second) throw new QuantumAppsException($"the two determinants must differ, both are {first}");
        ulong d = first ^ second;
        int p = BitOperations.TrailingZeroCount(d);
        ulong lo = ((first >> p) & 1) == 0 ? first : second;
        var b = new CircuitBuilder(numQubits, 1);
        for (int q = 0; q < numQubits; q++)
            if (((lo >> q) & 1) != 0) b.X(q);
        b.Ry(p, Angle.Parameter(0));
        for (int q = p + 1; q < numQubits; q++)
            if (((d >> q) & 1) != 0) b.Cnot(p, q);
        return b.Build();
    }

    /// <summary>
    /// The exact minimum of E(θ) = ⟨ψ(θ)|H|ψ(θ)⟩ over θ for a one-parameter circuit whose parameter enters a single rotation
    /// exp(−iθP/2): then E(θ) = A + B cos θ + C sin θ, and three evaluations fix it (Rotosolve; Ostaszewski, Grant &amp;
    /// Benedetti, Quantum 5, 391 (2021)): A = (E(0) + E(π))/2, B = (E(0) − E(π))/2, C = E(π/2) − A; the minimum
    /// A − √(B² + C²) lies at θ* = atan2(−C, −B).
    /// </summary>
    public static (double Angle, double Energy) Minimize(Circuit circuit, PauliSum hamiltonian)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(hamiltonian);
        if (circuit.NumParameters != 1) throw new QuantumAppsException($"the sinusoid minimiser needs a one-parameter circuit, this one has {circuit.NumParameters}");
        double E(double t) => circuit.Run([t]).Expectation(hamiltonian);
        double e0 = E(0), ePi = E(Math.PI), eHalf = E(Math.PI / 2);
        double a = (e0 + ePi) / 2, bCos = (e0 - ePi) / 2, cSin = eHalf - a;
        double theta = Math.Atan2(-cSin, -bCos);
        return (theta, E(theta));
    }
}
