using System.Diagnostics;
using System.Globalization;
using QuantumApps.Chemistry.CoupledCluster;
using QuantumApps.Chemistry.Fci;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;
using QuantumApps.Variational.Vqe;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The method ladder of one molecular Hamiltonian: HF → MP2 → CCSD → CCSD(T) → FCI → VQE, each requested method run in that
/// order and reported with a <see cref="MethodStatus"/>. CCSD(T) adds <see cref="PerturbativeTriples"/> to the
/// converged spin-adapted RCCSD (the amplitudes of the CCSD step are reused when both are requested in one call;
/// when RCCSD does not converge, CCSD(T) fails — the spin-orbital CCSD fallback has no (T)). HF is the SCF energy when given, else the closed-shell
/// reference energy ⟨Φ_HF|H|Φ_HF⟩; FCI the exact ground energy in the (N_α, N_β) determinant space by direct CI on
/// alpha and beta strings (<see cref="DeterminantFci"/>; no qubit register, so it runs whenever the determinants fit in
/// memory, whatever the qubit count); VQE <see cref="VqeMethod.Run"/> on the Jordan–Wigner Hamiltonian. A method that fails (CCSD diverged or
/// not converged, FCI too large for memory, an open-shell reference) is reported as failed with a one-line reason
/// and the others still run. Cancellation is checked between methods and inside the VQE optimizer; methods not reached
/// are skipped with reason "cancelled".
/// </summary>
public static class MoleculeLadder
{
    /// <summary>Largest spin-orbital count for which the qubit Hamiltonian is built (Pauli masks are 64-bit).</summary>
    public const int MaxMappedQubits = 64;

    /// <summary>
    /// The size of FCI on <paramref name="h"/> before it starts: determinants, bytes and a rough time of the
    /// determinant-string FCI (<see cref="DeterminantFci.Estimate"/>) in the symmetry sectors <paramref name="symmetry"/> selects.
    /// </summary>
    public static FciEstimate EstimateFci(MolecularHamiltonian h, FciSymmetry symmetry = FciSymmetry.ReferenceSector)
    {
        ArgumentNullException.ThrowIfNull(h);
        var size = DeterminantFci.Estimate(h, new FciOptions(Symmetry: symmetry));
        return new FciEstimate(size.Determinants, size.Bytes, size.Seconds, size.SymmetrySectors, size.SectorDeterminants);
    }

    /// <summary>C(n, N_α)·C(n, N_β) as a double (exact below 2^53).</summary>
    public static double Determinants(int numOrbitals, int numAlpha, int numBeta) => Binomial(numOrbitals, numAlpha) * Binomial(numOrbitals, numBeta);

    /// <summary>Runs the requested methods; see the class remarks. <paramref name="scfEnergy"/> is the RHF total energy when known.</summary>
    public static LadderResult Run(MolecularHamiltonian h, double? scfEnergy, LadderOptions options, IProgress<LadderProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(options);
        var vqeOptions = options.Vqe ?? new VqeMethodOptions();
        var results = new List<LadderMethodResult>();
        MappedHamiltonian? mapped = null;
        bool wantsQubits = options.Methods.HasFlag(LadderMethods.Vqe) || options.CountPauliTerms;
        bool cancelled = false;
        RccsdSolution? rccsd = null;
        foreach (var method in LadderMethodNames.Expand(options.Methods))
        {
            if (cancelled || cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                results.Add(Report(progress, new LadderMethodResult(method, MethodStatus.Skipped, "cancelled", null, 0)));
                continue;
            }

            progress?.Report(new LadderProgress(method, "starting"));
            var clock = new Stopwatch();
            LadderMethodResult result;
            try
            {
                // The mapping is used by VQE and not timed as part of it.
                if (wantsQubits && mapped is null && h.NumSpinOrbitals <= MaxMappedQubits && method is LadderMethods.Vqe)
                {
                    mapped = QubitHamiltonian.MapWithSector(h, options.Mapping);
                }

                clock.Start();
                result = method switch
                {
                    LadderMethods.Hf => Ok(method, scfEnergy ?? (h.NumAlpha == h.NumBeta ? ClosedShellReference.Energy(h)
                        : throw new QuantumAppsException("hf needs a closed-shell reference (MS2 = 0)")), clock),
                    LadderMethods.Mp2 => Ok(method, Mp2.Compute(h).TotalEnergy, clock),
                    LadderMethods.Ccsd => RunCcsd(h, options.Ccsd, clock, ref rccsd, cancellationToken),
                    LadderMethods.CcsdT => RunCcsdT(h, options.Ccsd, clock, ref rccsd, cancellationToken),
                    LadderMethods.Fci => RunFci(h, options, progress, cancellationToken, clock),
                    _ => RunVqe(h, mapped, options, vqeOptions, progress, cancellationToken, clock),
                };
            }
            catch (QuantumAppsException e)
            {
                result = new LadderMethodResult(method, MethodStatus.Failed, e.Message, null, clock.Elapsed.TotalSeconds);
            }

            cancelled |= cancellationToken.IsCancellationRequested;
            results.Add(Report(progress, result));
        }

        if (mapped is null && options.CountPauliTerms && h.NumSpinOrbitals <= MaxMappedQubits && !cancelled)
        {
            mapped = QubitHamiltonian.MapWithSector(h, options.Mapping);
        }

        return new LadderResult(results, mapped?.Hamiltonian.Count, cancelled);
    }

