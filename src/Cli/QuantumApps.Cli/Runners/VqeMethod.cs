using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Ansatz;
using QuantumApps.Ansatz.Excitations;
using QuantumApps.Ansatz.Hardware;
using QuantumApps.Ansatz.References;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Cli.Output;
using QuantumApps.Optimizers;
using QuantumApps.Variational.Vqe;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// Composes a molecular VQE for the CLI: builds the ansatz on the Jordan–Wigner qubits of a
/// <see cref="MolecularHamiltonian"/> (Hartree–Fock reference, interleaved spin orbitals), runs
/// <see cref="VqeDriver"/> (or <see cref="AdaptVqe"/>), and adds the resource report and, with shots, a sampled
/// energy. The driver itself only sees the Pauli sum.
/// </summary>
public static class VqeMethod
{
    /// <summary>Accepted ansatz names.</summary>
    public static IReadOnlyList<string> Ansatze { get; } = ["uccsd", "hea", "kupccgsd", "adapt"];

    /// <summary>Accepted initial points.</summary>
    public static IReadOnlyList<string> InitialPoints { get; } = ["hf", "mp2"];

    /// <summary>Copies of the 2^n state the VQE keeps alive (state, H|ψ⟩, adjoint vectors), for the memory check.</summary>
    public const int StateCopies = 4;

    /// <summary>Checks names and numbers before any expensive work; throws a one-line error listing the valid values.</summary>
    public static void Validate(VqeMethodOptions o)
    {
        if (!Ansatze.Contains(o.Ansatz.ToLowerInvariant())) throw new QuantumAppsException($"--ansatz: unknown ansatz '{o.Ansatz}'; valid ansätze: {string.Join(", ", Ansatze)}");
        OptimizerFactory.Create(o.Optimizer);
        if (!InitialPoints.Contains(o.Initial.ToLowerInvariant())) throw new QuantumAppsException($"--initial: unknown initial point '{o.Initial}'; valid: {string.Join(", ", InitialPoints)}");
        if (o.Layers is int l && l < 1) throw new QuantumAppsException($"--layers must be at least 1, got {l}");
        if (o.Shots is int s && s < 2) throw new QuantumAppsException($"--shots must be at least 2, got {s}");
        if (o.Initial.Equals("mp2", StringComparison.OrdinalIgnoreCase) && !o.Ansatz.Equals("uccsd", StringComparison.OrdinalIgnoreCase))
            throw new QuantumAppsException("--initial mp2 applies to the uccsd ansatz only");
        NoisyEvaluation.ParseSpec(o.Noise);
        NoisyEvaluation.Validate(o.Trajectories, o.NoiseMethod);
    }

    /// <summary>Refuses, before allocating, a register that does not fit in memory (names the bytes needed).</summary>
    public static void EnsureFits(MolecularHamiltonian h) =>
        MemoryGuard.EnsureFits(h.NumSpinOrbitals, 16, "VQE state vectors", StateCopies);

