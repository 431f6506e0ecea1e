namespace QuantumApps.Chemistry.Basis;

/// <summary>
/// One contracted shell as written in a basis-set file: angular momentum l (0 = s, 1 = p, 2 = d, 3 = f),
/// primitive exponents α_k (bohr⁻²) and contraction coefficients d_k referring to normalised primitives
/// (the Gaussian94/NWChem convention). SP shells are split into an S and a P definition on reading.
/// </summary>
public sealed class ShellDefinition : IEquatable<ShellDefinition>
{
    /// <summary>Creates a shell definition; exponents and coefficients must have equal, non-zero length.</summary>
    public ShellDefinition(int angularMomentum, IReadOnlyList<double> exponents, IReadOnlyList<double> coefficients)
    {
        if (exponents.Count == 0 || exponents.Count != coefficients.Count)
        {
            throw new ArgumentException("exponents and coefficients must have the same non-zero length");
        }

        AngularMomentum = angularMomentum;
        Exponents = exponents.ToArray();
        Coefficients = coefficients.ToArray();
    }

    /// <summary>Angular momentum l.</summary>
    public int AngularMomentum { get; }

    /// <summary>Primitive exponents α_k in bohr⁻².</summary>
    public IReadOnlyList<double> Exponents { get; }

    /// <summary>Contraction coefficients d_k for normalised primitives.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <inheritdoc/>
    public bool Equals(ShellDefinition? other) =>
        other is not null && AngularMomentum == other.AngularMomentum
        && Exponents.SequenceEqual(other.Exponents) && Coefficients.SequenceEqual(other.Coefficients);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ShellDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AngularMomentum, Exponents.Count, Exponents[0]);
}
