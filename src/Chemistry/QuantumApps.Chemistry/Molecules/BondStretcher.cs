using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Molecules;

/// <summary>
/// Sets the distance between atoms i and j of a molecule. Bonding rule: atoms a, b are bonded when
/// |r_a − r_b| ≤ <see cref="BondFactor"/>·(R_a + R_b) with covalent radii R (<see cref="CovalentRadii"/>), evaluated on
/// the input geometry. With the i–j bond removed, the connected component containing j (j and every atom on its
/// side) is translated along the unit vector from i to j so that |r_i − r_j| becomes the target; everything else
/// stays. If i is still reachable from j (the bond is in a ring) the stretch is refused.
/// </summary>
public static class BondStretcher
{
    /// <summary>Tolerance factor on the sum of covalent radii (1.3, a common choice in molecular viewers).</summary>
    public const double BondFactor = 1.3;

    /// <summary>The atoms that move with j (j included), from the input geometry.</summary>
    public static IReadOnlyList<int> MovingAtoms(Molecule molecule, int i, int j)
    {
        int n = molecule.Atoms.Count;
        if (i < 0 || i >= n || j < 0 || j >= n || i == j)
            throw new QuantumAppsException($"--pair {i},{j}: need two different atom indices in 0..{n - 1}");
        var seen = new bool[n];
        var stack = new Stack<int>();
        stack.Push(j);
        seen[j] = true;
        while (stack.Count > 0)
        {
            int a = stack.Pop();
            for (int b = 0; b < n; b++)
            {
                if (seen[b] || (a == j && b == i) || (a == i && b == j) || !Bonded(molecule.Atoms[a], molecule.Atoms[b])) continue;
                if (b == i) throw new QuantumAppsException($"--pair {i},{j}: the atoms are connected through a ring; stretching one bond would move both");
                seen[b] = true;
                stack.Push(b);
            }
        }
        return Enumerable.Range(0, n).Where(a => seen[a]).ToArray();
    }

    /// <summary>The molecule with |r_i − r_j| = <paramref name="distanceAngstrom"/> (charge and multiplicity kept).</summary>
    public static Molecule Stretch(Molecule molecule, int i, int j, double distanceAngstrom)
    {
        if (!(distanceAngstrom > 0)) throw new QuantumAppsException($"bond length must be positive, got {distanceAngstrom}");
        var moving = MovingAtoms(molecule, i, j);
        Atom ai = molecule.Atoms[i], aj = molecule.Atoms[j];
        double dx = aj.XBohr - ai.XBohr, dy = aj.YBohr - ai.YBohr, dz = aj.ZBohr - ai.ZBohr;
        double d = Math.Sqrt(dx * dx + dy * dy + dz * dz);
        double shift = PhysicalConstants.AngstromToBohr(distanceAngstrom) - d;
        double ux = dx / d, uy = dy / d, uz = dz / d;
        var atoms = molecule.Atoms.ToArray();
        foreach (int a in moving)
            atoms[a] = atoms[a] with { XBohr = atoms[a].XBohr + shift * ux, YBohr = atoms[a].YBohr + shift * uy, ZBohr = atoms[a].ZBohr + shift * uz };
        return new Molecule(atoms, molecule.Charge, molecule.Multiplicity);
    }

    private static bool Bonded(Atom a, Atom b)
    {
        double limit = BondFactor * (CovalentRadii.Angstrom(a.AtomicNumber) + CovalentRadii.Angstrom(b.AtomicNumber));
        return a.DistanceBohr(b) * PhysicalConstants.AngstromPerBohr <= limit;
    }
}
