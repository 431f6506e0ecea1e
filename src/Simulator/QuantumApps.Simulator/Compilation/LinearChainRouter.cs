using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Greedy SWAP insertion for a linear chain 0 — 1 — … — (n−1), starting from the trivial layout (logical q on physical q).
/// Gates are processed in order; for a two-qubit gate on logical (a, b) whose physical positions are more than one apart,
/// the qubit at the higher position is swapped one step toward the other until they are adjacent (|pa − pb| − 1 SWAPs),
/// the layout is updated, and the gate is emitted on the physical pair. No lookahead and no final un-permutation: simple,
/// deterministic and an upper bound on what an optimising router (e.g. SABRE) would need.
/// </summary>
public static class LinearChainRouter
{
    /// <summary>Routes <paramref name="circuit"/> (decomposed to one- and two-qubit gates first).</summary>
    public static RoutedCircuit Route(Circuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var lowered = CircuitDecomposer.ToTwoQubitGates(circuit);
        int n = lowered.NumQubits;
        var pos = Enumerable.Range(0, n).ToArray();   // logical → physical
        var at = Enumerable.Range(0, n).ToArray();    // physical → logical
        var b = new CircuitBuilder(n, lowered.NumParameters);
        int swaps = 0;
        foreach (var g in lowered.Gates)
        {
            if (g.Qubits.Count == 2)
            {
                int la = g.Qubits[0], lb = g.Qubits[1];
                while (Math.Abs(pos[la] - pos[lb]) > 1)
                {
                    int moving = pos[la] > pos[lb] ? la : lb;
                    int p = pos[moving], target = p - 1;
                    b.Swap(target, p);
                    swaps++;
                    int other = at[target];
                    at[target] = moving; at[p] = other;
                    pos[moving] = target; pos[other] = p;
                }
            }
            CircuitDecomposer.Copy(b, g, pos);
        }
        return new RoutedCircuit(b.Build(), swaps, pos);
    }
}
