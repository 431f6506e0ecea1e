using System.Numerics;
using System.Runtime.InteropServices;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.States;

/// <summary>
/// The real cost diagonal C = diag(c_0, …, c_{2^n−1}) of QAOA (bit q of the index = qubit q), read block by block: the
/// QAOA sweeps ask for the c_b of one contiguous block of 2^<see cref="BlockQubits"/> amplitudes at a time
/// (<see cref="Block"/>), with <see cref="BlockQubits"/> = min(n, 12). Two forms hold the same values:
/// <list type="bullet">
/// <item><b>Dense</b> (<see cref="FromDiagonal"/>): the 2^n values as given, 8 bytes per amplitude.</item>
/// <item><b>Walsh form</b> (<see cref="FromPauliSum"/>): C = Σ_S w_S Z_S (Z_S = Π_{q∈S} Z_q, ⟨b|Z_S|b⟩ = (−1)^{|b∧S|}),
/// evaluated per block without any 2^n array. Split b = (h, x), x the low <see cref="BlockQubits"/> bits, h the rest,
/// S = (S_H, S_L): c(h, x) = L(x) + H(h) + Σ_{j∈low} a_j(h)(−1)^{x_j} + Σ_{|S_L|≥2, S_H≠∅} a_{S_L}(h)(−1)^{|x∧S_L|},
/// with L the terms with S_H = ∅ (a table of 2^low values), H the terms with S_L = ∅ (2^{n−low} values) and
/// a_j(h) = Σ_{S = {j} ∪ S_H} w_S (−1)^{|h∧S_H|} one table of 2^{n−low} values per low qubit j with such terms. For a
/// quadratic cost (MaxCut, Ising, QUBO) the last sum is empty and a block costs about two additions per amplitude:
/// Σ_j a_j(h)(−1)^{x_j} is built by doubling (t(x + 2^j) = t(x) − 2a_j(h)). Memory O(n·2^{n−low} + 2^low), i.e.
/// 0 bytes per amplitude.</item>
/// </list>
/// Construction scans every block once for the minimum, maximum and whether all values are integers with fewer than
/// 2^16 levels (then the cost phase uses a table of e^{−iγ(min+l)} instead of sin/cos per amplitude). Immutable (one
/// lazily computed, cached flag).
/// </summary>
public sealed class QaoaCost
{
    /// <summary>Bytes per amplitude of the dense form (one double).</summary>
    public const int DenseBytesPerAmplitude = sizeof(double);

    /// <summary>Qubits of one block: min(n, <see cref="MaxBlockQubits"/>).</summary>
    public const int MaxBlockQubits = QaoaKernels.LowQubits;

    private readonly double[]? _dense;
    private readonly double[] _low = [];
    private readonly double[] _high = [];
    private readonly (int Qubit, double[] Table)[] _linear = [];
    private readonly (int Mask, double[] Table)[] _mixed = [];
    private readonly (ulong Mask, double Weight)[] _terms = [];

    private QaoaCost(int numQubits, double[] dense)
    {
        NumQubits = numQubits;
        BlockQubits = Math.Min(numQubits, MaxBlockQubits);
        _dense = dense;
        (Min, Max, IntegerLevels) = Scan();
    }

    private QaoaCost(int numQubits, (ulong Mask, double Weight)[] terms)
    {
        NumQubits = numQubits;
        BlockQubits = Math.Min(numQubits, MaxBlockQubits);
        _terms = terms;
        int low = BlockQubits, high = numQubits - low;
        ulong lowMask = (1UL << low) - 1;
        _low = new double[1 << low];
        _high = new double[1 << high];
        var linear = new SortedDictionary<int, double[]>();
        var mixed = new SortedDictionary<int, double[]>();
        foreach (var (mask, w) in terms)
        {
            int sl = (int)(mask & lowMask);
            int sh = (int)(mask >> low);
            if (sh == 0)
            {
                AddCharacter(_low, sl, w);
            }
            else if (sl == 0)
            {
                AddCharacter(_high, sh, w);
            }
            else
            {
                var target = BitOperations.PopCount((uint)sl) == 1 ? linear : mixed;
                int key = BitOperations.PopCount((uint)sl) == 1 ? BitOperations.TrailingZeroCount(sl) : sl;
                if (!target.TryGetValue(key, out var table))
                {
                    table = new double[1 << high];
                    target[key] = table;
                }

                AddCharacter(table, sh, w);
            }
        }

        _linear = linear.Select(kv => (kv.Key, kv.Value)).ToArray();
        _mixed = mixed.Select(kv => (kv.Key, kv.Value)).ToArray();
        (Min, Max, IntegerLevels) = Scan();
    }

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>2^n.</summary>
    public long Length => 1L << NumQubits;

