using System.Numerics;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// A Pauli sum restricted to a sector: basis states s_i (sorted) and y = H·x on sector vectors, computed
/// matrix-free as y[idx(b ⊕ x_g)] += f_g(b)·x[idx(b)] for each X-mask group g (see
/// <see cref="GroupedPauliSum"/>). Requires the operator to leave the sector invariant (it must conserve what
/// the sector fixes); amplitude that would leave the sector is dropped. In the full space the product is
/// <see cref="PauliSumKernel.Apply"/> (vectorised, one pass per X mask); in a proper sector the first product builds
/// a <see cref="SparseSectorMatrix"/> when it fits the <see cref="MemoryGuard.SparseMatrixShare"/> of the available memory,
/// at most <see cref="MemoryGuard.SparseMatrixCapBytes"/> (N2/STO-3G FCI, 14,400 states:
/// one lookup pass instead of one per product), otherwise every product runs the matrix-free scatter.
/// </summary>
public sealed class SectorOperator
{
    private readonly GroupedPauliSum _h;
    private readonly int[]? _indexOf;
    private readonly ulong[]? _basis;
    private SparseSectorMatrix? _sparse;
    private bool _sparseTried;
    private readonly Lock _sparseLock = new();

    private readonly long _sparseBudgetBytes;

    /// <summary>Builds the restriction of <paramref name="h"/> to <paramref name="sector"/>.</summary>
    public SectorOperator(PauliSum h, BasisSector sector)
        : this(h, sector, MemoryGuard.BudgetBytes(MemoryGuard.SparseMatrixShare, MemoryGuard.SparseMatrixCapBytes))
    {
    }

    /// <summary>
    /// Builds the restriction with an explicit budget (bytes) for the cached sparse sector matrix; 0 keeps every
    /// product matrix-free.
    /// </summary>
    internal SectorOperator(PauliSum h, BasisSector sector, long sparseBudgetBytes)
    {
        _sparseBudgetBytes = sparseBudgetBytes;
        if (!h.IsHermitian()) throw new QuantumAppsException("exact diagonalisation needs a Hermitian operator (real Pauli coefficients)");
        NumQubits = h.NumQubits;
        _h = h.Grouped;
        if (sector.IsFull)
        {
            // The full space needs no basis list or index map (index = basis state), so a register too large for
            // Lanczos is refused by its memory check at once instead of after enumerating 2^n states.
            if (NumQubits > MemoryGuard.MaxArrayQubits) throw new QuantumAppsException($"cannot enumerate a sector of a {NumQubits}-qubit register (at most {MemoryGuard.MaxArrayQubits})");
            Dimension = 1 << NumQubits;
            return;
        }
        _basis = sector.Enumerate(NumQubits);
        if (_basis.Length == 0) throw new QuantumAppsException($"sector {sector.Description} has no basis states on {NumQubits} qubits");
        Dimension = _basis.Length;
        if (_basis.Length < (1L << NumQubits))
        {
            MemoryGuard.EnsureFits(NumQubits, sizeof(int), "the sector index map");
            _indexOf = new int[1 << NumQubits];
            Array.Fill(_indexOf, -1);
            for (int i = 0; i < _basis.Length; i++) _indexOf[_basis[i]] = i;
        }
    }

    /// <summary>Number of qubits.</summary>
    public int NumQubits { get; }

    /// <summary>Sector dimension.</summary>
    public int Dimension { get; }

    /// <summary>
    /// True when every matrix element ⟨b ⊕ x|H|b⟩ = f_g(b) is real (all folded coefficients real): H is then a real
    /// symmetric matrix in the computational basis and <see cref="ApplyReal"/> may be used on real vectors.
    /// </summary>
    public bool IsReal => _h.RealFolded;

    /// <summary>The sector's basis state with index <paramref name="i"/> (basis states in increasing order).</summary>
    public ulong BasisState(int i) => _basis is null ? (ulong)i : _basis[i];

    /// <summary>The sector index of basis state <paramref name="b"/>, or −1 when <paramref name="b"/> is outside the sector.</summary>
    public int IndexOf(ulong b) =>
        b >= 1UL << NumQubits ? -1 : _indexOf is null ? (int)b : _indexOf[b];

    /// <summary>
    /// True when H leaves the sector invariant: every matrix element ⟨b ⊕ x_g|H|b⟩ = f_g(b) from a sector state b to a
    /// state outside the sector has |f_g(b)| ≤ <paramref name="tolerance"/> (hartree for a molecular H). Products in the
    /// sector drop those elements, so only then is the restricted product the full one. One pass over the sector states
    /// and the X-mask groups (the cost of one matrix-free product).
    /// </summary>
    public bool IsInvariant(double tolerance)
    {
        if (_indexOf is null) return true;
        for (int i = 0; i < _basis!.Length; i++)
        {
            ulong b = _basis[i];
            for (int g = 0; g < _h.GroupCount; g++)
            {
                if (_indexOf[b ^ _h.XMasks[g]] >= 0) continue;
                var (fr, fi) = _h.Element(g, b);
                if (Math.Abs(fr) > tolerance || Math.Abs(fi) > tolerance) return false;
            }
        }
        return true;
    }

