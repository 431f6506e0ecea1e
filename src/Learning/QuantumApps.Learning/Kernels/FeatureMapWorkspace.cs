using System.Numerics;

namespace QuantumApps.Learning.Kernels;

/// <summary>Scratch arrays for preparing feature-map states on n qubits without allocating per sample (one per thread).</summary>
public sealed class FeatureMapWorkspace
{
    /// <summary>Allocates 2^n phases and angles, 2^(n−1) partial sums, n linear and n² pair coefficients.</summary>
    public FeatureMapWorkspace(int qubits)
    {
        int dim = 1 << qubits;
        A = new double[qubits];
        W = new double[qubits * qubits];
        Theta = new double[dim];
        Scratch = new double[Math.Max(1, dim / 2)];
        Phase = new Complex[dim];
    }

    internal double[] A { get; }

    internal double[] W { get; }

    internal double[] Theta { get; }

    internal double[] Scratch { get; }

    internal Complex[] Phase { get; }
}
