namespace QuantumApps.Variational.Experiments;

/// <summary>How <see cref="LayerwiseTrainingExperiment"/> trains a circuit of L layers.</summary>
public enum TrainingSchedule
{
    /// <summary>All L layers at once from angles uniform in [0, 2π) (the random start of McClean et al. 2018).</summary>
    FullDepthRandom,

    /// <summary>All L layers at once from all angles 0 (the start layer-wise training gives each new layer).</summary>
    FullDepthZero,

    /// <summary>
    /// Layer-wise (phase one of Skolik et al. 2021): layer l is added with its angles at 0 and trained alone while the
    /// layers before it stay frozen at their trained values, l = 1…L.
    /// </summary>
    Layerwise,
}
