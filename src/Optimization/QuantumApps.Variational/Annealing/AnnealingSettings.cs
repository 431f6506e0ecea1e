using QuantumApps.Problems.Heuristics;

namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Settings of <see cref="AnnealingBenchmark"/>: the quantum anneal (times in ħ/σ, Trotter step, gap up to a qubit
/// limit) and the classical runs (SA and SQA sweep counts, independent runs per count, SQA slices and temperature).
/// Scans stop at the first run length whose success probability reaches 0.99 (longer runs only raise TTS99).
/// </summary>
public sealed record AnnealingSettings
{
    /// <summary>Anneal times T (ħ/σ).</summary>
    public IReadOnlyList<double> AnnealTimes { get; init; } = [1, 2, 4, 8, 16, 32, 64];

    /// <summary>Largest Trotter step (ħ/σ).</summary>
    public double TrotterStep { get; init; } = 0.1;

    /// <summary>The minimum gap is computed up to this many qubits (Lanczos cost grows as 2^n per step); default 14.</summary>
    public int GapMaxQubits { get; init; } = 14;

    /// <summary>SA sweep counts.</summary>
    public IReadOnlyList<int> SaSweeps { get; init; } = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

    /// <summary>SQA sweep counts.</summary>
    public IReadOnlyList<int> SqaSweeps { get; init; } = [1, 2, 5, 10, 20, 50, 100, 200, 500];

    /// <summary>Independent runs per sweep count (SA and SQA): p is their success frequency.</summary>
    public int Runs { get; init; } = 50;

    /// <summary>SQA Trotter slices.</summary>
    public int SqaSlices { get; init; } = 32;

    /// <summary>SQA temperature in units of σ.</summary>
    public double SqaTemperature { get; init; } = 0.1;
}
