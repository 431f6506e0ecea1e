using QuantumApps.Ansatz.Excitations;
using QuantumApps.Optimizers;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Vqe;
using QuantumApps.Variational.Workflows;
using Xunit.Abstractions;

namespace QuantumApps.Variational.Tests.Workflows;

/// <summary>
/// Issue 13 item 9: the hardware-efficient ansatz does not stop on the Hartree–Fock stationary point and call it
/// converged. FCI is <see cref="MoleculeSystems"/>' exact diagonalisation of the JW Hamiltonian in the (1α, 1β) sector.
/// </summary>
public sealed class HeaStartTests(ITestOutputHelper output)
{
    /// <summary>Variational principle: 1e-9 Ha for the rounding of the exact-solver eigenvalue (<see cref="Tolerances.Eigenvalue"/>).</summary>
    private const double VariationalSlack = 1e-9;

    /// <summary>
    /// H2/STO-3G, HEA L = 2, L-BFGS, seeds 1–5: within chemical accuracy of FCI and never below it. Before the
    /// multi-start, seed 4 stopped on the HF energy (20.6 mHa above FCI) and reported "converged"; now its first start
    /// still does (measured) and the second seeded start reaches FCI, so at least one seed needs more than one start.
    /// </summary>
    [Fact]
    public void HeaOnH2ReachesFciForSeedsOneToFive()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var results = Enumerable.Range(1, 5).Select(seed =>
        {
            var r = VqeMethod.Run(sys.Molecular, sys.Qubit, new VqeMethodOptions(Ansatz: AnsatzKind.Hea, Seed: seed));
            output.WriteLine($"seed {seed}: E − FCI = {r.Energy - sys.FciEnergy:E2} Ha, {r.Starts} start(s), exit {r.ExitReason}");
            return r;
        }).ToArray();
        foreach (var r in results)
        {
            Assert.True(r.Energy >= sys.FciEnergy - VariationalSlack);
            Assert.True(r.Energy - sys.FciEnergy <= Tolerances.ChemicalAccuracyHartree, $"{r.Energy - sys.FciEnergy} Ha above FCI");
            Assert.True(r.Converged, r.ExitReason);
            Assert.InRange(r.Starts, 1, VqeMethod.HeaMaxStarts);
        }

        Assert.Contains(results, r => r.Starts > 1);
    }

    /// <summary>Started exactly at a minimum (zero gradient), L-BFGS meets its test at once: reported as a stationary start, not converged.</summary>
    [Fact]
    public void ConvergenceAtTheStartingPointIsNotCalledConverged()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var ansatz = UccsdAnsatz.Create(2, 1, 1);
        var first = VqeDriver.Run(sys.Qubit, ansatz, new LbfgsOptimizer(), new VqeOptions(), new Random(1));
        Assert.True(first.Converged);
        var again = VqeDriver.Run(sys.Qubit, ansatz, new LbfgsOptimizer(), new VqeOptions { InitialPoint = first.Parameters }, new Random(1));
        Assert.Equal(ExitReason.StationaryStart, again.ExitReason);
        Assert.False(again.Converged);
        Assert.Equal(first.Energy, again.Energy, Tolerances.Accumulated);
    }
}
