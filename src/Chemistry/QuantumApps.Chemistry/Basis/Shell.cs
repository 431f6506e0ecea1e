namespace QuantumApps.Chemistry.Basis;

/// <summary>
/// A contracted Cartesian Gaussian shell placed on an atom:
/// φ_{lx,ly,lz}(r) = Σ_k c_k x_A^lx y_A^ly z_A^lz exp(−α_k |r − A|²), with lx+ly+lz = l.
/// <see cref="Coefficients"/> c_k already include the primitive normalisation of the x^l component and the
/// contraction renormalisation, so the x^l component has unit norm; every other component (xy, ...) is scaled
/// by <see cref="ComponentScale"/> so that each Cartesian function is individually normalised.
/// Components are ordered lexicographically with x highest: (l,0,0), (l−1,1,0), (l−1,0,1), (l−2,2,0), ...
/// (for d: xx, xy, xz, yy, yz, zz).
/// </summary>
public sealed class Shell
{
    internal Shell(int atomIndex, int angularMomentum, double x, double y, double z,
        double[] exponents, double[] coefficients, int functionOffset)
    {
        AtomIndex = atomIndex;
        AngularMomentum = angularMomentum;
        X = x;
        Y = y;
        Z = z;
        ExponentArray = exponents;
        CoefficientArray = coefficients;
        FunctionOffset = functionOffset;
        Components = CartesianComponents(angularMomentum);
        ComponentScale = Components.Select(c => Math.Sqrt(
            DoubleFactorial(2 * angularMomentum - 1)
            / (DoubleFactorial(2 * c.Lx - 1) * DoubleFactorial(2 * c.Ly - 1) * DoubleFactorial(2 * c.Lz - 1)))).ToArray();
    }

    /// <summary>Index of the atom the shell sits on.</summary>
    public int AtomIndex { get; }

    /// <summary>Angular momentum l.</summary>
    public int AngularMomentum { get; }

    /// <summary>Centre x in bohr.</summary>
    public double X { get; }

    /// <summary>Centre y in bohr.</summary>
    public double Y { get; }

    /// <summary>Centre z in bohr.</summary>
    public double Z { get; }

    /// <summary>Primitive exponents α_k (bohr⁻²).</summary>
    public IReadOnlyList<double> Exponents => ExponentArray;

    /// <summary>Normalised contraction coefficients c_k (see type docs).</summary>
    public IReadOnlyList<double> Coefficients => CoefficientArray;

    /// <summary>Index of this shell's first basis function in the molecular basis.</summary>
    public int FunctionOffset { get; }

    /// <summary>Number of Cartesian components (l+1)(l+2)/2.</summary>
    public int Size => Components.Count;

    /// <summary>Cartesian exponents (lx, ly, lz) of the components in order.</summary>
    public IReadOnlyList<(int Lx, int Ly, int Lz)> Components { get; }

    /// <summary>Per-component normalisation factor relative to the x^l component.</summary>
    public IReadOnlyList<double> ComponentScale { get; }

    internal double[] ExponentArray { get; }

    internal double[] CoefficientArray { get; }

    /// <summary>Cartesian components of angular momentum l in canonical order.</summary>
    public static (int Lx, int Ly, int Lz)[] CartesianComponents(int l)
    {
        var list = new List<(int, int, int)>();
        for (var lx = l; lx >= 0; lx--)
        {
            for (var ly = l - lx; ly >= 0; ly--)
            {
                list.Add((lx, ly, l - lx - ly));
            }
        }

        return list.ToArray();
    }

    /// <summary>n!! with (−1)!! = 0!! = 1.</summary>
    public static double DoubleFactorial(int n)
    {
        var r = 1.0;
        for (var k = n; k > 1; k -= 2)
        {
            r *= k;
        }

        return r;
    }
}
