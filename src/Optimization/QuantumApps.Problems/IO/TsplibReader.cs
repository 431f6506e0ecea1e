using System.Globalization;
using System.Text.RegularExpressions;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.IO;

/// <summary>
/// Reads TSPLIB95 <c>.tsp</c> files (TYPE TSP) and CVRPLIB <c>.vrp</c> files (TYPE CVRP).
/// Supported: EDGE_WEIGHT_TYPE EUC_2D, CEIL_2D, GEO, ATT (with NODE_COORD_SECTION) and EXPLICIT with
/// EDGE_WEIGHT_FORMAT FULL_MATRIX, UPPER_ROW, LOWER_ROW, UPPER_DIAG_ROW, LOWER_DIAG_ROW, UPPER_COL, LOWER_COL,
/// UPPER_DIAG_COL, LOWER_DIAG_COL (EDGE_WEIGHT_SECTION); DISPLAY_DATA_SECTION is skipped. CVRP adds CAPACITY,
/// DEMAND_SECTION and DEPOT_SECTION (one depot, list ended by −1). TSPLIB node k becomes city k−1.
/// Triangular formats are symmetric by definition; the *_COL formats list column by column, which for a
/// symmetric matrix is the transposed *_ROW order (UPPER_COL = LOWER_ROW etc.).
/// Errors are "file:line: problem". The common non-standard <c>OPTIMUM</c> header line (a known optimal length that some
/// copies carry) is accepted and ignored; the optional <c>warning</c> callback is told "file:line: ignoring …".
/// </summary>
public static class TsplibReader
{
    /// <summary>The EDGE_WEIGHT_TYPE values this reader implements.</summary>
    private static readonly string[] SupportedWeightTypes = ["EUC_2D", "CEIL_2D", "GEO", "ATT", "EXPLICIT"];

    /// <summary>Reads a <c>.tsp</c> file.</summary>
    public static TspInstance ReadTsp(string path, Action<string>? warning = null) => ParseTsp(InputError.ReadAll(path), path, warning);

    /// <summary>Reads a <c>.vrp</c> file.</summary>
    public static VrpInstance ReadVrp(string path) => ParseVrp(InputError.ReadAll(path), path);

    /// <summary>Parses TSPLIB text of TYPE TSP.</summary>
    public static TspInstance ParseTsp(string text, string sourceName = "<tsp>", Action<string>? warning = null)
    {
        var data = Parse(text, sourceName, warning);
        if (data.Type is not ("TSP" or null)) throw InputError.In(sourceName, $"TYPE {data.Type} is not TSP (use the vrp reader for CVRP; ATSP/HCP/SOP are not supported)");
        // EUC_2D, CEIL_2D and ATT distances grow with the Euclidean distance (rounded, ceiled, pseudo-Euclidean); GEO does not.
        var planar = data.X is not null && data.WeightType is "EUC_2D" or "CEIL_2D" or "ATT"
            ? new PlanarCoordinates(Array.AsReadOnly(data.X), Array.AsReadOnly(data.Y!))
            : null;
        return new TspInstance(data.Name ?? Path.GetFileNameWithoutExtension(sourceName), data.Matrix) { Coordinates = planar };
    }

    /// <summary>Parses CVRPLIB text of TYPE CVRP.</summary>
    public static VrpInstance ParseVrp(string text, string sourceName = "<vrp>")
    {
        var data = Parse(text, sourceName);
        if (data.Type != "CVRP") throw InputError.In(sourceName, $"TYPE {data.Type ?? "(missing)"} is not CVRP");
        if (data.Capacity is not int cap) throw InputError.In(sourceName, "CAPACITY missing");
        if (data.Demands is null) throw InputError.In(sourceName, "DEMAND_SECTION missing");
        int depot = data.Depot ?? 0;
        CheckDemands(data, sourceName, cap, depot);
        return new VrpInstance(data.Name ?? Path.GetFileNameWithoutExtension(sourceName), data.Matrix, depot, data.Demands, cap,
            data.Vehicles ?? VehiclesFromText(data.Name) ?? VehiclesFromText(Path.GetFileName(sourceName)) ?? TrucksFromComment(data.Comment));
    }

