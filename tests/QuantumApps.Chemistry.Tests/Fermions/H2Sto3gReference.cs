using QuantumApps.Chemistry.Hamiltonians;

namespace QuantumApps.Chemistry.Tests.Fermions;

/// <summary>
/// H2 / STO-3G at R = 0.7414 Å in the RHF MO basis (orbital 0 = σg, 1 = σu), the OpenFermion/PySCF data set.
/// Sources: the spin-orbital one-body and Coulomb values h00 = −1.2524635735648986, h11 = −0.4759487152209648,
/// (00|00) = 0.6744887663568382, (11|11) = 0.697393767423027, (00|11) = 0.6634680964235684 are the "N" (number
/// operator) coefficients printed in qiskit-nature's H2 mapper tests (PySCF integrals); the exchange integral
/// (01|01) = 0.181288808211496 is the "++--" coefficient of the same H2 FermionOperator in the
/// QuantumAlgebra.jl H2 test, equal to −4 × the OpenFermion X0X1Y2Y3 coefficient −0.045322202052874.
/// Together they reproduce OpenFermion's Jordan–Wigner Hamiltonian (<see cref="JordanWignerTerms"/>) term by
/// term, which the tests check. E_nuc = 1/R with R = 0.7414 Å / 0.52917721092 Å/bohr (CODATA 2010).
/// </summary>
internal static class H2Sto3gReference
{
    public const double H00 = -1.2524635735648986;
    public const double H11 = -0.4759487152209648;
    public const double J00 = 0.6744887663568382;
    public const double J11 = 0.697393767423027;
    public const double J01 = 0.6634680964235684;
    public const double K01 = 0.181288808211496;
    public static readonly double NuclearRepulsion = 0.52917721092 / 0.7414;

    /// <summary>
    /// OpenFermion's Jordan–Wigner image of this Hamiltonian (interleaved spin orbitals, nuclear repulsion in the
    /// identity), as recorded in Tangelo's test_jordan_wigner.py ("Obtained with Openfermion"): 15 terms.
    /// Labels are "qubit:Pauli" lists; "" is the identity.
    /// </summary>
    public static readonly (string Label, double Coefficient)[] JordanWignerTerms =
    [
        ("", -0.0988639693354571),
        ("Z0", 0.17119774903432955),
        ("Z1", 0.17119774903432958),
        ("Z2", -0.22278593040418496),
        ("Z3", -0.22278593040418496),
        ("Z0 Z1", 0.16862219158920938),
        ("Z0 Z2", 0.120544822053018),
        ("Z0 Z3", 0.165867024105892),
        ("Z1 Z2", 0.165867024105892),
        ("Z1 Z3", 0.120544822053018),
        ("Z2 Z3", 0.17434844185575687),
        ("X0 X1 Y2 Y3", -0.045322202052874),
        ("X0 Y1 Y2 X3", 0.045322202052874),
        ("Y0 X1 X2 Y3", 0.045322202052874),
        ("Y0 Y1 X2 X3", -0.045322202052874),
    ];

    public static MolecularHamiltonian Hamiltonian()
    {
        const int n = 2;
        var h = new double[] { H00, 0, 0, H11 };
        var g = new double[16];
        int Idx(int p, int q, int r, int s) => ((p * n + q) * n + r) * n + s;
        g[Idx(0, 0, 0, 0)] = J00;
        g[Idx(1, 1, 1, 1)] = J11;
        g[Idx(0, 0, 1, 1)] = J01;
        g[Idx(1, 1, 0, 0)] = J01;
        foreach (var (p, q, r, s) in new[] { (0, 1, 0, 1), (1, 0, 1, 0), (0, 1, 1, 0), (1, 0, 0, 1) })
        {
            g[Idx(p, q, r, s)] = K01;
        }
        return new MolecularHamiltonian(NuclearRepulsion, n, 1, 1, h, g);
    }

    /// <summary>
    /// Independent FCI energy: in minimal-basis H2 the singly excited determinants have the wrong spatial
    /// symmetry, so FCI is the 2×2 CI between |σg² ⟩ and |σu²⟩ (Szabo &amp; Ostlund, Modern Quantum Chemistry,
    /// §4.1, Eq. 4.20): E = E_nuc + ½(E1 + E2) − √(¼(E1 − E2)² + K²), E1 = 2h00 + J00, E2 = 2h11 + J11, K = (01|01).
    /// </summary>
    public static double FciEnergy()
    {
        double e1 = 2 * H00 + J00;
        double e2 = 2 * H11 + J11;
        return NuclearRepulsion + 0.5 * (e1 + e2) - Math.Sqrt(0.25 * (e1 - e2) * (e1 - e2) + K01 * K01);
    }
}
