using QuantumApps.Optimizers;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Variational.Experiments;

/// <summary>
/// Layer-wise against full-depth training at an equal budget of device circuits (Skolik, McClean, Mohseni, van der Smagt
/// &amp; Leib, Quantum Mach. Intell. 3, 5 (2021): grow the circuit a layer at a time, train only the new layer, freeze the
/// earlier ones). The circuit is the barren-plateau section's random hardware-efficient circuit
/// (<see cref="RandomHardwareEfficientCircuit"/>, L layers on n qubits, the same drawn axes for every schedule) and the
/// cost is its global C = ⟨Z_0⋯Z_{n−1}⟩ (<see cref="BarrenPlateauExperiment.Observable"/>), minimised (minimum −1).
/// <para>
/// Every schedule runs Adam (<see cref="AdamOptimizer"/>) on shot-noise estimates, as a device would see them: the cost
/// estimate is C + N(0, (1 − C²)/S) (the variance of the mean of S outcomes ±1) and each gradient component
/// ∂C/∂θ + N(0, 1/(2S)) (parameter shift (C₊ − C₋)/2 from two S-shot estimates, each of variance at most 1/S), with S =
/// <see cref="LayerwiseTrainingSettings.Shots"/>; the exact values come from adjoint differentiation. A phase returns
/// the point with the lowest estimated cost, and the run reports the exact cost there. The budget is counted in device
/// circuits: one step over p angles costs 2p + 1, so full depth (one phase over n·L angles) and layer-wise (L phases over
/// n angles) get the same budget to within one full-depth step (<see cref="FullDepthSteps"/>). Skolik et al.'s second phase (retraining larger partitions)
/// is not run.
/// </para>
/// </summary>
public static class LayerwiseTrainingExperiment
{
    /// <summary>
    /// Trains one drawn circuit (axes from <paramref name="rng"/>) with each of <paramref name="schedules"/>; the random
    /// start and every schedule's noise come from their own generators seeded from <paramref name="rng"/>, so the
    /// schedules see the same circuit and independent noise.
    /// </summary>
    public static IReadOnlyList<LayerwiseTrainingRun> Compare(int numQubits, int layers, int seed, IReadOnlyList<TrainingSchedule> schedules,
        LayerwiseTrainingSettings settings, Random rng, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rng);
        settings.Validate();
        var circuit = RandomHardwareEfficientCircuit.Build(numQubits, layers, rng);
        long[] seeds = [.. schedules.Select(_ => rng.NextInt64())];
        return [.. schedules.Select((s, i) => Train(circuit, numQubits, layers, seed, s, settings, Simulator.SeededRandom.Create(seeds[i]), cancellationToken))];
    }

    /// <summary>Trains <paramref name="circuit"/> (built by <see cref="RandomHardwareEfficientCircuit"/> with these n and L) by one schedule.</summary>
    public static LayerwiseTrainingRun Train(Circuit circuit, int numQubits, int layers, int seed, TrainingSchedule schedule, LayerwiseTrainingSettings settings,
        Random rng, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rng);
        settings.Validate();
        if (circuit.NumQubits != numQubits || circuit.NumParameters != numQubits * layers)
            throw new Simulator.QuantumAppsException($"the circuit has {circuit.NumQubits} qubits and {circuit.NumParameters} angles, not {numQubits} and {numQubits * layers}");
        var h = BarrenPlateauExperiment.Observable(CostLocality.Global, numQubits);
        var theta = new double[numQubits * layers];
        if (schedule == TrainingSchedule.FullDepthRandom)
            for (int i = 0; i < theta.Length; i++) theta[i] = 2 * Math.PI * rng.NextDouble();
        long circuits = 0;
        int steps = 0;
        if (schedule == TrainingSchedule.Layerwise)
        {
            for (int l = 1; l <= layers; l++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var prefix = Prefix(circuit, numQubits, l);
                var best = Phase(prefix, h, theta.AsSpan(0, numQubits * l).ToArray(), (l - 1) * numQubits, numQubits, settings.StepsPerPhase, settings, rng, ref circuits, ref steps);
                Array.Copy(best, 0, theta, (l - 1) * numQubits, numQubits);
            }
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = Phase(circuit, h, theta, 0, theta.Length, FullDepthSteps(numQubits, layers, settings.StepsPerPhase), settings, rng, ref circuits, ref steps);
            Array.Copy(best, theta, theta.Length);
        }
        double final = circuit.Run(theta).Expectation(h);
        return new LayerwiseTrainingRun(numQubits, layers, seed, schedule, final, final <= settings.SuccessCost, circuits, steps);
    }

    /// <summary>
    /// Adam steps of a full-depth run with the layer-wise run's budget: layer-wise spends L·S·(2n + 1) circuits (S steps
    /// per layer, 2n gradient circuits and one cost estimate per step), a full-depth step 2nL + 1, so full depth gets
    /// ⌊L·S·(2n + 1)/(2nL + 1)⌋ ≥ S steps and never less than one step below the layer-wise budget.
    /// </summary>
    public static int FullDepthSteps(int numQubits, int layers, int stepsPerPhase) =>
        (int)((long)layers * stepsPerPhase * (2 * numQubits + 1) / (2L * numQubits * layers + 1));

    /// <summary>The first <paramref name="layers"/> layers of a <see cref="RandomHardwareEfficientCircuit"/> (n fixed RY gates, then 2n − 1 gates per layer).</summary>
    public static Circuit Prefix(Circuit circuit, int numQubits, int layers)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        int count = numQubits + layers * (2 * numQubits - 1);
        if (layers < 1 || count > circuit.Gates.Count) throw new Simulator.QuantumAppsException($"the circuit has no {layers}-layer prefix");
        var b = new CircuitBuilder(numQubits, numQubits * layers);
        for (int i = 0; i < count; i++) b.Append(circuit.Gates[i]);
        return b.Build();
    }

    /// <summary>
    /// Adam on the angles [offset, offset + count) of <paramref name="theta"/> (the others frozen) for StepsPerPhase
    /// steps on shot-noise estimates; returns the trained angles of the point with the lowest estimated cost.
    /// </summary>
    private static double[] Phase(Circuit circuit, PauliSum h, double[] theta, int offset, int count, int maxSteps, LayerwiseTrainingSettings settings, Random rng,
        ref long circuits, ref int steps)
    {
        var full = (double[])theta.Clone();
        double shots = settings.Shots, gradientSd = Math.Sqrt(1 / (2 * shots));
        double Estimate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            x.CopyTo(full.AsSpan(offset, count));
            var g = AdjointDifferentiation.Gradient(circuit, h, full);
            for (int i = 0; i < count; i++) gradient[i] = g.Gradient[offset + i] + gradientSd * Normal(rng);
            double c = g.Value;
            return c + Math.Sqrt(Math.Max(0, 1 - c * c) / shots) * Normal(rng);
        }
        var objective = new FunctionObjective(count, x => Estimate(x, new double[count]), Estimate);
        var result = new AdamOptimizer().Minimize(objective, theta.AsSpan(offset, count).ToArray(),
            new OptimizerSettings { MaxIterations = maxSteps, GradientTolerance = 0, LearningRate = settings.LearningRate }, rng);
        circuits += (long)result.GradientEvaluations * (2 * count + 1);
        steps += result.Iterations;
        return [.. result.BestPoint];
    }

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
