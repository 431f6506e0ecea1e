namespace QuantumApps.Cli.Output;

/// <summary>A small aligned text table: a header row and string cells, columns padded to their widest cell.</summary>
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

    /// <summary>Writes the table with two spaces between columns.</summary>
    public void Write(TextWriter output)
    {
        int cols = _headers.Length;
        var width = new int[cols];
        for (int c = 0; c < cols; c++)
            width[c] = Math.Max(_headers[c].Length, _rows.Count == 0 ? 0 : _rows.Max(r => c < r.Length ? r[c].Length : 0));
        output.WriteLine(Line(_headers, width));
        output.WriteLine(string.Join("  ", width.Select(w => new string('-', w))));
        foreach (var r in _rows) output.WriteLine(Line(r, width));
    }

    private static string Line(string[] cells, int[] width) =>
        string.Join("  ", width.Select((w, c) => (c < cells.Length ? cells[c] : "").PadRight(w))).TrimEnd();
}
