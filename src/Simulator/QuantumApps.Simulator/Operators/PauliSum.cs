using System.Numerics;

namespace QuantumApps.Simulator.Operators;

/// <summary>
/// An immutable linear combination Σ_k c_k P_k of Pauli strings on <see cref="NumQubits"/> qubits.
/// Invariants: strings have phase i^0, appear once (like terms merged), are sorted canonically by
/// (X mask, Z mask) so terms sharing an X mask are adjacent, and terms with |c_k| below the threshold
/// (default 1e-12) are dropped. Qubit q is bit q of a basis index; labels are written qubit 0 first.
/// <para>Text format (one term per line): a coefficient, then the Pauli letters with qubit indices,
/// e.g. <c>-0.0453 X0 X1 Y2 Y3</c>, or in compact form <c>-0.0453 XXYY</c> (qubit 0 first); a line with
/// only a coefficient (or <c>c I</c>) is the identity term; a complex coefficient is written
/// <c>(re,im)</c>; <c>#</c> starts a comment; an optional line <c>qubits N</c> fixes the register size.</para>
/// </summary>
public sealed class PauliSum : IEquatable<PauliSum>
{
    /// <summary>Coefficients below this magnitude are dropped by default.</summary>
    public const double DefaultThreshold = 1e-12;

    private readonly PauliTerm[] _terms;
    private Kernels.GroupedPauliSum? _grouped;

    private PauliSum(int numQubits, PauliTerm[] sortedTerms)
    {
        NumQubits = numQubits;
        _terms = sortedTerms;
    }

    /// <summary>Number of qubits of the register the operator acts on.</summary>
    public int NumQubits { get; }

    /// <summary>Terms in canonical order.</summary>
    public IReadOnlyList<PauliTerm> Terms => _terms;

    /// <summary>Number of terms (the identity term included if present).</summary>
    public int Count => _terms.Length;

    /// <summary>The zero operator.</summary>
    public static PauliSum Zero(int numQubits) => new PauliSumBuilder(numQubits).ToPauliSum();

    /// <summary>c·I.</summary>
    public static PauliSum Identity(int numQubits, Complex c) => new PauliSumBuilder(numQubits).Add(PauliString.Identity, c).ToPauliSum();

    /// <summary>A single term c·P.</summary>
    public static PauliSum FromTerm(int numQubits, PauliString p, Complex c) => new PauliSumBuilder(numQubits).Add(p, c).ToPauliSum();

    /// <summary>Builds a canonical sum: merges like terms, folds phases, drops |c| &lt; threshold.</summary>
    public static PauliSum FromTerms(int numQubits, IEnumerable<PauliTerm> terms, double threshold = DefaultThreshold)
    {
        var b = new PauliSumBuilder(numQubits);
        foreach (var t in terms) b.Add(t.Pauli, t.Coefficient);
        return b.ToPauliSum(threshold);
    }

    internal static PauliSum FromSortedUnique(int numQubits, List<PauliTerm> terms)
    {
        var arr = terms.ToArray();
        Array.Sort(arr, static (a, b) => a.Pauli.CompareTo(b.Pauli));
        return new PauliSum(numQubits, arr);
    }

    /// <summary>The same operator on a register of <paramref name="numQubits"/> ≥ the highest used qubit + 1.</summary>
    public PauliSum WithNumQubits(int numQubits)
    {
        int max = _terms.Length == 0 ? -1 : _terms.Max(t => t.Pauli.MaxQubit);
        if (numQubits <= max) throw new QuantumAppsException($"operator acts on qubit {max}; cannot shrink it to {numQubits} qubits");
        return new PauliSum(numQubits, _terms);
    }

    /// <summary>The kernel layout (terms grouped by X mask), built once on first use.</summary>
    internal Kernels.GroupedPauliSum Grouped => _grouped ??= new Kernels.GroupedPauliSum(this);

    /// <summary>This operator on at least <paramref name="numQubits"/> qubits (itself when already that large).</summary>
    public PauliSum WithNumQubitsAtLeast(int numQubits) => numQubits <= NumQubits ? this : WithNumQubits(numQubits);

    /// <summary>True when every term is made of I and Z only.</summary>
    public bool IsDiagonal => _terms.All(t => t.Pauli.X == 0);

    /// <summary>True when every coefficient is real to within <paramref name="tolerance"/> (Pauli strings are Hermitian).</summary>
    public bool IsHermitian(double tolerance = 1e-10) => _terms.All(t => Math.Abs(t.Coefficient.Imaginary) <= tolerance);

    /// <summary>Coefficient of the identity term (0 if absent).</summary>
    public Complex IdentityCoefficient => _terms.Length > 0 && _terms[0].Pauli.IsIdentity ? _terms[0].Coefficient : Complex.Zero;

