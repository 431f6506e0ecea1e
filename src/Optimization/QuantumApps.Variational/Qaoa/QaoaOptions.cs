using QuantumApps.Optimizers;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// Input of <see cref="QaoaDriver.Run"/>. Conventions: U_C(γ) = exp(−iγC) with C = diag(<see cref="CostDiagonal"/>)
/// exactly as given (bit q of the index = qubit q), U_B(β) from <see cref="Mixer"/> (default exp(−iβ Σ_j X_j)),
/// start state <see cref="InitialState"/> (default |+⟩^n). <see cref="Sense"/> states explicitly whether ⟨C⟩
/// is maximised (MaxCut with C = cut value) or minimised (penalised TSP length); there is no default.
/// The optimisation runs in normalised angles γ' = σγ with σ = <see cref="QaoaCostScale"/> (twice the RMS Ising
/// coefficient: the RMS edge weight for MaxCut), so starts, grids and stopping tests do not depend on the units of the
/// weights: multiplying C by a > 0 divides the returned γ by a and leaves ⟨C⟩/C_opt unchanged.
/// Random restarts draw γ'_k uniformly from s·[0, π) and β_k from [0, π/2) (s = +1 maximise, −1 minimise).
/// </summary>
/// <param name="CostDiagonal">The 2^n cost values c_b: a dense diagonal computed once by the caller (implicitly converted,
/// not copied when backed by a whole array; 8 bytes per amplitude) or the Walsh form of a diagonal operator
/// (<see cref="QaoaCost.FromPauliSum"/>, no 2^n array).</param>
/// <param name="Depth">QAOA depth p ≥ 1.</param>
/// <param name="Sense">Maximise or minimise ⟨C⟩.</param>
public sealed record QaoaOptions(QaoaCost CostDiagonal, int Depth, QaoaSense Sense)
{
    /// <summary>Mixer (default transverse field).</summary>
    public QaoaMixer Mixer { get; init; } = QaoaMixer.TransverseField;

    /// <summary>Start state (default |+⟩^n; use a feasible state with the XY mixer).</summary>
    public QaoaInitialState InitialState { get; init; } = QaoaInitialState.UniformSuperposition;

    /// <summary>Classical optimizer (default L-BFGS, which uses the adjoint gradient).</summary>
    public IOptimizer Optimizer { get; init; } = new LbfgsOptimizer();

    /// <summary>Optimizer settings (per optimisation run; INTERP and restarts run several).</summary>
    public OptimizerSettings OptimizerSettings { get; init; } = new() { MaxIterations = 500, GradientTolerance = 1e-7 };

    /// <summary>Start-angle strategy (default linear ramp).</summary>
    public QaoaAngleStrategy AngleStrategy { get; init; } = QaoaAngleStrategy.LinearRamp;

    /// <summary>Linear-ramp time step Δt (default 0.75, the value used by Zhou et al. / Sack &amp; Serbyn for MaxCut).</summary>
    public double RampTimeStep { get; init; } = 0.75;

    /// <summary>Additional seeded random starts at depth p; the best optimum of all starts is returned.</summary>
    public int RandomRestarts { get; init; }

    /// <summary>Explicit start angles (γ then β, length 2p, in the driver's convention, not normalised); when set it replaces the strategy's start.</summary>
    public IReadOnlyList<double>? InitialAngles { get; init; }
}
