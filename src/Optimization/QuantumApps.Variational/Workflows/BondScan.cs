using System.Globalization;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// A potential-energy curve along one bond: for each bond length the geometry is stretched (<see cref="BondStretcher"/>),
/// the RHF pipeline is rerun with the scan's basis and active space, and <see cref="MoleculeLadder.Run"/> evaluates the
/// methods. VQE is warm-started from the previous computed point's parameters (used when the ansatz size matches).
/// A geometry whose stretch or SCF fails (not converged within the iteration limit, refused) does not end the scan:
/// it becomes a point with no SCF result and every requested method <see cref="MethodStatus.Failed"/> with the reason
/// ("scf at 1.2000 Å: …"), and the scan carries on (a failed method inside the ladder is already reported per method).
/// Each finished point is reported through the progress hook at once (so a caller can save it); on cancellation the
/// finished points are returned and the interrupted one is dropped.
/// </summary>
public static class BondScan
{
    /// <summary>Runs the scan; see the class remarks.</summary>
    public static BondScanResult Run(BondScanOptions options, IProgress<BondScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var points = new List<BondScanPoint>();
        IReadOnlyList<double>? warm = options.Ladder.VqeWarmStart;
        for (int k = 0; k < options.BondsAngstrom.Count; k++)
        {
            if (cancellationToken.IsCancellationRequested) return new BondScanResult(points, true);
            double r = options.BondsAngstrom[k];
            MoleculeResult? mol = null;
            string? failure = null;
            try
            {
                var stretched = BondStretcher.Stretch(options.Molecule, options.AtomI, options.AtomJ, r);
                mol = MoleculePipeline.Build(new MoleculeOptions(stretched, options.Basis, options.FrozenCore, options.ActiveElectrons, options.ActiveOrbitals, options.Scf));
            }
            catch (QuantumAppsException e)
            {
                failure = $"scf at {r.ToString("F4", CultureInfo.InvariantCulture)} Å: {e.Message}";
            }

            BondScanPoint point;
            if (mol is null)
            {
                var failed = LadderMethodNames.Expand(options.Ladder.Methods)
                    .Select(m => new LadderMethodResult(m, MethodStatus.Failed, failure, null, 0)).ToArray();
                point = new BondScanPoint(r, null, new LadderResult(failed, null, false));
            }
            else
            {
                int index = k;
                var step = progress is null ? null : new SynchronousProgress<LadderProgress>(s => progress.Report(new BondScanProgress(index, r, s)));
                var ladder = MoleculeLadder.Run(mol.Hamiltonian, mol.Scf.TotalEnergy, options.Ladder with { VqeWarmStart = warm }, step, cancellationToken);
                if (ladder.Cancelled) return new BondScanResult(points, true);
                if (ladder[LadderMethods.Vqe]?.Vqe is { } vqe) warm = vqe.Parameters;
                point = new BondScanPoint(r, mol.Scf, ladder);
            }

            points.Add(point);
            progress?.Report(new BondScanProgress(k, r, null, point));
        }

        return new BondScanResult(points, false);
    }
}