    /// <summary>
    /// The VrpInstance rules checked here with the file's line and its 1-based node numbers: positive CAPACITY and
    /// VEHICLES, demands in 0..CAPACITY, depot demand 0.
    /// </summary>
    private static void CheckDemands(Data d, string src, int capacity, int depot)
    {
        if (capacity <= 0) throw InputError.At(src, d.CapacityLine, $"CAPACITY must be positive, got {capacity}");
        if (d.Vehicles is < 1) throw InputError.At(src, d.VehiclesLine, $"VEHICLES must be positive, got {d.Vehicles}");
        for (int k = 0; k < d.Demands!.Length; k++)
        {
            if (d.Demands[k] < 0) throw InputError.At(src, d.DemandLines![k], $"node {k + 1} has negative demand {d.Demands[k]}");
            if (d.Demands[k] > capacity)
                throw InputError.At(src, d.DemandLines![k], $"node {k + 1} demand {d.Demands[k]} exceeds capacity {capacity} (CAPACITY on line {d.CapacityLine}), no feasible solution");
        }
        if (d.Demands[depot] != 0) throw InputError.At(src, d.DemandLines![depot], $"depot node {depot + 1} has demand {d.Demands[depot]}, must be 0");
    }

    private static int? VehiclesFromText(string? s)
    {
        if (s is null) return null;
        var m = Regex.Match(s, @"-k(\d+)", RegexOptions.IgnoreCase);
        return m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k > 0 ? k : null;
    }

    private static int? TrucksFromComment(string? s)
    {
        if (s is null) return null;
        var m = Regex.Match(s, @"trucks\s*:\s*(\d+)", RegexOptions.IgnoreCase);
        return m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k > 0 ? k : null;
    }

    private sealed class Data
    {
        public string? Name, Type, Comment, WeightType, WeightFormat;
        public int Dimension = -1;
        public int? Capacity, Depot, Vehicles;
        public int[]? Demands, DemandLines;
        public int CapacityLine, VehiclesLine;
        public double[]? X, Y;
        public List<(double Value, int Line)>? Weights;
        public DistanceMatrix Matrix = null!;
    }

    private static Data Parse(string text, string src, Action<string>? warning = null)
    {
        var d = new Data();
        var lines = InputError.Lines(text);
        int i = 0;
        int dimLine = 0;
        while (i < lines.Length)
        {
            int lineNo = i + 1;
            string s = lines[i].Trim();
            i++;
            if (s.Length == 0) continue;
            string key, value;
            int colon = s.IndexOf(':');
            if (colon >= 0) { key = s[..colon].Trim().ToUpperInvariant(); value = s[(colon + 1)..].Trim(); }
            else { var t = InputError.Tokens(s); key = t[0].ToUpperInvariant(); value = s[t[0].Length..].Trim(); }
            switch (key)
            {
                case "EOF": i = lines.Length; break;
                case "NAME": d.Name = value; break;
                case "TYPE": d.Type = value.ToUpperInvariant(); break;
                case "COMMENT": d.Comment = d.Comment is null ? value : d.Comment + " " + value; break;
                case "DIMENSION":
                    if (dimLine > 0) throw InputError.At(src, lineNo, $"DIMENSION given twice (first on line {dimLine})");
                    d.Dimension = InputError.ParseInt(value, src, lineNo, "DIMENSION");
                    if (d.Dimension < 1) throw InputError.At(src, lineNo, $"DIMENSION must be positive, got {d.Dimension}");
                    EnsureMatrixFits(d.Dimension, src, lineNo);
                    dimLine = lineNo;
                    break;
                case "EDGE_WEIGHT_TYPE":
                    d.WeightType = value.ToUpperInvariant();
                    if (!SupportedWeightTypes.Contains(d.WeightType))
                        throw InputError.At(src, lineNo, $"unsupported EDGE_WEIGHT_TYPE {d.WeightType} (supported: {string.Join(", ", SupportedWeightTypes)})");
                    break;
                case "EDGE_WEIGHT_FORMAT": d.WeightFormat = value.ToUpperInvariant(); break;
                case "CAPACITY": d.Capacity = InputError.ParseInt(value, src, lineNo, "CAPACITY"); d.CapacityLine = lineNo; break;
                case "VEHICLES": d.Vehicles = InputError.ParseInt(value, src, lineNo, "VEHICLES"); d.VehiclesLine = lineNo; break;
                case "DISPLAY_DATA_TYPE": case "NODE_COORD_TYPE": break;
                case "OPTIMUM":
                    warning?.Invoke($"{src}:{lineNo}: ignoring the non-standard keyword OPTIMUM ({value})");
                    break;
                case "NODE_COORD_SECTION":
                    RequireDimension(d, src, lineNo);
                    d.X = new double[d.Dimension]; d.Y = new double[d.Dimension];
                    var seenCoord = new bool[d.Dimension];
                    i = ReadNodeRows(lines, i, src, d.Dimension, 3, (t, ln) =>
                    {
                        int k = NodeId(t[0], src, ln, d.Dimension);
                        if (seenCoord[k]) throw InputError.At(src, ln, $"node {k + 1} given twice in NODE_COORD_SECTION");
                        seenCoord[k] = true;
                        d.X[k] = InputError.ParseDouble(t[1], src, ln, "x coordinate");
                        d.Y[k] = InputError.ParseDouble(t[2], src, ln, "y coordinate");
                    });
                    break;
                case "DISPLAY_DATA_SECTION":
                    RequireDimension(d, src, lineNo);
                    i = ReadNodeRows(lines, i, src, d.Dimension, 3, (_, _) => { });
                    break;
                case "DEMAND_SECTION":
                    RequireDimension(d, src, lineNo);
                    d.Demands = new int[d.Dimension];
                    d.DemandLines = new int[d.Dimension];
                    i = ReadNodeRows(lines, i, src, d.Dimension, 2, (t, ln) =>
                    {
                        int k = NodeId(t[0], src, ln, d.Dimension);
                        d.Demands[k] = InputError.ParseInt(t[1], src, ln, "demand");
                        d.DemandLines[k] = ln;
                    });
                    break;
                case "DEPOT_SECTION":
                    i = ReadDepots(lines, i, src, d);
                    break;
                case "EDGE_WEIGHT_SECTION":
                    RequireDimension(d, src, lineNo);
                    int expected = ExplicitCount(d.WeightFormat, d.Dimension, src, lineNo);
                    d.Weights = new List<(double, int)>(expected);
                    while (d.Weights.Count < expected)
                    {
                        if (i >= lines.Length) throw InputError.At(src, lineNo, $"EDGE_WEIGHT_SECTION ended after {d.Weights.Count} of {expected} entries ({d.WeightFormat}, DIMENSION {d.Dimension})");
                        var t = InputError.Tokens(lines[i]);
                        if (t.Length > 0 && char.IsLetter(t[0][0]))
                            throw InputError.At(src, i + 1, $"EDGE_WEIGHT_SECTION has only {d.Weights.Count} of {expected} entries ({d.WeightFormat}, DIMENSION {d.Dimension})");
                        foreach (var tok in t)
                        {
                            if (d.Weights.Count == expected) throw InputError.At(src, i + 1, $"EDGE_WEIGHT_SECTION has more than {expected} entries ({d.WeightFormat}, DIMENSION {d.Dimension})");
                            d.Weights.Add((InputError.ParseDouble(tok, src, i + 1, "edge weight"), i + 1));
                        }
                        i++;
                    }
                    break;
                default:
                    throw InputError.At(src, lineNo, $"unknown or unsupported keyword '{key}'");
            }
        }
        RequireDimension(d, src, lines.Length);
        d.Matrix = BuildMatrix(d, src, dimLine);
        return d;
    }

