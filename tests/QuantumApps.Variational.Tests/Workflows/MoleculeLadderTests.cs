using QuantumApps.Chemistry.Methods;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Variational.Tests.Workflows;

public class MoleculeLadderTests
{
    private const LadderMethods All = LadderMethods.Hf | LadderMethods.Mp2 | LadderMethods.Ccsd | LadderMethods.Fci | LadderMethods.Vqe;

    [Fact]
    public void EveryMethodOkAndFciEqualsTheExactSolver()
    {
        // MoleculeSystems.LiH's FciEnergy is the exact sector ground state (the same value the CLI's LiH reference test
        // checks against -7.8824034103 Ha, MoleculeEnergyRunnerTests.LiHJsonHasAllSectionsAndReferenceEnergies).
        var sys = MoleculeSystems.LiH();
        var r = MoleculeLadder.Run(sys.Molecular, null, new LadderOptions(LadderMethods.Hf | LadderMethods.Mp2 | LadderMethods.Ccsd | LadderMethods.Fci));
        Assert.True(r.AllOk);
        Assert.Equal([LadderMethods.Hf, LadderMethods.Mp2, LadderMethods.Ccsd, LadderMethods.Fci], r.Methods.Select(m => m.Method));
        Assert.Equal(sys.FciEnergy, r.Energy(LadderMethods.Fci)!.Value, Tolerances.Eigenvalue);
        Assert.Equal(ClosedShellReference.Energy(sys.Molecular), r.Energy(LadderMethods.Hf)!.Value, Tolerances.Accumulated);
        Assert.True(r.Energy(LadderMethods.Ccsd) >= r.Energy(LadderMethods.Fci) - Tolerances.Eigenvalue);
    }

    [Fact]
    public void ForcedCcsdFailureKeepsTheOtherMethods()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var r = MoleculeLadder.Run(sys.Molecular, null, new LadderOptions(All, Ccsd: new CcsdOptions(MaxIterations: 1)));
        var cc = r[LadderMethods.Ccsd]!;
        Assert.Equal(MethodStatus.Failed, cc.Status);
        Assert.Contains("did not converge in 1 iterations", cc.Reason);
        Assert.Null(cc.EnergyHartree);
        foreach (var m in new[] { LadderMethods.Hf, LadderMethods.Mp2, LadderMethods.Fci, LadderMethods.Vqe })
            Assert.Equal(MethodStatus.Ok, r[m]!.Status);
        // UCCSD is exact for two electrons: VQE reaches FCI (MoleculeSystems.H2 FciEnergy) within chemical accuracy.
        Assert.Equal(sys.FciEnergy, r.Energy(LadderMethods.Vqe)!.Value, Tolerances.ChemicalAccuracyHartree);
        Assert.False(r.AllOk);
    }

    [Fact]
    public void FciRefusedForMemoryNamesAnActiveSpaceThatFits()
    {
        // LiH/STO-3G: 6 orbitals (C2v: 4 A1, 1 B1, 1 B2), 2 alpha + 2 beta → C(6,2)² = 225 determinants, 69 in the A1
        // sector (6² + 4² + 4² + 1² alpha⊗beta strings of matching labels): 35,712 bytes by DeterminantFci.Estimate
        // (22 sector vectors, the work blocks, the replacement lists and K each twice). The suggested active space is
        // sized without symmetry (an upper bound): 5 orbitals → 100 determinants, 45,160 bytes (more than 30 kB),
        // 4 orbitals → 36 determinants, 13,760 bytes (fits).
        var sys = MoleculeSystems.LiH();
        var estimate = MoleculeLadder.EstimateFci(sys.Molecular);
        Assert.Equal(35_712, estimate.Bytes);
        Assert.Equal(69, estimate.SectorDeterminants);
        Assert.Equal(4, estimate.SymmetrySectors);
        var r = MoleculeLadder.Run(sys.Molecular, null, new LadderOptions(LadderMethods.Hf | LadderMethods.Fci, FciMemoryLimitBytes: 30_000));
        Assert.Equal(MethodStatus.Ok, r[LadderMethods.Hf]!.Status);
        var fci = r[LadderMethods.Fci]!;
        Assert.Equal(MethodStatus.Failed, fci.Status);
        Assert.Contains("225 determinants", fci.Reason);
        Assert.Contains("--active-electrons 4 --active-orbitals 4", fci.Reason);
    }

    /// <summary>
    /// Above 30 qubits FCI is no longer refused when the determinants fit: the H2/STO-3G Hamiltonian (2 orbitals)
    /// padded with 14 decoupled orbitals of energy +100 Ha (no two-electron integrals with anything) is 32 qubits and
    /// 16² = 256 determinants, and its ground energy is exactly H2's (MoleculeSystems.H2 FciEnergy, the sector ground
    /// state by the qubit-space exact solver).
    /// </summary>
    [Fact]
    public void FciRunsAboveThirtyQubitsWhenTheDeterminantsFit()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var h = sys.Molecular;
        const int n = 16;
        var m = h.NumOrbitals;
        var one = new double[n * n];
        var two = new double[n * n * n * n];
        for (var p = 0; p < n; p++)
        {
            one[p * n + p] = 100;
        }

        for (var p = 0; p < m; p++)
        {
            for (var q = 0; q < m; q++)
            {
                one[p * n + q] = h.H(p, q);
                for (var r = 0; r < m; r++)
                {
                    for (var t = 0; t < m; t++)
                    {
                        two[((p * n + q) * n + r) * n + t] = h.G(p, q, r, t);
                    }
                }
            }
        }

        var padded = h with { NumOrbitals = n, OneBody = one, TwoBody = two };
        Assert.Equal(32, padded.NumSpinOrbitals);
        Assert.Equal(256, MoleculeLadder.EstimateFci(padded).Determinants);
        var r2 = MoleculeLadder.Run(padded, null, new LadderOptions(LadderMethods.Fci));
        Assert.True(r2.AllOk, r2.Methods[0].Reason);
        Assert.Equal(sys.FciEnergy, r2.Energy(LadderMethods.Fci)!.Value, Tolerances.Eigenvalue);
    }

    [Fact]
    public void CancelledBeforeStartSkipsEveryMethod()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = MoleculeLadder.Run(MoleculeSystems.H2(0.7414).Molecular, null, new LadderOptions(All), null, cts.Token);
        Assert.True(r.Cancelled);
        Assert.All(r.Methods, m => Assert.Equal(MethodStatus.Skipped, m.Status));
    }

    [Fact]
    public void MethodNamesParseAndRefuseUnknownOnes()
    {
        Assert.Equal(LadderMethods.Hf | LadderMethods.Fci, LadderMethodNames.Parse("FCI,hf,hf"));
        Assert.Contains("unknown method 'cisd'", Assert.Throws<QuantumApps.Simulator.QuantumAppsException>(() => LadderMethodNames.Parse("hf,cisd")).Message);
    }
}
