namespace QuantumApps.Chemistry.Molecules;

/// <summary>Element data for H (Z = 1) through Ar (Z = 18), the range our basis-set files cover.</summary>
public static class PeriodicTable
{
    private static readonly string[] Symbols =
    [
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne",
        "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar",
    ];

    /// <summary>
    /// Element sequence of IUPAC Red Book 2005 Table VI restricted to H..Ar (noble gases, alkali, alkaline-earth,
    /// groups 13, 14, 15 upwards, H, groups 16, 17): formulas cite elements in this order, giving "LiH", "H2O",
    /// "NH3", "CH4", "HeH", "HCl".
    /// </summary>
    private static readonly string[] FormulaSequence =
        ["Ar", "Ne", "He", "Na", "Li", "Mg", "Be", "Al", "B", "Si", "C", "P", "N", "H", "S", "O", "Cl", "F"];

    /// <summary>Position of the element in the formula sequence (lower is cited first).</summary>
    public static int FormulaRank(Element element) => Array.IndexOf(FormulaSequence, element.Symbol);

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
