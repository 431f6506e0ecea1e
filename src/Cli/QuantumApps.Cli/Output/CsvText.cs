using System.Globalization;
using CsvHelper;

namespace QuantumApps.Cli.Output;

/// <summary>The one CSV writer of the CLI: RFC 4180 quoting through CsvHelper, invariant culture, "\n" line ends.</summary>
public static class CsvText
{
    /// <summary>CSV text of a header and rows of already formatted cells.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(header.ToArray());
            foreach (var row in rows) csv.WriteRecord(row.ToArray());
        }
        return text.ToString();
    }
}
