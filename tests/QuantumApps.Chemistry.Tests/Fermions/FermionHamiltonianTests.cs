using System.Numerics;
using QuantumApps.Chemistry.Fermions;

namespace QuantumApps.Chemistry.Tests.Fermions;

public class FermionHamiltonianTests
{
    /// <summary>Sums of a few O(1) integrals: round-off ~1e-15.</summary>
    private const double EnergyRoundOff = 1e-12;

    [Fact]
    public void H2_HartreeFockDiagonalElement_IsClosedShellEnergy()
    {
        // Szabo & Ostlund Eq. 3.184 (minimal-basis H2): E_HF = 2h11 + J11 (+ E_nuc), here 2h00 + (00|00).
        var h = H2Sto3gReference.Hamiltonian();
        var m = FockSpaceOracle.Matrix(FermionHamiltonian.FromMolecular(h), 4);
        ulong hf = SpinOrbital.HartreeFockOccupation(1, 1);
        Assert.Equal(0b0011UL, hf);
        double expected = H2Sto3gReference.NuclearRepulsion + 2 * H2Sto3gReference.H00 + H2Sto3gReference.J00;
        Assert.Equal(expected, m[hf, hf].Real, EnergyRoundOff);
        // Doubly excited determinant |σu²⟩ (bits 2,3): coupling K = (01|01) (Szabo & Ostlund Eq. 4.13, positive
        // because both determinants list their spin orbitals in ascending order: |n⟩ = (a†_0)^n0 (a†_1)^n1 ⋯ |vac⟩).
        Assert.Equal(H2Sto3gReference.K01, m[0b1100, hf].Real, EnergyRoundOff);
    }

    [Fact]
    public void RandomHamiltonian_IsHermitian_AndConservesSpinNumbers()
    {
        var rng = new Random(11);
        var h = RandomFermion.Hamiltonian(rng, 3, 1, 1);
        var op = FermionHamiltonian.FromMolecular(h);
        Assert.True(op.IsHermitian(EnergyRoundOff));
        var na = FermionHamiltonian.SpinNumber(3, 0);
        var nb = FermionHamiltonian.SpinNumber(3, 1);
        Assert.True((op * na - na * op).NormalOrdered().ApproximatelyEquals(FermionOperator.Zero, EnergyRoundOff));
        Assert.True((op * nb - nb * op).NormalOrdered().ApproximatelyEquals(FermionOperator.Zero, EnergyRoundOff));
    }

    [Fact]
    public void RandomHamiltonian_DeterminantEnergies_MatchSlaterCondonRule()
    {
        // Independent formula (Slater–Condon, spin orbitals): ⟨D|H|D⟩ = E_c + Σ_i h_ii + ½ Σ_ij [(ii|jj) − δ_σiσj (ij|ji)].
        var rng = new Random(12);
        const int n = 3;
        var h = RandomFermion.Hamiltonian(rng, n, 1, 2);
        var m = FockSpaceOracle.Matrix(FermionHamiltonian.FromMolecular(h), 2 * n);
        for (ulong det = 0; det < 1UL << (2 * n); det++)
        {
            var occ = Enumerable.Range(0, 2 * n).Where(k => ((det >> k) & 1) != 0).ToArray();
            double e = h.Constant;
            foreach (int i in occ)
            {
                e += h.H(i / 2, i / 2);
                foreach (int j in occ)
                {
                    e += 0.5 * h.G(i / 2, i / 2, j / 2, j / 2);
                    if (i % 2 == j % 2)
                    {
                        e -= 0.5 * h.G(i / 2, j / 2, j / 2, i / 2);
                    }
                }
            }
            Assert.Equal(e, m[det, det].Real, EnergyRoundOff);
            Assert.Equal(0, m[det, det].Imaginary, EnergyRoundOff);
        }
    }

    [Fact]
    public void AsymmetricIntegrals_AreRejected()
    {
        var h = H2Sto3gReference.Hamiltonian();
        var bad = h with { OneBody = [h.OneBody[0], 0.1, 0.0, h.OneBody[3]] };
        var ex = Assert.Throws<QuantumApps.Simulator.QuantumAppsException>(() => FermionHamiltonian.FromMolecular(bad));
        Assert.Contains("h[0,1]", ex.Message);
    }

    [Fact]
    public void ExcitationGenerators_AreAntiHermitian_AndExciteTheRightDeterminant()
    {
        var t1 = ExcitationGenerator.Single(0, 2);
        var t2 = ExcitationGenerator.Double(0, 1, 2, 3);
        Assert.Equal(-t1, t1.Adjoint());
        Assert.Equal(-t2, t2.Adjoint());
        // Definition: a†_2 a_0 |0b0001⟩ = |0b0100⟩ with sign (−1)^0 = +1; a†_2 a†_3 a_1 a_0 |0b0011⟩:
        // a_0 (+1) → |0b0010⟩, a_1 (+1) → |0⟩, a†_3 (+1) → |1000⟩, a†_2 (+1, no lower bits) → |1100⟩.
        var m1 = FockSpaceOracle.Matrix(t1, 4);
        var m2 = FockSpaceOracle.Matrix(t2, 4);
        Assert.Equal(Complex.One, m1[0b0100, 0b0001]);
        Assert.Equal(-Complex.One, m1[0b0001, 0b0100]);
        Assert.Equal(Complex.One, m2[0b1100, 0b0011]);
        Assert.Equal(-Complex.One, m2[0b0011, 0b1100]);
    }
}