    /// <summary>Coefficient of P (phase-free) in this sum, 0 if absent.</summary>
    public Complex CoefficientOf(PauliString p)
    {
        var key = p.WithoutPhase();
        int lo = 0, hi = _terms.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = _terms[mid].Pauli.CompareTo(key);
            if (c == 0) return _terms[mid].Coefficient * p.PhaseFactor;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return Complex.Zero;
    }

    /// <summary>Σ c_k P_k → Σ conj(c_k) P_k (Pauli strings are Hermitian).</summary>
    public PauliSum Adjoint() => new(NumQubits, _terms.Select(t => t with { Coefficient = Complex.Conjugate(t.Coefficient) }).ToArray());

    /// <summary>The sum with imaginary parts of coefficients removed (after checking Hermiticity).</summary>
    public PauliSum RealPart() => FromTerms(NumQubits, _terms.Select(t => t with { Coefficient = t.Coefficient.Real }));

    /// <summary>[A, B] = AB − BA; only anticommuting pairs contribute 2·a·b·(P_a P_b).</summary>
    public static PauliSum Commutator(PauliSum a, PauliSum b)
    {
        var r = new PauliSumBuilder(Math.Max(a.NumQubits, b.NumQubits));
        foreach (var ta in a._terms)
            foreach (var tb in b._terms)
                if (!ta.Pauli.CommutesWith(tb.Pauli))
                    r.Add(ta.Pauli * tb.Pauli, 2 * ta.Coefficient * tb.Coefficient);
        return r.ToPauliSum();
    }

    public static PauliSum operator +(PauliSum a, PauliSum b) =>
        new PauliSumBuilder(Math.Max(a.NumQubits, b.NumQubits)).Add(a, 1).Add(b, 1).ToPauliSum();

    public static PauliSum operator -(PauliSum a, PauliSum b) =>
        new PauliSumBuilder(Math.Max(a.NumQubits, b.NumQubits)).Add(a, 1).Add(b, -1).ToPauliSum();

    public static PauliSum operator -(PauliSum a) => -1.0 * a;

    public static PauliSum operator *(Complex s, PauliSum a) => new PauliSumBuilder(a.NumQubits).Add(a, s).ToPauliSum();

    public static PauliSum operator *(double s, PauliSum a) => (Complex)s * a;

    public static PauliSum operator *(PauliSum a, PauliSum b)
    {
        var r = new PauliSumBuilder(Math.Max(a.NumQubits, b.NumQubits));
        foreach (var ta in a._terms)
            foreach (var tb in b._terms)
                r.Add(ta.Pauli * tb.Pauli, ta.Coefficient * tb.Coefficient);
        return r.ToPauliSum();
    }

    /// <summary>
    /// The real diagonal d_b = Σ_k Re(c_k)·(−1)^|b ∧ z_k| of a Z-only sum over all 2^n basis states b,
    /// computed by one fast Walsh–Hadamard transform of the coefficients indexed by Z mask (O(n·2^n)).
    /// </summary>
    public double[] Diagonal()
    {
        if (!IsDiagonal) throw new QuantumAppsException("operator is not diagonal: it has terms with X or Y");
        MemoryGuard.EnsureFits(NumQubits, sizeof(double), "the cost diagonal");
        var d = new double[1L << NumQubits];
        foreach (var t in _terms) d[t.Pauli.Z] += t.Coefficient.Real;
        Kernels.WalshHadamardKernel.Transform(d);
        return d;
    }

    /// <summary>Greatest |c| of the terms (the operator norm is at most the sum of |c|).</summary>
    public double OneNorm => _terms.Sum(t => t.Coefficient.Magnitude);

    /// <summary>Parses the text format documented on the type; errors name the source, line and column.</summary>
    public static PauliSum Parse(string text, string? sourceName = null) => IO.PauliSumText.Parse(text, sourceName);

    /// <summary>One term per line in the indexed text format, full round-trip precision.</summary>
    public override string ToString() => IO.PauliSumText.Format(this, compact: false);

    /// <summary>One term per line in the compact text format (qubit 0 first).</summary>
    public string ToCompactString() => IO.PauliSumText.Format(this, compact: true);

    /// <summary>True when both sums have the same terms with coefficients within <paramref name="tolerance"/>.</summary>
    public bool ApproximatelyEquals(PauliSum other, double tolerance)
    {
        var diff = this - other;
        return diff._terms.All(t => t.Coefficient.Magnitude <= tolerance);
    }

    public bool Equals(PauliSum? other) =>
        other is not null && NumQubits == other.NumQubits && _terms.AsSpan().SequenceEqual(other._terms);

    public override bool Equals(object? obj) => Equals(obj as PauliSum);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(NumQubits);
        foreach (var t in _terms) h.Add(t);
        return h.ToHashCode();
    }
}
