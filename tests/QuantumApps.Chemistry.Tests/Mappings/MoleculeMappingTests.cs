using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Chemistry.Tests.Fermions;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Chemistry.Tests.Mappings;

/// <summary>End-to-end: geometry → RHF → MO integrals → qubit Hamiltonian under every mapping.</summary>
public class MoleculeMappingTests
{
    /// <summary>Our SCF converges to 1e-10 Ha and psi4 printed 10 decimals (ReferenceEnergyTests), so
    /// energies agree to ~1e-9; OpenFermion's integrals came from a PySCF SCF converged to similar precision.</summary>
    private const double PipelineTolerance = 1e-8;

    /// <summary>Exact diagonalisation of the same operator in different encodings: round-off only.</summary>
    private const double EigenvalueTolerance = 1e-9;

    private static readonly (MappingKind Kind, bool Reduce)[] Variants =
    [
        (MappingKind.JordanWigner, false), (MappingKind.Parity, false), (MappingKind.Parity, true), (MappingKind.BravyiKitaev, false),
    ];

    [Fact]
    public void H2FromGeometry_ReproducesOpenFermionJordanWignerTerms()
    {
        // Reference: OpenFermion JW H2/STO-3G at 0.7414 Å (Tangelo test_jordan_wigner.py, 15 terms).
        var result = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2.xyz")));
        var jw = QubitHamiltonian.Map(result.Hamiltonian, MappingKind.JordanWigner);
        Assert.Equal(15, jw.Count);
        foreach (var (label, c) in H2Sto3gReference.JordanWignerTerms)
        {
            var p = label.Length == 0 ? PauliString.Identity : PauliString.Parse(label);
            // Orbital phases are arbitrary: only X0X1Y2Y3-type terms could flip sign, and they are invariant
            // under σu → −σu (two σu operators per term), so the comparison is phase-free.
            Assert.True(Math.Abs(jw.CoefficientOf(p).Real - c) < PipelineTolerance, $"{label}: {jw.CoefficientOf(p).Real:R} vs {c:R}");
        }
    }

    [Fact]
    public void LiH_HasThe631TermJordanWignerHamiltonian_AndAllMappingsAgree()
    {
        // Expected: LiH/STO-3G Jordan–Wigner Hamiltonian on 12 qubits has 631 Pauli terms (OpenFermion count
        // quoted in the task). ⟨HF|H|HF⟩ = E_RHF = −7.8620269594 Ha (psi4 1.3.2, ReferenceEnergyTests).
        var result = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz")));
        var h = result.Hamiltonian;
        double? reference = null;
        foreach (var (kind, reduce) in Variants)
        {
            var mapped = QubitHamiltonian.MapWithSector(h, kind, reduce);
            Assert.Equal(reduce ? 10 : 12, mapped.NumQubits);
            if (kind == MappingKind.JordanWigner)
            {
                Assert.Equal(631, mapped.Hamiltonian.Count);
            }
            double ehf = StateVector.Basis(mapped.NumQubits, mapped.HartreeFockBasisIndex).Expectation(mapped.Hamiltonian);
            Assert.True(Math.Abs(ehf - -7.8620269594) < PipelineTolerance, $"{kind} reduce={reduce}: ⟨HF|H|HF⟩ = {ehf:R}");
            double e = ExactSolver.GroundState(mapped.Hamiltonian, mapped.Sector).Energy;
            reference ??= e;
            Assert.True(Math.Abs(e - reference.Value) < EigenvalueTolerance, $"{kind} reduce={reduce}: {e:R} vs JW {reference:R}");
            // Exact (FCI) energy lies below RHF.
            Assert.True(e < ehf);
        }
    }

    [Fact]
    public void H2_FciFromGeometry_MatchesPsi4()
    {
        // psi4 1.3.2 CCSD for H2/STO-3G 0.7414 Å = −1.1372701747 Ha (ReferenceEnergyTests); CCSD is exact (FCI)
        // for two electrons.
        var result = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2.xyz")));
        foreach (var (kind, reduce) in Variants)
        {
            var mapped = QubitHamiltonian.MapWithSector(result.Hamiltonian, kind, reduce);
            double e = ExactSolver.GroundState(mapped.Hamiltonian, mapped.Sector).Energy;
            Assert.True(Math.Abs(e - -1.1372701747) < PipelineTolerance, $"{kind} reduce={reduce}: {e:R}");
        }
    }
}
