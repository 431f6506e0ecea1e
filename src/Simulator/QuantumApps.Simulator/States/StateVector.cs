using System.Numerics;
using System.Runtime.InteropServices;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.States;

/// <summary>
/// A pure state of n qubits as 2^n complex (double precision) amplitudes; qubit q is bit q of the basis
/// index (qubit 0 least significant), so amplitude b belongs to |b_{n−1} … b_1 b_0⟩. This is the one
/// deliberately mutable type: gates update it in place. The amplitudes live in a pinned array of doubles
/// (re, im interleaved) at an offset that puts them on a 64-byte (cache-line) boundary: a .NET array's data
/// is only 8-byte aligned, and misaligned 32-byte vector loads that straddle cache lines cost the kernels
/// measurable bandwidth. Pinning lets the vectorised kernels address the data directly. Registers that would
/// not fit in memory are refused before allocation (<see cref="MemoryGuard"/>).
/// </summary>
public sealed class StateVector
{
    /// <summary>Alignment of the first amplitude in bytes (one cache line).</summary>
    internal const int AlignmentBytes = 64;

    /// <summary>Largest register: 2^(n+1) doubles must be a valid .NET array length (2^30 doubles at n = 29).</summary>
    public const int MaxQubits = MemoryGuard.MaxArrayQubits - 1;

    private readonly double[] _buffer;
    private readonly int _offset;

    private StateVector(int numQubits, double[] buffer, int offset)
    {
        NumQubits = numQubits;
        _buffer = buffer;
        _offset = offset;
    }

    /// <summary>The 2^n amplitudes as complex numbers over the aligned part of the buffer.</summary>
    private Span<Complex> Amps => MemoryMarshal.Cast<double, Complex>(_buffer.AsSpan(_offset, 2 << NumQubits));

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>2^n.</summary>
    public long Dimension => 1L << NumQubits;

    /// <summary>The amplitudes (mutable view).</summary>
    public Span<Complex> Amplitudes => Amps;

    /// <summary>Allocates an all-zero vector (not a valid state) after checking that it fits.</summary>
    public static StateVector Empty(int numQubits)
    {
        if (numQubits < 1) throw new QuantumAppsException($"a register needs at least 1 qubit, not {numQubits}");
        MemoryGuard.EnsureFits(numQubits, 16, "a state vector");
        if (numQubits > MaxQubits)
            throw new QuantumAppsException($"a state vector on {numQubits} qubits needs {MemoryGuard.FormatBytes(MemoryGuard.BytesNeeded(numQubits, 16))} " +
                                           $"(2^{numQubits} × 16 bytes) and is limited to {MaxQubits} qubits (2^{MaxQubits + 1} doubles per .NET array)");
        const int slack = AlignmentBytes / sizeof(double);
        var buffer = GC.AllocateArray<double>((2 << numQubits) + slack, pinned: true);
        return new StateVector(numQubits, buffer, AlignedOffset(buffer));
    }

    /// <summary>Index of the first double of <paramref name="pinned"/> on an <see cref="AlignmentBytes"/> boundary.</summary>
    private static unsafe int AlignedOffset(double[] pinned)
    {
        fixed (double* p = pinned)
        {
            long misalignment = (long)p % AlignmentBytes;
            return misalignment == 0 ? 0 : (int)((AlignmentBytes - misalignment) / sizeof(double));
        }
    }

    /// <summary>|0…0⟩.</summary>
    public static StateVector Zero(int numQubits) => Basis(numQubits, 0);

    /// <summary>The computational basis state |index⟩.</summary>
    public static StateVector Basis(int numQubits, ulong index)
    {
        var s = Empty(numQubits);
        if (index >= (ulong)s.Dimension) throw new QuantumAppsException($"basis index {index} is outside the {numQubits}-qubit register");
        s.Amps[(int)index] = Complex.One;
        return s;
    }

    /// <summary>|+⟩^n = 2^(−n/2) Σ_b |b⟩.</summary>
    public static StateVector Uniform(int numQubits)
    {
        var s = Empty(numQubits);
        s.Amps.Fill(new Complex(1.0 / Math.Sqrt(s.Dimension), 0));
        return s;
    }