    /// <summary>
    /// Runs the VQE. <paramref name="qubitHamiltonian"/> must be the Jordan–Wigner form of <paramref name="h"/>.
    /// <paramref name="warmStart"/> (previous parameters, e.g. from the neighbouring scan point) is used when its
    /// length matches the ansatz.
    /// </summary>
    public static VqeMethodResult Run(MolecularHamiltonian h, PauliSum qubitHamiltonian, VqeMethodOptions o, IReadOnlyList<double>? warmStart = null)
    {
        Validate(o);
        EnsureFits(h);
        var rng = new Random(o.Seed);
        var optimizer = OptimizerFactory.Create(o.Optimizer);
        int n = h.NumOrbitals, na = h.NumAlpha, nb = h.NumBeta, nq = 2 * n;
        ulong reference = HartreeFockState.BasisIndex(n, na, nb);
        IAnsatz ansatz;
        IReadOnlyList<double> parameters;
        double energy, seconds;
        int evaluations, gradientEvaluations, iterations;
        string exitReason;
        bool converged;
        IReadOnlyList<string>? operators = null;
        if (o.Ansatz.Equals("adapt", StringComparison.OrdinalIgnoreCase))
        {
            var adaptOptions = new AdaptVqeOptions(ExcitationPool.SinglesAndDoubles(n, na, nb)) { MaxOperators = o.Layers ?? 30 };
            var r = AdaptVqe.Run(qubitHamiltonian, nq, reference, optimizer, adaptOptions, rng);
            ansatz = r.Ansatz;
            (parameters, energy, seconds) = (r.Parameters, r.Energy, r.Seconds);
            (evaluations, gradientEvaluations, iterations) = (r.Evaluations, r.GradientEvaluations, r.Iterations.Count);
            (converged, exitReason) = (r.Converged, Kebab(r.ExitReason.ToString()));
            operators = r.Operators.Select(e => e.ToString()).ToArray();
        }
        else
        {
            ansatz = o.Ansatz.ToLowerInvariant() switch
            {
                "uccsd" => UccsdAnsatz.Create(n, na, nb),
                "kupccgsd" => UpCcgsdAnsatz.Create(n, na, nb, o.Layers ?? 2),
                _ => HardwareEfficientAnsatz.Create(nq, o.Layers ?? 2, EntanglerKind.Ladder, reference),
            };
            var options = new VqeOptions { RandomInitialScale = ansatz is CircuitAnsatz ? 0.1 : 0 };
            if (warmStart is not null && warmStart.Count == ansatz.NumParameters) options = options with { InitialPoint = warmStart };
            else if (o.Initial.Equals("mp2", StringComparison.OrdinalIgnoreCase)) options = options with { InitialPoint = Mp2Amplitudes.InitialPoint(h, (ExcitationAnsatz)ansatz) };
            var r = VqeDriver.Run(qubitHamiltonian, ansatz, optimizer, options, rng);
            (parameters, energy, seconds) = (r.Parameters, r.Energy, r.Seconds);
            (evaluations, gradientEvaluations, iterations) = (r.Evaluations, r.GradientEvaluations, r.Iterations);
            (converged, exitReason) = (r.Converged, Kebab(r.ExitReason.ToString()));
        }

        var state = StateVector.Empty(nq);
        ansatz.Prepare(state, parameters.ToArray());
        var resources = VqeResourceEstimator.Estimate(qubitHamiltonian, ansatz, state);
        double? mean = null, error = null;
        if (o.Shots is int shots)
        {
            var estimate = ShotEstimator.Estimate(state, qubitHamiltonian.WithNumQubitsAtLeast(nq), Math.Max(shots, 2 * resources.MeasurementGroups), rng);
            (mean, error) = (estimate.Mean, estimate.StandardError);
        }
        var circuit = ansatz.ToCircuit();
        NoisyEnergy? noisy = NoisyEvaluation.ParseSpec(o.Noise) is { } model
            ? NoisyEvaluation.Evaluate(circuit, parameters, qubitHamiltonian, model, o.Trajectories, o.Shots, rng, o.NoiseMethod)
            : null;
        return new VqeMethodResult(o.Ansatz.ToLowerInvariant() == "kupccgsd" ? ansatz.Name : o.Ansatz.ToLowerInvariant(), optimizer.Name,
            energy, parameters, evaluations, gradientEvaluations, iterations, converged, exitReason, seconds, resources,
            o.Shots, mean, error, operators, circuit, noisy);
    }

