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
/// The cost is a <see cref="QaoaCost"/>, dense (8 bytes per amplitude) or in Walsh form (no 2^n array), read block by
/// block. Integer-valued diagonals with fewer than 2^16 levels use a phase table (no sin/cos per amplitude). The hot
/// loops are the internal <c>QaoaKernels</c>/<c>MixerButterflies</c>; this type validates once and allocates only the
/// state φ (16 bytes per amplitude) and, on the first <see cref="SeedCostate"/>, the costate λ (16 more); the final
/// probabilities reuse λ (<see cref="TakeProbabilities"/>), so the peak is <see cref="AllocatedBytes"/> after the first
/// gradient. Mutable on purpose, like <see cref="StateVector"/>; not thread-safe.
/// </summary>
public sealed class QaoaState
{
    /// <summary>Bytes per amplitude of one complex vector (φ or λ).</summary>
    public const int VectorBytesPerAmplitude = 16;

    /// <summary>Bytes per amplitude of the probabilities |φ_b|² when they get an array of their own (one double).</summary>
    public const int ProbabilityBytesPerAmplitude = sizeof(double);

    private readonly QaoaCost _cost;
    private readonly Complex[] _phi;
    private Complex[]? _lambda;

    /// <summary>
    /// A state for the cost diagonal of length 2^n (n ≥ 1, every entry finite), in the dense form
    /// (<see cref="QaoaCost.FromDiagonal"/>: not copied when it is a whole array; do not modify it while this state is used).
    /// </summary>
    public QaoaState(ReadOnlyMemory<double> costDiagonal)
        : this(QaoaCost.FromDiagonal(costDiagonal))
    {
    }

    /// <summary>
    /// A state for <paramref name="cost"/>. The state starts as all zeros: prepare it with <see cref="PrepareUniform"/>
    /// or by writing <see cref="Amplitudes"/>.
    /// </summary>
    public QaoaState(QaoaCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        NumQubits = cost.NumQubits;
        MemoryGuard.EnsureFits(NumQubits, VectorBytesPerAmplitude, "QAOA state vector");
        _cost = cost;
        _phi = new Complex[cost.Length];
    }

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>The cost diagonal c_b (dense form only; see <see cref="Cost"/>).</summary>
    public ReadOnlySpan<double> CostDiagonal => _cost.Dense;

    /// <summary>The cost.</summary>
    public QaoaCost Cost => _cost;

    /// <summary>
    /// Bytes of every array this state holds now: φ (16 per amplitude), λ when allocated (16), and the cost's arrays
    /// (<see cref="QaoaCost.AllocatedBytes"/>: 8 per amplitude dense, block tables only in Walsh form).
    /// </summary>
    public long AllocatedBytes =>
        (long)_phi.Length * VectorBytesPerAmplitude + (_lambda is null ? 0 : (long)_lambda.Length * VectorBytesPerAmplitude) + _cost.AllocatedBytes;

    /// <summary>The amplitudes φ_b (writable, for preparing start states other than |+⟩^n).</summary>
    public Span<Complex> Amplitudes => _phi;

    /// <summary>True once <see cref="SeedCostate"/> has allocated the costate λ.</summary>
    public bool HasCostate => _lambda is not null;

    /// <summary>φ_b = 2^{−n/2} for all b (|+⟩^n).</summary>
    public void PrepareUniform() => QaoaKernels.FillUniform(_phi);

    /// <summary>φ ← exp(−iγC) φ.</summary>
    public void ApplyCostPhase(double gamma) => QaoaKernels.ApplyPhase(_phi, _cost, gamma);

    /// <summary>φ ← exp(−iβ Σ_j X_j) φ.</summary>
    public void ApplyTransverseFieldMixer(double beta) => QaoaKernels.ApplyMixer(_phi, NumQubits, beta);

    /// <summary>One fused layer φ ← exp(−iβ Σ_j X_j) exp(−iγC) φ (two passes over the state instead of n + 1).</summary>
    public void ApplyTransverseFieldLayer(double gamma, double beta) =>
        QaoaKernels.ApplyLayer(_phi, _cost, gamma, NumQubits, beta);

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

    /// <summary>
    /// p_b = |φ_b|² as a read-only list of 2^n values without a new 2^n array when the costate exists: they are written
    /// into λ's storage, which is handed over (this state drops λ; a later <see cref="SeedCostate"/> allocates a new
    /// one). Without a costate, a new array (<see cref="Probabilities"/>). Either way the peak stays at φ + λ.
    /// </summary>
    public IReadOnlyList<double> TakeProbabilities()
    {
        if (_lambda is not { } buffer)
        {
            return Array.AsReadOnly(Probabilities());
        }

        _lambda = null;
        QaoaKernels.ProbabilitiesInto(_phi, buffer);
        return new PackedDoubles(buffer, _phi.Length);
    }

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
        QaoaKernels.UndoLayer(Costate(), _phi, _cost, NumQubits, beta, gamma, undoPhase);

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
        QaoaKernels.ApplyPhase(_phi, _cost, -gamma);
        QaoaKernels.ApplyPhase(lambda, _cost, -gamma);
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
}
