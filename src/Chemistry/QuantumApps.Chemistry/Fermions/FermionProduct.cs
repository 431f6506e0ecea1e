using System.Text;

namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// An ordered product of ladder operators O_1 O_2 ⋯ O_k (O_1 acts last), e.g. a†_3 a†_1 a_2 a_0 written
/// "3^ 1^ 2 0". Immutable with value equality (same operators in the same order). The empty product is
/// the identity. Canonical order for sorting: shorter products first, then lexicographic by
/// (mode, creation before annihilation).
/// </summary>
public sealed class FermionProduct : IEquatable<FermionProduct>, IComparable<FermionProduct>
{
    private readonly LadderOperator[] _ops;
    private readonly int _hash;

    /// <summary>The identity (empty product).</summary>
    public static FermionProduct Identity { get; } = new([]);

    /// <summary>Creates the product of the given ladder operators in the given order.</summary>
    public FermionProduct(params ReadOnlySpan<LadderOperator> operators)
    {
        _ops = operators.ToArray();
        var hash = new HashCode();
        foreach (var op in _ops)
        {
            if (op.Mode < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(operators), op.Mode, "spin-orbital index must be non-negative");
            }
            hash.Add(op.Mode * 2 + (op.IsCreation ? 1 : 0));
        }
        _hash = hash.ToHashCode();
    }

    /// <summary>The operators, leftmost first.</summary>
    public IReadOnlyList<LadderOperator> Operators => _ops;

    /// <summary>Number of ladder operators (0 for the identity).</summary>
    public int Count => _ops.Length;

    /// <summary>The i-th operator from the left.</summary>
    public LadderOperator this[int index] => _ops[index];

    /// <summary>The operators as a span (no copy).</summary>
    public ReadOnlySpan<LadderOperator> AsSpan() => _ops;

    /// <summary>Largest mode index appearing, or −1 for the identity.</summary>
    public int MaxMode
    {
        get
        {
            int max = -1;
            foreach (var op in _ops)
            {
                max = Math.Max(max, op.Mode);
            }
            return max;
        }
    }

    /// <summary>
    /// True when all creation operators stand left of all annihilation operators and, within each group,
    /// mode indices strictly decrease (OpenFermion's normal-order convention, e.g. "3^ 1^ 2 0").
    /// </summary>
    public bool IsNormalOrdered
    {
        get
        {
            for (int i = 0; i + 1 < _ops.Length; i++)
            {
                if (!InNormalOrder(_ops[i], _ops[i + 1]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>(O_1 ⋯ O_k)† = O_k† ⋯ O_1† (the coefficient is conjugated by the caller).</summary>
    public FermionProduct Adjoint()
    {
        var ops = new LadderOperator[_ops.Length];
        for (int i = 0; i < ops.Length; i++)
        {
            ops[i] = _ops[_ops.Length - 1 - i].Adjoint();
        }
        return new FermionProduct(ops);
    }

    /// <summary>The product this · other (operators of this to the left).</summary>
    public FermionProduct Concat(FermionProduct other)
    {
        if (other._ops.Length == 0)
        {
            return this;
        }
        if (_ops.Length == 0)
        {
            return other;
        }
        var ops = new LadderOperator[_ops.Length + other._ops.Length];
        _ops.CopyTo(ops, 0);
        other._ops.CopyTo(ops, _ops.Length);
        return new FermionProduct(ops);
    }

    /// <summary>True when the ordered pair (left, right) already respects normal order.</summary>
    internal static bool InNormalOrder(LadderOperator left, LadderOperator right) =>
        left.IsCreation == right.IsCreation ? left.Mode > right.Mode : left.IsCreation;

    /// <inheritdoc />
    public bool Equals(FermionProduct? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && _ops.AsSpan().SequenceEqual(other._ops)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FermionProduct);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public int CompareTo(FermionProduct? other)
    {
        if (other is null)
        {
            return 1;
        }
        int c = _ops.Length.CompareTo(other._ops.Length);
        for (int i = 0; c == 0 && i < _ops.Length; i++)
        {
            c = _ops[i].Mode.CompareTo(other._ops[i].Mode);
            if (c == 0)
            {
                c = other._ops[i].IsCreation.CompareTo(_ops[i].IsCreation);
            }
        }
        return c;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(FermionProduct? a, FermionProduct? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(FermionProduct? a, FermionProduct? b) => !(a == b);

    /// <summary>"3^ 1^ 2 0"; the identity is "".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var op in _ops)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(op.ToString());
        }
        return sb.ToString();
    }
}
