namespace QuantumApps.Cli.Output;

/// <summary>
/// The CLI's one aligned-text table renderer: a header row, a rule of dashes and rows of string cells, two spaces
/// between columns, trailing blanks trimmed. Buffered (<see cref="Add"/> then <see cref="Write"/>: columns padded to their
/// widest cell) or streamed (<see cref="Stream"/>: fixed column widths, header first, each row printed as soon as it is
/// known).
/// </summary>
public sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    /// <summary>Creates a table with the given column headers.</summary>
    public TextTable(params string[] headers) => _headers = headers;

    /// <summary>Adds a row (missing cells are blank).</summary>
    public TextTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the table with every column as wide as its widest cell.</summary>
    public void Write(TextWriter output)
    {
        int cols = _headers.Length;
        var width = new int[cols];
        for (int c = 0; c < cols; c++)
            width[c] = Math.Max(_headers[c].Length, _rows.Count == 0 ? 0 : _rows.Max(r => c < r.Length ? r[c].Length : 0));
        var stream = Stream(output, _headers, width);
        foreach (var r in _rows) stream.Row(r);
    }

    /// <summary>
    /// Writes the header and the rule now (column c at least <paramref name="widths"/>[c] wide, and never narrower than its
    /// header) and returns the writer of the rows, which flushes after each one.
    /// </summary>
    public static StreamedRows Stream(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<int> widths)
    {
        var w = widths.Select((x, c) => Math.Max(x, headers[c].Length)).ToArray();
        output.WriteLine(Line(headers, w));
        output.WriteLine(string.Join("  ", w.Select(x => new string('-', x))));
        output.Flush();
        return new StreamedRows(output, w);
    }

    /// <summary>One line: cells padded to the column widths, two spaces apart, trailing blanks trimmed (missing cells blank).</summary>
    internal static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> width) =>
        string.Join("  ", width.Select((w, c) => (c < cells.Count ? cells[c] : "").PadRight(w))).TrimEnd();

    /// <summary>The row writer of a streamed table.</summary>
    public sealed class StreamedRows(TextWriter output, int[] widths)
    {
        /// <summary>Prints one row now.</summary>
        public void Row(params string[] cells)
        {
            output.WriteLine(Line(cells, widths));
            output.Flush();
        }
    }
}
