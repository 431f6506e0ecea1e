using System.Numerics;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// A set of computational basis states that an operator leaves invariant, used to restrict exact
/// diagonalisation: the full space, a fixed Hamming weight (particle number under Jordan–Wigner), a fixed
/// number of set even bits and set odd bits (N_alpha, N_beta for interleaved spin orbitals:
/// even bit 2p = orbital p alpha, odd bit 2p+1 = orbital p beta), or a custom predicate.
/// </summary>
public sealed record BasisSector
{
    private BasisSector(string description, Func<ulong, bool>? predicate, int weight, int alpha, int beta)
    {
        Description = description;
        Predicate = predicate;
        Weight = weight;
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>Human-readable description ("full", "N=2", "Nα=1,Nβ=1", "custom").</summary>
    public string Description { get; }

    private Func<ulong, bool>? Predicate { get; }
    private int Weight { get; }
    private int Alpha { get; }
    private int Beta { get; }

    /// <summary>All 2^n basis states.</summary>
    public static BasisSector Full { get; } = new("full", null, -1, -1, -1);

    /// <summary>True for the full space (no restriction).</summary>
    public bool IsFull => Predicate is null && Weight < 0 && Alpha < 0;

    /// <summary>Basis states with exactly <paramref name="n"/> set bits.</summary>
    public static BasisSector HammingWeight(int n) =>
        n < 0 ? throw new QuantumAppsException($"Hamming weight must be non-negative, not {n}") : new($"N={n}", null, n, -1, -1);

    /// <summary>Basis states with <paramref name="nAlpha"/> set even bits and <paramref name="nBeta"/> set odd bits.</summary>
    public static BasisSector SpinOrbitals(int nAlpha, int nBeta) =>
        nAlpha < 0 || nBeta < 0
            ? throw new QuantumAppsException($"electron counts must be non-negative, not ({nAlpha}, {nBeta})")
            : new($"Nα={nAlpha},Nβ={nBeta}", null, -1, nAlpha, nBeta);

    /// <summary>Basis states accepted by <paramref name="predicate"/> (enumerated over all 2^n states).</summary>
    public static BasisSector Custom(Func<ulong, bool> predicate, string description = "custom") => new(description, predicate, -1, -1, -1);

    private const ulong EvenBits = 0x5555_5555_5555_5555UL;

    /// <summary>True when basis state <paramref name="b"/> belongs to the sector.</summary>
    public bool Contains(ulong b)
    {
        if (Predicate is not null) return Predicate(b);
        if (Weight >= 0) return BitOperations.PopCount(b) == Weight;
        if (Alpha >= 0) return BitOperations.PopCount(b & EvenBits) == Alpha && BitOperations.PopCount(b & ~EvenBits) == Beta;
        return true;
    }

    /// <summary>The sector's basis states of an n-qubit register in increasing order.</summary>
    public ulong[] Enumerate(int numQubits)
    {
        if (numQubits > MemoryGuard.MaxArrayQubits) throw new QuantumAppsException($"cannot enumerate a sector of a {numQubits}-qubit register (at most {MemoryGuard.MaxArrayQubits})");
        int maxAlpha = (numQubits + 1) / 2, maxBeta = numQubits / 2;
        if (Weight > numQubits) throw new QuantumAppsException($"sector N={Weight} is empty on {numQubits} qubits");
        if (Alpha > maxAlpha || Beta > maxBeta) throw new QuantumAppsException($"sector {Description} is empty on {numQubits} qubits ({maxAlpha} alpha and {maxBeta} beta spin orbitals)");
        var list = new List<ulong>();
        ulong dim = 1UL << numQubits;
        if (Weight >= 0)
        {
            if (Weight == 0) return [0UL];
            // Gosper's hack: next integer with the same popcount.
            ulong v = (1UL << Weight) - 1;
            while (v < dim)
            {
                list.Add(v);
                ulong c = v & (~v + 1), r = v + c;
                v = (((r ^ v) >> 2) / c) | r;
            }
            return list.ToArray();
        }
        for (ulong b = 0; b < dim; b++)
            if (Contains(b)) list.Add(b);
        return list.ToArray();
    }
}
