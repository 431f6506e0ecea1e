using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Ansatz.Compilation;

/// <summary>
/// A simple greedy router for a linear chain 0 — 1 — … — n−1 (only neighbours may share a CNOT). Start with the
/// identity layout. For each CNOT whose logical qubits sit on physical qubits more than one apart, the control is
/// moved one step at a time toward the target by SWAPs with its neighbour (each SWAP = 3 CNOTs, updating the
/// layout, never swapped back), then the CNOT is applied between neighbours. Single-qubit gates follow their
/// logical qubit. Input must be CNOT-level (<see cref="CnotLowering"/>): single-qubit gates and CNOTs only.
/// </summary>
public static class LinearChainRouter
{
    /// <summary>Routes <paramref name="circuit"/> (see the type remarks).</summary>
    public static RoutedCircuit Route(Circuit circuit)
    {
        int n = circuit.NumQubits;
        var physical = new int[n];
        var logical = new int[n];
        for (int q = 0; q < n; q++) physical[q] = logical[q] = q;
        var b = new CircuitBuilder(n, circuit.NumParameters);
        int swaps = 0;
        foreach (var g in circuit.Gates)
        {
            if (g.Kind == GateKind.CNOT)
            {
                int c = g.Qubits[0], t = g.Qubits[1];
                while (Math.Abs(physical[c] - physical[t]) > 1)
                {
                    int from = physical[c], to = from + Math.Sign(physical[t] - from);
                    int other = logical[to];
                    b.Cnot(from, to).Cnot(to, from).Cnot(from, to);
                    swaps++;
                    (physical[c], physical[other]) = (to, from);
                    logical[to] = c;
                    logical[from] = other;
                }
                b.Cnot(physical[c], physical[t]);
                continue;
            }
            if (g.Qubits.Count != 1) throw new QuantumAppsException($"the linear-chain router needs a CNOT-level circuit; found a {g.Name} gate");
            int p = physical[g.Qubits[0]];
            switch (g.Kind)
            {
                case GateKind.I: break;
                case GateKind.X: b.X(p); break;
                case GateKind.Y: b.Y(p); break;
                case GateKind.Z: b.Z(p); break;
                case GateKind.H: b.H(p); break;
                case GateKind.RX: b.Rx(p, g.Angles[0]); break;
                case GateKind.RY: b.Ry(p, g.Angles[0]); break;
                case GateKind.RZ: b.Rz(p, g.Angles[0]); break;
                default: throw new QuantumAppsException($"the linear-chain router does not support {g.Name} gates");
            }
        }
        return new RoutedCircuit(b.Build(), physical, swaps);
    }
}
