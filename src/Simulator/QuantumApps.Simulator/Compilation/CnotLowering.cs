using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Rewrites a circuit into single-qubit gates and CNOTs. A Pauli rotation exp(−iθ/2·P) on support q_0 &lt; … &lt; q_m
/// becomes: basis change (H for X, RX(π/2) for Y: RX(−π/2)·Z·RX(π/2) = Y), the CNOT ladder
/// CNOT(q_0,q_1)…CNOT(q_{m−1},q_m) that collects the parity on q_m, RZ(θ) on q_m, the ladder reversed, and the
/// basis change undone — 2m CNOTs, the count <see cref="Gate.CnotCount"/> states. Other supported gates (X, Y, Z,
/// H, RX, RY, RZ, CNOT, SWAP→3 CNOTs) are copied; the parameter vector is unchanged. Any other gate is refused.
/// </summary>
public static class CnotLowering
{
    /// <summary>The lowered circuit (same qubits, same parameters, same unitary up to global phase).</summary>
    public static Circuit Lower(Circuit circuit)
    {
        var b = new CircuitBuilder(circuit.NumQubits, circuit.NumParameters);
        foreach (var g in circuit.Gates)
        {
            var q = g.Qubits;
            switch (g.Kind)
            {
                case GateKind.I: break;
                case GateKind.X: b.X(q[0]); break;
                case GateKind.Y: b.Y(q[0]); break;
                case GateKind.Z: b.Z(q[0]); break;
                case GateKind.H: b.H(q[0]); break;
                case GateKind.RX: b.Rx(q[0], g.Angles[0]); break;
                case GateKind.RY: b.Ry(q[0], g.Angles[0]); break;
                case GateKind.RZ: b.Rz(q[0], g.Angles[0]); break;
                case GateKind.CNOT: b.Cnot(q[0], q[1]); break;
                case GateKind.SWAP:
                    b.Cnot(q[0], q[1]).Cnot(q[1], q[0]).Cnot(q[0], q[1]);
                    break;
                case GateKind.PauliRotation: LowerRotation(b, g); break;
                default: throw new QuantumAppsException($"CNOT lowering does not support {g.Name} gates");
            }
        }
        return b.Build();
    }

    private static void LowerRotation(CircuitBuilder b, Gate g)
    {
        var p = g.Pauli;
        var support = g.Qubits;
        if (support.Count == 0) return;
        foreach (int q in support) BasisChange(b, p, q, forward: true);
        for (int k = 0; k + 1 < support.Count; k++) b.Cnot(support[k], support[k + 1]);
        b.Rz(support[^1], g.Angles[0]);
        for (int k = support.Count - 2; k >= 0; k--) b.Cnot(support[k], support[k + 1]);
        foreach (int q in support) BasisChange(b, p, q, forward: false);
    }

    private static void BasisChange(CircuitBuilder b, Simulator.Operators.PauliString p, int q, bool forward)
    {
        bool x = ((p.X >> q) & 1) != 0, z = ((p.Z >> q) & 1) != 0;
        if (x && !z) b.H(q);
        else if (x && z) b.Rx(q, forward ? Math.PI / 2 : -Math.PI / 2);
    }
}
