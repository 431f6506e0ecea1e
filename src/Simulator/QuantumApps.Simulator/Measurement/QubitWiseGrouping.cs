using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// Partitions the non-identity terms of a Pauli sum into qubit-wise-commuting groups by greedy largest-first
/// colouring of the conflict graph (an edge joins two terms that do not qubit-wise commute): terms are taken by
/// decreasing conflict degree, ties by canonical term order, and each goes into the first existing group it
/// qubit-wise commutes with (equivalently: agrees with the group's basis on every shared qubit), else opens a new
/// group. Deterministic. The identity term is left out: its expectation is its coefficient, with no shots.
/// Terms inside a group keep canonical order. O(T²) for T terms.
/// </summary>
public static class QubitWiseGrouping
{
    /// <summary>The groups, in order of creation.</summary>
    public static IReadOnlyList<MeasurementGroup> Group(PauliSum h)
    {
        var terms = h.Terms.Where(t => !t.Pauli.IsIdentity).ToArray();
        int n = terms.Length;
        var degree = new int[n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (!terms[i].Pauli.QubitWiseCommutesWith(terms[j].Pauli)) { degree[i]++; degree[j]++; }
        var order = Enumerable.Range(0, n).OrderByDescending(i => degree[i]).ThenBy(i => i).ToArray();
        var members = new List<List<int>>();
        var bases = new List<PauliString>();
        foreach (int i in order)
        {
            var p = terms[i].Pauli;
            int g = bases.FindIndex(b => b.QubitWiseCommutesWith(p));
            if (g < 0)
            {
                members.Add([i]);
                bases.Add(p);
            }
            else
            {
                members[g].Add(i);
                bases[g] = new PauliString(bases[g].X | p.X, bases[g].Z | p.Z);
            }
        }
        var groups = new MeasurementGroup[members.Count];
        for (int g = 0; g < groups.Length; g++)
        {
            members[g].Sort();
            groups[g] = new MeasurementGroup(members[g].Select(i => terms[i]).ToArray(), bases[g]);
        }
        return groups;
    }
}
