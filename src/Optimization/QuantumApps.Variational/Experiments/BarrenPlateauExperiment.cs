using System.Diagnostics;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Variational.Experiments;

/// <summary>
/// Gradient-variance scan (barren plateaus). For each n: draw S random circuits
/// (<see cref="RandomHardwareEfficientCircuit"/>) with angles uniform in [0, 2π), compute g = ∂C/∂θ_k for the middle
/// parameter k = ⌊P/2⌋ by adjoint differentiation, and take the sample variance. C is ⟨Z_0⋯Z_{n−1}⟩ (global) or
/// ⟨Z_0⟩ (local). McClean et al., Nat. Commun. 9, 4812 (2018) predict Var ∝ 2^−n once the circuit is deep enough to
/// be a 2-design (here L = n layers); Cerezo et al., Nat. Commun. 12, 1791 (2021) show the global cost keeps the
/// exponential decay even at constant depth while a local cost at depth O(log n) decays at most polynomially.
/// Then ln Var = a + b·n is fitted by least squares.
/// </summary>
public static class BarrenPlateauExperiment
{
    /// <summary>The global (Z on every qubit) or local (Z on qubit 0) observable.</summary>
    public static PauliSum Observable(CostLocality cost, int numQubits) =>
        PauliSum.FromTerms(numQubits, [new PauliTerm(cost == CostLocality.Global ? new PauliString(0, (1UL << numQubits) - 1) : PauliString.Single('Z', 0), 1.0)]);

    /// <summary>One point: S samples at n qubits and the given layer count.</summary>
    public static BarrenPlateauPoint Measure(int numQubits, int layers, CostLocality cost, int samples, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (samples < 2) throw new Simulator.QuantumAppsException($"a variance needs at least 2 samples, not {samples}");
        var clock = Stopwatch.StartNew();
        var h = Observable(cost, numQubits);
        int k = numQubits * layers / 2;
        var g = new double[samples];
        var theta = new double[numQubits * layers];
        for (int s = 0; s < samples; s++)
        {
            var circuit = RandomHardwareEfficientCircuit.Build(numQubits, layers, rng);
            for (int i = 0; i < theta.Length; i++) theta[i] = 2 * Math.PI * rng.NextDouble();
            g[s] = AdjointDifferentiation.Gradient(circuit, h, theta).Gradient[k];
        }
        double mean = g.Average();
        double var = 0;
        foreach (double v in g) var += (v - mean) * (v - mean);
        var /= samples - 1;
        double ss = 0;
        foreach (double v in g) { double d = (v - mean) * (v - mean) - var; ss += d * d; }
        double se = Math.Sqrt(ss / (samples - 1) / samples);
        return new BarrenPlateauPoint(numQubits, layers, k, samples, mean, var, se, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Scans <paramref name="qubitCounts"/>; <paramref name="layersFor"/> maps n to the layer count (e.g. n => n or
    /// n => 4). Progress is reported after each point.
    /// </summary>
    public static BarrenPlateauSeries Scan(IReadOnlyList<int> qubitCounts, Func<int, int> layersFor, string depthLabel, CostLocality cost,
        int samples, Random rng, Action<BarrenPlateauPoint>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(qubitCounts);
        ArgumentNullException.ThrowIfNull(layersFor);
        var points = new List<BarrenPlateauPoint>();
        foreach (int n in qubitCounts)
        {
            var p = Measure(n, layersFor(n), cost, samples, rng);
            points.Add(p);
            progress?.Invoke(p);
        }
        var fit = LinearFit.Fit(points.Select(p => (double)p.NumQubits).ToArray(), points.Select(p => Math.Log(Math.Max(p.Variance, double.Epsilon))).ToArray());
        return new BarrenPlateauSeries(cost, depthLabel, points, fit);
    }
}
