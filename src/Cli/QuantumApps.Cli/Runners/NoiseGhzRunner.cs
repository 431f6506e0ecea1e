using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps noise ghz</c>: prepares the n-qubit GHZ state (H on qubit 0, CNOT chain 0→1→…→n−1) under a
/// <see cref="NoiseModel"/> and reports the fidelity with the ideal state and ⟨Z0 Z1⟩, ⟨X⊗n⟩ (both 1 ideally) and ⟨Z0⟩
/// (0 ideally): exactly from the density matrix (readout error included) and estimated from shots over noisy
/// trajectories with a standard error, so the two simulators can be compared on any noise spec.
/// </summary>
public static class NoiseGhzRunner
{
    public static int Run(NoiseGhzOptions o, TextWriter output)
    {
        var noise = NoiseModel.Parse(o.Noise);
        if (o.Qubits < 2 || o.Qubits > DensityMatrix.MaxQubits) throw new QuantumAppsException($"--qubits must be between 2 and {DensityMatrix.MaxQubits}, not {o.Qubits}");
        if (o.Trajectories < 2) throw new QuantumAppsException($"--trajectories must be at least 2, not {o.Trajectories}");
        var b = new CircuitBuilder(o.Qubits).H(0);
        for (int q = 0; q + 1 < o.Qubits; q++) b.Cnot(q, q + 1);
        var circuit = b.Build();
        var ideal = TrajectorySimulator.Run(circuit, [], NoiseModel.None, SeededRandom.Create(o.Seed));
        var rho = DensityMatrix.Zero(o.Qubits);
        rho.Apply(circuit, [], noise);
        var rng = SeededRandom.Create(o.Seed);
        var observables = new (string Name, PauliSum Op, double Ideal)[]
        {
            ("Z0 Z1", PauliSum.FromTerms(o.Qubits, [new PauliTerm(new PauliString(0, 0b11), 1)]), 1),
            ("X^n", PauliSum.FromTerms(o.Qubits, [new PauliTerm(new PauliString((1UL << o.Qubits) - 1, 0), 1)]), 1),
            ("Z0", PauliSum.FromTerms(o.Qubits, [new PauliTerm(new PauliString(0, 1), 1)]), 0),
        };
        var rows = observables.Select(x =>
        {
            double exact = rho.Expectation(ReadoutError.Attenuate(x.Op, noise.Readout));
            var est = NoisyEstimator.Estimate(circuit, [], x.Op, noise, o.Shots, o.Trajectories, rng);
            return (x.Name, x.Ideal, Exact: exact, Est: est);
        }).ToList();
        double fidelity = rho.Fidelity(ideal);
        if (o.Format == OutputFormat.Json)
        {
            var arr = new JsonArray();
            foreach (var r in rows)
                arr.Add(new JsonObject { ["observable"] = r.Name, ["ideal"] = r.Ideal, ["exact"] = r.Exact, ["estimate"] = r.Est.Mean, ["standardError"] = r.Est.StandardError, ["shots"] = r.Est.TotalShots });
            JsonOutput.Write(output, new JsonObject
            {
                ["noise"] = noise.ToString(), ["qubits"] = o.Qubits, ["trajectories"] = o.Trajectories, ["seed"] = o.Seed,
                ["fidelity"] = fidelity, ["observables"] = arr,
            });
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"GHZ state on {o.Qubits} qubits, noise {noise}, fidelity with the ideal state {fidelity.ToString("F6", inv)}");
        var t = new TextTable("observable", "ideal", "exact (density matrix)", "estimate (shots + trajectories)", "std. error");
        foreach (var r in rows)
            t.Add(r.Name, r.Ideal.ToString("F1", inv), r.Exact.ToString("F6", inv), r.Est.Mean.ToString("F6", inv), r.Est.StandardError.ToString("F6", inv));
        t.Write(output);
        return 0;
    }
}
