using System.Numerics;
using System.Text;

namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// An immutable linear combination Σ_t c_t · (O_1 ⋯ O_k)_t of products of fermionic ladder operators
/// obeying {a_p, a†_q} = δ_pq, {a_p, a_q} = {a†_p, a†_q} = 0. Like products are merged, terms with
/// |c| ≤ 1e-12 are dropped, and terms are kept in the canonical <see cref="FermionProduct"/> order, so two
/// operators built from the same terms compare equal. Products are NOT automatically reduced by the
/// anticommutation relations: "1^ 0" and "-1 * 0 1^" stay distinct until <see cref="NormalOrdered"/> is called.
/// Spin orbitals are interleaved: mode 2k = spatial orbital k alpha, 2k+1 = beta.
/// </summary>
public sealed class FermionOperator : IEquatable<FermionOperator>
{
    /// <summary>Coefficients at or below this magnitude are treated as zero (1e-12, same as PauliSum).</summary>
    public const double DefaultThreshold = 1e-12;

    private readonly FermionTerm[] _terms;

    private FermionOperator(FermionTerm[] terms) => _terms = terms;

    /// <summary>The terms in canonical order.</summary>
    public IReadOnlyList<FermionTerm> Terms => _terms;

    /// <summary>The zero operator.</summary>
    public static FermionOperator Zero { get; } = new([]);

    /// <summary>c · 1.</summary>
    public static FermionOperator Identity(Complex coefficient) => FromTerms([new FermionTerm(FermionProduct.Identity, coefficient)]);

    /// <summary>a†_p.</summary>
    public static FermionOperator Creation(int mode) => Single(1.0, LadderOperator.Create(mode));

    /// <summary>a_p.</summary>
    public static FermionOperator Annihilation(int mode) => Single(1.0, LadderOperator.Annihilate(mode));

    /// <summary>The number operator n_p = a†_p a_p.</summary>
    public static FermionOperator Number(int mode) => Single(1.0, LadderOperator.Create(mode), LadderOperator.Annihilate(mode));

    /// <summary>The single term c · O_1 ⋯ O_k.</summary>
    public static FermionOperator Single(Complex coefficient, params ReadOnlySpan<LadderOperator> operators) =>
        FromTerms([new FermionTerm(new FermionProduct(operators), coefficient)]);

    /// <summary>Sums the given terms, merging like products and dropping |c| ≤ threshold.</summary>
    public static FermionOperator FromTerms(IEnumerable<FermionTerm> terms, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var builder = new FermionOperatorBuilder();
        foreach (var t in terms)
        {
            builder.Add(t.Product, t.Coefficient);
        }
        return builder.ToOperator(threshold);
    }

    internal static FermionOperator FromSortedUnique(List<FermionTerm> terms)
    {
        terms.Sort(static (a, b) => a.Product.CompareTo(b.Product));
        return new FermionOperator(terms.ToArray());
    }

    /// <summary>Number of modes touched: largest mode index + 1 (0 for a multiple of the identity).</summary>
    public int NumModes
    {
        get
        {
            int max = -1;
            foreach (var t in _terms)
            {
                max = Math.Max(max, t.Product.MaxMode);
            }
            return max + 1;
        }
    }

    /// <summary>True when there are no terms.</summary>
    public bool IsZero => _terms.Length == 0;

    /// <summary>True when every product is in normal order (see <see cref="FermionProduct.IsNormalOrdered"/>).</summary>
    public bool IsNormalOrdered => Array.TrueForAll(_terms, t => t.Product.IsNormalOrdered);

    /// <summary>The coefficient of a product (0 when absent). Compares products literally, not up to reordering.</summary>
    public Complex CoefficientOf(FermionProduct product)
    {
        foreach (var t in _terms)
        {
            if (t.Product.Equals(product))
            {
                return t.Coefficient;
            }
        }
        return Complex.Zero;
    }

    /// <summary>Sum.</summary>
    public static FermionOperator operator +(FermionOperator a, FermionOperator b) =>
        new FermionOperatorBuilder().Add(a, 1.0).Add(b, 1.0).ToOperator();

    /// <summary>Difference.</summary>
    public static FermionOperator operator -(FermionOperator a, FermionOperator b) =>
        new FermionOperatorBuilder().Add(a, 1.0).Add(b, -1.0).ToOperator();

    /// <summary>Negation.</summary>
    public static FermionOperator operator -(FermionOperator a) => (-1.0) * a;

    /// <summary>Scalar multiple.</summary>
    public static FermionOperator operator *(Complex c, FermionOperator a) => new FermionOperatorBuilder().Add(a, c).ToOperator();

    /// <summary>Real scalar multiple.</summary>
    public static FermionOperator operator *(double c, FermionOperator a) => new Complex(c, 0) * a;

