using QuantumApps.Learning.Data;
using QuantumApps.Learning.Kernels;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Models;

/// <summary>
/// Support-vector classifier over any <see cref="IKernel"/>, classical or quantum: the Gram matrix of the training
/// samples is computed once and every binary problem (one, or one per class for K &gt; 2, one-vs-rest) is solved by
/// <see cref="SmoSolver"/> with box constraint <see cref="C"/>. Prediction needs the kernel between new and training samples.
/// </summary>
public sealed class KernelSvm(string name, IKernel kernel, double c, double tolerance = 1e-3) : IClassifier
{
    /// <inheritdoc />
    public string Name => name;

    /// <summary>The kernel.</summary>
    public IKernel Kernel => kernel;

    /// <summary>Box constraint C.</summary>
    public double C => c;

    /// <inheritdoc />
    public ITrainedClassifier Fit(FeatureMatrix x, IReadOnlyList<int> y, int classCount, Random rng, CancellationToken cancellationToken = default)
    {
        if (classCount < 2) throw new QuantumAppsException("a classifier needs at least two classes");
        var gram = kernel.Gram(x, cancellationToken);
        var solutions = new SvmSolution[OneVsRest.Problems(classCount)];
        for (int p = 0; p < solutions.Length; p++)
            solutions[p] = SmoSolver.Solve(gram.Values, OneVsRest.Labels(y, classCount, p), c, tolerance, cancellationToken: cancellationToken);
        return new Trained(this, x, classCount, solutions, KernelCost.Of(kernel, gram, x));
    }

    private sealed class Trained(KernelSvm owner, FeatureMatrix train, int classCount, SvmSolution[] solutions, ModelCost cost) : ITrainedClassifier
    {
        public ModelCost TrainingCost => cost;

        public int Parameters => solutions.Sum(s => s.Alpha.Count(a => a > 0)) + solutions.Length;

        public Prediction Predict(FeatureMatrix x, CancellationToken cancellationToken = default)
        {
            var k = owner.Kernel.Cross(x, train, cancellationToken);
            var labels = new int[x.Count];
            var d = new double[solutions.Length];
            for (int i = 0; i < x.Count; i++)
            {
                var row = k.Values.AsSpan(i * train.Count, train.Count);
                for (int p = 0; p < d.Length; p++) d[p] = solutions[p].Decision(row);
                labels[i] = OneVsRest.Decide(d, classCount);
            }
            return new Prediction(labels, KernelCost.Of(owner.Kernel, k, x));
        }
    }
}
