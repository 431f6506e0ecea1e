namespace QuantumApps.Cli.Report;

/// <summary>One data series of an <see cref="SvgChart"/>: points (x, y), optional symmetric error bars, drawing style.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double>? Error = null,
    bool Dashed = false, bool NoLine = false);
