namespace QuantumApps.Learning.Kernels;

/// <summary>Scratch arrays for preparing feature-map states on n qubits without allocating per sample (one per thread).</summary>
public sealed class FeatureMapWorkspace
{
    /// <summary>Allocates 2^n phases and state parts, 2^(n−1) partial phases, n linear and n² pair coefficients.</summary>
    public FeatureMapWorkspace(int qubits)
    {
        int dim = 1 << qubits;
        A = new double[qubits];
        W = new double[qubits * qubits];
        PhaseRe = new double[dim];
        PhaseIm = new double[dim];
        ERe = new double[Math.Max(1, dim / 2)];
        EIm = new double[Math.Max(1, dim / 2)];
        StateRe = new double[dim];
        StateIm = new double[dim];
    }

    internal double[] A { get; }

    internal double[] W { get; }

    internal double[] PhaseRe { get; }

    internal double[] PhaseIm { get; }

    internal double[] ERe { get; }

    internal double[] EIm { get; }

    internal double[] StateRe { get; }

    internal double[] StateIm { get; }
}
