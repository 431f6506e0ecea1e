namespace QuantumApps.Variational.Experiments;

/// <summary>
/// Settings of <see cref="LayerwiseTrainingExperiment"/>: Adam steps per layer-wise phase (L phases of
/// <see cref="StepsPerPhase"/> steps over n angles each; full depth gets as many steps over all n·L angles as the same
/// circuit budget buys, <see cref="LayerwiseTrainingExperiment.FullDepthSteps"/>), the <see cref="Shots"/> per circuit that
/// set the noise of the estimates, Adam's step size, and the cost below which a run counts as a success (the minimum
/// of the global cost ⟨Z…Z⟩ is −1).
/// </summary>
public sealed record LayerwiseTrainingSettings(int StepsPerPhase = 40, int Shots = 1000, double LearningRate = 0.1, double SuccessCost = -0.9)
{
    /// <summary>Checks the ranges (steps ≥ 1, shots ≥ 1, step size &gt; 0, success cost in (−1, 1)).</summary>
    public void Validate()
    {
        if (StepsPerPhase < 1) throw new Simulator.QuantumAppsException($"layer-wise training needs at least 1 step per phase, not {StepsPerPhase}");
        if (Shots < 1) throw new Simulator.QuantumAppsException($"layer-wise training needs at least 1 shot per circuit, not {Shots}");
        if (!(LearningRate > 0)) throw new Simulator.QuantumAppsException($"the step size must be positive, not {LearningRate}");
        if (!(SuccessCost > -1 && SuccessCost < 1)) throw new Simulator.QuantumAppsException($"the success cost must lie in (−1, 1), not {SuccessCost}");
    }
}
