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
/// Each finished point is reported through the progress hook at once (so a caller can save it); on cancellation the
/// finished points are returned and the interrupted one is dropped.
/// </summary>
public static class BondScan
{
    /// <summary>Runs the scan; an SCF failure at a point throws a <see cref="QuantumAppsException"/> naming the bond length.</summary>
    public static BondScanResult Run(BondScanOptions options, IProgress<BondScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var points = new List<BondScanPoint>();
        IReadOnlyList<double>? warm = options.Ladder.VqeWarmStart;
        for (int k = 0; k < options.BondsAngstrom.Count; k++)
        {
            if (cancellationToken.IsCancellationRequested) return new BondScanResult(points, true);
            double r = options.BondsAngstrom[k];
            var stretched = BondStretcher.Stretch(options.Molecule, options.AtomI, options.AtomJ, r);
            MoleculeResult mol;
            try
            {
                mol = MoleculePipeline.Build(new MoleculeOptions(stretched, options.Basis, options.FrozenCore, options.ActiveElectrons, options.ActiveOrbitals, options.Scf));
            }
            catch (QuantumAppsException e)
            {
                throw new QuantumAppsException($"bond {r.ToString("F4", CultureInfo.InvariantCulture)} Å: {e.Message}");
            }

            int index = k;
            var step = progress is null ? null : new SynchronousProgress<LadderProgress>(s => progress.Report(new BondScanProgress(index, r, s)));
            var ladder = MoleculeLadder.Run(mol.Hamiltonian, mol.Scf.TotalEnergy, options.Ladder with { VqeWarmStart = warm }, step, cancellationToken);
            if (ladder.Cancelled) return new BondScanResult(points, true);
            if (ladder[LadderMethods.Vqe]?.Vqe is { } vqe) warm = vqe.Parameters;
            var point = new BondScanPoint(r, mol.Scf, ladder);
            points.Add(point);
            progress?.Report(new BondScanProgress(k, r, null, point));
        }

        return new BondScanResult(points, false);
    }
}
