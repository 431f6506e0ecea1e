using System.Numerics;

namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// Mutable accumulator for a <see cref="FermionOperator"/>: like products are merged on insertion
/// (dictionary keyed on the product), so assembling m terms costs O(m), not O(m²).
/// </summary>
public sealed class FermionOperatorBuilder
{
    private readonly Dictionary<FermionProduct, Complex> _terms = new();

    /// <summary>Adds c · product.</summary>
    public FermionOperatorBuilder Add(FermionProduct product, Complex coefficient)
    {
        ArgumentNullException.ThrowIfNull(product);
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_terms, product, out _);
        slot += coefficient;
        return this;
    }

    /// <summary>Adds c · O_1 ⋯ O_k.</summary>
    public FermionOperatorBuilder Add(Complex coefficient, params ReadOnlySpan<LadderOperator> operators) =>
        Add(new FermionProduct(operators), coefficient);

    /// <summary>Adds scale · op.</summary>
    public FermionOperatorBuilder Add(FermionOperator op, Complex scale)
    {
        ArgumentNullException.ThrowIfNull(op);
        foreach (var term in op.Terms)
        {
            Add(term.Product, scale * term.Coefficient);
        }
        return this;
    }

    /// <summary>Number of distinct products collected so far (before dropping small coefficients).</summary>
    public int Count => _terms.Count;

    /// <summary>The immutable operator; terms with |c| ≤ threshold are dropped (use 0 to drop only exact zeros).</summary>
    public FermionOperator ToOperator(double threshold = FermionOperator.DefaultThreshold)
    {
        var list = new List<FermionTerm>(_terms.Count);
        foreach (var (product, c) in _terms)
        {
            if (Complex.Abs(c) > threshold)
            {
                list.Add(new FermionTerm(product, c));
            }
        }
        return FermionOperator.FromSortedUnique(list);
    }
}
