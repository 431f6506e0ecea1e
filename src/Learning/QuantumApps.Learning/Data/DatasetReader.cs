using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using System.Text;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;

namespace QuantumApps.Learning.Data;

/// <summary>
/// Reads classification data from CSV (through CsvHelper). Two layouts:
/// <list type="bullet">
/// <item>scikit-learn's (<see cref="ReadScikitLearn"/>): first line <c>n_samples,n_features,class_name_0,…</c>, then rows of
/// <c>n_features</c> numbers and an integer class label (0-based); a <c>.gz</c> file is decompressed, and a file whose first
/// line is already data (digits) has <c>n_features</c> = fields − 1 and classes named by their labels;</item>
/// <item>plain (<see cref="ReadPlain"/>): a header row, one column named by <c>--label</c> holding the class (any text),
/// every other column numeric. Classes are numbered in order of first appearance.</item>
/// </list>
/// Every error names the file, the 1-based line and the column: a non-numeric or missing cell, NaN or ±∞, an unknown
/// label column, a row with the wrong number of fields.
/// </summary>
public static class DatasetReader
{
    /// <summary>Most classes a dataset may have (labels 0..65535 in the scikit-learn layout).</summary>
    public const int MaxClasses = 65536;

    /// <summary>Reads <paramref name="path"/>: the plain layout when <paramref name="labelColumn"/> is given, else scikit-learn's.</summary>
    public static Dataset Read(string path, string? labelColumn = null) =>
        labelColumn is null ? ReadScikitLearn(path) : ReadPlain(path, labelColumn);

    /// <summary>Reads the scikit-learn CSV layout (optionally gzip-compressed).</summary>
    public static Dataset ReadScikitLearn(string path) => Guarded(path, ReadScikitLearnCore);

