using System.Numerics;

namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// The occupation strings of N electrons of one spin in n spatial orbitals (bit p set = orbital p occupied), in
/// increasing integer order, with their single-replacement lists: for string I every (c, d, K, sign) with
/// E_cd |I⟩ = a†_c a_d |I⟩ = sign |K⟩ (d occupied in I; c empty in I or c = d). A string is the ordered product
/// a†_{i1} a†_{i2} … |0⟩ with i1 &lt; i2 &lt; …, so a_d carries (−1)^{#occupied below d} and a†_c then
/// (−1)^{#occupied below c in the string without d}. Each list has N + N(n − N) entries (the N diagonal ones first
/// in the loop order over d). The pair of (c, d) is stored packed: max(c,d)(max(c,d)+1)/2 + min(c,d).
/// </summary>
internal sealed class OccupationStrings
{
    public OccupationStrings(int numOrbitals, int numElectrons)
    {
        NumOrbitals = numOrbitals;
        NumElectrons = numElectrons;
        Count = checked((int)Binomial(numOrbitals, numElectrons));
        Strings = new ulong[Count];
        var address = new Dictionary<ulong, int>(Count);
        ulong s = numElectrons == 0 ? 0UL : (numElectrons == 64 ? ulong.MaxValue : (1UL << numElectrons) - 1);
        for (var i = 0; i < Count; i++)
        {
            Strings[i] = s;
            address[s] = i;
            if (i + 1 < Count)
            {
                // Gosper's hack: the next larger integer with the same number of set bits.
                var c = s & (~s + 1);
                var r = s + c;
                s = (((r ^ s) >> 2) / c) | r;
            }
        }

        LinksPerString = numElectrons + numElectrons * (numOrbitals - numElectrons);
        LinkPair = new int[Count * LinksPerString];
        LinkTarget = new int[Count * LinksPerString];
        LinkSign = new double[Count * LinksPerString];
        for (var i = 0; i < Count; i++)
        {
            var str = Strings[i];
            var k = i * LinksPerString;
            for (var d = 0; d < numOrbitals; d++)
            {
                if ((str >> d & 1) == 0)
                {
                    continue;
                }

                var removed = str & ~(1UL << d);
                var signD = (BitOperations.PopCount(str & ((1UL << d) - 1)) & 1) == 0 ? 1.0 : -1.0;
                for (var c = 0; c < numOrbitals; c++)
                {
                    if (c != d && (str >> c & 1) != 0)
                    {
                        continue;
                    }

                    var signC = (BitOperations.PopCount(removed & ((1UL << c) - 1)) & 1) == 0 ? 1.0 : -1.0;
                    LinkPair[k] = Pair(c, d);
                    LinkTarget[k] = address[removed | (1UL << c)];
                    LinkSign[k] = signD * signC;
                    k++;
                }
            }
        }
    }

    /// <summary>n spatial orbitals.</summary>
    public int NumOrbitals { get; }

    /// <summary>N electrons of this spin.</summary>
    public int NumElectrons { get; }

    /// <summary>C(n, N) strings.</summary>
    public int Count { get; }

    /// <summary>The strings as bit masks, increasing.</summary>
    public ulong[] Strings { get; }

    /// <summary>Entries per single-replacement list: N + N(n − N).</summary>
    public int LinksPerString { get; }

    /// <summary>Packed pair of (c, d) of entry k (string i's entries at i·<see cref="LinksPerString"/> …).</summary>
    public int[] LinkPair { get; }

    /// <summary>Address of the string E_cd |I⟩ of entry k.</summary>
    public int[] LinkTarget { get; }

    /// <summary>Sign ±1 of entry k.</summary>
    public double[] LinkSign { get; }

    /// <summary>Packed index of the unordered orbital pair (p, q): max(max+1)/2 + min.</summary>
    public static int Pair(int p, int q) => p >= q ? p * (p + 1) / 2 + q : q * (q + 1) / 2 + p;

    /// <summary>C(n, k) as a double (exact below 2^53).</summary>
    public static double Binomial(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        double r = 1;
        for (var i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }

        return Math.Round(r);
    }
}