    private static LadderMethodResult Report(IProgress<LadderProgress>? progress, LadderMethodResult result)
    {
        progress?.Report(new LadderProgress(result.Method, result.Status == MethodStatus.Ok ? "done" : result.Reason ?? "", result));
        return result;
    }

    private static LadderMethodResult Ok(LadderMethods method, double energy, Stopwatch clock) =>
        new(method, MethodStatus.Ok, null, energy, clock.Elapsed.TotalSeconds);

    private static LadderMethodResult RunCcsd(MolecularHamiltonian h, CcsdOptions? options, Stopwatch clock, ref RccsdSolution? rccsd,
        CancellationToken cancellationToken)
    {
        // The spin-adapted RCCSD first (same energy as the spin-orbital CCSD to 1e-9 Ha, several times faster); when it
        // does not converge, the spin-orbital CCSD with its level shift and DIIS safeguards decides.
        try
        {
            rccsd = RestrictedCcsd.Solve(h, options, null, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Failed(LadderMethods.Ccsd, "cancelled", clock);
        }

        var cc = rccsd.Result;
        if (!cc.Converged)
        {
            cc = Ccsd.Compute(h, options);
        }

        if (cc.ExitReason == CcsdExitReason.Diverged)
        {
            return Failed(LadderMethods.Ccsd,
                $"CCSD diverged at iteration {cc.Iterations} (non-finite amplitudes): the reference is too close to degenerate for CCSD; use fci", clock);
        }

        if (!cc.Converged)
        {
            return Failed(LadderMethods.Ccsd,
                $"CCSD did not converge in {cc.Iterations} iterations (last |dE| = {cc.LastEnergyChange.ToString("E2", CultureInfo.InvariantCulture)}, max |dt| = {cc.LastAmplitudeChange.ToString("E2", CultureInfo.InvariantCulture)})", clock);
        }

        return Ok(LadderMethods.Ccsd, cc.TotalEnergy, clock);
    }

    private static LadderMethodResult RunCcsdT(MolecularHamiltonian h, CcsdOptions? options, Stopwatch clock, ref RccsdSolution? rccsd,
        CancellationToken cancellationToken)
    {
        try
        {
            rccsd ??= RestrictedCcsd.Solve(h, options, null, cancellationToken);
            var cc = rccsd.Result;
            if (!cc.Converged)
            {
                return Failed(LadderMethods.CcsdT, cc.ExitReason == CcsdExitReason.Diverged
                    ? $"CCSD(T): RCCSD diverged at iteration {cc.Iterations}; (T) needs converged closed-shell amplitudes"
                    : $"CCSD(T): RCCSD did not converge in {cc.Iterations} iterations (last |dE| = {cc.LastEnergyChange.ToString("E2", CultureInfo.InvariantCulture)}); (T) needs converged closed-shell amplitudes", clock);
            }

            return Ok(LadderMethods.CcsdT, cc.TotalEnergy + PerturbativeTriples.Correction(h, rccsd, cancellationToken), clock);
        }
        catch (OperationCanceledException)
        {
            return Failed(LadderMethods.CcsdT, "cancelled", clock);
        }
    }

    private static LadderMethodResult RunFci(MolecularHamiltonian h, LadderOptions options, IProgress<LadderProgress>? progress,
        CancellationToken cancellationToken, Stopwatch clock)
    {
        if (h.NumOrbitals > DeterminantFci.MaxOrbitals)
        {
            return Failed(LadderMethods.Fci, $"fci: {h.NumOrbitals} orbitals are too many for determinant strings; choose an active space{FittingSpace(h, options)}", clock);
        }

        var estimate = EstimateFci(h, options.FciSymmetry);
        double limit = FciMemoryLimit(options);
        if (estimate.Bytes > limit)
        {
            return Failed(LadderMethods.Fci,
                $"fci: {estimate.Determinants.ToString("N0", CultureInfo.InvariantCulture)} determinants need {MemoryGuard.FormatBytes((long)Math.Min(estimate.Bytes, long.MaxValue))}, more than the {MemoryGuard.FormatBytes((long)limit)} available{FittingSpace(h, options)}", clock);
        }

        var report = progress is null ? null : new Optimizers.SynchronousProgress<FciProgress>(p =>
            progress.Report(new LadderProgress(LadderMethods.Fci, string.Create(CultureInfo.InvariantCulture,
                $"Davidson iteration {p.Iteration}, E = {p.Energy:F10} Ha, residual {p.ResidualNorm:E1}"))));
        FciResult fci;
        try
        {
            fci = DeterminantFci.Compute(h, new FciOptions(Symmetry: options.FciSymmetry), report, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Failed(LadderMethods.Fci, "cancelled", clock);
        }

        if (!fci.Converged)
        {
            return Failed(LadderMethods.Fci, string.Create(CultureInfo.InvariantCulture,
                $"fci: Davidson did not converge in {fci.Iterations} iterations (residual {fci.ResidualNorm:E2}, last energy {fci.Energy:F10} Ha)"), clock);
        }

        return Ok(LadderMethods.Fci, fci.Energy, clock);
    }

    /// <summary>The FCI memory limit: the option, else the <see cref="MemoryGuard"/> Krylov budget.</summary>
    private static double FciMemoryLimit(LadderOptions options) => options.FciMemoryLimitBytes ?? MemoryGuard.BudgetBytes(MemoryGuard.KrylovShare);

    /// <summary>"; an active space of N electrons in K orbitals would fit (…)" for the largest K (same electrons) within the FCI memory limit.</summary>
    private static string FittingSpace(MolecularHamiltonian h, LadderOptions options)
    {
        double limit = FciMemoryLimit(options);
        int electrons = h.NumElectrons;
        for (int k = Math.Min(h.NumOrbitals - 1, DeterminantFci.MaxOrbitals); k >= Math.Max(1, h.NumAlpha + 1); k--)
        {
            if (DeterminantFci.Estimate(new MolecularHamiltonian(0, k, h.NumAlpha, h.NumBeta, [], [])).Bytes <= limit)
            {
                return $"; an active space of {electrons} electrons in {k} orbitals would fit (--active-electrons {electrons} --active-orbitals {k})";
            }
        }

        return "";
    }

    private static LadderMethodResult RunVqe(MolecularHamiltonian h, MappedHamiltonian? mapped, LadderOptions options, VqeMethodOptions vqeOptions,
        IProgress<LadderProgress>? progress, CancellationToken cancellationToken, Stopwatch clock)
    {
        if (options.Mapping != MappingKind.JordanWigner)
        {
            return Failed(LadderMethods.Vqe, "vqe: the ansätze act on Jordan–Wigner qubits; use --mapping jordan-wigner", clock);
        }

        VqeMethod.EnsureFits(h);
        if (mapped is null)
        {
            return Failed(LadderMethods.Vqe, $"vqe: {h.NumSpinOrbitals} spin orbitals are too many; choose an active space", clock);
        }

        var report = progress is null ? null : new Optimizers.SynchronousProgress<VqeProgress>(p =>
            progress.Report(new LadderProgress(LadderMethods.Vqe, $"iteration {p.Iteration}, E = {p.BestEnergy.ToString("F8", CultureInfo.InvariantCulture)} Ha")));
        var vqe = VqeMethod.Run(h, mapped.Hamiltonian, vqeOptions, options.VqeWarmStart, report, cancellationToken);
        if (cancellationToken.IsCancellationRequested)
        {
            return new LadderMethodResult(LadderMethods.Vqe, MethodStatus.Failed,
                $"cancelled after {vqe.Iterations} iterations (best energy so far {vqe.Energy.ToString("F8", CultureInfo.InvariantCulture)} Ha)", null, clock.Elapsed.TotalSeconds, vqe);
        }

        return new LadderMethodResult(LadderMethods.Vqe, MethodStatus.Ok, null, vqe.Energy, clock.Elapsed.TotalSeconds, vqe);
    }

    private static LadderMethodResult Failed(LadderMethods method, string reason, Stopwatch clock) =>
        new(method, MethodStatus.Failed, reason, null, clock.Elapsed.TotalSeconds);

    private static double Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        double r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return Math.Round(r);
    }
}