    /// <summary>
    /// Refuses a DIMENSION whose n×n distance matrix (8n² bytes) exceeds the Simulator's budget for data read from a
    /// file (<see cref="MemoryGuard.InputDataShare"/> of the available memory) or the largest .NET array, before
    /// anything of that size is allocated.
    /// </summary>
    private static void EnsureMatrixFits(int n, string src, int lineNo)
    {
        long entries = (long)n * n;
        if (entries > Array.MaxLength) throw InputError.At(src, lineNo, $"DIMENSION {n}: the {n}×{n} distance matrix has more entries than the largest .NET array ({Array.MaxLength})");
        try
        {
            MemoryGuard.EnsureFits(entries * sizeof(double), $"DIMENSION {n}: the {n}×{n} distance matrix", MemoryGuard.InputDataShare);
        }
        catch (QuantumAppsException e)
        {
            throw InputError.At(src, lineNo, e.Message);
        }
    }

    private static void RequireDimension(Data d, string src, int lineNo)
    {
        if (d.Dimension < 1) throw InputError.At(src, lineNo, "DIMENSION must be given before this point");
    }

    private static int NodeId(string token, string src, int line, int n)
    {
        int k = InputError.ParseInt(token, src, line, "node id");
        if (k < 1 || k > n) throw InputError.At(src, line, $"node id {k} outside 1..{n}");
        return k - 1;
    }

    private static int ReadNodeRows(string[] lines, int i, string src, int n, int fields, Action<string[], int> row)
    {
        int count = 0;
        while (i < lines.Length && count < n)
        {
            var t = InputError.Tokens(lines[i]);
            if (t.Length == 0) { i++; continue; }
            if (char.IsLetter(t[0][0])) break;
            if (t.Length != fields) throw InputError.At(src, i + 1, $"expected {fields} fields, got {t.Length}");
            row(t, i + 1);
            count++;
            i++;
        }
        if (count != n) throw InputError.At(src, Math.Min(i + 1, lines.Length), $"section has {count} rows, DIMENSION is {n}");
        return i;
    }

