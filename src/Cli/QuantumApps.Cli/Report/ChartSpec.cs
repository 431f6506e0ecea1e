namespace QuantumApps.Cli.Report;

/// <summary>Axes of an <see cref="SvgChart"/>; null limits are taken from the data (with a margin on linear axes).</summary>
public sealed record ChartSpec(string Title, string XLabel, string YLabel, bool LogX = false, bool LogY = false,
    double? XMin = null, double? XMax = null, double? YMin = null, double? YMax = null);
