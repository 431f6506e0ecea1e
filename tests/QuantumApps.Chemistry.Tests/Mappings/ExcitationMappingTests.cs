using System.Numerics;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Mappings;

using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.Mappings;

public class ExcitationMappingTests
{
    /// <summary>Products of ½-weighted Pauli strings are exact up to ~1e-16.</summary>
    private const double PauliAlgebraTolerance = 1e-12;

    public static TheoryData<MappingKind, bool> Variants => new()
    {
        { MappingKind.JordanWigner, false },
        { MappingKind.Parity, false },
        { MappingKind.Parity, true },
        { MappingKind.BravyiKitaev, false },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void MappedExcitations_AreAntiHermitian_AndConnectHartreeFockToTheExcitedDeterminant(MappingKind kind, bool reduce)
    {
        // Definition (ExcitationGenerator): T = a†_a a_i − h.c. moves |HF⟩ to the excited determinant with
        // amplitude ±1 (sign set by the ordering convention), so |⟨D_exc|T|HF⟩| = 1; T† = −T gives purely
        // imaginary Pauli coefficients. H2-sized register: 2 spatial orbitals, (1α, 1β).
        const int n = 2;
        ulong hf = SpinOrbital.HartreeFockOccupation(1, 1);
        var cases = new (FermionOperator T, ulong Excited)[]
        {
            (ExcitationGenerator.Single(SpinOrbital.Alpha(0), SpinOrbital.Alpha(1)), 0b0110),
            (ExcitationGenerator.Single(SpinOrbital.Beta(0), SpinOrbital.Beta(1)), 0b1001),
            (ExcitationGenerator.Double(SpinOrbital.Alpha(0), SpinOrbital.Beta(0), SpinOrbital.Alpha(1), SpinOrbital.Beta(1)), 0b1100),
        };
        foreach (var (t, excited) in cases)
        {
            var mapped = QubitHamiltonian.MapInSector(t, kind, n, 1, 1, reduce);
            Assert.True(mapped.Terms.All(term => Math.Abs(term.Coefficient.Real) < PauliAlgebraTolerance));
            var m = DenseOracle.BitwiseMatrix(mapped);
            ulong from = QubitHamiltonian.DeterminantBasisIndex(kind, n, hf, reduce);
            ulong to = QubitHamiltonian.DeterminantBasisIndex(kind, n, excited, reduce);
            Assert.Equal(1.0, Complex.Abs(m[to, from]), PauliAlgebraTolerance);
            Assert.Equal(-m[to, from], m[from, to]);
        }
    }
}