    /// <summary>Qubits of one block, min(n, 12): a block holds 2^BlockQubits consecutive indices.</summary>
    public int BlockQubits { get; }

    /// <summary>Number of blocks, 2^(n − <see cref="BlockQubits"/>).</summary>
    public long BlockCount => 1L << (NumQubits - BlockQubits);

    /// <summary>True for the dense form (8 bytes per amplitude), false for the Walsh form (no 2^n array).</summary>
    public bool IsDense => _dense is not null;

    /// <summary>Bytes per amplitude this cost holds: <see cref="DenseBytesPerAmplitude"/> dense, 0 in the Walsh form.</summary>
    public int BytesPerAmplitude => IsDense ? DenseBytesPerAmplitude : 0;

    /// <summary>Bytes of every array this cost holds (the dense values, or the block tables of the Walsh form).</summary>
    public long AllocatedBytes => _dense is not null
        ? (long)_dense.Length * sizeof(double)
        : ((long)_low.Length + _high.Length + _linear.Sum(l => (long)l.Table.Length) + _mixed.Sum(m => (long)m.Table.Length)) * sizeof(double);

    /// <summary>min_b c_b.</summary>
    public double Min { get; }

    /// <summary>max_b c_b (for MaxCut the maximum cut, found by the construction's scan).</summary>
    public double Max { get; }

    /// <summary>max − min + 1 when every c_b is an integer and max − min &lt; 2^16, else 0.</summary>
    internal int IntegerLevels { get; }

    /// <summary>
    /// True when c_b = c_{b̄} for every b (b̄ = b with all n bits flipped): in Walsh form when every term has an even
    /// number of Z factors (MaxCut, Ising without fields), for a dense diagonal by one comparison pass (cached).
    /// </summary>
    public bool IsSpinFlipSymmetric => _spinFlipSymmetric ??= _dense is null
        ? _terms.All(t => (BitOperations.PopCount(t.Mask) & 1) == 0 || t.Weight == 0)
        : DenseIsSpinFlipSymmetric(_dense);

    private bool? _spinFlipSymmetric;