    /// <summary>A state from given amplitudes (copied; length must be a power of two; not renormalised).</summary>
    public static StateVector FromAmplitudes(ReadOnlySpan<Complex> amplitudes)
    {
        if (amplitudes.Length < 2 || !BitOperations.IsPow2(amplitudes.Length))
            throw new QuantumAppsException($"a state vector needs 2^n ≥ 2 amplitudes, not {amplitudes.Length}");
        var s = Empty(BitOperations.Log2((uint)amplitudes.Length));
        amplitudes.CopyTo(s.Amps);
        return s;
    }

    /// <summary>A deep copy.</summary>
    public StateVector Clone()
    {
        var c = Empty(NumQubits);
        Amps.CopyTo(c.Amps);
        return c;
    }

    /// <summary>Copies the amplitudes of <paramref name="other"/> (same size) into this vector.</summary>
    public void CopyFrom(StateVector other)
    {
        if (other.NumQubits != NumQubits) throw new QuantumAppsException($"cannot copy a {other.NumQubits}-qubit state into a {NumQubits}-qubit state");
        other.Amps.CopyTo(Amps);
    }

    /// <summary>A copy of the amplitudes.</summary>
    public Complex[] ToArray() => Amps.ToArray();

    /// <summary>‖ψ‖².</summary>
    public double NormSquared()
    {
        double s = 0;
        foreach (var a in Amps) s += a.Real * a.Real + a.Imaginary * a.Imaginary;
        return s;
    }

    /// <summary>⟨this|other⟩.</summary>
    public Complex InnerProduct(StateVector other)
    {
        CheckSameSize(other);
        Complex s = Complex.Zero;
        ReadOnlySpan<Complex> a = Amps, b = other.Amps;
        for (int i = 0; i < a.Length; i++) s += Complex.Conjugate(a[i]) * b[i];
        return s;
    }

    /// <summary>|ψ_b|² for every basis state b.</summary>
    public double[] Probabilities()
    {
        ReadOnlySpan<Complex> a = Amps;
        var p = new double[a.Length];
        for (int i = 0; i < p.Length; i++) p[i] = a[i].Real * a[i].Real + a[i].Imaginary * a[i].Imaginary;
        return p;
    }

    internal void CheckQubit(int q)
    {
        if ((uint)q >= (uint)NumQubits) throw new QuantumAppsException($"qubit {q} is outside the {NumQubits}-qubit register (0..{NumQubits - 1})");
    }

    private void CheckSameSize(StateVector other)
    {
        if (other.NumQubits != NumQubits) throw new QuantumAppsException($"states have different sizes ({NumQubits} and {other.NumQubits} qubits)");
    }

    /// <summary>
    /// Applies the 2×2 matrix [[m00, m01], [m10, m11]] to qubit <paramref name="q"/>. A matrix with four real entries
    /// (H, RY-like) takes the real kernel: one multiply and one FMA per output vector instead of four complex products.
    /// </summary>
    public void ApplyMatrix1(int q, Complex m00, Complex m01, Complex m10, Complex m11)
    {
        CheckQubit(q);
        if (m00.Imaginary == 0 && m01.Imaginary == 0 && m10.Imaginary == 0 && m11.Imaginary == 0)
            PairLoop.Run(Amps, q, 0, new RealPairOperation(m00.Real, m01.Real, m10.Real, m11.Real));
        else
            PairLoop.Run(Amps, q, 0, new MatrixPairOperation(m00, m01, m10, m11));
    }

    /// <summary>Applies the 2×2 matrix to <paramref name="target"/> when every qubit of <paramref name="controls"/> is 1.</summary>
    public void ApplyControlledMatrix1(ReadOnlySpan<int> controls, int target, Complex m00, Complex m01, Complex m10, Complex m11)
    {
        ulong mask = ControlMask(controls, target);
        PairLoop.Run(Amps, target, mask, new MatrixPairOperation(m00, m01, m10, m11));
    }

    /// <summary>Applies diag(d0, d1) to qubit q (optionally controlled).</summary>
    public void ApplyDiagonal1(int q, Complex d0, Complex d1, ReadOnlySpan<int> controls = default)
    {
        ulong mask = ControlMask(controls, q);
        PairLoop.Run(Amps, q, mask, new DiagonalPairOperation(d0, d1));
    }

