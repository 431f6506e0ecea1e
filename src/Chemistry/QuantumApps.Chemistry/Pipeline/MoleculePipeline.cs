using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.Scf;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Pipeline;

/// <summary>
/// Molecule → basis → AO integrals (S, T, V, ERI) → closed-shell RHF → active space → MO integrals →
/// <see cref="MolecularHamiltonian"/>. Only closed-shell RHF references (multiplicity 1) are supported.
/// Memory: the dense AO ERI array (n⁴ doubles) lives until the first half of the MO transform and is dropped before
/// the second half allocates the k⁴ MO array (<see cref="MoIntegralTransform"/>); the active-space array shares the
/// MO array when nothing is frozen or dropped. The peak (<see cref="EstimateBytes"/>) is checked against
/// <see cref="MemoryGuard"/> before the integrals are computed.
/// </summary>
public static class MoleculePipeline
{
    /// <summary>
    /// Peak bytes of <see cref="Build"/> for n basis functions, k = frozen + active MOs transformed and n_a active
    /// orbitals: the transform's peak (<see cref="MoIntegralTransform.EstimateBytes"/>, the AO array included) or the
    /// k⁴ MO array plus the n_a⁴ active copy (none when n_a = k), whichever is larger.
    /// </summary>
    public static long EstimateBytes(int n, int k, int activeOrbitals)
    {
        long k4 = 8L * k * k * k * k;
        long copy = activeOrbitals == k ? 0 : 8L * activeOrbitals * activeOrbitals * activeOrbitals * activeOrbitals;
        return Math.Max(MoIntegralTransform.EstimateBytes(n, k), k4 + copy);
    }

    /// <summary>Runs the pipeline.</summary>
    /// <param name="options">Molecule, basis, SCF settings and active space.</param>
    /// <param name="progress">Receives the SCF iterations (<see cref="RhfSolver.Run"/>).</param>
    /// <param name="cancellationToken">Checked after the integrals and before every SCF iteration.</param>
    /// <exception cref="QuantumAppsException">Open-shell molecule, unknown basis, unconverged SCF or an
    /// impossible active space.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static MoleculeResult Build(MoleculeOptions options, IProgress<ScfIteration>? progress = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var molecule = options.Molecule;
        if (molecule.Multiplicity != 1)
        {
            throw new QuantumAppsException(
                $"ROHF/UHF not implemented; only closed-shell RHF ({molecule.Formula} was given multiplicity {molecule.Multiplicity})");
        }

        var definition = BasisSetLibrary.Load(options.Basis);
        var basis = MolecularBasis.Build(molecule, definition);
        var n = basis.NumFunctions;
        var frozen = options.FrozenCore is null ? (int?)null : ActiveSpaceSelector.ParseFrozenCore(options.FrozenCore, molecule);
        var planned = ActiveSpaceSelector.Resolve(molecule.NumElectrons, n, frozen, options.ActiveElectrons, options.ActiveOrbitals);
        var plannedK = planned.FrozenOrbitals + planned.ActiveOrbitals;
        MemoryGuard.EnsureFits(EstimateBytes(n, plannedK, planned.ActiveOrbitals),
            $"{molecule.Formula}/{definition.Name} ({n} basis functions, {plannedK} MOs transformed): the AO and MO two-electron integrals");
        var (s, t, v) = OneElectronIntegrals.Compute(basis, molecule);
        double[]? eri = ElectronRepulsionIntegrals.Compute(basis);
        cancellationToken.ThrowIfCancellationRequested();
        var overlap = Matrix<double>.Build.DenseOfRowMajor(n, n, s);
        var core = RhfSteps.CoreHamiltonian(Matrix<double>.Build.DenseOfRowMajor(n, n, t), Matrix<double>.Build.DenseOfRowMajor(n, n, v));
        var numOccupied = molecule.NumElectrons / 2;
        if (numOccupied > n)
        {
            throw new QuantumAppsException($"{molecule.Formula}: {molecule.NumElectrons} electrons do not fit into {n} basis functions");
        }

        var scf = RhfSolver.Run(overlap, core, eri, molecule.NuclearRepulsion(), numOccupied, options.Scf, progress, cancellationToken,
            () => SadGuess.Density(molecule, definition));
        if (!scf.Converged)
        {
            throw new QuantumAppsException($"{molecule.Formula}/{definition.Name}: {scf.Describe()}");
        }

        // Symmetry-pure degenerate orbitals (same energies and density) so that FCI finds the point-group sectors.
        var adapted = DegenerateOrbitals.Adapt(molecule, basis, overlap, scf.OrbitalEnergies, scf.Coefficients, scf.NumOccupied);
        if (!ReferenceEquals(adapted, scf.Coefficients))
        {
            scf = scf with { Coefficients = adapted };
        }

        var space = ActiveSpaceSelector.Resolve(molecule.NumElectrons, scf.NumOrbitals, frozen, options.ActiveElectrons, options.ActiveOrbitals);
        var k = space.FrozenOrbitals + space.ActiveOrbitals;
        var m = scf.NumOrbitals;
        var hMo = MoIntegralTransform.OneBody(core.ToRowMajorArray(), n, scf.Coefficients, m, k);
        var half = MoIntegralTransform.HalfTransform(eri, n, scf.Coefficients, m, k);
        eri = null;
        var gMo = MoIntegralTransform.Complete(half);
        var hamiltonian = HamiltonianBuilder.Build(scf.NuclearRepulsion, hMo, gMo, k, space);
        return new MoleculeResult(molecule, definition.Name, n, scf, hamiltonian, space);
    }
}
