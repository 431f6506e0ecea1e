using System.Text;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Molecules;

/// <summary>
/// An immutable molecule: atoms (positions in bohr), total charge and spin multiplicity 2S+1.
/// Electron count N = Σ Z − charge; a valid state needs N ≥ 0, multiplicity − 1 ≤ N and
/// N − (multiplicity − 1) even (parity). Value equality compares atoms in order.
/// </summary>
public sealed class Molecule : IEquatable<Molecule>
{
    private readonly Atom[] _atoms;

    /// <summary>Creates a molecule after validating charge and multiplicity against the electron count.</summary>
    /// <exception cref="QuantumAppsException">No atoms, multiplicity &lt; 1, or electron count inconsistent
    /// with charge and multiplicity.</exception>
    public Molecule(IEnumerable<Atom> atoms, int charge = 0, int multiplicity = 1)
    {
        _atoms = atoms.ToArray();
        if (_atoms.Length == 0)
        {
            throw new QuantumAppsException("molecule has no atoms");
        }

        Charge = charge;
        Multiplicity = multiplicity;
        var electrons = _atoms.Sum(a => a.AtomicNumber) - charge;
        if (multiplicity < 1)
        {
            throw new QuantumAppsException($"multiplicity must be >= 1, got {multiplicity}");
        }

        if (electrons < 0)
        {
            throw new QuantumAppsException($"charge {charge} leaves {electrons} electrons for {Formula}");
        }

        if (multiplicity - 1 > electrons || (electrons - (multiplicity - 1)) % 2 != 0)
        {
            throw new QuantumAppsException(
                $"{Formula} with charge {charge} has {electrons} electrons, which cannot have multiplicity {multiplicity} " +
                $"(need {(electrons % 2 == 0 ? "odd multiplicity 1, 3, ..." : "even multiplicity 2, 4, ...")})");
        }

        NumElectrons = electrons;
    }

    /// <summary>Atoms in input order.</summary>
    public IReadOnlyList<Atom> Atoms => _atoms;

    /// <summary>Total charge in units of e.</summary>
    public int Charge { get; }

    /// <summary>Spin multiplicity 2S+1.</summary>
    public int Multiplicity { get; }

    /// <summary>Number of electrons Σ Z − charge.</summary>
    public int NumElectrons { get; }

    /// <summary>Number of alpha electrons (N + 2S)/2.</summary>
    public int NumAlpha => (NumElectrons + Multiplicity - 1) / 2;

    /// <summary>Number of beta electrons (N − 2S)/2.</summary>
    public int NumBeta => (NumElectrons - Multiplicity + 1) / 2;

    /// <summary>
    /// Formula with elements in IUPAC Table VI order (<see cref="PeriodicTable.FormulaRank"/>) and counts &gt; 1
    /// appended: "H2", "LiH", "H2O", "NH3", "BeH2", "HeH" (charge is not part of the formula).
    /// </summary>
    public string Formula
    {
        get
        {
            var order = new List<string>();
            var counts = new Dictionary<string, int>();
            foreach (var a in _atoms)
            {
                var s = a.Element.Symbol;
                if (!counts.TryAdd(s, 1))
                {
                    counts[s]++;
                }
                else
                {
                    order.Add(s);
                }
            }

            order.Sort((x, y) => PeriodicTable.FormulaRank(PeriodicTable.TryFromSymbol(x)!)
                .CompareTo(PeriodicTable.FormulaRank(PeriodicTable.TryFromSymbol(y)!)));
            var sb = new StringBuilder();
            foreach (var s in order)
            {
                sb.Append(s);
                if (counts[s] > 1)
                {
                    sb.Append(counts[s]);
                }
            }

            return sb.ToString();
        }
    }

    /// <summary>Nuclear repulsion E_nuc = Σ_{A&lt;B} Z_A Z_B / R_AB in hartree (R in bohr).</summary>
    public double NuclearRepulsion()
    {
        var e = 0.0;
        for (var a = 0; a < _atoms.Length; a++)
        {
            for (var b = 0; b < a; b++)
            {
                e += _atoms[a].AtomicNumber * _atoms[b].AtomicNumber / _atoms[a].DistanceBohr(_atoms[b]);
            }
        }

        return e;
    }

    /// <summary>The same geometry with another charge and multiplicity (validated again).</summary>
    public Molecule With(int charge, int multiplicity) => new(_atoms, charge, multiplicity);

    /// <inheritdoc/>
    public bool Equals(Molecule? other) =>
        other is not null && Charge == other.Charge && Multiplicity == other.Multiplicity && _atoms.SequenceEqual(other._atoms);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Molecule);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Charge);
        h.Add(Multiplicity);
        foreach (var a in _atoms)
        {
            h.Add(a);
        }

        return h.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Formula} (charge {Charge}, multiplicity {Multiplicity})";
}
