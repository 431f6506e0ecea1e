using QuantumApps.Learning.Data;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Learning.Models;

/// <summary>
/// Variational quantum classifier (<see cref="VqcCircuit"/>): readouts z_k = ⟨Z_k⟩, targets s_k = +1 for the sample's
/// class readout and −1 otherwise (two classes: one readout, s = +1 for class 1); the training loss is the mean over the
/// batch of Σ_k ℓ(s_k, z_k) (<see cref="VqcLoss"/>). Prediction: two classes, class 1 when z_0 &gt; 0; otherwise argmax_k z_k.
/// Gradients by one adjoint pass per sample on the observable Σ_k (∂ℓ/∂z_k) Z_k (after a forward pass for the z_k when
/// R &gt; 1). The returned weights are the optimizer's best evaluated point (with mini-batches: the best batch loss). On a device the same gradient needs parameter shift: 2 circuits per weight per sample plus one for the value.
/// </summary>
public sealed class Vqc(VqcSettings settings) : IClassifier
{
    private const double ProbabilityFloor = 1e-12;

    /// <inheritdoc />
    public string Name => settings.Separable ? "vqc-separable" : "vqc";

    /// <summary>Hyperparameters.</summary>
    public VqcSettings Settings => settings;

    /// <summary>Readout qubits for <paramref name="classCount"/> classes.</summary>
    public static int Readouts(int classCount) => classCount == 2 ? 1 : classCount;

    /// <summary>
    /// Mean loss over <paramref name="batch"/> and its gradient with respect to the weights. Samples are spread over threads
    /// (<see cref="Parallelism.For"/>); each writes its own loss and gradient slot and the slots are summed in batch
    /// order, so the result does not depend on the thread count.
    /// </summary>
    public static double LossAndGradient(Circuit circuit, FeatureMatrix x, IReadOnlyList<int> y, int classCount, VqcLoss loss,
        ReadOnlySpan<double> weights, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        int n = x.Columns;
        int r = Readouts(classCount);
        int count = batch.Length, wc = weights.Length;
        var w = weights.ToArray();
        var samples = batch.ToArray();
        var losses = new double[count];
        var slots = new double[(long)count * wc];
        Parallelism.For(count, (long)count * circuit.Gates.Count << n, 1, (start, end) =>
        {
            var parameters = new double[n + wc];
            w.CopyTo(parameters, n);
            var z = new double[r];
            var dz = new double[r];
            var readout0 = ZOn(n, 0);
            for (long t = start; t < end; t++)
            {
                int i = samples[t];
                x.Row(i).CopyTo(parameters);
                var slot = slots.AsSpan((int)(t * wc), wc);
                if (r == 1)
                {
                    var g0 = AdjointDifferentiation.Gradient(circuit, readout0, parameters);
                    losses[t] = Loss(loss, y[i] == 1 ? 1 : -1, g0.Value, out dz[0]);
                    for (int p = 0; p < wc; p++) slot[p] = dz[0] * g0.Gradient[n + p];
                    continue;
                }
                var state = circuit.Run(parameters);
                for (int k = 0; k < r; k++) z[k] = state.Expectation(ZOn(n, k));
                var b = new PauliSumBuilder(n);
                double total = 0;
                for (int k = 0; k < r; k++)
                {
                    total += Loss(loss, y[i] == k ? 1 : -1, z[k], out dz[k]);
                    b.Add(PauliString.Single('Z', k), dz[k]);
                }
                losses[t] = total;
                var g = AdjointDifferentiation.Gradient(circuit, b.ToPauliSum(), parameters);
                for (int p = 0; p < wc; p++) slot[p] = g.Gradient[n + p];
            }
        });
        gradient.Clear();
        double sum = 0;
        for (int t = 0; t < count; t++)
        {
            sum += losses[t];
            var slot = slots.AsSpan(t * wc, wc);
            for (int p = 0; p < wc; p++) gradient[p] += slot[p];
        }
        double inv = 1.0 / count;
        for (int p = 0; p < wc; p++) gradient[p] *= inv;
        return sum * inv;
    }

    /// <summary>ℓ(s, z) and ∂ℓ/∂z.</summary>
    internal static double Loss(VqcLoss loss, int s, double z, out double derivative)
    {
        if (loss == VqcLoss.Square)
        {
            derivative = -2 * (s - z);
            return (s - z) * (s - z);
        }
        double p = Math.Max((1 + s * z) / 2, ProbabilityFloor);
        derivative = -s / (2 * p);
        return -Math.Log(p);
    }

