using System.Globalization;
using System.Diagnostics;
using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Simulator;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Time to solution of quantum annealing (<see cref="QuantumAnnealing"/>), simulated annealing
/// (<see cref="SimulatedAnnealing"/>, the project's SA including its final 1-flip descent) and simulated quantum
/// annealing (<see cref="SimulatedQuantumAnnealing"/>, same H(s) as the quantum anneal: same σ and schedule) on one
/// instance, with the 99 % definition of <see cref="TimeToSolution"/> for all three. A classical run succeeds when its
/// energy is the optimum of the diagonal (to <see cref="QuantumAnnealing.OptimumTolerance"/>); the diagonal is the
/// yardstick only. The QUBO must encode the same cost: its energy is C when minimising and −C when maximising.
/// </summary>
public static class AnnealingBenchmark
{
    /// <summary>Runs the three scans; <paramref name="progress"/> hears a one-line status per point.</summary>
    public static AnnealingReport Run(double[] costDiagonal, QaoaSense sense, Qubo qubo, AnnealingSettings settings, Random rng,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(costDiagonal);
        ArgumentNullException.ThrowIfNull(qubo);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rng);
        if (settings.Runs < 1)
        {
            throw new QuantumAppsException($"annealing: at least one run per point, got {settings.Runs}");
        }

        int n = qubo.NumVariables;
        if (costDiagonal.Length != 1L << n)
        {
            throw new QuantumAppsException($"annealing: the QUBO has {n} variables but the diagonal {costDiagonal.Length} entries");
        }

        bool gap = n <= settings.GapMaxQubits;
        var qaOptions = new QuantumAnnealingOptions(costDiagonal, sense)
        {
            AnnealTimes = settings.AnnealTimes,
            TrotterStep = settings.TrotterStep,
            ComputeGap = gap,
        };
        var quantum = QuantumAnnealing.Run(qaOptions, new Relay(p => progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"quantum anneal T = {p.RunLength:G4}: p = {p.SuccessProbability:G4}, TTS99 = {p.Tts99:G4}"))), cancellationToken);
        double quboOptimum = sense == QaoaSense.Minimize ? quantum.Optimum : -quantum.Optimum;
        double tolerance = QuantumAnnealing.OptimumTolerance(quboOptimum);
        var sqaSettings = new SqaSettings(settings.SqaSlices, settings.SqaTemperature, quantum.Scale);
        var sa = Scan("sa", settings.SaSweeps, settings.Runs, sweeps => SimulatedAnnealing.Minimize(qubo, rng, sweeps, cancellationToken: cancellationToken).Energy,
            quboOptimum, tolerance, progress);
        var sqa = Scan("sqa", settings.SqaSweeps, settings.Runs, sweeps => SimulatedQuantumAnnealing.Minimize(qubo, rng, sweeps, sqaSettings, cancellationToken).Energy,
            quboOptimum, tolerance, progress);
        return new AnnealingReport(quantum, sa, sqa, settings.Runs,
            gap ? null : $"gap not computed above {settings.GapMaxQubits} qubits");
    }

    private static List<AnnealPoint> Scan(string name, IReadOnlyList<int> sweepCounts, int runs, Func<int, double> run, double optimum, double tolerance,
        IProgress<string>? progress)
    {
        if (sweepCounts.Count == 0 || sweepCounts.Any(s => s < 1))
        {
            throw new QuantumAppsException($"annealing: {name} sweep counts must be whole numbers ≥ 1 (at least one)");
        }

        var points = new List<AnnealPoint>();
        foreach (int sweeps in sweepCounts)
        {
            var clock = Stopwatch.StartNew();
            int successes = 0;
            for (int r = 0; r < runs; r++)
            {
                if (run(sweeps) <= optimum + tolerance)
                {
                    successes++;
                }
            }

            double p = (double)successes / runs;
            var point = new AnnealPoint(sweeps, p, TimeToSolution.Tts99(sweeps, p), clock.Elapsed.TotalSeconds);
            points.Add(point);
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{name} {sweeps} sweeps: p = {p:G4}, TTS99 = {point.Tts99:G4} sweeps"));
            if (p >= TimeToSolution.Confidence)
            {
                break;
            }
        }

        return points;
    }

    private sealed class Relay(Action<AnnealPoint> report) : IProgress<AnnealPoint>
    {
        public void Report(AnnealPoint value) => report(value);
    }
}
