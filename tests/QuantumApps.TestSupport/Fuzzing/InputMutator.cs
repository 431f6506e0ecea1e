using System.Text;
using System.Text.RegularExpressions;

namespace QuantumApps.TestSupport.Fuzzing;

/// <summary>
/// Seeded mutations of an input file for the reader fuzz tests: each mutant applies one to three
/// <see cref="Mutation"/>s chosen at random to the original bytes. The same seed gives the same sequence of mutants, and
/// <see cref="Mutant.Description"/> says what was done, so a failure is reproducible from the test's seed and index.
/// </summary>
public sealed partial class InputMutator
{
    /// <summary>The replacements of <see cref="Mutation.HugeNumber"/>: overflow of double, of int and of 2^53, and the edge of <c>InputRange</c>.</summary>
    public static IReadOnlyList<string> HugeNumbers { get; } =
        ["1e308", "-1e308", "1.7976931348623157E+308", "1e16", "1e15", "-1e15", "2147483647", "-2147483648", "2147483648", "99999999999999999999", "4.9e-324", "-0", "0", "-1"];

    /// <summary>The replacements of <see cref="Mutation.NonFiniteNumber"/>.</summary>
    public static IReadOnlyList<string> NonFiniteNumbers { get; } = ["NaN", "Infinity", "-Infinity", "nan", "inf", "∞"];

    private static readonly byte[][] BadBytes =
    [
        [0xFF], [0xFE, 0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x00], [0x1B, (byte)'[', (byte)'2', (byte)'J'], [0x07],
    ];

    private static readonly Mutation[] AllMutations = Enum.GetValues<Mutation>();

    private readonly byte[] _original;
    private readonly Random _random;

    /// <summary>A mutator of <paramref name="original"/> drawing from a <see cref="Random"/> seeded with <paramref name="seed"/>.</summary>
    public InputMutator(byte[] original, int seed)
    {
        ArgumentNullException.ThrowIfNull(original);
        _original = original;
        _random = new Random(seed);
    }

    /// <summary>One damaged copy of a file and what was done to it.</summary>
    /// <param name="Bytes">The mutant's bytes.</param>
    /// <param name="Kinds">The mutations applied, in order.</param>
    /// <param name="Description">The mutations with their positions, e.g. "bit-flip @123.4; delete-line 7".</param>
    public sealed record Mutant(byte[] Bytes, IReadOnlyList<Mutation> Kinds, string Description)
    {
        /// <summary>The bytes decoded as <see cref="File.ReadAllText(string)"/> would (UTF-8, undecodable bytes as U+FFFD).</summary>
        public string Text => Encoding.UTF8.GetString(Bytes);
    }

    /// <summary>The next mutant: one to three mutations of the original.</summary>
    public Mutant Next()
    {
        byte[] bytes = _original;
        int count = 1 + _random.Next(3);
        var kinds = new List<Mutation>(count);
        var what = new List<string>(count);
        for (int k = 0; k < count; k++)
        {
            var kind = AllMutations[_random.Next(AllMutations.Length)];
            (bytes, string description) = Apply(kind, bytes);
            kinds.Add(kind);
            what.Add(description);
        }
        return new Mutant(bytes, kinds, string.Join("; ", what));
    }

    /// <summary>Applies one mutation of kind <paramref name="kind"/> to <paramref name="bytes"/> (a new array; the input is not changed).</summary>
    public (byte[] Bytes, string Description) Apply(Mutation kind, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        switch (kind)
        {
            case Mutation.BitFlip:
            {
                if (bytes.Length == 0) return (bytes, "bit-flip (empty)");
                var copy = (byte[])bytes.Clone();
                int at = _random.Next(copy.Length), bit = _random.Next(8);
                copy[at] ^= (byte)(1 << bit);
                return (copy, $"bit-flip @{at}.{bit}");
            }
            case Mutation.Truncate:
            {
                int at = bytes.Length == 0 ? 0 : _random.Next(bytes.Length);
                return (bytes[..at], $"truncate @{at}");
            }
            case Mutation.DuplicateLine:
            case Mutation.DeleteLine:
            {
                var lines = SplitLines(bytes);
                int i = _random.Next(lines.Count);
                if (kind == Mutation.DuplicateLine) lines.Insert(i, lines[i]);
                else lines.RemoveAt(i);
                return (Concat(lines), $"{(kind == Mutation.DuplicateLine ? "duplicate" : "delete")}-line {i + 1}");
            }
            case Mutation.HugeNumber:
            case Mutation.NonFiniteNumber:
            {
                string text = Encoding.Latin1.GetString(bytes);
                var numbers = NumberToken().Matches(text);
                var pool = kind == Mutation.HugeNumber ? HugeNumbers : NonFiniteNumbers;
                string replacement = pool[_random.Next(pool.Count)];
                if (numbers.Count == 0) return (Insert(bytes, _random.Next(bytes.Length + 1), Encoding.UTF8.GetBytes(replacement)), $"insert {replacement}");
                var m = numbers[_random.Next(numbers.Count)];
                var result = new List<byte>(bytes.Length + replacement.Length);
                result.AddRange(bytes.AsSpan(0, m.Index).ToArray());
                result.AddRange(Encoding.UTF8.GetBytes(replacement));
                result.AddRange(bytes.AsSpan(m.Index + m.Length).ToArray());
                return (result.ToArray(), $"number '{m.Value}' @{m.Index} -> {replacement}");
            }
            case Mutation.LongLine:
            {
                int length = 10_000 + _random.Next(40_000);
                string unit = _random.Next(3) switch { 0 => "9", 1 => "x", _ => "1 2 3 " };
                var line = new StringBuilder(length + 1);
                while (line.Length < length) line.Append(unit);
                line.Append('\n');
                var lines = SplitLines(bytes);
                int i = _random.Next(lines.Count + 1);
                lines.Insert(i, Encoding.ASCII.GetBytes(line.ToString()));
                return (Concat(lines), $"long-line ({length} × '{unit.Trim()}') before line {i + 1}");
            }
            default:
            {
                var bad = BadBytes[_random.Next(BadBytes.Length)];
                int at = _random.Next(bytes.Length + 1);
                return (Insert(bytes, at, bad), $"bytes {Convert.ToHexString(bad)} @{at}");
            }
        }
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] insert) => [.. bytes.AsSpan(0, at), .. insert, .. bytes.AsSpan(at)];

    /// <summary>The lines of <paramref name="bytes"/>, each with its line end (the last may have none).</summary>
    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            lines.Add(bytes[start..(i + 1)]);
            start = i + 1;
        }
        if (start < bytes.Length || lines.Count == 0) lines.Add(bytes[start..]);
        return lines;
    }

    private static byte[] Concat(List<byte[]> lines) => lines.SelectMany(l => l).ToArray();

    [GeneratedRegex(@"[-+]?(\d+\.?\d*|\.\d+)([eEdD][-+]?\d+)?")]
    private static partial Regex NumberToken();
}
