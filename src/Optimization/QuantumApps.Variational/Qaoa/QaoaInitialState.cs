using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// The QAOA start state |s⟩. Default <see cref="UniformSuperposition"/> = |+⟩^n. For one-hot constrained
/// problems with the XY mixer, start inside the feasible subspace: a feasible <see cref="Basis"/> state, a
/// uniform <see cref="Superposition"/> over given feasible bitstrings, or <see cref="OneHotBlocks"/> — the
/// product of W states |W_k⟩ = k^{−1/2} Σ_i |0…1_i…0⟩ over each block (bit q = qubit q).
/// Equality compares the lists element-wise.
/// </summary>
public sealed record QaoaInitialState
{
    private QaoaInitialState(QaoaInitialStateKind kind, IReadOnlyList<ulong> bitstrings, IReadOnlyList<IReadOnlyList<int>> blocks)
    {
        Kind = kind;
        Bitstrings = bitstrings;
        Blocks = blocks;
    }

    /// <summary>Preparation kind.</summary>
    public QaoaInitialStateKind Kind { get; }

    /// <summary>Basis state(s) for <see cref="QaoaInitialStateKind.BasisState"/> and <see cref="QaoaInitialStateKind.Superposition"/>.</summary>
    public IReadOnlyList<ulong> Bitstrings { get; }

    /// <summary>Qubit blocks for <see cref="QaoaInitialStateKind.OneHotBlocks"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Blocks { get; }

    /// <summary>|+⟩^n.</summary>
    public static QaoaInitialState UniformSuperposition { get; } =
        new(QaoaInitialStateKind.UniformSuperposition, Array.Empty<ulong>(), Array.Empty<IReadOnlyList<int>>());

    /// <summary>The basis state |b⟩ (bit q of b = qubit q).</summary>
    public static QaoaInitialState Basis(ulong bitstring) =>
        new(QaoaInitialStateKind.BasisState, [bitstring], Array.Empty<IReadOnlyList<int>>());

    /// <summary>Uniform superposition over the given distinct bitstrings.</summary>
    public static QaoaInitialState Superposition(IEnumerable<ulong> bitstrings)
    {
        var list = bitstrings.ToArray();
        if (list.Length == 0 || list.Distinct().Count() != list.Length)
        {
            throw new QuantumAppsException("QAOA initial superposition needs at least one bitstring and no repeats.");
        }

        return new(QaoaInitialStateKind.Superposition, list, Array.Empty<IReadOnlyList<int>>());
    }

    /// <summary>Product of W states over disjoint, non-empty qubit blocks.</summary>
    public static QaoaInitialState OneHotBlocks(IEnumerable<IReadOnlyList<int>> blocks)
    {
        var list = blocks.Select(b => (IReadOnlyList<int>)b.ToArray()).ToArray();
        var all = list.SelectMany(b => b).ToArray();
        if (list.Length == 0 || list.Any(b => b.Count == 0) || all.Any(q => q < 0 || q > 63) || all.Distinct().Count() != all.Length)
        {
            throw new QuantumAppsException("one-hot blocks must be non-empty, disjoint and hold qubits 0..63.");
        }

        return new(QaoaInitialStateKind.OneHotBlocks, Array.Empty<ulong>(), list);
    }

    /// <summary>Writes the normalised start state into <paramref name="state"/>.</summary>
    internal void Prepare(QaoaState state)
    {
        Span<Complex> psi = state.Amplitudes;
        switch (Kind)
        {
            case QaoaInitialStateKind.UniformSuperposition:
                state.PrepareUniform();
                return;
            case QaoaInitialStateKind.BasisState:
            case QaoaInitialStateKind.Superposition:
                psi.Clear();
                var amplitude = new Complex(1.0 / Math.Sqrt(Bitstrings.Count), 0);
                foreach (ulong b in Bitstrings)
                {
                    psi[(int)b] = amplitude;
                }

                return;
            default:
                PrepareOneHot(psi);
                return;
        }
    }

    /// <summary>Validates the state against a register of <paramref name="numQubits"/> qubits.</summary>
    internal void Validate(int numQubits)
    {
        ulong limit = 1UL << numQubits;
        foreach (ulong b in Bitstrings)
        {
            if (b >= limit)
            {
                throw new QuantumAppsException($"QAOA initial bitstring {b} does not fit in {numQubits} qubits.");
            }
        }

        foreach (int q in Blocks.SelectMany(b => b))
        {
            if (q >= numQubits)
            {
                throw new QuantumAppsException($"QAOA one-hot block qubit {q} is outside the {numQubits}-qubit register.");
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(QaoaInitialState? other) =>
        other is not null && Kind == other.Kind && Bitstrings.SequenceEqual(other.Bitstrings)
        && Blocks.Count == other.Blocks.Count && Blocks.Zip(other.Blocks).All(z => z.First.SequenceEqual(z.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Bitstrings.Count, Blocks.Count);

    private void PrepareOneHot(Span<Complex> psi)
    {
        var masks = Blocks.Select(b => b.Aggregate(0UL, (m, q) => m | (1UL << q))).ToArray();
        ulong union = masks.Aggregate(0UL, (a, m) => a | m);
        double count = Blocks.Aggregate(1.0, (c, b) => c * b.Count);
        var amplitude = new Complex(1.0 / Math.Sqrt(count), 0);
        for (int i = 0; i < psi.Length; i++)
        {
            ulong b = (ulong)i;
            bool feasible = (b & ~union) == 0;
            for (int k = 0; feasible && k < masks.Length; k++)
            {
                feasible = BitOperations.PopCount(b & masks[k]) == 1;
            }

            psi[i] = feasible ? amplitude : Complex.Zero;
        }
    }
}