    /// <summary>y = H·x within the sector (y is overwritten; x and y are sector vectors of length <see cref="Dimension"/>).</summary>
    public void Apply(Complex[] x, Complex[] y)
    {
        CheckLengths(x.Length, y.Length);
        if (_indexOf is null)
        {
            // Full space: sector index = basis state, so the vectorised full-space product applies directly.
            PauliSumKernel.Apply(_h, x, y);
            return;
        }
        ApplySector<Complex>(x, y);
    }

    /// <summary>y = H·x on real sector vectors; requires <see cref="IsReal"/> (then H·x is real for real x).</summary>
    public void ApplyReal(ReadOnlySpan<double> x, Span<double> y)
    {
        if (!IsReal) throw new InvalidOperationException("ApplyReal needs an operator with real matrix elements (IsReal)");
        CheckLengths(x.Length, y.Length);
        if (_indexOf is null)
        {
            PauliSumKernel.ApplyReal(_h, x, y);
            return;
        }
        ApplySector(x, y);
    }

    private void CheckLengths(int x, int y)
    {
        if (x != Dimension || y != Dimension)
            throw new QuantumAppsException($"sector vectors need {Dimension} entries, got {x} and {y}");
    }

    /// <summary>Whether products in this sector run on the cached sparse matrix (built on the first product).</summary>
    internal bool UsesSparseMatrix => Sparse() is not null;

    /// <summary>The cached sparse matrix, built by the first product (once, also when products run on several threads).</summary>
    private SparseSectorMatrix? Sparse()
    {
        if (_indexOf is null) return null;
        if (!Volatile.Read(ref _sparseTried))
            lock (_sparseLock)
                if (!_sparseTried)
                {
                    _sparse = SparseSectorMatrix.TryBuild(_h, _basis!, _indexOf, _sparseBudgetBytes);
                    Volatile.Write(ref _sparseTried, true);
                }
        return _sparse;
    }

    private unsafe void ApplySector<T>(ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, INumberBase<T>
    {
        if (Sparse() is { } sparse)
        {
            sparse.Multiply(x, y);
            return;
        }
        y.Clear();
        int groups = _h.GroupCount;
        int threads = Parallelism.ThreadsFor((long)Dimension * Math.Max(1, _h.ZMasks.Length / 8));
        fixed (T* px = x)
        fixed (T* py = y)
        {
            if (threads <= 1 || Dimension < 256)
            {
                ApplyRange(px, py, 0, Dimension, groups);
                return;
            }
            // Each thread scatters into its own accumulator (targets b ⊕ x_g of different rows collide), then they are summed.
            nint src = (nint)px;
            var partial = new T[threads][];
            Parallelism.ForEachThread(threads, t =>
            {
                var acc = new T[Dimension];
                int start = (int)((long)Dimension * t / threads), end = (int)((long)Dimension * (t + 1) / threads);
                fixed (T* pa = acc) ApplyRange((T*)src, pa, start, end, groups);
                partial[t] = acc;
            });
            foreach (var p in partial)
                for (int i = 0; i < Dimension; i++) py[i] += p[i];
        }
    }

    /// <summary>Scatter loop of rows [start, end): y[idx(b ⊕ x_g)] += f_g(b)·x[idx(b)], f_g complex (T = Complex) or real (T = double).</summary>
    private unsafe void ApplyRange<T>(T* x, T* y, int start, int end, int groups) where T : unmanaged, INumberBase<T>
    {
        var indexOf = _indexOf!;
        for (int i = start; i < end; i++)
        {
            T a = x[i];
            if (T.IsZero(a)) continue;
            ulong b = _basis![i];
            for (int g = 0; g < groups; g++)
            {
                int j = indexOf[b ^ _h.XMasks[g]];
                if (j < 0) continue;
                var (fr, fi) = _h.Element(g, b);
                y[j] += GroupedPauliSum.Element<T>(fr, fi) * a;
            }
        }
    }

    /// <summary>Embeds a sector vector into the full 2^n space.</summary>
    public Complex[] Embed(ReadOnlySpan<Complex> v)
    {
        MemoryGuard.EnsureFits(NumQubits, 16, "the eigenvector");
        var full = new Complex[1L << NumQubits];
        if (_basis is null) v.CopyTo(full);
        else
            for (int i = 0; i < _basis.Length; i++) full[_basis[i]] = v[i];
        return full;
    }

    /// <summary>The dense sector matrix H_ij = ⟨s_i|H|s_j⟩ (column j = H·e_j).</summary>
    public Complex[,] ToDense()
    {
        int d = Dimension;
        var m = new Complex[d, d];
        var e = new Complex[d];
        var col = new Complex[d];
        for (int j = 0; j < d; j++)
        {
            e[j] = Complex.One;
            Apply(e, col);
            for (int i = 0; i < d; i++) m[i, j] = col[i];
            e[j] = Complex.Zero;
        }
        return m;
    }
}