    private ulong ControlMask(ReadOnlySpan<int> controls, int target)
    {
        CheckQubit(target);
        ulong mask = 0;
        foreach (int c in controls)
        {
            CheckQubit(c);
            if (c == target || (mask >> c & 1) != 0) throw new QuantumAppsException($"control qubit {c} repeats or equals the target {target}");
            mask |= 1UL << c;
        }
        return mask;
    }

    /// <summary>Pauli X (NOT) on q.</summary>
    public void ApplyX(int q) { CheckQubit(q); PairLoop.Run(Amps, q, 0, new SwapPairOperation()); }

    /// <summary>Pauli Y = [[0, −i], [i, 0]] on q.</summary>
    public void ApplyY(int q) => ApplyMatrix1(q, 0, -Complex.ImaginaryOne, Complex.ImaginaryOne, 0);

    /// <summary>Pauli Z = diag(1, −1) on q.</summary>
    public void ApplyZ(int q) => ApplyDiagonal1(q, 1, -1);

    /// <summary>Hadamard (1/√2)[[1, 1], [1, −1]] on q.</summary>
    public void ApplyH(int q)
    {
        double r = 1 / Math.Sqrt(2);
        ApplyMatrix1(q, r, r, r, -r);
    }

    /// <summary>RX(θ) = exp(−iθX/2) = [[cos θ/2, −i sin θ/2], [−i sin θ/2, cos θ/2]].</summary>
    public void ApplyRx(int q, double theta)
    {
        CheckQubit(q);
        var (s, c) = Math.SinCos(theta / 2);
        PairLoop.Run(Amps, q, 0, new RxPairOperation(c, s));
    }

    /// <summary>RY(θ) = exp(−iθY/2) = [[cos θ/2, −sin θ/2], [sin θ/2, cos θ/2]].</summary>
    public void ApplyRy(int q, double theta)
    {
        CheckQubit(q);
        PairLoop.Run(Amps, q, 0, RealPairOperation.Ry(theta));
    }

    /// <summary>RZ(θ) = exp(−iθZ/2) = diag(e^{−iθ/2}, e^{iθ/2}).</summary>
    public void ApplyRz(int q, double theta) => ApplyDiagonal1(q, Complex.FromPolarCoordinates(1, -theta / 2), Complex.FromPolarCoordinates(1, theta / 2));

    /// <summary>CNOT with control c and target t.</summary>
    public void ApplyCnot(int control, int target)
    {
        ulong mask = ControlMask([control], target);
        if (LowControlCnotKernel.TryRun(Amps, control, target)) return;
        PairLoop.Run(Amps, target, mask, new SwapPairOperation());
    }

    /// <summary>CZ on qubits a and b (symmetric).</summary>
    public void ApplyCz(int a, int b) => ApplyDiagonal1(b, 1, -1, [a]);

    /// <summary>SWAP of qubits a and b.</summary>
    public void ApplySwap(int a, int b)
    {
        CheckQubit(a); CheckQubit(b);
        if (a == b) throw new QuantumAppsException($"SWAP needs two different qubits, got {a} twice");
        TwoQubitKernel.Swap(Amps, a, b);
    }

    /// <summary>A general 4×4 matrix (row-major, 16 entries) on (first, second), local index 2·bit(first) + bit(second).</summary>
    public void ApplyMatrix2(int first, int second, ReadOnlySpan<Complex> u)
    {
        CheckQubit(first); CheckQubit(second);
        if (first == second) throw new QuantumAppsException($"a two-qubit gate needs two different qubits, got {first} twice");
        if (u.Length != 16) throw new QuantumAppsException($"a two-qubit matrix has 16 entries, not {u.Length}");
        TwoQubitKernel.Apply(Amps, first, second, u.ToArray());
    }

    /// <summary>exp(−iθ/2·P) for a Pauli string P (its phase must be i^0 so that P is Hermitian).</summary>
    public void ApplyPauliRotation(PauliString p, double theta)
    {
        if (p.MaxQubit >= NumQubits) throw new QuantumAppsException($"Pauli string {p.ToLabel()} acts outside the {NumQubits}-qubit register");
        if (p.Phase != 0) throw new QuantumAppsException($"Pauli rotation needs a Hermitian string (phase 1), got {p}");
        if (p.IsIdentity)
        {
            var g = Complex.FromPolarCoordinates(1, -theta / 2);
            var a = Amps;
            for (int i = 0; i < a.Length; i++) a[i] *= g;
            return;
        }
        PauliRotationKernel.Apply(Amps, p.X, p.Z, theta);
    }

