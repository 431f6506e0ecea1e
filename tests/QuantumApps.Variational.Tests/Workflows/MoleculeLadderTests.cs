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
        // LiH/STO-3G: 6 orbitals, 2 alpha + 2 beta → C(6,2)² = 225 determinants; 5 orbitals → 100 (fits in 10 kB).
        var sys = MoleculeSystems.LiH();
        var r = MoleculeLadder.Run(sys.Molecular, null, new LadderOptions(LadderMethods.Hf | LadderMethods.Fci, FciMemoryLimitBytes: 10_000));
        Assert.Equal(MethodStatus.Ok, r[LadderMethods.Hf]!.Status);
        var fci = r[LadderMethods.Fci]!;
        Assert.Equal(MethodStatus.Failed, fci.Status);
        Assert.Contains("225 determinants", fci.Reason);
        Assert.Contains("--active-electrons 4 --active-orbitals 5", fci.Reason);
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
