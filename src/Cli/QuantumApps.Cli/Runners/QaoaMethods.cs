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

        var optimizer = OptimizerFactory.Create(s.Optimizer);
        return (new QaoaMethodOptions(s.Depth, optimizer, s.Shots, s.Mixer == "xy", s.FixFirstCity), noise);
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
