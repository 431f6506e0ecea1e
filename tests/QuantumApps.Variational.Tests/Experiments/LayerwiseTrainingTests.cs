using QuantumApps.Simulator;
using QuantumApps.Variational.Experiments;

namespace QuantumApps.Variational.Tests.Experiments;

/// <summary>Layer-wise against full-depth training: prefixes, the equal budget, the exact minimum, determinism.</summary>
public class LayerwiseTrainingTests
{
    private static readonly TrainingSchedule[] All = [TrainingSchedule.FullDepthRandom, TrainingSchedule.FullDepthZero, TrainingSchedule.Layerwise];

    [Theory]
    [InlineData(3, 4, 2)]
    [InlineData(4, 3, 1)]
    public void PrefixIsTheCircuitBuiltWithFewerLayersFromTheSameSeed(int n, int layers, int prefixLayers)
    {
        // independent path: the builder draws the axes layer by layer, so the same seed with fewer layers gives the prefix
        var full = RandomHardwareEfficientCircuit.Build(n, layers, SeededRandom.Create(7));
        var shorter = RandomHardwareEfficientCircuit.Build(n, prefixLayers, SeededRandom.Create(7));
        Assert.Equal(shorter, LayerwiseTrainingExperiment.Prefix(full, n, prefixLayers));
        Assert.Equal(full, LayerwiseTrainingExperiment.Prefix(full, n, layers));
    }

    [Fact]
    public void SchedulesSpendTheSameCircuitBudgetToWithinOneFullDepthStep()
    {
        const int n = 3, layers = 3;
        var settings = new LayerwiseTrainingSettings(StepsPerPhase: 6, Shots: 100);
        var runs = LayerwiseTrainingExperiment.Compare(n, layers, 0, All, settings, SeededRandom.Create(11));
        long layerwise = runs.Single(r => r.Schedule == TrainingSchedule.Layerwise).Circuits;
        // L phases × S steps × (2n gradient circuits + 1 cost estimate): 3 · 6 · 7
        Assert.Equal(126, layerwise);
        foreach (var r in runs.Where(r => r.Schedule != TrainingSchedule.Layerwise))
        {
            Assert.True(r.Circuits <= layerwise && layerwise - r.Circuits < 2 * n * layers + 1, $"{r.Schedule}: {r.Circuits} against {layerwise}");
            Assert.Equal(LayerwiseTrainingExperiment.FullDepthSteps(n, layers, 6), r.Steps);
        }
    }

    [Fact]
    public void NoScheduleBeatsTheExactMinimumAndTrainingFromZeroDoesNotRaiseTheCost()
    {
        // ⟨Z…Z⟩ ≥ −1 for every state (the exact minimum); with 1e9 shots the estimates' noise is ~3e-5, so the returned
        // (lowest-estimate) point cannot be worse than the zero start by more than that
        const int n = 3, layers = 2;
        var settings = new LayerwiseTrainingSettings(StepsPerPhase: 15, Shots: 1_000_000_000);
        var circuit = RandomHardwareEfficientCircuit.Build(n, layers, SeededRandom.Create(5));
        double start = circuit.Run(new double[n * layers]).Expectation(BarrenPlateauExperiment.Observable(CostLocality.Global, n));
        foreach (var schedule in All)
        {
            var run = LayerwiseTrainingExperiment.Train(circuit, n, layers, 0, schedule, settings, SeededRandom.Create(3));
            Assert.True(run.FinalCost >= -1 - 1e-12, $"{schedule}: {run.FinalCost} below the exact minimum −1");
            Assert.Equal(run.FinalCost <= settings.SuccessCost, run.Success);
            if (schedule != TrainingSchedule.FullDepthRandom) Assert.True(run.FinalCost <= start + 1e-3, $"{schedule}: {run.FinalCost} above the start {start}");
        }
    }

    [Fact]
    public void RunsAreDeterministicForASeed()
    {
        var settings = new LayerwiseTrainingSettings(StepsPerPhase: 5, Shots: 50);
        var a = LayerwiseTrainingExperiment.Compare(3, 2, 1, All, settings, SeededRandom.Create(9));
        var b = LayerwiseTrainingExperiment.Compare(3, 2, 1, All, settings, SeededRandom.Create(9));
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(0, 10, 0.1, -0.9, "step")]
    [InlineData(5, 0, 0.1, -0.9, "shot")]
    [InlineData(5, 10, 0, -0.9, "step size")]
    [InlineData(5, 10, 0.1, -1, "success cost")]
    public void BadSettingsAreRefused(int steps, int shots, double rate, double success, string word)
    {
        var ex = Assert.Throws<QuantumAppsException>(() => new LayerwiseTrainingSettings(steps, shots, rate, success).Validate());
        Assert.Contains(word, ex.Message);
    }
}