    private static int ReadDepots(string[] lines, int i, string src, Data d)
    {
        while (i < lines.Length)
        {
            var t = InputError.Tokens(lines[i]);
            int ln = i + 1;
            i++;
            foreach (var tok in t)
            {
                int k = InputError.ParseInt(tok, src, ln, "depot");
                if (k == -1) return i;
                if (d.Depot is not null) throw InputError.At(src, ln, "more than one depot is not supported");
                d.Depot = NodeId(tok, src, ln, Math.Max(d.Dimension, 1));
            }
        }
        throw InputError.At(src, lines.Length, "DEPOT_SECTION not terminated by -1");
    }

    private static int ExplicitCount(string? format, int n, string src, int line) => format switch
    {
        "FULL_MATRIX" => (int)((long)n * n),
        "UPPER_ROW" or "LOWER_ROW" or "UPPER_COL" or "LOWER_COL" => (int)((long)n * (n - 1) / 2),
        "UPPER_DIAG_ROW" or "LOWER_DIAG_ROW" or "UPPER_DIAG_COL" or "LOWER_DIAG_COL" => (int)((long)n * (n + 1) / 2),
        null => throw InputError.At(src, line, "EDGE_WEIGHT_SECTION needs EDGE_WEIGHT_FORMAT before it"),
        _ => throw InputError.At(src, line, $"unsupported EDGE_WEIGHT_FORMAT {format}"),
    };

    /// <summary>The (row, column) of each successive entry for a symmetric explicit format.</summary>
    private static IEnumerable<(int I, int J)> ExplicitOrder(string format, int n)
    {
        string rowFormat = format switch
        {
            "UPPER_COL" => "LOWER_ROW",
            "LOWER_COL" => "UPPER_ROW",
            "UPPER_DIAG_COL" => "LOWER_DIAG_ROW",
            "LOWER_DIAG_COL" => "UPPER_DIAG_ROW",
            _ => format,
        };
        for (int i = 0; i < n; i++)
        {
            (int from, int to) = rowFormat switch
            {
                "FULL_MATRIX" => (0, n),
                "UPPER_ROW" => (i + 1, n),
                "LOWER_ROW" => (0, i),
                "UPPER_DIAG_ROW" => (i, n),
                _ => (0, i + 1),
            };
            for (int j = from; j < to; j++) yield return (i, j);
        }
    }

    private static DistanceMatrix BuildMatrix(Data d, string src, int dimLine)
    {
        int n = d.Dimension;
        var a = new double[n * n];
        if (d.WeightType == "EXPLICIT")
        {
            if (d.Weights is null) throw InputError.In(src, "EDGE_WEIGHT_TYPE EXPLICIT but no EDGE_WEIGHT_SECTION");
            int k = 0;
            bool full = d.WeightFormat == "FULL_MATRIX";
            foreach (var (r, c) in ExplicitOrder(d.WeightFormat!, n))
            {
                var (v, line) = d.Weights[k++];
                if (v < 0) throw InputError.At(src, line, $"negative distance {v} for nodes {r + 1},{c + 1}");
                if (r == c && v != 0) throw InputError.At(src, line, $"diagonal entry for node {r + 1} is {v}, expected 0");
                a[r * n + c] = v;
                if (!full) a[c * n + r] = v;
            }
            return new DistanceMatrix(n, a);
        }
        Func<double, double, double, double, double> f = d.WeightType switch
        {
            "EUC_2D" => TsplibDistances.Euclidean2D,
            "CEIL_2D" => TsplibDistances.Ceiling2D,
            "GEO" => TsplibDistances.Geo,
            "ATT" => TsplibDistances.Att,
            null => throw InputError.In(src, "EDGE_WEIGHT_TYPE missing"),
            _ => throw InputError.In(src, $"unsupported EDGE_WEIGHT_TYPE {d.WeightType} (supported: {string.Join(", ", SupportedWeightTypes)})"),
        };
        if (d.X is null || d.Y is null) throw InputError.In(src, $"EDGE_WEIGHT_TYPE {d.WeightType} needs a NODE_COORD_SECTION (DIMENSION on line {dimLine})");
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                a[i * n + j] = i == j ? 0 : f(d.X[i], d.Y[i], d.X[j], d.Y[j]);
        return new DistanceMatrix(n, a);
    }
}
