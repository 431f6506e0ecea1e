using System.Numerics;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Chemistry.Tests.Fermions;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.Mappings;

public class QubitHamiltonianTests
{
    /// <summary>Fast and general paths sum the same O(1) products in different orders: round-off ~1e-15.</summary>
    private const double PathAgreementTolerance = 1e-12;

    /// <summary>Our H2 integrals are the printed OpenFermion/PySCF values (16–17 significant digits); the JW
    /// coefficients are linear in them, so agreement to ~1e-15 relative is expected; 1e-12 leaves margin.</summary>
    private const double OpenFermionCoefficientTolerance = 1e-12;

    /// <summary>Dense and Lanczos/dense sector diagonalisation of the same ≤ 256-dim matrix agree to ~1e-13.</summary>
    private const double EigenvalueTolerance = 1e-9;

    private static readonly MappingKind[] Kinds = [MappingKind.JordanWigner, MappingKind.Parity, MappingKind.BravyiKitaev];

    private static IEnumerable<(MappingKind Kind, bool Reduce)> AllVariants()
    {
        yield return (MappingKind.JordanWigner, false);
        yield return (MappingKind.Parity, false);
        yield return (MappingKind.Parity, true);
        yield return (MappingKind.BravyiKitaev, false);
    }

    private static void AssertSameSum(PauliSum expected, PauliSum actual, string context)
    {
        Assert.Equal(expected.NumQubits, actual.NumQubits);
        Assert.True(expected.Count == actual.Count, $"{context}: {expected.Count} vs {actual.Count} terms");
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected.Terms[i].Pauli, actual.Terms[i].Pauli);
            double diff = Complex.Abs(expected.Terms[i].Coefficient - actual.Terms[i].Coefficient);
            Assert.True(diff <= PathAgreementTolerance, $"{context}: {expected.Terms[i].Pauli} differs by {diff}");
        }
    }

    [Fact]
    public void H2_JordanWigner_Has15Terms_MatchingOpenFermion()
    {
        // Reference: OpenFermion's JW H2/STO-3G 0.7414 Å Hamiltonian (Tangelo test_jordan_wigner.py), 15 terms.
        var jw = QubitHamiltonian.Map(H2Sto3gReference.Hamiltonian(), MappingKind.JordanWigner);
        Assert.Equal(4, jw.NumQubits);
        Assert.Equal(15, jw.Count);
        foreach (var (label, c) in H2Sto3gReference.JordanWignerTerms)
        {
            var p = label.Length == 0 ? PauliString.Identity : PauliString.Parse(label);
            var actual = jw.CoefficientOf(p);
            Assert.True(Math.Abs(actual.Real - c) <= OpenFermionCoefficientTolerance, $"{label}: {actual.Real:R} vs {c:R}");
            Assert.Equal(0, actual.Imaginary);
        }
    }

    [Fact]
    public void H2_FastPathEqualsGeneralPath_ForEveryMapping()
    {
        var h = H2Sto3gReference.Hamiltonian();
        foreach (var (kind, reduce) in AllVariants())
        {
            AssertSameSum(QubitHamiltonian.MapGeneral(h, kind, reduce), QubitHamiltonian.Map(h, kind, reduce), $"H2 {kind} reduce={reduce}");
        }
    }

    /// <summary>
    /// The LiH/STO-3G term counts quoted in the README and the CLI tests (631 Pauli terms on 12 qubits; 276 on 10
    /// with the Li 1s frozen) are our Jordan–Wigner output, not psi4's (psi4 has no qubit mapping): they are checked
    /// here by the general path (ladder operators multiplied out as Pauli sums), term by term against the fast path.
    /// </summary>
    [Theory]
    [InlineData(false, 12, 631)]
    [InlineData(true, 10, 276)]
    public void LiH_TermCounts_AgreeBetweenFastAndGeneralPaths(bool frozenCore, int qubits, int terms)
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"), "sto-3g", frozenCore ? "auto" : null)).Hamiltonian;
        var fast = QubitHamiltonian.Map(h, MappingKind.JordanWigner);
        AssertSameSum(QubitHamiltonian.MapGeneral(h, MappingKind.JordanWigner, false), fast, $"LiH fc={frozenCore}");
        Assert.Equal(qubits, fast.NumQubits);
        Assert.Equal(terms, fast.Count);
    }

    [Theory]
    [InlineData(2, 1, 1, 101)]
    [InlineData(3, 1, 1, 102)]
    [InlineData(3, 2, 1, 103)]
    [InlineData(4, 2, 2, 104)]
    public void RandomIntegrals_FastPathEqualsGeneralPath(int n, int na, int nb, int seed)
    {
        var h = RandomFermion.Hamiltonian(new Random(seed), n, na, nb);
        foreach (var (kind, reduce) in AllVariants())
        {
            var fast = QubitHamiltonian.Map(h, kind, reduce);
            AssertSameSum(QubitHamiltonian.MapGeneral(h, kind, reduce), fast, $"n={n} {kind} reduce={reduce}");
            Assert.True(fast.Terms.All(t => t.Coefficient.Imaginary == 0), "coefficients must be real");
        }
    }

    [Fact]
    public void RandomHamiltonian_MappedMatrix_EqualsFockMatrix_UnderEncoding()
    {
        // Independent oracle: Slater-determinant action of the FermionOperator (no Pauli algebra at all).
        var h = RandomFermion.Hamiltonian(new Random(5), 3, 1, 1);
        var fock = FockSpaceOracle.Matrix(FermionHamiltonian.FromMolecular(h), 6);
        foreach (var kind in Kinds)
        {
            var mapping = QubitMapping.Create(kind, 6);
            var mapped = DenseOracle.BitwiseMatrix(QubitHamiltonian.Map(h, kind));
            for (ulong a = 0; a < 64; a++)
            {
                for (ulong b = 0; b < 64; b++)
                {
                    // Spin-blocked ordering (parity) reorders the creation operators of a determinant, which
                    // changes its sign by the permutation parity; interleaved mappings have sign +1.
                    double sign = PermutationSign(mapping, a) * PermutationSign(mapping, b);
                    var diff = Complex.Abs(mapped[mapping.EncodeOccupation(a), mapping.EncodeOccupation(b)] - sign * fock[a, b]);
                    Assert.True(diff < PathAgreementTolerance, $"{kind} ({a},{b}) differs by {diff}");
                }
            }
        }
    }

    /// <summary>(−1)^(inversions) of the occupied spin orbitals when sorted by their encoding mode.</summary>
    private static double PermutationSign(QubitMapping mapping, ulong occupation)
    {
        var modes = Enumerable.Range(0, mapping.NumQubits).Where(k => ((occupation >> k) & 1) != 0).Select(mapping.ModeOf).ToArray();
        int inversions = 0;
        for (int i = 0; i < modes.Length; i++)
        {
            for (int j = i + 1; j < modes.Length; j++)
            {
                inversions += modes[i] > modes[j] ? 1 : 0;
            }
        }
        return inversions % 2 == 0 ? 1 : -1;
    }

    [Fact]
    public void H2_GroundEnergyInSector_EqualsFci_ForEveryMapping()
    {
        // Expected: minimal-basis H2 FCI in closed form (Szabo & Ostlund §4.1) from these integrals; it agrees
        // with psi4 1.3.2 CCSD (= FCI for two electrons) at 0.7414 Å, −1.1372701747 Ha (10 printed decimals,
        // slightly different SCF integrals), within EigenvalueTolerance.
        var h = H2Sto3gReference.Hamiltonian();
        double fci = H2Sto3gReference.FciEnergy();
        Assert.Equal(-1.1372701747, fci, EigenvalueTolerance);
        foreach (var (kind, reduce) in AllVariants())
        {
            var mapped = QubitHamiltonian.MapWithSector(h, kind, reduce);
            var ground = ExactSolver.GroundState(mapped.Hamiltonian, mapped.Sector);
            Assert.True(Math.Abs(ground.Energy - fci) < EigenvalueTolerance, $"{kind} reduce={reduce}: {ground.Energy:R} vs FCI {fci:R}");
            Assert.Equal(reduce ? 2 : 4, mapped.NumQubits);
        }
        // The parity two-qubit-reduced H2 Hamiltonian has the five terms II, Z0, Z1, Z0Z1, X0X1 (e.g. the Qiskit
        // ParityMapper(two_qubit_reduction) H2 example: II, IZ, ZI, ZZ, XX).
        var reduced = QubitHamiltonian.Map(h, MappingKind.Parity, twoQubitReduction: true);
        Assert.Equal(5, reduced.Count);
        Assert.NotEqual(Complex.Zero, reduced.CoefficientOf(PauliString.Parse("X0 X1")));
    }

    [Theory]
    [InlineData(3, 1, 1, 201)]
    [InlineData(3, 2, 0, 202)]
    [InlineData(4, 2, 2, 203)]
    [InlineData(4, 2, 1, 204)]
    public void RandomHamiltonian_AllMappingsGiveSameSectorGroundEnergy(int n, int na, int nb, int seed)
    {
        // Reference: JW ground energy in BasisSector.SpinOrbitals(nα, nβ) (ExactSolver). Checked two ways per
        // mapping: ExactSolver on the mapping's own sector, and the lowest eigenvalue of
        // H + μ[(N̂α − nα)² + (N̂β − nβ)²] (μ = 10 ≫ spectral gaps here) in the full space by dense diagonalisation.
        var h = RandomFermion.Hamiltonian(new Random(seed), n, na, nb);
        double reference = ExactSolver.GroundState(QubitHamiltonian.Map(h, MappingKind.JordanWigner), BasisSector.SpinOrbitals(na, nb)).Energy;
        const double mu = 10;
        var penalty = FermionOperator.Zero;
        foreach (var (spin, count) in new[] { (0, na), (1, nb) })
        {
            var shifted = FermionHamiltonian.SpinNumber(n, spin) - FermionOperator.Identity(count);
            penalty += mu * (shifted * shifted);
        }
        foreach (var (kind, reduce) in AllVariants())
        {
            var mapped = QubitHamiltonian.MapWithSector(h, kind, reduce);
            double sector = ExactSolver.GroundState(mapped.Hamiltonian, mapped.Sector).Energy;
            Assert.True(Math.Abs(sector - reference) < EigenvalueTolerance, $"{kind} reduce={reduce} sector: {sector:R} vs {reference:R}");

            var mappedPenalty = QubitHamiltonian.MapOperator(penalty, kind, 2 * n);
            if (reduce)
            {
                mappedPenalty = ParityTapering.Taper(mappedPenalty, n, na, nb);
            }
            double penalised = DenseOracle.LowestEigenvalue(mapped.Hamiltonian + mappedPenalty);
            Assert.True(Math.Abs(penalised - reference) < EigenvalueTolerance, $"{kind} reduce={reduce} penalty: {penalised:R} vs {reference:R}");
        }
    }

    [Fact]
    public void SectorFilter_AgreesWithMappedNumberOperators()
    {
        // Independent path: the diagonal of the mapped N̂α, N̂β (general path, Walsh–Hadamard diagonal).
        const int n = 4;
        foreach (var kind in Kinds)
        {
            var na = QubitHamiltonian.SpinNumber(kind, n, 0);
            var nb = QubitHamiltonian.SpinNumber(kind, n, 1);
            Assert.True(na.IsDiagonal && nb.IsDiagonal);
            var da = na.Diagonal();
            var db = nb.Diagonal();
            for (int alpha = 0; alpha <= n; alpha++)
            {
                for (int beta = 0; beta <= n; beta++)
                {
                    var filter = QubitHamiltonian.SectorFilter(kind, n, alpha, beta);
                    for (ulong b = 0; b < 1UL << (2 * n); b++)
                    {
                        bool expected = Math.Abs(da[b] - alpha) < 1e-9 && Math.Abs(db[b] - beta) < 1e-9;
                        Assert.Equal(expected, filter(b));
                    }
                }
            }
        }
    }

    [Fact]
    public void HartreeFockBasisIndex_GivesHartreeFockEnergy()
    {
        // Expected: ⟨HF|H|HF⟩ = E_nuc + 2h00 + (00|00) for closed-shell H2 (Szabo & Ostlund Eq. 3.184).
        var h = H2Sto3gReference.Hamiltonian();
        double ehf = H2Sto3gReference.NuclearRepulsion + 2 * H2Sto3gReference.H00 + H2Sto3gReference.J00;
        foreach (var (kind, reduce) in AllVariants())
        {
            var mapped = QubitHamiltonian.MapWithSector(h, kind, reduce);
            Assert.True(mapped.Sector.Contains(mapped.HartreeFockBasisIndex));
            var state = StateVector.Basis(mapped.NumQubits, mapped.HartreeFockBasisIndex);
            Assert.True(Math.Abs(state.Expectation(mapped.Hamiltonian) - ehf) < PathAgreementTolerance, $"{kind} reduce={reduce}");
        }
        Assert.Equal(0b0011UL, QubitHamiltonian.HartreeFockBasisIndex(MappingKind.JordanWigner, 2, 1, 1));
    }

    [Fact]
    public void MappedHamiltonians_AreHermitianWithRealCoefficients()
    {
        var h = RandomFermion.Hamiltonian(new Random(300), 4, 2, 2);
        foreach (var (kind, reduce) in AllVariants())
        {
            var op = QubitHamiltonian.Map(h, kind, reduce);
            Assert.True(op.IsHermitian(0));
            Assert.True(DenseOracle.BitwiseMatrix(op) is var m && DenseOracle.MaxDiff(m, DenseOracle.Adjoint(m)) == 0);
        }
    }

    [Fact]
    public void DensePauliOracle_AgreesWithKroneckerOracle()
    {
        // Our bitwise oracle against the TestSupport Kronecker-product oracle (letter-by-letter 2×2 matrices).
        var op = QubitHamiltonian.Map(RandomFermion.Hamiltonian(new Random(301), 2, 1, 1), MappingKind.BravyiKitaev);
        var kron = QuantumApps.TestSupport.DenseOracle.Of(op);
        var bitwise = DenseOracle.BitwiseMatrix(op);
        for (int i = 0; i < 16; i++)
        {
            for (int j = 0; j < 16; j++)
            {
                Assert.True(Complex.Abs(kron[i, j] - bitwise[i, j]) < PathAgreementTolerance);
            }
        }
    }

    [Fact]
    public void TwoQubitReduction_IsRejectedForOtherMappings()
    {
        var h = H2Sto3gReference.Hamiltonian();
        var ex = Assert.Throws<QuantumAppsException>(() => QubitHamiltonian.Map(h, MappingKind.JordanWigner, twoQubitReduction: true));
        Assert.Contains("parity", ex.Message);
        Assert.Equal(MappingKind.BravyiKitaev, QubitHamiltonian.ParseKind("bravyi-kitaev"));
        Assert.Throws<QuantumAppsException>(() => QubitHamiltonian.ParseKind("ternary"));
    }
}
