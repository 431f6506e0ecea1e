using System.Globalization;
using System.Text;

namespace QuantumApps.Problems.IO;

/// <summary>
/// Writes a <see cref="TspInstance"/> as a TSPLIB file that <see cref="TsplibReader"/> (and other TSPLIB tools) read back
/// to the same matrix: <c>TYPE: TSP</c>, <c>EDGE_WEIGHT_TYPE: EXPLICIT</c>, <c>EDGE_WEIGHT_FORMAT: FULL_MATRIX</c>, one row of
/// the distance matrix per line (round-trip "R" formatting, invariant culture), <c>EOF</c>. Cities are numbered 1…N in
/// TSPLIB and 0…N−1 in our tours.
/// </summary>
public static class TsplibWriter
{
    /// <summary>The TSPLIB text of <paramref name="instance"/> with the given NAME and COMMENT lines (line breaks in them are replaced by spaces).</summary>
    public static string FullMatrix(TspInstance instance, string name, string comment)
    {
        ArgumentNullException.ThrowIfNull(instance);
        static string OneLine(string s) => s.Replace('\r', ' ').Replace('\n', ' ');
        var inv = CultureInfo.InvariantCulture;
        int n = instance.CityCount;
        var sb = new StringBuilder();
        sb.Append("NAME: ").Append(OneLine(name)).Append('\n');
        sb.Append("TYPE: TSP\n");
        sb.Append("COMMENT: ").Append(OneLine(comment)).Append('\n');
        sb.Append("DIMENSION: ").Append(n.ToString(inv)).Append('\n');
        sb.Append("EDGE_WEIGHT_TYPE: EXPLICIT\nEDGE_WEIGHT_FORMAT: FULL_MATRIX\nEDGE_WEIGHT_SECTION\n");
        for (int i = 0; i < n; i++)
            sb.Append(string.Join(" ", Enumerable.Range(0, n).Select(j => instance.Distances[i, j].ToString("R", inv)))).Append('\n');
        sb.Append("EOF\n");
        return sb.ToString();
    }
}
