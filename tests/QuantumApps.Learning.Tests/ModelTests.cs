using System.Text.Json;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Kernels;
using QuantumApps.Learning.Models;
using QuantumApps.Simulator.Examples;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Learning.Tests;

public class ModelTests
{
    [Fact]
    public void SmoMatchesScikitLearnSvc()
    {
        // Source: References/svc_oracle.json, written by References/svc_oracle.py (scikit-learn 1.2.1, SVC precomputed
        // kernel, tol 1e-10, no shrinking); our solver runs with the same tolerance.
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "References", "svc_oracle.json")));
        var root = doc.RootElement;
        Assert.StartsWith("scikit-learn 1.2.1", root.GetProperty("generator").GetString());
        var y = root.GetProperty("y").EnumerateArray().Select(e => e.GetInt32() == 1 ? 1 : -1).ToArray();
        int n = y.Length;
        // LIBSVM caches kernel rows as 32-bit floats (Qfloat in svm.cpp); the solver sees the rounded matrix.
        var k = root.GetProperty("kernel").EnumerateArray().SelectMany(r => r.EnumerateArray().Select(e => (double)(float)e.GetDouble())).ToArray();
        foreach (var c in root.GetProperty("cases").EnumerateArray())
        {
            var sol = SmoSolver.Solve(k, y, c.GetProperty("C").GetDouble(), 1e-10);
            Assert.True(sol.Converged);
            var support = c.GetProperty("support").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var dual = c.GetProperty("dualCoef").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            for (int s = 0; s < support.Length; s++) Assert.Equal(dual[s], sol.DualCoefficient(support[s]), LearningTolerances.SvmOracle);
            for (int i = 0; i < n; i++) if (!support.Contains(i)) Assert.Equal(0, sol.Alpha[i]);
            Assert.Equal(c.GetProperty("intercept").GetDouble(), -sol.Rho, LearningTolerances.SvmOracle);
            var decision = c.GetProperty("decision").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            for (int i = 0; i < n; i++) Assert.Equal(decision[i], sol.Decision(k.AsSpan(i * n, n)), LearningTolerances.SvmOracle);
        }
    }

    [Fact]
    public void LogisticRegressionSatisfiesItsOptimalityConditions()
    {
        var data = SyntheticData.HiddenManifold(120, 3, new Random(4));
        var x = new FeatureMatrix(data.Values, 3);
        var model = new LogisticRegression(1.0);
        var trained = (LogisticRegression.Trained)model.Fit(x, data.Labels.ToArray(), 2, new Random(1));
        var s = data.Labels.ToArray().Select(l => l == 1 ? 1 : -1).ToArray();
        var g = new double[4];
        LogisticRegression.Objective(x, s, 1.0, trained.Weights[0], g);
        // Stationarity of the strictly convex objective: ∇ = 0 at the unique minimiser.
        Assert.All(g, v => Assert.True(Math.Abs(v) < LearningTolerances.StationaryGradient, $"gradient {v}"));
    }

    [Fact]
    public void VqcWithTwoFeaturesAndOneLayerIsTheArticlesCircuit()
    {
        // Independent path: Simulator.Examples.SeedVqc, the articles' PennyLane circuit.
        Assert.Equal(SeedVqc.Circuit, VqcCircuit.Build(2, 1, reupload: false));
    }

    [Fact]
    public void SeparableVqcDropsEveryCnotAndDecouplesTheReadout()
    {
        var full = VqcCircuit.Build(4, 2, reupload: false);
        var separable = VqcCircuit.Build(4, 2, reupload: false, separable: true);
        Assert.Equal(0, separable.CnotCount);
        Assert.Equal(full.Gates.Count - 8, separable.Gates.Count);
        // Law: on a product state ⟨Z_0⟩ depends only on qubit 0's gates, so the adjoint gradient on every other weight is 0.
        var rng = new Random(3);
        var p = Enumerable.Range(0, separable.NumParameters).Select(_ => rng.NextDouble() * 3).ToArray();
        var g = QuantumApps.Simulator.Gradients.AdjointDifferentiation.Gradient(separable, PauliSum.FromTerm(4, PauliString.Single('Z', 0), 1), p);
        for (int layer = 0; layer < 2; layer++)
            for (int q = 1; q < 4; q++)
                for (int a = 0; a < 3; a++) Assert.Equal(0, g.Gradient[4 + layer * 12 + q * 3 + a], Tolerances.Accumulated);
    }

    [Theory]
    [InlineData(3, 2, false, 2, VqcLoss.Logistic)]
    [InlineData(3, 2, true, 3, VqcLoss.Square)]
    [InlineData(4, 1, true, 3, VqcLoss.Logistic)]
    public void VqcGradientsMatchParameterShift(int qubits, int layers, bool reupload, int classes, VqcLoss loss)
    {
        var rng = new Random(qubits * 10 + classes);
        var circuit = VqcCircuit.Build(qubits, layers, reupload);
        var xv = new double[6 * qubits];
        for (int i = 0; i < xv.Length; i++) xv[i] = Math.PI * rng.NextDouble();
        var x = new FeatureMatrix(xv, qubits);
        int[] y = Enumerable.Range(0, 6).Select(i => i % classes).ToArray();
        var w = Enumerable.Range(0, circuit.NumParameters - qubits).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        int[] batch = [0, 1, 2, 3, 4, 5];
        var g = new double[w.Length];
        double value = Vqc.LossAndGradient(circuit, x, y, classes, loss, w, batch, g);
        // Independent path: chain rule over parameter-shift gradients of every readout (Simulator.Gradients.ParameterShift).
        var expected = new double[w.Length];
        double expectedValue = 0;
        foreach (int i in batch)
        {
            double[] p = [.. x.Row(i).ToArray(), .. w];
            int readouts = Vqc.Readouts(classes);
            for (int k = 0; k < readouts; k++)
            {
                var ps = ParameterShift.Gradient(circuit, PauliSum.FromTerm(qubits, PauliString.Single('Z', k), 1), p);
                int s = readouts == 1 ? (y[i] == 1 ? 1 : -1) : (y[i] == k ? 1 : -1);
                expectedValue += Vqc.Loss(loss, s, ps.Value, out double dz) / batch.Length;
                for (int j = 0; j < w.Length; j++) expected[j] += dz * ps.Gradient[qubits + j] / batch.Length;
            }
        }
        Assert.Equal(expectedValue, value, Tolerances.Accumulated);
        for (int j = 0; j < w.Length; j++) Assert.Equal(expected[j], g[j], Tolerances.Accumulated);
    }

    [Fact]
    public void EveryModelLearnsALinearlySeparableSet()
    {
        // Sanity bound, not a reference value: a separable 2-D set with margin is learnt to ≥ 80 % training accuracy by every model.
        var data = SyntheticData.LinearlySeparable(80, 2, new Random(6), margin: 0.2);
        var scaled = data.Values.ToArray().Select(v => (v + 1) * Math.PI / 2).ToArray();
        var x = new FeatureMatrix(scaled, 2);
        var y = data.Labels.ToArray();
        IClassifier[] models =
        [
            new LogisticRegression(10), new NearestNeighbours(3), new KernelSvm("svm-linear", ClassicalKernel.Linear, 10),
            new KernelSvm("svm-rbf", ClassicalKernel.RadialBasis(1), 10), new KernelSvm("qkernel", new FidelityKernel(FeatureMap.ZZ(2, 0.3)), 10),
            new Vqc(new VqcSettings(Layers: 2, Epochs: 60, LearningRate: 0.1)), new Mlp(8, 1e-3),
        ];
        foreach (var m in models)
        {
            var pred = m.Fit(x, y, 2, new Random(2)).Predict(x).Labels;
            double acc = pred.Zip(y).Count(p => p.First == p.Second) / (double)y.Length;
            Assert.True(acc >= 0.8, $"{m.Name}: {acc}");
        }
    }
}
