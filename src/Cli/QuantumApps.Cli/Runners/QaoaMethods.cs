using QuantumApps.Optimizers;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// The CLI side of the <c>qaoa</c> method of maxcut and tsp: turns <see cref="QaoaSettings"/> into the library's
/// <see cref="QaoaMethodOptions"/> (validated before any method runs, so a bad setting fails fast with exit code 1 and no
/// output) and adds the noisy re-run of the optimised angles as a gate-level circuit (<see cref="QaoaGateCircuit"/>
/// under <see cref="NoisyEvaluation"/>). Convention: U_C(γ) = exp(−iγC), U_B(β) = exp(−iβ Σ X_j), start |+⟩^n.
/// </summary>
public static class QaoaMethods
{
    /// <summary>Validates the settings; returns the library options and the parsed noise model (null when noiseless).</summary>
    public static (QaoaMethodOptions Options, NoiseModel? Noise) Prepare(QaoaSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Shots < 1)
        {
            throw new QuantumAppsException($"--shots must be at least 1 (bestSampledCut/bestSampledLength needs a sample), got {s.Shots}");
        }

        if (s.Mixer != "x" && s.Mixer != "xy")
        {
            throw new QuantumAppsException($"--mixer must be x or xy, not '{s.Mixer}'");
        }

        NoisyEvaluation.Validate(s.Trajectories, s.NoiseMethod);
        var noise = NoisyEvaluation.ParseSpec(s.Noise);
        if (noise is not null && s.Mixer == "xy")
        {
            throw new QuantumAppsException("--noise: the gate-level QAOA circuit is built for the x mixer only; use --mixer x");
        }

        if (s.Restarts < 1)
        {
            throw new QuantumAppsException($"--restarts must be at least 1, got {s.Restarts}");
        }

        var optimizer = OptimizerFactory.Create(s.Optimizer);
        var (angles, start) = ParseAngles(s.Angles, s.Depth);
        return (new QaoaMethodOptions(s.Depth, optimizer, s.Shots, s.Mixer == "xy", s.FixFirstCity, angles, s.Restarts, start), noise);
    }

    /// <summary>The names of <c>--angles</c> besides a file.</summary>
    public static IReadOnlyList<(string Name, QaoaAngleStrategy Strategy)> AngleNames { get; } =
        [("ramp", QaoaAngleStrategy.LinearRamp), ("interp", QaoaAngleStrategy.Interp), ("grid", QaoaAngleStrategy.Grid)];

    /// <summary><c>--angles ramp|interp|grid|FILE</c>: a strategy name, or a file of 2p start angles (read only when the depth is valid).</summary>
    private static (QaoaAngleStrategy Strategy, double[]? Start) ParseAngles(string text, int depth)
    {
        foreach (var (name, strategy) in AngleNames)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                return (strategy, null);
            }
        }

        return depth < 1 || depth > QaoaResources.MaxDepth
            ? (QaoaAngleStrategy.Grid, null)
            : (QaoaAngleStrategy.Grid, IO.QaoaAngleFile.Read(text, depth));
    }

    /// <summary>
    /// Adds ⟨C⟩ of the gate-level circuit of the optimised angles under <paramref name="noise"/>, its ratio to the optimum
    /// (<see cref="QaoaReport.Optimum"/>) and, for trajectories, the standard error; the details get the spec
    /// and method. Returns <paramref name="outcome"/> unchanged when noiseless or not ok.
    /// </summary>
    public static MethodOutcome WithNoise(MethodOutcome outcome, Func<PauliSum> cost, int qubits, QaoaReport? qaoa, NoiseModel? noise, QaoaSettings s, Random rng)
    {
        if (noise is null || qaoa is null || outcome.Status != MethodStatus.Ok)
        {
            return outcome;
        }

        double optimum = qaoa.Optimum;
        var op = cost();
        var circuit = QaoaGateCircuit.Build(op, qubits, qaoa.Gammas, qaoa.Betas);
        var n = NoisyEvaluation.Evaluate(circuit, [], op, noise, s.Trajectories, null, rng, s.NoiseMethod);
        var extras = outcome.Extras.ToList();
        extras.Add(new("noisyExpectation", n.Energy));
        extras.Add(new("noisyApproximationRatio", n.Energy / optimum));
        if (n.StandardError is double se)
        {
            extras.Add(new("noisyStandardError", se));
        }

        var details = outcome.Details?.DeepClone().AsObject() ?? [];
        details["noise"] = n.Noise;
        details["noisyMethod"] = n.Method;
        details["noisyTrajectories"] = n.Trajectories;
        return outcome with { Extras = extras, Details = details };
    }
}
