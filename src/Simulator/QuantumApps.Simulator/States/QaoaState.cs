using System.Numerics;
using System.Runtime.InteropServices;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Simulator.States;

/// <summary>
/// A state vector φ (and, for adjoint gradients, a costate λ) of n qubits driven by a real cost diagonal
/// C = diag(c_0, …, c_{2^n−1}) (bit q of the index = qubit q): the state-level operations of QAOA in the QOKit style.
/// Conventions: the cost phase is U_C(γ) = exp(−iγC), i.e. φ_b ← e^{−iγc_b} φ_b; the transverse-field mixer is
/// U_B(β) = exp(−iβ Σ_j X_j) = Π_j [[cos β, −i sin β], [−i sin β, cos β]]_j; the XY hopping on qubits (a, b) is
/// exp(−iβ(X_aX_b + Y_aY_b)/2). Angles are in radians with exactly these factors.
/// <para>
/// Adjoint gradients: after a forward pass to φ = |ψ⟩, <see cref="SeedCostate"/> sets λ = Cφ and returns E = ⟨φ|C|φ⟩;
/// the Undo steps then walk back through the gates G = e^{−iθH}, applying G^† to both φ and λ and returning the inner
/// products Im⟨λ|H|φ⟩ from which ∂E/∂θ = 2 Im⟨λ|H|φ⟩.
/// </para>
/// Integer-valued diagonals with fewer than 2^16 levels use a phase table (no sin/cos per amplitude). The hot loops are
/// the internal <c>QaoaKernels</c>/<c>MixerButterflies</c>; this type validates once and allocates only the state (and,
/// on the first <see cref="SeedCostate"/>, the costate). Mutable on purpose, like <see cref="StateVector"/>; not thread-safe.
/// </summary>
public sealed class QaoaState
{
    /// <summary>Bytes per amplitude of one complex vector (φ or λ).</summary>
    public const int VectorBytesPerAmplitude = 16;

    private readonly double[] _cost;
    private readonly double _costMin;
    private readonly int _integerLevels;
    private readonly Complex[] _phi;
    private Complex[]? _lambda;

