using System.Numerics;

namespace QuantumApps.Simulator.Operators;

/// <summary>
/// Mutable accumulator for building a <see cref="PauliSum"/> in hot construction paths: like terms are
/// merged in a dictionary keyed on the (X, Z) masks, and a string's phase i^k is folded into its
/// coefficient. <see cref="ToPauliSum"/> sorts once into canonical order.
/// </summary>
public sealed class PauliSumBuilder
{
    private readonly Dictionary<(ulong X, ulong Z), Complex> _terms = new();

    /// <summary>Creates a builder for operators on <paramref name="numQubits"/> qubits (1..64).</summary>
    public PauliSumBuilder(int numQubits)
    {
        if (numQubits < 0 || numQubits > 64) throw new QuantumAppsException($"a Pauli sum acts on 0..64 qubits, not {numQubits}");
        NumQubits = numQubits;
    }

    /// <summary>Number of qubits of the operator being built.</summary>
    public int NumQubits { get; }

    /// <summary>Number of distinct strings accumulated so far.</summary>
    public int Count => _terms.Count;

    /// <summary>Adds c·P (the phase of P is folded into c).</summary>
    public PauliSumBuilder Add(PauliString p, Complex c)
    {
        if (p.MaxQubit >= NumQubits) throw new QuantumAppsException($"Pauli string {p.ToLabel()} acts on qubit {p.MaxQubit}, outside the {NumQubits}-qubit register");
        var key = (p.X, p.Z);
        Complex v = c * p.PhaseFactor;
        _terms[key] = _terms.TryGetValue(key, out var old) ? old + v : v;
        return this;
    }

    /// <summary>Adds scale·S term by term.</summary>
    public PauliSumBuilder Add(PauliSum s, Complex scale)
    {
        foreach (var t in s.Terms) Add(t.Pauli, t.Coefficient * scale);
        return this;
    }

    /// <summary>The immutable, canonically ordered sum without terms whose |c| is below <paramref name="threshold"/>.</summary>
    public PauliSum ToPauliSum(double threshold = PauliSum.DefaultThreshold)
    {
        var list = new List<PauliTerm>(_terms.Count);
        foreach (var (key, c) in _terms)
        {
            if (c.Magnitude >= threshold) list.Add(new PauliTerm(new PauliString(key.X, key.Z), c));
        }
        return PauliSum.FromSortedUnique(NumQubits, list);
    }
}