    /// <summary>exp(−iγ·D) for a real diagonal D given as its 2^n values.</summary>
    public void ApplyDiagonalPhase(ReadOnlySpan<double> diagonal, double gamma)
    {
        if (diagonal.Length != Amps.Length) throw new QuantumAppsException($"diagonal has {diagonal.Length} entries; the register has {Amps.Length} amplitudes");
        DiagonalPhaseKernel.Apply(Amps, diagonal.ToArray(), gamma);
    }

    /// <summary>exp(−iγ·D) for a precomputed <see cref="DiagonalOperator"/>.</summary>
    public void ApplyDiagonalPhase(DiagonalOperator diagonal, double gamma)
    {
        if (diagonal.NumQubits != NumQubits) throw new QuantumAppsException($"diagonal acts on {diagonal.NumQubits} qubits; the register has {NumQubits}");
        diagonal.ApplyPhase(Amps, gamma);
    }

    /// <summary>exp(−iγ·D) for a Z-only Pauli sum D.</summary>
    public void ApplyDiagonalPhase(PauliSum diagonal, double gamma) => ApplyDiagonalPhase(DiagonalOperator.FromPauliSum(diagonal.WithNumQubitsAtLeast(NumQubits)), gamma);

    /// <summary>⟨ψ|H|ψ⟩ for a Hermitian Pauli sum (one pass over the state per distinct X mask).</summary>
    public double Expectation(PauliSum h)
    {
        if (h.NumQubits > NumQubits) throw new QuantumAppsException($"operator acts on {h.NumQubits} qubits; the register has {NumQubits}");
        if (!h.IsHermitian()) throw new QuantumAppsException("expectation needs a Hermitian operator (real Pauli coefficients)");
        return PauliSumKernel.Expectation(h.Grouped, Amps);
    }

    /// <summary>φ = H·ψ (a new, unnormalised vector).</summary>
    public StateVector ApplyOperator(PauliSum h)
    {
        if (h.NumQubits > NumQubits) throw new QuantumAppsException($"operator acts on {h.NumQubits} qubits; the register has {NumQubits}");
        var r = Empty(NumQubits);
        PauliSumKernel.Apply(h.Grouped, Amps, r.Amps);
        return r;
    }

    /// <summary>Var(H) = ⟨H²⟩ − ⟨H⟩², computed as ‖Hψ‖² − ⟨ψ|H|ψ⟩².</summary>
    public double Variance(PauliSum h)
    {
        double e = Expectation(h);
        return Math.Max(0, ApplyOperator(h).NormSquared() - e * e);
    }

    /// <summary>
    /// The outcome counts of <paramref name="shots"/> computational-basis measurements: entry b is how many of the
    /// shots gave b, drawn from Multinomial(shots; |ψ_b|²) at once (<see cref="Measurement.MultinomialSampler"/>, O(2^n)
    /// whatever the number of shots) — the same distribution as counting the outcomes of <see cref="Sample"/>.
    /// </summary>
    public long[] SampleCounts(long shots, Random rng)
    {
        if (shots < 0) throw new QuantumAppsException($"shot count must be non-negative, not {shots}");
        return Measurement.MultinomialSampler.Counts(Probabilities(), shots, rng);
    }

    /// <summary>Draws <paramref name="shots"/> basis-state outcomes from |ψ_b|² with the given seeded generator (inverse CDF).</summary>
    public ulong[] Sample(int shots, Random rng)
    {
        if (shots < 0) throw new QuantumAppsException($"shot count must be non-negative, not {shots}");
        ReadOnlySpan<Complex> a = Amps;
        var cdf = new double[a.Length];
        double acc = 0;
        for (int i = 0; i < cdf.Length; i++)
        {
            acc += a[i].Real * a[i].Real + a[i].Imaginary * a[i].Imaginary;
            cdf[i] = acc;
        }
        var result = new ulong[shots];
        for (int s = 0; s < shots; s++)
        {
            double u = rng.NextDouble() * acc;
            int idx = Array.BinarySearch(cdf, u);
            if (idx < 0) idx = ~idx;
            result[s] = (ulong)Math.Min(idx, cdf.Length - 1);
        }
        return result;
    }
}
