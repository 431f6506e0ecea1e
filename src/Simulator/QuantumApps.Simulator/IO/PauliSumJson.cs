using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.IO;

/// <summary>
/// JSON form of a <see cref="PauliSum"/>:
/// <c>{"qubits": 4, "terms": [{"pauli": "X0 X1 Y2 Y3", "real": -0.0453, "imag": 0.0}, ...]}</c>
/// with labels in the indexed text form (qubit 0 first; "I" for the identity).
/// </summary>
public static class PauliSumJson
{
    /// <summary>Serialises the sum (indented).</summary>
    public static string Write(PauliSum sum)
    {
        var terms = new JsonArray();
        foreach (var t in sum.Terms)
            terms.Add(new JsonObject { ["pauli"] = t.Pauli.ToLabel(), ["real"] = t.Coefficient.Real, ["imag"] = t.Coefficient.Imaginary });
        var root = new JsonObject { ["qubits"] = sum.NumQubits, ["terms"] = terms };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// Parses the JSON form; errors name the source and the line (invalid JSON) or the offending term (index in
    /// <c>terms</c>): a missing or mistyped key, "qubits" outside 1..64, a label acting beyond "qubits", a coefficient
    /// outside <see cref="InputRange"/>.
    /// </summary>
    public static PauliSum Read(string json, string? sourceName = null)
    {
        string src = sourceName ?? "<json>";
        JsonNode? root;
        try { root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }); }
        catch (JsonException e) { throw new QuantumAppsException($"{src}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {e.Message.ReplaceLineEndings(" ")}"); }
        if (root is not JsonObject obj || obj["qubits"] is null || obj["terms"] is not JsonArray arr)
            throw new QuantumAppsException($"{src}: expected an object with 'qubits' and 'terms'");
        if (obj["qubits"] is not JsonValue qv || !qv.TryGetValue(out double nd) || nd != Math.Floor(nd) || nd < 1 || nd > 64)
            throw new QuantumAppsException($"{src}: 'qubits' must be a whole number 1..64, not {Excerpt(obj["qubits"])}");
        int n = (int)nd;
        var terms = new List<PauliTerm>();
        for (int i = 0; i < arr.Count; i++)
        {
            if (arr[i] is not JsonObject t || t["pauli"] is null || t["real"] is null)
                throw new QuantumAppsException($"{src}: term {i} needs 'pauli' and 'real'");
            if (t["pauli"] is not JsonValue pv || !pv.TryGetValue(out string? label))
                throw new QuantumAppsException($"{src}: term {i}: 'pauli' must be a string, not {Excerpt(t["pauli"])}");
            if (!PauliString.TryParse(label, out var p, out var err))
                throw new QuantumAppsException($"{src}: term {i}: {err}");
            if (p.MaxQubit >= n)
                throw new QuantumAppsException($"{src}: term {i}: '{label}' acts on qubit {p.MaxQubit} but 'qubits' is {n}");
            double re = Coefficient(t["real"], src, i, "real");
            double im = t["imag"] is null ? 0.0 : Coefficient(t["imag"], src, i, "imag");
            terms.Add(new PauliTerm(p, new Complex(re, im)));
        }
        return PauliSum.FromTerms(n, terms, 0.0);
    }

    private static double Coefficient(JsonNode? node, string src, int term, string key)
    {
        if (node is not JsonValue v || !v.TryGetValue(out double x))
            throw new QuantumAppsException($"{src}: term {term}: '{key}' must be a number, not {Excerpt(node)}");
        if (!InputRange.Contains(x))
            throw new QuantumAppsException($"{src}: term {term}: {InputRange.Problem($"'{key}'", x.ToString("R", System.Globalization.CultureInfo.InvariantCulture), x)}");
        return x;
    }

    private static string Excerpt(JsonNode? node) => node is null ? "null" : $"'{node.ToJsonString()}'";
}