    private static Dataset ReadScikitLearnCore(string path)
    {
        string name = Path.GetFileName(path);
        using var text = Open(path);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = false, Separator = ',', TrackLineNumbers = true }, leaveOpen: false);
        var values = new List<double>();
        var labels = new List<int>();
        int features = -1;
        int declaredRows = -1;
        string[]? classNames = null;
        bool first = true;
        while (csv.Read())
        {
            long line = csv.LineNumber;
            int fields = csv.FieldCount;
            if (first)
            {
                first = false;
                if (fields >= 3 && int.TryParse(csv.GetString(0), NumberStyles.None, CultureInfo.InvariantCulture, out int rows)
                    && int.TryParse(csv.GetString(1), NumberStyles.None, CultureInfo.InvariantCulture, out int cols)
                    && !LooksNumeric(csv.GetString(2)))
                {
                    declaredRows = rows;
                    features = cols;
                    classNames = new string[fields - 2];
                    for (int c = 2; c < fields; c++) classNames[c - 2] = csv.GetString(c).Trim();
                    continue;
                }
                features = fields - 1;
                if (features < 1) throw new QuantumAppsException($"{path}:{line}: a row needs at least one feature and a label");
            }
            if (fields != features + 1)
                throw new QuantumAppsException($"{path}:{line}: {fields} fields, expected {features} features and a label ({features + 1} fields)");
            for (int c = 0; c < features; c++) values.Add(Number(csv.GetString(c), path, line, c + 1, $"feature {c}"));
            double label = Number(csv.GetString(features), path, line, features + 1, "label");
            if (label != Math.Floor(label) || label < 0)
                throw new QuantumAppsException($"{path}:{line}: column {features + 1} (label): '{csv.GetString(features)}' is not a non-negative integer class label");
            if (label >= MaxClasses)
                throw new QuantumAppsException($"{path}:{line}: column {features + 1} (label): class label {csv.GetString(features)} is above the largest supported label {MaxClasses - 1}");
            labels.Add((int)label);
        }
        if (labels.Count == 0) throw new QuantumAppsException($"{path}: no data rows");
        if (declaredRows >= 0 && declaredRows != labels.Count)
            throw new QuantumAppsException($"{path}: the header declares {declaredRows} samples but {labels.Count} rows were read");
        int classes = labels.Max() + 1;
        if (classNames is null)
        {
            classNames = new string[classes];
            for (int c = 0; c < classes; c++) classNames[c] = c.ToString(CultureInfo.InvariantCulture);
        }
        else if (classes > classNames.Length)
            throw new QuantumAppsException($"{path}: label {classes - 1} appears but the header names only {classNames.Length} classes");
        var featureNames = new string[features];
        for (int c = 0; c < features; c++) featureNames[c] = "x" + c.ToString(CultureInfo.InvariantCulture);
        return new Dataset(name, values.ToArray(), labels.ToArray(), features, featureNames, classNames);
    }

    /// <summary>Reads a plain CSV with a header; <paramref name="labelColumn"/> (name, case-insensitive) holds the class.</summary>
    public static Dataset ReadPlain(string path, string labelColumn) => Guarded(path, p => ReadPlainCore(p, labelColumn));

    /// <summary>
    /// Runs a reader and turns what the layers below throw for a damaged file (a corrupt gzip stream, a CSV the parser
    /// cannot split, bytes that are not text) into the one-line "file: problem" error.
    /// </summary>
    private static Dataset Guarded(string path, Func<string, Dataset> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is InvalidDataException or CsvFormatException or CsvValidationException or DecoderFallbackException or IOException and not FileNotFoundException)
        {
            throw new QuantumAppsException($"{path}: cannot read the data: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static Dataset ReadPlainCore(string path, string labelColumn)
    {
        string name = Path.GetFileName(path);
        using var text = Open(path);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true }, leaveOpen: false);
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0) throw new QuantumAppsException($"{path}: empty file (a header row is needed)");
        int labelIndex = Array.FindIndex(header, h => string.Equals(h, labelColumn, StringComparison.OrdinalIgnoreCase));
        if (labelIndex < 0)
            throw new QuantumAppsException($"{path}:1: no column '{labelColumn}' for --label (columns: {string.Join(", ", header)})");
        if (header.Length < 2) throw new QuantumAppsException($"{path}:1: only the label column; at least one feature column is needed");
        int features = header.Length - 1;
        var featureNames = header.Where((_, i) => i != labelIndex).ToArray();
        var values = new List<double>();
        var labels = new List<int>();
        var classIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var classNames = new List<string>();
        while (csv.Read())
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != header.Length)
                throw new QuantumAppsException($"{path}:{line}: {csv.FieldCount} fields, the header has {header.Length}");
            for (int c = 0; c < header.Length; c++)
            {
                if (c == labelIndex) continue;
                values.Add(Number(csv.GetString(c), path, line, c + 1, header[c]));
            }
            string label = csv.GetString(labelIndex).Trim();
            if (label.Length == 0) throw new QuantumAppsException($"{path}:{line}: column {labelIndex + 1} ({header[labelIndex]}): missing label");
            if (!classIndex.TryGetValue(label, out int y))
            {
                y = classNames.Count;
                classIndex[label] = y;
                classNames.Add(label);
            }
            labels.Add(y);
        }
        if (labels.Count == 0) throw new QuantumAppsException($"{path}: no data rows after the header");
        return new Dataset(name, values.ToArray(), labels.ToArray(), features, featureNames, classNames);
    }

    private static TextReader Open(string path)
    {
        if (!File.Exists(path)) throw new QuantumAppsException($"{path}: file not found");
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream);
    }

    private static bool LooksNumeric(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static double Number(string cell, string path, long line, int column, string columnName)
    {
        string s = cell.Trim();
        if (s.Length == 0) throw new QuantumAppsException($"{path}:{line}: column {column} ({columnName}): missing value");
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            throw new QuantumAppsException($"{path}:{line}: column {column} ({columnName}): '{s}' is not a number");
        if (!double.IsFinite(v))
            throw new QuantumAppsException($"{path}:{line}: column {column} ({columnName}): {s} is not finite (NaN and infinities are refused)");
        if (!InputRange.Contains(v))
            throw new QuantumAppsException($"{path}:{line}: column {column} ({columnName}): {InputRange.Problem("value", s, v)}");
        return v;
    }
}