    /// <summary>
    /// Operator product a · b: every product of a is concatenated with every product of b (a's operators on
    /// the left). The result is not normal ordered; call <see cref="NormalOrdered"/> to reduce it.
    /// </summary>
    public static FermionOperator operator *(FermionOperator a, FermionOperator b)
    {
        var builder = new FermionOperatorBuilder();
        foreach (var ta in a._terms)
        {
            foreach (var tb in b._terms)
            {
                builder.Add(ta.Product.Concat(tb.Product), ta.Coefficient * tb.Coefficient);
            }
        }
        return builder.ToOperator();
    }

    /// <summary>Hermitian conjugate: (c O_1 ⋯ O_k)† = c* O_k† ⋯ O_1†.</summary>
    public FermionOperator Adjoint()
    {
        var builder = new FermionOperatorBuilder();
        foreach (var t in _terms)
        {
            builder.Add(t.Product.Adjoint(), Complex.Conjugate(t.Coefficient));
        }
        return builder.ToOperator();
    }

    /// <summary>
    /// The same operator rewritten in normal order: in every product the creation operators stand left of
    /// the annihilation operators and, within each group, mode indices decrease strictly ("3^ 1^ 2 0").
    /// Reordering uses a_p a†_q = δ_pq − a†_q a_p (the δ term is kept) and a sign −1 for every swap of two
    /// operators of the same kind; products with a repeated creation (or annihilation) operator vanish.
    /// Two operators are equal as operators exactly when their normal-ordered forms are equal.
    /// </summary>
    public FermionOperator NormalOrdered()
    {
        var builder = new FermionOperatorBuilder();
        var work = new Stack<(LadderOperator[] Ops, Complex Coefficient)>();
        foreach (var t in _terms)
        {
            work.Push((t.Product.AsSpan().ToArray(), t.Coefficient));
            while (work.Count > 0)
            {
                var (ops, c) = work.Pop();
                NormalOrderOne(ops, c, builder, work);
            }
        }
        return builder.ToOperator();
    }

    /// <summary>
    /// Bubble sort of one product into normal order; each contraction a_p a†_p → 1 spawns a shorter product
    /// that is pushed on the work stack and ordered later.
    /// </summary>
    private static void NormalOrderOne(
        LadderOperator[] ops, Complex c, FermionOperatorBuilder builder, Stack<(LadderOperator[], Complex)> work)
    {
        for (int pass = 0; pass < ops.Length; pass++)
        {
            bool swapped = false;
            for (int i = 0; i + 1 < ops.Length; i++)
            {
                var left = ops[i];
                var right = ops[i + 1];
                if (FermionProduct.InNormalOrder(left, right))
                {
                    continue;
                }
                if (left.IsCreation == right.IsCreation && left.Mode == right.Mode)
                {
                    return; // (a†_p)² = (a_p)² = 0
                }
                if (!left.IsCreation && right.IsCreation && left.Mode == right.Mode)
                {
                    // a_p a†_p = 1 − a†_p a_p: the contracted product keeps the current sign.
                    var contracted = new LadderOperator[ops.Length - 2];
                    Array.Copy(ops, 0, contracted, 0, i);
                    Array.Copy(ops, i + 2, contracted, i, ops.Length - i - 2);
                    work.Push((contracted, c));
                }
                ops[i] = right;
                ops[i + 1] = left;
                c = -c;
                swapped = true;
            }
            if (!swapped)
            {
                break;
            }
        }
        builder.Add(new FermionProduct(ops), c);
    }

    /// <summary>True when ‖(A − A†) in normal order‖_max ≤ tolerance.</summary>
    public bool IsHermitian(double tolerance)
    {
        foreach (var t in (this - Adjoint()).NormalOrdered()._terms)
        {
            if (Complex.Abs(t.Coefficient) > tolerance)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when both operators have the same products and coefficients agree within tolerance.</summary>
    public bool ApproximatelyEquals(FermionOperator other, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var t in (this - other)._terms)
        {
            if (Complex.Abs(t.Coefficient) > tolerance)
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public bool Equals(FermionOperator? other) =>
        other is not null && (ReferenceEquals(this, other) || _terms.AsSpan().SequenceEqual(other._terms));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FermionOperator);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var t in _terms)
        {
            hash.Add(t);
        }
        return hash.ToHashCode();
    }

    /// <summary>One term per line: "(re+imj) [3^ 1^ 2 0]", OpenFermion style; "0" for the zero operator.</summary>
    public override string ToString()
    {
        if (_terms.Length == 0)
        {
            return "0";
        }
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var t in _terms)
        {
            if (sb.Length > 0)
            {
                sb.AppendLine(" +");
            }
            var c = t.Coefficient;
            sb.Append(c.Imaginary == 0
                ? c.Real.ToString("R", inv)
                : $"({c.Real.ToString("R", inv)}{(c.Imaginary < 0 ? "-" : "+")}{Math.Abs(c.Imaginary).ToString("R", inv)}j)");
            sb.Append(" [").Append(t.Product.ToString()).Append(']');
        }
        return sb.ToString();
    }
}
