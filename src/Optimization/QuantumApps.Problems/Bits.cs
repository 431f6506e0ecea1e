using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>Bit-string helpers: strings are written variable 0 first ('0'/'1'); index bit q = variable q.</summary>
public static class Bits
{
    public static bool[] Parse(string s)
    {
        var b = new bool[s.Length];
        for (int i = 0; i < s.Length; i++)
            b[i] = s[i] switch { '0' => false, '1' => true, _ => throw new QuantumAppsException($"bit string '{s}': character {i} is '{s[i]}', expected 0 or 1") };
        return b;
    }

    public static string ToString(ReadOnlySpan<bool> bits)
    {
        var c = new char[bits.Length];
        for (int i = 0; i < bits.Length; i++) c[i] = bits[i] ? '1' : '0';
        return new string(c);
    }

    public static bool[] FromIndex(ulong index, int n)
    {
        var b = new bool[n];
        for (int i = 0; i < n; i++) b[i] = ((index >> i) & 1) != 0;
        return b;
    }

    public static ulong ToIndex(ReadOnlySpan<bool> bits)
    {
        if (bits.Length > 64) throw new QuantumAppsException($"{bits.Length} bits do not fit a 64-bit index");
        ulong x = 0;
        for (int i = 0; i < bits.Length; i++) if (bits[i]) x |= 1UL << i;
        return x;
    }
}