    private static bool DenseIsSpinFlipSymmetric(double[] dense)
    {
        int all = dense.Length - 1;
        for (int b = 0; b < dense.Length; b++)
        {
            if (dense[b] != dense[b ^ all])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The dense values (only for the dense form).</summary>
    public ReadOnlySpan<double> Dense => _dense ?? throw new InvalidOperationException("the Walsh form of a QAOA cost holds no dense diagonal");

    /// <summary>
    /// The dense form of a diagonal of length 2^n ≥ 2 (every entry finite). Not copied when it is a whole array; do not
    /// modify it while the cost is used.
    /// </summary>
    public static QaoaCost FromDiagonal(ReadOnlyMemory<double> diagonal)
    {
        int length = diagonal.Length;
        if (length < 2 || !BitOperations.IsPow2(length))
        {
            throw new QuantumAppsException($"QAOA cost diagonal must have 2^n ≥ 2 entries, got {length}.");
        }

        var array = MemoryMarshal.TryGetArray(diagonal, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : diagonal.ToArray();
        return new QaoaCost(BitOperations.Log2((uint)length), array);
    }

    /// <summary>
    /// The Walsh form of a diagonal operator on n ≥ 1 qubits (terms of I and Z only; the real parts of the coefficients
    /// are used, as <see cref="PauliSum.Diagonal"/> does): c_b = Σ_S Re(w_S)(−1)^{|b∧S|}, no 2^n array.
    /// </summary>
    public static QaoaCost FromPauliSum(PauliSum diagonalOperator)
    {
        ArgumentNullException.ThrowIfNull(diagonalOperator);
        if (!diagonalOperator.IsDiagonal)
        {
            throw new QuantumAppsException("QAOA cost operator is not diagonal: it has terms with X or Y");
        }

        int n = diagonalOperator.NumQubits;
        if (n < 1 || n > MemoryGuard.MaxArrayQubits)
        {
            throw new QuantumAppsException($"QAOA cost operator must act on 1…{MemoryGuard.MaxArrayQubits} qubits, got {n}.");
        }

        var terms = diagonalOperator.Terms.Select(t => (t.Pauli.Z, t.Coefficient.Real)).OrderBy(t => t.Z).ToArray();
        if (terms.Any(t => !double.IsFinite(t.Real)))
        {
            throw new QuantumAppsException("QAOA cost operator has a non-finite coefficient.");
        }

        return new QaoaCost(n, terms);
    }

    /// <summary>Implicit dense form of a whole array (see <see cref="FromDiagonal"/>).</summary>
    public static implicit operator QaoaCost(double[] diagonal) => FromDiagonal(diagonal);

    /// <summary>Implicit dense form of a memory block (see <see cref="FromDiagonal"/>).</summary>
    public static implicit operator QaoaCost(ReadOnlyMemory<double> diagonal) => FromDiagonal(diagonal);

    /// <summary>The terms (S, w_S) of the Walsh form by increasing S (empty for the dense form).</summary>
    public IReadOnlyList<(ulong Mask, double Weight)> WalshTerms => _terms;

    /// <summary>
    /// The values c_b of block <paramref name="block"/> (indices block·2^BlockQubits …): a slice of the dense array, or
    /// written into <paramref name="scratch"/> (at least 2^BlockQubits long) in the Walsh form.
    /// </summary>
    public ReadOnlySpan<double> Block(long block, Span<double> scratch)
    {
        int size = 1 << BlockQubits;
        if (_dense is not null)
        {
            return _dense.AsSpan((int)(block << BlockQubits), size);
        }

        if (_high.Length == 1)
        {
            return _low;
        }

        var t = scratch[..size];
        int h = (int)block;
        double sum = 0;
        foreach (var (_, table) in _linear)
        {
            sum += table[h];
        }

        t[0] = _high[h] + sum;
        int filled = 1;
        int next = 0;
        for (int j = 0; j < BlockQubits; j++)
        {
            double step = 0;
            if (next < _linear.Length && _linear[next].Qubit == j)
            {
                step = -2 * _linear[next].Table[h];
                next++;
            }

            for (int x = 0; x < filled; x++)
            {
                t[filled + x] = t[x] + step;
            }

            filled <<= 1;
        }

        for (int x = 0; x < size; x++)
        {
            t[x] += _low[x];
        }

        foreach (var (mask, table) in _mixed)
        {
            double a = table[h];
            for (int x = 0; x < size; x++)
            {
                t[x] += (BitOperations.PopCount((uint)(x & mask)) & 1) == 0 ? a : -a;
            }
        }

        return t;
    }

    /// <summary>Σ_b w_b c_b over b = 0 … 2^n − 1 in increasing order (e.g. ⟨C⟩ from probabilities).</summary>
    public double Dot(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != Length)
        {
            throw new QuantumAppsException($"QAOA cost: {weights.Count} weights for {Length} cost values.");
        }

        double sum = 0;
        var scratch = new double[1 << BlockQubits];
        for (long block = 0; block < BlockCount; block++)
        {
            var c = Block(block, scratch);
            int offset = (int)(block << BlockQubits);
            for (int x = 0; x < c.Length; x++)
            {
                sum += weights[offset + x] * c[x];
            }
        }

        return sum;
    }

    /// <summary>c_b of one index.</summary>
    public double this[long index]
    {
        get
        {
            if (_dense is not null)
            {
                return _dense[index];
            }

            double sum = 0;
            foreach (var (mask, w) in _terms)
            {
                sum += (BitOperations.PopCount((ulong)index & mask) & 1) == 0 ? w : -w;
            }

            return sum;
        }
    }

    private static void AddCharacter(double[] table, int mask, double weight)
    {
        for (int x = 0; x < table.Length; x++)
        {
            table[x] += (BitOperations.PopCount((uint)(x & mask)) & 1) == 0 ? weight : -weight;
        }
    }

    private (double Min, double Max, int Levels) Scan()
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        bool integral = true;
        var scratch = new double[1 << BlockQubits];
        for (long block = 0; block < BlockCount; block++)
        {
            foreach (double c in Block(block, scratch))
            {
                if (!double.IsFinite(c))
                {
                    throw new QuantumAppsException("QAOA cost diagonal has a non-finite entry.");
                }

                min = Math.Min(min, c);
                max = Math.Max(max, c);
                integral &= Math.Floor(c) == c;
            }
        }

        return (min, max, integral && max - min < 1 << 16 ? (int)(max - min) + 1 : 0);
    }
}
