using QuantumApps.Simulator;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// The QAOA mixer. <see cref="TransverseField"/>: U_B(β) = exp(−iβ Σ_j X_j). <see cref="XyRings"/>: for each
/// block of qubits (q_0, …, q_{k−1}) the ring pairs (q_0,q_1), (q_1,q_2), …, (q_{k−1},q_0) (one pair when k = 2,
/// none when k = 1), U_B(β) = Π_pairs exp(−iβ(X_aX_b + Y_aY_b)/2) in that order — the "XY-ring mixer" of
/// Hadfield et al., Algorithms 12, 34 (2019), which preserves the Hamming weight of every block.
/// Equality compares the pair lists element-wise.
/// </summary>
public sealed record QaoaMixer
{
    private QaoaMixer(QaoaMixerKind kind, IReadOnlyList<(int A, int B)> pairs)
    {
        Kind = kind;
        Pairs = pairs;
    }

    /// <summary>Which mixer family.</summary>
    public QaoaMixerKind Kind { get; }

    /// <summary>XY pairs in application order (empty for the transverse field).</summary>
    public IReadOnlyList<(int A, int B)> Pairs { get; }

    /// <summary>The standard mixer exp(−iβ Σ_j X_j).</summary>
    public static QaoaMixer TransverseField { get; } = new(QaoaMixerKind.TransverseField, Array.Empty<(int, int)>());

    /// <summary>XY-ring mixer over the given disjoint blocks of qubits (e.g. the one-hot groups of a TSP encoding).</summary>
    public static QaoaMixer XyRings(IEnumerable<IReadOnlyList<int>> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var pairs = new List<(int, int)>();
        var seen = new HashSet<int>();
        foreach (var block in blocks)
        {
            foreach (int q in block)
            {
                if (q < 0 || !seen.Add(q))
                {
                    throw new QuantumAppsException($"XY mixer blocks must hold distinct non-negative qubits; qubit {q} is invalid or repeated.");
                }
            }

            if (block.Count == 2)
            {
                pairs.Add((block[0], block[1]));
            }
            else if (block.Count > 2)
            {
                for (int i = 0; i < block.Count; i++)
                {
                    pairs.Add((block[i], block[(i + 1) % block.Count]));
                }
            }
        }

        return new QaoaMixer(QaoaMixerKind.Xy, pairs.ToArray());
    }

    /// <summary>Largest qubit index the mixer touches (−1 for the transverse field, which acts on all qubits).</summary>
    public int MaxQubit => Pairs.Count == 0 ? -1 : Pairs.Max(p => Math.Max(p.A, p.B));

    /// <inheritdoc />
    public bool Equals(QaoaMixer? other) => other is not null && Kind == other.Kind && Pairs.SequenceEqual(other.Pairs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Pairs.Count);
}
