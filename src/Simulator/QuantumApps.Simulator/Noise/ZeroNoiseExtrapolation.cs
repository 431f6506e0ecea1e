using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Noise;

/// <summary>
/// Zero-noise extrapolation (ZNE; Temme, Bravyi &amp; Gambetta, PRL 119, 180509 (2017); Kandala et al., Nature 567,
/// 491 (2019)): measure an expectation E(λ) at amplified noise strengths λ ≥ 1 and extrapolate to λ = 0.
/// <para>
/// Noise is amplified by <b>local unitary folding</b> (Giurgica-Tiron et al., IEEE QCE 2020, arXiv:2005.10921): every gate
/// G becomes G·(G†·G)^k, which is the identity on the ideal circuit but carries 2k + 1 times the gate's noise, so the scale
/// factor is λ = 2k + 1 (1, 3, 5, …). With the gate-based channels of <see cref="NoiseModel"/> (noise after every gate)
/// this multiplies every gate error exactly by λ; readout error is not scaled.
/// </para>
/// <para>
/// <b>Richardson extrapolation</b> through m points (λ_i, E_i) with distinct λ_i is the value at λ = 0 of the unique
/// polynomial of degree ≤ m − 1 through them:
/// E(0) ≈ Σ_i E_i·γ_i with γ_i = Π_{j≠i} λ_j / (λ_j − λ_i) (Lagrange weights at 0; Σ γ_i = 1). It is exact when E(λ)
/// is such a polynomial. <b>Linear extrapolation</b> is the intercept of the least-squares line E ≈ a + bλ:
/// b = Σ(λ_i − λ̄)(E_i − Ē) / Σ(λ_i − λ̄)², a = Ē − bλ̄.
/// </para>
/// </summary>
public static class ZeroNoiseExtrapolation
{
    /// <summary>The scale factors used by the report: 1, 3, 5 (fold counts k = 0, 1, 2).</summary>
    public static IReadOnlyList<int> DefaultScaleFactors { get; } = [1, 3, 5];

    /// <summary>
    /// The circuit with every gate G replaced by G·(G†·G)^k, k = (<paramref name="scaleFactor"/> − 1)/2; same qubits and
    /// parameters, same unitary. Throws unless the scale factor is an odd positive integer.
    /// </summary>
    public static Circuit Fold(Circuit circuit, int scaleFactor)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        if (scaleFactor < 1 || scaleFactor % 2 == 0) throw new QuantumAppsException($"gate folding needs an odd scale factor ≥ 1 (1, 3, 5, …), not {scaleFactor}");
        if (scaleFactor == 1) return circuit;
        int folds = (scaleFactor - 1) / 2;
        var b = new CircuitBuilder(circuit.NumQubits, circuit.NumParameters);
        foreach (var g in circuit.Gates)
        {
            b.Append(g);
            for (int k = 0; k < folds; k++) b.AppendInverse(g).Append(g);
        }
        return b.Build();
    }

    /// <summary>
    /// Richardson extrapolation to λ = 0: Σ_i E_i·Π_{j≠i} λ_j/(λ_j − λ_i). Needs at least one point, distinct finite scale
    /// factors and as many values as scale factors.
    /// </summary>
    public static double Richardson(IReadOnlyList<double> scaleFactors, IReadOnlyList<double> values)
    {
        Check(scaleFactors, values, 1);
        var w = RichardsonWeights(scaleFactors);
        double sum = 0;
        for (int i = 0; i < w.Length; i++) sum += w[i] * values[i];
        return sum;
    }

    /// <summary>
    /// The Richardson weights γ_i = Π_{j≠i} λ_j/(λ_j − λ_i) (Σ γ_i = 1; 15/8, −5/4, 3/8 for λ = 1, 3, 5). With independent
    /// estimates E_i of standard errors σ_i the extrapolation's standard error is √(Σ γ_i² σ_i²).
    /// </summary>
    public static double[] RichardsonWeights(IReadOnlyList<double> scaleFactors)
    {
        Check(scaleFactors, scaleFactors, 1);
        var w = new double[scaleFactors.Count];
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = 1;
            for (int j = 0; j < w.Length; j++)
                if (j != i) w[i] *= scaleFactors[j] / (scaleFactors[j] - scaleFactors[i]);
        }
        return w;
    }

    /// <summary>Intercept a of the least-squares line E ≈ a + bλ through at least two points with distinct scale factors.</summary>
    public static double Linear(IReadOnlyList<double> scaleFactors, IReadOnlyList<double> values)
    {
        Check(scaleFactors, values, 2);
        double mx = scaleFactors.Average(), my = values.Average(), sxy = 0, sxx = 0;
        for (int i = 0; i < scaleFactors.Count; i++)
        {
            sxy += (scaleFactors[i] - mx) * (values[i] - my);
            sxx += (scaleFactors[i] - mx) * (scaleFactors[i] - mx);
        }
        return my - sxy / sxx * mx;
    }

    /// <summary>
    /// Runs ZNE: <paramref name="evaluate"/> (e.g. a noisy expectation of the circuit) on <see cref="Fold"/>ed copies at each
    /// scale factor, then both extrapolations.
    /// </summary>
    public static ZneResult Estimate(Circuit circuit, Func<Circuit, double> evaluate, IReadOnlyList<int>? scaleFactors = null)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(evaluate);
        var scales = scaleFactors ?? DefaultScaleFactors;
        if (scales.Count < 2) throw new QuantumAppsException($"zero-noise extrapolation needs at least two scale factors, got {scales.Count}");
        var values = scales.Select(s => evaluate(Fold(circuit, s))).ToArray();
        var lambdas = scales.Select(s => (double)s).ToArray();
        return new ZneResult(lambdas, values, Richardson(lambdas, values), Linear(lambdas, values));
    }

    private static void Check(IReadOnlyList<double> scaleFactors, IReadOnlyList<double> values, int minimum)
    {
        ArgumentNullException.ThrowIfNull(scaleFactors);
        ArgumentNullException.ThrowIfNull(values);
        if (scaleFactors.Count != values.Count) throw new QuantumAppsException($"{scaleFactors.Count} scale factors but {values.Count} values");
        if (scaleFactors.Count < minimum) throw new QuantumAppsException($"extrapolation needs at least {minimum} points, got {scaleFactors.Count}");
        for (int i = 0; i < scaleFactors.Count; i++)
        {
            if (!double.IsFinite(scaleFactors[i])) throw new QuantumAppsException($"scale factor {scaleFactors[i]} is not finite");
            for (int j = 0; j < i; j++)
                if (scaleFactors[j] == scaleFactors[i]) throw new QuantumAppsException($"scale factor {scaleFactors[i]} is given twice");
        }
    }
}
