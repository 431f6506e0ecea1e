using BenchmarkDotNet.Attributes;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Benchmarks;

/// <summary>
/// One QAOA objective evaluation at n = 20, p = 3 (state 16 MiB) on the MaxCut diagonal of
/// data/graphs/regular3-n20.txt (= RandomRegular(20, 3, new Random(14))), at the linear-ramp start angles:
/// ⟨C⟩ alone (forward sweep) and ⟨C⟩ with its adjoint gradient (forward plus backward sweep).
/// </summary>
[ShortRunJob]
public class QaoaBenchmarks
{
    /// <summary>The thread-count scope of this benchmark, taken in the setup and released in the cleanup.</summary>
    private IDisposable? _policy;

    private QaoaCircuit _circuit = null!;
    private double[] _gammas = null!;
    private double[] _betas = null!;
    private readonly double[] _dGammas = new double[3];
    private readonly double[] _dBetas = new double[3];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = Parallelism.Override(threads: Threads);
        var graph = GraphGenerators.RandomRegular(20, 3, new Random(14));
        _circuit = new QaoaCircuit(MaxCut.CostOperator(graph).Diagonal());
        double[] ramp = QaoaDriver.LinearRamp(3, 0.75, QaoaSense.Maximize);
        _gammas = ramp[..3];
        _betas = ramp[3..];
    }

    [GlobalCleanup]
    public void Cleanup() => _policy?.Dispose();

    [Benchmark]
    public double Expectation20QubitsP3() => _circuit.Expectation(_gammas, _betas);

    [Benchmark]
    public double ExpectationAndGradient20QubitsP3() => _circuit.ExpectationAndGradient(_gammas, _betas, _dGammas, _dBetas);
}
