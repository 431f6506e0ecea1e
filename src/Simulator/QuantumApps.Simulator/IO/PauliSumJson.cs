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

    /// <summary>Parses the JSON form; errors name the source and the offending term.</summary>
    public static PauliSum Read(string json, string? sourceName = null)
    {
        string src = sourceName ?? "<json>";
        JsonNode? root;
        try { root = JsonNode.Parse(json); }
        catch (JsonException e) { throw new QuantumAppsException($"{src}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {e.Message}"); }
        if (root is not JsonObject obj || obj["qubits"] is null || obj["terms"] is not JsonArray arr)
            throw new QuantumAppsException($"{src}: expected an object with 'qubits' and 'terms'");
        int n = obj["qubits"]!.GetValue<int>();
        var terms = new List<PauliTerm>();
        for (int i = 0; i < arr.Count; i++)
        {
            if (arr[i] is not JsonObject t || t["pauli"] is null || t["real"] is null)
                throw new QuantumAppsException($"{src}: term {i} needs 'pauli' and 'real'");
            if (!PauliString.TryParse(t["pauli"]!.GetValue<string>(), out var p, out var err))
                throw new QuantumAppsException($"{src}: term {i}: {err}");
            double im = t["imag"]?.GetValue<double>() ?? 0.0;
            terms.Add(new PauliTerm(p, new Complex(t["real"]!.GetValue<double>(), im)));
        }
        return PauliSum.FromTerms(n, terms, 0.0);
    }
}