    private static PauliSum ZOn(int n, int k) => PauliSum.FromTerm(n, PauliString.Single('Z', k), 1);

    /// <inheritdoc />
    public ITrainedClassifier Fit(FeatureMatrix x, IReadOnlyList<int> y, int classCount, Random rng, CancellationToken cancellationToken = default)
    {
        settings.Validate();
        int n = x.Columns;
        int r = Readouts(classCount);
        if (r > n) throw new QuantumAppsException($"a VQC for {classCount} classes needs {r} readout qubits but has {n} (use --features {r} or more)");
        var circuit = VqcCircuit.Build(n, settings.Layers, settings.Reupload, settings.Separable);
        int weightsCount = circuit.NumParameters - n;
        var initial = new double[weightsCount];
        for (int p = 0; p < weightsCount; p++) initial[p] = settings.InitialScale * SyntheticData.Gaussian(rng);
        int count = x.Count;
        int batchSize = settings.BatchSize == 0 ? count : Math.Min(settings.BatchSize, count);
        var order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        int cursor = count;
        long samplesEvaluated = 0;
        double Evaluate(ReadOnlySpan<double> w, Span<double> g)
        {
            ReadOnlySpan<int> batch;
            if (batchSize == count) batch = order;
            else
            {
                if (cursor + batchSize > count)
                {
                    for (int k = count - 1; k > 0; k--)
                    {
                        int j = rng.Next(k + 1);
                        (order[k], order[j]) = (order[j], order[k]);
                    }
                    cursor = 0;
                }
                batch = order.AsSpan(cursor, batchSize);
                cursor += batchSize;
            }
            samplesEvaluated += batch.Length;
            return LossAndGradient(circuit, x, y, classCount, settings.Loss, w, batch, g);
        }
        var objective = new FunctionObjective(weightsCount, w => Evaluate(w, new double[weightsCount]), Evaluate);
        int batchesPerEpoch = (count + batchSize - 1) / batchSize;
        OptimizationResult result = settings.Trainer == VqcTrainer.Adam
            ? new AdamOptimizer().Minimize(objective, initial,
                new OptimizerSettings { MaxIterations = settings.Epochs * batchesPerEpoch, LearningRate = settings.LearningRate, GradientTolerance = 0 },
                rng, cancellationToken: cancellationToken)
            : new LbfgsOptimizer().Minimize(objective, initial, new OptimizerSettings { MaxIterations = settings.Epochs, GradientTolerance = 1e-6 }, rng,
                cancellationToken: cancellationToken);
        if (result.ExitReason == ExitReason.Cancelled) cancellationToken.ThrowIfCancellationRequested();
        var weights = result.BestPoint.ToArray();
        long perSample = r == 1 ? 1 : 2;
        var cost = new ModelCost(samplesEvaluated * perSample, samplesEvaluated * (2L * weightsCount + 1), circuit);
        return new Trained(circuit, weights, classCount, cost);
    }

    private sealed class Trained(Circuit circuit, double[] weights, int classCount, ModelCost cost) : ITrainedClassifier
    {
        public ModelCost TrainingCost => cost;

        public int Parameters => weights.Length;

        public Prediction Predict(FeatureMatrix x, CancellationToken cancellationToken = default)
        {
            int n = x.Columns;
            int r = Readouts(classCount);
            var parameters = new double[n + weights.Length];
            weights.CopyTo(parameters.AsSpan(n));
            var labels = new int[x.Count];
            for (int i = 0; i < x.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                x.Row(i).CopyTo(parameters);
                var state = circuit.Run(parameters);
                if (r == 1) labels[i] = state.Expectation(ZOn(n, 0)) > 0 ? 1 : 0;
                else
                {
                    int best = 0;
                    double bestZ = double.NegativeInfinity;
                    for (int k = 0; k < r; k++)
                    {
                        double z = state.Expectation(ZOn(n, k));
                        if (z > bestZ) { bestZ = z; best = k; }
                    }
                    labels[i] = best;
                }
            }
            return new Prediction(labels, new ModelCost(x.Count, x.Count, circuit));
        }
    }
}
