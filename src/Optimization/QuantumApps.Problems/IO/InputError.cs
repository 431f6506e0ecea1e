using QuantumApps.Simulator;

namespace QuantumApps.Problems.IO;

/// <summary>Builds the one-line "file:line: problem" exceptions every reader throws.</summary>
internal static class InputError
{
    public static QuantumAppsException At(string source, int line, string problem) =>
        new($"{source}:{line}: {problem}");

    public static QuantumAppsException In(string source, string problem) =>
        new($"{source}: {problem}");

    public static string ReadAll(string path)
    {
        if (!File.Exists(path)) throw new QuantumAppsException($"{path}: file not found");
        return File.ReadAllText(path);
    }

    public static string[] Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    public static int ParseInt(string token, string source, int line, string what)
    {
        if (!int.TryParse(token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int v))
            throw At(source, line, $"{what} '{token}' is not an integer");
        return v;
    }

    public static double ParseDouble(string token, string source, int line, string what)
    {
        if (!double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v))
            throw At(source, line, $"{what} '{token}' is not a number");
        if (!double.IsFinite(v)) throw At(source, line, $"{what} '{token}' is not finite");
        return v;
    }

    public static string[] Tokens(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
