namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// A Held–Karp 1-tree lower bound on the optimal tour length (<see cref="HeldKarpBound"/>): every tour is at least
/// <paramref name="LowerBound"/> long.
/// </summary>
/// <param name="LowerBound">max over the multipliers tried of L(π) = w_π(1-tree) − 2 Σ π_i, evaluated by QuikGraph's MST.</param>
/// <param name="Iterations">Subgradient iterations made.</param>
/// <param name="IsTour">True when the best 1-tree was itself a tour (every degree 2): the bound is then the optimum.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
public sealed record OneTreeBound(double LowerBound, int Iterations, bool IsTour, double Seconds)
{
    /// <summary>Relative gap (length − bound)/bound of a tour of <paramref name="length"/>, in percent (NaN when the bound is 0).</summary>
    public double GapPercent(double length) => LowerBound > 0 ? 100.0 * (length - LowerBound) / LowerBound : double.NaN;
}
