using System.Globalization;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.IO;

/// <summary>
/// Reads start angles for <c>--angles FILE</c>: numbers separated by white space or commas, <c>#</c> starts a comment;
/// exactly 2p values, γ_1 … γ_p then β_1 … β_p, in radians and in the driver's convention (U_C(γ) = exp(−iγC) on the
/// cost as printed, U_B(β) = exp(−iβ Σ X_j)) — the <c>gammas</c> and <c>betas</c> of an earlier JSON result, in order.
/// Errors name the file and line.
/// </summary>
public static class QaoaAngleFile
{
    /// <summary>The angles (γ then β) of <paramref name="path"/>, checked against depth p.</summary>
    public static double[] Read(string path, int depth)
    {
        string text = InputFile.ReadAllText(path);
        var values = new List<double>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            foreach (string token in line.Split([' ', '\t', ',', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                {
                    throw new QuantumAppsException($"{path}:{i + 1}: '{Output.ErrorText.Clean(token)}' is not a finite number (angles in radians)");
                }

                values.Add(v);
            }
        }

        if (values.Count != 2 * depth)
        {
            throw new QuantumAppsException($"{path}: --p {depth} needs 2p = {2 * depth} angles (gamma_1..gamma_p then beta_1..beta_p), found {values.Count}");
        }

        return values.ToArray();
    }
}
