using System.Globalization;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Runners;

/// <summary>Parses comma-separated numbers given on the command line ("0.5,0.8").</summary>
public static class NumberList
{
    /// <summary>The numbers of <paramref name="text"/>; an error names the option and the bad item.</summary>
    public static double[] Parse(string text, string optionName)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var result = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) || !double.IsFinite(result[i]))
                throw new QuantumAppsException($"{optionName}: item {i + 1} '{parts[i]}' is not a finite number (expected comma-separated numbers such as 0.5,0.8)");
        }
        return result;
    }
}
