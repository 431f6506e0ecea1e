using QuantumApps.Chemistry.Molecules;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Basis;

/// <summary>
/// The atomic-orbital basis of a molecule: the shells of a <see cref="BasisSetDefinition"/> placed on every
/// atom (atoms in input order, shells in file order), Cartesian components (6d). Basis function μ of
/// <see cref="Shell"/> s is index s.FunctionOffset + component.
/// </summary>
public sealed class MolecularBasis
{
    private MolecularBasis(string name, IReadOnlyList<Shell> shells, int numFunctions)
    {
        Name = name;
        Shells = shells;
        NumFunctions = numFunctions;
    }

    /// <summary>Basis-set name.</summary>
    public string Name { get; }

    /// <summary>Shells in order.</summary>
    public IReadOnlyList<Shell> Shells { get; }

    /// <summary>Number of (Cartesian) basis functions n.</summary>
    public int NumFunctions { get; }

    /// <summary>Largest angular momentum of any shell.</summary>
    public int MaxAngularMomentum => Shells.Max(s => s.AngularMomentum);

    /// <summary>Places the basis set on the molecule's atoms and normalises the contractions.</summary>
    /// <exception cref="QuantumAppsException">An element has no functions in this basis.</exception>
    public static MolecularBasis Build(Molecule molecule, BasisSetDefinition basis)
    {
        var shells = new List<Shell>();
        var offset = 0;
        for (var a = 0; a < molecule.Atoms.Count; a++)
        {
            var atom = molecule.Atoms[a];
            if (!basis.ShellsByAtomicNumber.TryGetValue(atom.AtomicNumber, out var defs))
            {
                throw new QuantumAppsException($"basis '{basis.Name}' has no functions for element {atom.Element.Symbol}");
            }

            foreach (var def in defs)
            {
                var coefs = NormalisedCoefficients(def);
                var shell = new Shell(a, def.AngularMomentum, atom.XBohr, atom.YBohr, atom.ZBohr,
                    def.Exponents.ToArray(), coefs, offset);
                shells.Add(shell);
                offset += shell.Size;
            }
        }

        return new MolecularBasis(basis.Name, shells, offset);
    }

    /// <summary>
    /// c_k = d_k N_k / sqrt(S) with primitive norm N_k = (2α_k/π)^{3/4} (4α_k)^{l/2} / sqrt((2l−1)!!) for the x^l
    /// component and S = Σ_jk d_j d_k N_j N_k (2l−1)!! π^{3/2} / (2^l (α_j+α_k)^{l+3/2}) the norm of the contraction.
    /// </summary>
    internal static double[] NormalisedCoefficients(ShellDefinition def)
    {
        var l = def.AngularMomentum;
        var n = def.Exponents.Count;
        var dfact = Shell.DoubleFactorial(2 * l - 1);
        var c = new double[n];
        for (var k = 0; k < n; k++)
        {
            var a = def.Exponents[k];
            c[k] = def.Coefficients[k] * Math.Pow(2 * a / Math.PI, 0.75) * Math.Pow(4 * a, 0.5 * l) / Math.Sqrt(dfact);
        }

        var s = 0.0;
        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k < n; k++)
            {
                var p = def.Exponents[j] + def.Exponents[k];
                s += c[j] * c[k] * dfact * Math.Pow(Math.PI, 1.5) / (Math.Pow(2, l) * Math.Pow(p, l + 1.5));
            }
        }

        var scale = 1 / Math.Sqrt(s);
        for (var k = 0; k < n; k++)
        {
            c[k] *= scale;
        }

        return c;
    }
}
