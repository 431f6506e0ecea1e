namespace QuantumApps.Learning.Kernels;

/// <summary>The data-encoding circuits of the quantum kernels (see <see cref="FeatureMap"/>).</summary>
public enum FeatureMapKind
{
    /// <summary>Havlíček et al. 2019 ZZ feature map in Qiskit's <c>ZZFeatureMap</c> convention.</summary>
    ZZ,

    /// <summary>The IQP embedding as in PennyLane's <c>IQPEmbedding</c>.</summary>
    Iqp,
}