    /// <summary>
    /// A state for the cost diagonal of length 2^n (n ≥ 1, every entry finite). The diagonal is not copied when it is a
    /// whole array; do not modify it while this state is used. The state starts as all zeros: prepare it with
    /// <see cref="PrepareUniform"/> or by writing <see cref="Amplitudes"/>.
    /// </summary>
    public QaoaState(ReadOnlyMemory<double> costDiagonal)
    {
        int length = costDiagonal.Length;
        if (length < 2 || !BitOperations.IsPow2(length))
        {
            throw new QuantumAppsException($"QAOA cost diagonal must have 2^n ≥ 2 entries, got {length}.");
        }

        NumQubits = BitOperations.Log2((uint)length);
        MemoryGuard.EnsureFits(NumQubits, VectorBytesPerAmplitude, "QAOA state vector");
        _cost = MemoryMarshal.TryGetArray(costDiagonal, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : costDiagonal.ToArray();
        (_costMin, _integerLevels) = IntegerLevels(_cost);
        _phi = new Complex[length];
    }

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>The cost diagonal c_b.</summary>
    public ReadOnlySpan<double> CostDiagonal => _cost;

    /// <summary>The amplitudes φ_b (writable, for preparing start states other than |+⟩^n).</summary>
    public Span<Complex> Amplitudes => _phi;

    /// <summary>True once <see cref="SeedCostate"/> has allocated the costate λ.</summary>
    public bool HasCostate => _lambda is not null;

    /// <summary>φ_b = 2^{−n/2} for all b (|+⟩^n).</summary>
    public void PrepareUniform() => QaoaKernels.FillUniform(_phi);

    /// <summary>φ ← exp(−iγC) φ.</summary>
    public void ApplyCostPhase(double gamma) => QaoaKernels.ApplyPhase(_phi, _cost, gamma, _costMin, _integerLevels);

    /// <summary>φ ← exp(−iβ Σ_j X_j) φ.</summary>
    public void ApplyTransverseFieldMixer(double beta) => QaoaKernels.ApplyMixer(_phi, NumQubits, beta);

    /// <summary>One fused layer φ ← exp(−iβ Σ_j X_j) exp(−iγC) φ (two passes over the state instead of n + 1).</summary>
    public void ApplyTransverseFieldLayer(double gamma, double beta) =>
        QaoaKernels.ApplyLayer(_phi, _cost, gamma, _costMin, _integerLevels, NumQubits, beta);

    /// <summary>φ ← exp(−iβ(X_aX_b + Y_aY_b)/2) φ: [[cos β, −i sin β], [−i sin β, cos β]] on each |1_a0_b⟩, |0_a1_b⟩ pair.</summary>
    public void ApplyXyHopping(int a, int b, double beta)
    {
        CheckPair(a, b);
        QaoaKernels.ApplyHopping(_phi, a, b, beta);
    }

    /// <summary>⟨φ|C|φ⟩ = Σ_b c_b |φ_b|².</summary>
    public double Expectation() => QaoaKernels.Expectation(_phi, _cost);

    /// <summary>p_b = |φ_b|² (a new array of 2^n doubles).</summary>
    public double[] Probabilities() => QaoaKernels.Probabilities(_phi);

    /// <summary>A copy of the amplitudes.</summary>
    public Complex[] ToArray() => (Complex[])_phi.Clone();

    /// <summary>
    /// Starts the adjoint sweep: λ ← Cφ (allocating λ on the first call, after checking it fits) and returns ⟨φ|C|φ⟩.
    /// </summary>
    public double SeedCostate()
    {
        if (_lambda is null)
        {
            MemoryGuard.EnsureFits(NumQubits, VectorBytesPerAmplitude, "QAOA adjoint gradient (state and costate)", copies: 2);
            _lambda = new Complex[_phi.Length];
        }

        return QaoaKernels.ExpectationAndCostate(_phi, _cost, _lambda);
    }

    /// <summary>
    /// Backward step through one transverse-field layer exp(−iβ Σ_j X_j) exp(−iγC): returns
    /// (Im Σ_j ⟨λ|X_j|φ⟩ at the state after the mixer, Im ⟨λ|C|φ⟩ after the cost gate), applies exp(+iβ Σ_j X_j) to φ
    /// and λ and, when <paramref name="undoPhase"/>, exp(+iγC) as well (the first layer's phase need not be undone).
    /// ∂E/∂β = 2·first, ∂E/∂γ = 2·second.
    /// </summary>
    public (double MixerInner, double CostInner) UndoTransverseFieldLayer(double gamma, double beta, bool undoPhase) =>
        QaoaKernels.UndoLayer(Costate(), _phi, _cost, NumQubits, beta, gamma, undoPhase, _costMin, _integerLevels);

    /// <summary>
    /// Backward step through exp(−iβ(X_aX_b + Y_aY_b)/2): returns Im⟨λ|(X_aX_b + Y_aY_b)/2|φ⟩ and then applies the
    /// inverse gate to φ and λ.
    /// </summary>
    public double UndoXyHopping(int a, int b, double beta)
    {
        CheckPair(a, b);
        var lambda = Costate();
        double inner = QaoaKernels.HoppingInner(lambda, _phi, a, b).Imaginary;
        QaoaKernels.ApplyHopping(_phi, a, b, -beta);
        QaoaKernels.ApplyHopping(lambda, a, b, -beta);
        return inner;
    }

    /// <summary>Im⟨λ|C|φ⟩ = Im Σ_b conj(λ_b) c_b φ_b.</summary>
    public double CostInner() => QaoaKernels.DiagonalInner(Costate(), _phi, _cost).Imaginary;

    /// <summary>Backward step through exp(−iγC): applies exp(+iγC) to φ and λ.</summary>
    public void UndoCostPhase(double gamma)
    {
        var lambda = Costate();
        QaoaKernels.ApplyPhase(_phi, _cost, -gamma, _costMin, _integerLevels);
        QaoaKernels.ApplyPhase(lambda, _cost, -gamma, _costMin, _integerLevels);
    }

    private Complex[] Costate() =>
        _lambda ?? throw new InvalidOperationException("call SeedCostate before the adjoint undo steps");

    private void CheckPair(int a, int b)
    {
        if (a < 0 || b < 0 || a >= NumQubits || b >= NumQubits || a == b)
        {
            throw new QuantumAppsException($"XY hopping needs two distinct qubits in 0..{NumQubits - 1}, got ({a}, {b}).");
        }
    }

    /// <summary>
    /// Detects an integer-valued diagonal with at most 2^16 distinct levels between its minimum and maximum,
    /// for which the phase table replaces per-amplitude sin/cos. Returns (min, 0) otherwise.
    /// </summary>
    private static (double Min, int Levels) IntegerLevels(double[] cost)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double c in cost)
        {
            if (!double.IsFinite(c))
            {
                throw new QuantumAppsException("QAOA cost diagonal has a non-finite entry.");
            }

            min = Math.Min(min, c);
            max = Math.Max(max, c);
        }

        if (max - min >= 1 << 16 || Math.Floor(min) != min)
        {
            return (min, 0);
        }

        foreach (double c in cost)
        {
            if (Math.Floor(c) != c)
            {
                return (min, 0);
            }
        }

        return (min, (int)(max - min) + 1);
    }
}
