using QuantumApps.Simulator;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// Excitation lists over interleaved spin orbitals (2p = p α, 2p+1 = p β), closed or open shell:
/// occupied = the Hartree–Fock spin orbitals (lowest numAlpha α, numBeta β), virtual = the rest.
/// </summary>
public static class ExcitationPool
{
    /// <summary>
    /// Spin-conserving singles i → a (i occupied, a virtual, same spin), ordered by i then a.
    /// </summary>
    public static IReadOnlyList<FermionicExcitation> Singles(int numOrbitals, int numAlpha, int numBeta)
    {
        var (occ, vir) = Split(numOrbitals, numAlpha, numBeta);
        var list = new List<FermionicExcitation>();
        foreach (int i in occ)
            foreach (int a in vir)
                if ((i & 1) == (a & 1)) list.Add(FermionicExcitation.Single(i, a));
        return list;
    }

    /// <summary>
    /// S_z-conserving doubles (i, j → a, b) with i &lt; j occupied, a &lt; b virtual and as many α among {a, b} as
    /// among {i, j}; ordered by (i, j) then (a, b). For LiH/STO-3G (6 orbitals, 2+2 electrons): 76 doubles
    /// (6 αα, 6 ββ, 64 αβ) and 16 singles = 92 UCCSD parameters.
    /// </summary>
    public static IReadOnlyList<FermionicExcitation> Doubles(int numOrbitals, int numAlpha, int numBeta)
    {
        var (occ, vir) = Split(numOrbitals, numAlpha, numBeta);
        var list = new List<FermionicExcitation>();
        for (int x = 0; x < occ.Length; x++)
            for (int y = x + 1; y < occ.Length; y++)
                for (int u = 0; u < vir.Length; u++)
                    for (int v = u + 1; v < vir.Length; v++)
                    {
                        int i = occ[x], j = occ[y], a = vir[u], b = vir[v];
                        if (((i & 1) + (j & 1)) == ((a & 1) + (b & 1))) list.Add(FermionicExcitation.Double(i, j, a, b));
                    }
        return list;
    }

    /// <summary>Singles followed by doubles (the UCCSD / ADAPT-VQE spin-orbital pool).</summary>
    public static IReadOnlyList<FermionicExcitation> SinglesAndDoubles(int numOrbitals, int numAlpha, int numBeta) =>
        Singles(numOrbitals, numAlpha, numBeta).Concat(Doubles(numOrbitals, numAlpha, numBeta)).ToArray();

    private static (int[] Occupied, int[] Virtual) Split(int numOrbitals, int numAlpha, int numBeta)
    {
        if (numOrbitals < 1 || numOrbitals > 31) throw new QuantumAppsException($"excitation pools need 1..31 spatial orbitals, got {numOrbitals}");
        if (numAlpha < 0 || numBeta < 0 || numAlpha > numOrbitals || numBeta > numOrbitals)
            throw new QuantumAppsException($"{numAlpha} α and {numBeta} β electrons do not fit into {numOrbitals} spatial orbitals");
        var occ = new List<int>();
        var vir = new List<int>();
        for (int q = 0; q < 2 * numOrbitals; q++)
        {
            int p = q >> 1;
            bool occupied = (q & 1) == 0 ? p < numAlpha : p < numBeta;
            (occupied ? occ : vir).Add(q);
        }
        return (occ.ToArray(), vir.ToArray());
    }
}
