namespace QuantumApps.Chemistry.Molecules;

/// <summary>Element data for H (Z = 1) through Ar (Z = 18), the range our basis-set files cover.</summary>
public static class PeriodicTable
{
    private static readonly string[] Symbols =
    [
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne",
        "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar",
    ];

    /// <summary>Largest supported atomic number.</summary>
    public const int MaxAtomicNumber = 18;

    /// <summary>All supported elements in order of Z.</summary>
    public static IReadOnlyList<Element> Elements { get; } = Symbols
        .Select((s, i) => new Element(s, i + 1, CoreOrbitalCount(i + 1)))
        .ToArray();

    /// <summary>Looks up an element by symbol, case-insensitively; returns null when unknown.</summary>
    public static Element? TryFromSymbol(string symbol)
    {
        for (var i = 0; i < Symbols.Length; i++)
        {
            if (string.Equals(Symbols[i], symbol, StringComparison.OrdinalIgnoreCase))
            {
                return Elements[i];
            }
        }

        return null;
    }

    /// <summary>The element with atomic number <paramref name="z"/> (1..18).</summary>
    public static Element FromAtomicNumber(int z)
    {
        if (z < 1 || z > MaxAtomicNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, $"atomic number must be 1..{MaxAtomicNumber}");
        }

        return Elements[z - 1];
    }

    private static int CoreOrbitalCount(int z) => z <= 2 ? 0 : z <= 10 ? 1 : 5;
}