    /// <summary>The <c>"vqe"</c> JSON object.</summary>
    public static JsonObject ToJson(VqeMethodResult r)
    {
        var json = new JsonObject
        {
            ["ansatz"] = r.Ansatz,
            ["optimizer"] = r.Optimizer,
            ["energy"] = JsonOutput.Number(r.Energy),
            ["parameters"] = r.Parameters.Count,
            ["evaluations"] = r.Evaluations,
            ["gradientEvaluations"] = r.GradientEvaluations,
            ["iterations"] = r.Iterations,
            ["converged"] = r.Converged,
            ["exitReason"] = r.ExitReason,
            ["seconds"] = r.Seconds,
            ["qubits"] = r.Resources.NumQubits,
            ["cnots"] = r.Resources.Cnots,
            ["depth"] = r.Resources.Depth,
            ["cnotsLinear"] = r.Resources.CnotsLinear,
            ["depthLinear"] = r.Resources.DepthLinear,
            ["swapsLinear"] = r.Resources.SwapsLinear,
            ["measurementGroups"] = r.Resources.MeasurementGroups,
            ["shotsForChemicalAccuracy"] = r.Resources.ShotsForChemicalAccuracy,
        };
        if (r.Shots is int shots)
        {
            json["shots"] = shots;
            json["shotEnergy"] = JsonOutput.Number(r.ShotMean ?? double.NaN);
            json["standardError"] = JsonOutput.Number(r.StandardError ?? double.NaN);
        }
        if (r.Noisy is { } n) AddNoisyJson(json, n, "noisyEnergy");
        if (r.Operators is { } ops) json["operators"] = new JsonArray(ops.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        return json;
    }

    /// <summary>Adds the VQE rows to a quantity/value table.</summary>
    public static void AddRows(TextTable table, VqeMethodResult r, double? fci)
    {
        var inv = CultureInfo.InvariantCulture;
        table.Add("E_VQE / Ha", r.Energy.ToString("F10", inv));
        if (fci is double f) table.Add("VQE − FCI / Ha", (r.Energy - f).ToString("E3", inv));
        if (r.Shots is int shots)
            table.Add($"E_VQE ({shots} shots) / Ha", $"{(r.ShotMean ?? double.NaN).ToString("F6", inv)} ± {(r.StandardError ?? double.NaN).ToString("F6", inv)}");
        table.Add("VQE ansatz / optimizer", $"{r.Ansatz} / {r.Optimizer}")
            .Add("VQE parameters", r.Parameters.Count.ToString(inv))
            .Add("VQE evaluations (gradients)", $"{r.Evaluations} ({r.GradientEvaluations})")
            .Add("VQE exit", r.Converged ? "converged" : $"NOT converged: {r.ExitReason} (best energy reported)")
            .Add("VQE seconds", r.Seconds.ToString("F3", inv))
            .Add("CNOTs / depth (all-to-all)", $"{r.Resources.Cnots} / {r.Resources.Depth}")
            .Add("CNOTs / depth (linear chain)", $"{r.Resources.CnotsLinear} / {r.Resources.DepthLinear} ({r.Resources.SwapsLinear} SWAPs)")
            .Add("measurement groups (QWC)", r.Resources.MeasurementGroups.ToString(inv))
            .Add("shots for 1.6 mHa", r.Resources.ShotsForChemicalAccuracy?.ToString(inv) ?? "-");
        if (r.Noisy is { } n) AddNoisyRows(table, n, "E_VQE", " / Ha", fci);
        if (r.Operators is { } ops) table.Add("ADAPT operators", string.Join(" ", ops));
    }

    /// <summary>
    /// Adds the noisy fields to a JSON object: noise (canonical spec), <paramref name="valueKey"/>, noisyStandardError
    /// (null for the exact density matrix), noisyMethod, noisyTrajectories and, with shots, noisyShots,
    /// noisyShotEnergy (<paramref name="valueKey"/> with "Shot" inserted) and noisyShotStandardError.
    /// </summary>
    public static void AddNoisyJson(JsonObject json, NoisyEnergy n, string valueKey)
    {
        json["noise"] = n.Noise;
        json["noisyMethod"] = n.Method;
        json[valueKey] = JsonOutput.Number(n.Energy);
        json["noisyStandardError"] = n.StandardError is double se ? JsonOutput.Number(se) : null;
        json["noisyTrajectories"] = n.Trajectories;
        if (n.Shots is long shots)
        {
            json["noisyShots"] = shots;
            json["noisyShotTrajectories"] = n.ShotTrajectories;
            json[valueKey.Replace("noisy", "noisyShot", StringComparison.Ordinal)] = JsonOutput.Number(n.ShotEnergy ?? double.NaN);
            json["noisyShotStandardError"] = JsonOutput.Number(n.ShotStandardError ?? double.NaN);
        }
    }

    /// <summary>Adds the noisy rows (label prefix <paramref name="label"/>, unit <paramref name="unit"/>) to a quantity/value table.</summary>
    public static void AddNoisyRows(TextTable table, NoisyEnergy n, string label, string unit, double? exact)
    {
        var inv = CultureInfo.InvariantCulture;
        string value = n.StandardError is double se ? $"{n.Energy.ToString("F6", inv)} ± {se.ToString("F6", inv)}" : n.Energy.ToString("F10", inv);
        table.Add("noise model", n.Noise)
            .Add($"{label} noisy ({(n.Method == "density-matrix" ? "density matrix" : $"{n.Trajectories} trajectories")}){unit}", value);
        if (exact is double f) table.Add($"{label} noisy − FCI{unit}", (n.Energy - f).ToString("E3", inv));
        if (n.Shots is long shots)
            table.Add($"{label} noisy ({shots} shots, {n.ShotTrajectories} trajectories){unit}",
                $"{(n.ShotEnergy ?? double.NaN).ToString("F6", inv)} ± {(n.ShotStandardError ?? double.NaN).ToString("F6", inv)}");
    }

    /// <summary>"MaxIterations" → "max-iterations".</summary>
    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
