using System.Text;
using System.Text.Json;

namespace QuantumApps.Cli.Tests.Readme;

/// <summary>
/// A JSON shape as the README writes it: <c>{"a","b":{"c"},"d"|"e":{...},"f":[{"g"}],"h": null | E,"i"?}</c>. A member
/// is a key, required in the output, or alternatives <c>"x"|"y"</c> sharing one value (each present when it applies, e.g.
/// one per requested method), or an optional key <c>"k"?</c>; optionally followed by <c>:</c> and an object, an array
/// of one element shape, or a value description (anything else up to the next <c>,</c>); <c>...</c> or <c>…</c> as a
/// member means "more keys", as a whole object "any content".
/// </summary>
public sealed class DocumentedShape
{
    private DocumentedShape(Dictionary<string, DocumentedShape?> members, bool open, DocumentedShape? element, bool any, HashSet<string>? optional = null)
    {
        Members = members;
        Optional = optional ?? [];
        Open = open;
        Element = element;
        Any = any;
    }

    /// <summary>Documented keys of an object with their shapes (null: a leaf value).</summary>
    public Dictionary<string, DocumentedShape?> Members { get; }

    /// <summary>Keys that may be absent (alternatives and <c>"k"?</c>).</summary>
    public HashSet<string> Optional { get; }

    /// <summary>True when the object lists only some of its keys (<c>...</c>).</summary>
    public bool Open { get; }

    /// <summary>The element shape of an array shape.</summary>
    public DocumentedShape? Element { get; }

    /// <summary>True for <c>{...}</c>: any content.</summary>
    public bool Any { get; }

    /// <summary>Parses a README shape.</summary>
    public static DocumentedShape Parse(string text)
    {
        var tokens = Tokenize(text);
        int i = 0;
        var shape = ParseValue(tokens, ref i) ?? throw new FormatException("the shape is not an object or array");
        if (i != tokens.Count) throw new FormatException($"unexpected '{tokens[i]}' after the shape");
        return shape;
    }

    /// <summary>
    /// The differences between this shape and <paramref name="actual"/>: documented keys missing from the output, and
    /// keys the output has that a closed object does not document. Empty when they agree.
    /// </summary>
    public IReadOnlyList<string> Differences(JsonElement actual, string path = "$")
    {
        var errors = new List<string>();
        Compare(actual, path, errors);
        return errors;
    }

    private void Compare(JsonElement actual, string path, List<string> errors)
    {
        if (Any) return;
        if (Element is not null)
        {
            if (actual.ValueKind != JsonValueKind.Array) { errors.Add($"{path}: documented as an array, is {actual.ValueKind}"); return; }
            int k = 0;
            foreach (var item in actual.EnumerateArray()) Element.Compare(item, $"{path}[{k++}]", errors);
            return;
        }

        if (actual.ValueKind != JsonValueKind.Object) { errors.Add($"{path}: documented as an object, is {actual.ValueKind}"); return; }
        foreach (var (key, shape) in Members)
        {
            if (!actual.TryGetProperty(key, out var value))
            {
                if (!Optional.Contains(key)) errors.Add($"{path}.{key}: documented, missing from the output");
                continue;
            }
            if (shape is not null && value.ValueKind != JsonValueKind.Null) shape.Compare(value, $"{path}.{key}", errors);
        }
        if (!Open)
            foreach (var p in actual.EnumerateObject())
                if (!Members.ContainsKey(p.Name)) errors.Add($"{path}.{p.Name}: in the output, not documented");
    }

    private static DocumentedShape? ParseValue(List<string> t, ref int i)
    {
        if (t[i] == "{") return ParseObject(t, ref i);
        if (t[i] == "[")
        {
            i++;
            var element = ParseValue(t, ref i);
            Expect(t, ref i, "]");
            return element is null ? null : new DocumentedShape([], false, element, false);
        }
        int depth = 0;
        while (i < t.Count && (depth > 0 || (t[i] != "," && t[i] != "}" && t[i] != "]")))
        {
            if (t[i] is "{" or "[") depth++;
            if (t[i] is "}" or "]") depth--;
            i++;
        }
        return null;
    }

    private static DocumentedShape ParseObject(List<string> t, ref int i)
    {
        Expect(t, ref i, "{");
        var members = new Dictionary<string, DocumentedShape?>();
        var optional = new HashSet<string>();
        bool open = false;
        if (t[i] is "..." or "…")
        {
            i++;
            Expect(t, ref i, "}");
            return new DocumentedShape(members, true, null, true);
        }
        while (t[i] != "}")
        {
            if (t[i] is "..." or "…") { open = true; i++; }
            else
            {
                var keys = new List<string> { Key(t[i++]) };
                while (t[i] == "|") { i++; keys.Add(Key(t[i++])); }
                bool maybe = keys.Count > 1;
                if (t[i] == "?") { i++; maybe = true; }
                DocumentedShape? value = null;
                if (t[i] == ":") { i++; value = ParseValue(t, ref i); }
                foreach (var k in keys)
                {
                    members[k] = value;
                    if (maybe) optional.Add(k);
                }
            }
            if (t[i] == ",") i++;
            else if (t[i] != "}") throw new FormatException($"expected ',' or '}}', found '{t[i]}'");
        }
        i++;
        return new DocumentedShape(members, open, null, false, optional);
    }

    private static string Key(string token) =>
        token.Length >= 2 && token[0] == '"' ? token[1..^1] : throw new FormatException($"expected a quoted key, found '{token}'");

    private static void Expect(List<string> t, ref int i, string what)
    {
        if (i >= t.Count || t[i] != what) throw new FormatException($"expected '{what}', found '{(i < t.Count ? t[i] : "end")}'");
        i++;
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '"')
            {
                int end = text.IndexOf('"', i + 1);
                tokens.Add(text[i..(end + 1)]);
                i = end + 1;
            }
            else if (text.AsSpan(i).StartsWith("...")) { tokens.Add("..."); i += 3; }
            else if ("{}[]:,|?…".Contains(c)) { tokens.Add(c.ToString()); i++; }
            else
            {
                var sb = new StringBuilder();
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !"{}[]:,|?\"".Contains(text[i])) sb.Append(text[i++]);
                tokens.Add(sb.ToString());
            }
        }
        return tokens;
    }
}
