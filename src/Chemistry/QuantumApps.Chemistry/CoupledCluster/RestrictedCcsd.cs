using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Numerics;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.CoupledCluster;

/// <summary>
/// Closed-shell, spin-adapted CCSD in spatial orbitals for an RHF reference (the formulation of PySCF's rccsd /
/// rintermediates: Hirata-style intermediates F_oo, F_vv, F_ov, L_oo, L_vv, W_oooo, W_vvvv, W_voov, W_vovo).
/// Amplitudes t_i^a and t_ij^ab (the αβ amplitudes of the spin-orbital theory, t_ij^ab = t_ji^ba); occupied i, j, k, l
/// are the first N_α orbitals, virtual a, b, c, d the rest; (pq|rs) chemists' notation; the Fock matrix
/// f_pq = h_pq + Σ_k [2(pq|kk) − (pk|kq)] is used in full (non-canonical orbitals allowed), its diagonal e_p in the
/// Jacobi denominators D_ia = e_i − e_a, D_ijab = e_i + e_j − e_a − e_b. Energy
/// <code>E_corr = 2 Σ f_ia t_i^a + Σ_ijab [2(ia|jb) − (ib|ja)] (t_ij^ab + t_i^a t_j^b).</code>
/// Iteration: t ← RHS(t)/D with DIIS (<see cref="Diis"/>) on the amplitude vector, error = t_new − t_old, from the
/// MP2 start t_ij^ab = (ia|jb)/D_ijab. The largest contractions run as dense products (<see cref="MatrixProduct"/>):
/// the W_vvvv·τ term (o²v⁴) and the o³v³ ring terms. The spin-orbital <see cref="Ccsd"/> is its oracle (same energy
/// to 1e-9 Ha in the tests). Memory: one v⁴ array ((ac|bd); W_vvvv is built and applied in blocks of c), o·v³, and
/// o²v² arrays for the amplitudes, DIIS and ring terms, estimated array by array (<see cref="EstimateBytes"/>) and
/// checked against <see cref="MemoryGuard"/> up front.
/// </summary>
public static class RestrictedCcsd
{
    /// <summary>
    /// Bytes the run holds at its peak, array by array (doubles × 8): the integral blocks o²v² (ovov) + o²v² (oovv) +
    /// o³v + o·v³ + o⁴ + v⁴, four constant o²v² rearrangements of (ia|jb) and the n² Fock matrix; the amplitudes and
    /// the DIIS history, (2·subspace + 6) vectors of o·v + o²v² (t, the new t, old/new/error/extrapolated vectors,
    /// subspace iterate/error pairs); the reused temporaries of an update: 6 o²v² (τ, two transposed copies of τ, the
    /// unsymmetrised t2 and two product buffers), 6 (o·v)² ring matrices, o⁴ and the W_vvvv block with its τ
    /// columns. The MO integrals the Hamiltonian already holds are not counted.
    /// </summary>
    public static double EstimateBytes(int occupied, int virtuals, int diisSubspace = 8)
    {
        double o = occupied, v = virtuals, n = o + v;
        double ov = o * v, oovv = ov * ov;
        double integrals = 6 * oovv + o * o * o * v + o * v * v * v + o * o * o * o + v * v * v * v + n * n;
        double amplitudes = (2.0 * Math.Max(0, diisSubspace) + 6) * (ov + oovv);
        double rows = RccsdSolver.LadderBlockRows(virtuals);
        double update = 6 * oovv + 6 * oovv + o * o * o * o + rows * v * v * v + o * o * rows * v;
        return 8 * (integrals + amplitudes + update);
    }

    /// <summary>Runs RCCSD; see the class remarks.</summary>
    /// <exception cref="QuantumAppsException">Open-shell reference or not enough memory.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (checked every iteration).</exception>
    public static CcsdResult Compute(MolecularHamiltonian h, CcsdOptions? options = null, IProgress<CcsdIteration>? progress = null,
        CancellationToken cancellationToken = default) => Solve(h, options, progress, cancellationToken).Result;

    /// <summary>
    /// Runs RCCSD and keeps the final amplitudes (for <see cref="PerturbativeTriples"/>); same iteration as
    /// <see cref="Compute"/>.
    /// </summary>
    /// <exception cref="QuantumAppsException">Open-shell reference or not enough memory.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (checked every iteration).</exception>
    public static RccsdSolution Solve(MolecularHamiltonian h, CcsdOptions? options = null, IProgress<CcsdIteration>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(h);
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new CcsdOptions();
        ClosedShellReference.RequireClosedShell(h, "RCCSD");
        var n = h.NumOrbitals;
        var o = h.NumAlpha;
        var v = n - o;
        var eRef = ClosedShellReference.Energy(h);
        if (o == 0 || v == 0)
        {
            return new RccsdSolution(new CcsdResult(eRef, 0, 0, true, CcsdExitReason.Converged, 0, 0), o, v, new double[o * v], new double[o * o * v * v]);
        }

        MemoryGuard.EnsureFits((long)EstimateBytes(o, v, options.LevelShift is null ? 2 * Math.Max(1, options.DiisSubspace) : options.DiisSubspace), $"RCCSD with {o} occupied and {v} virtual orbitals", MemoryGuard.KrylovShare);
        if (options.LevelShift is double given && !(given >= 0))
        {
            throw new QuantumAppsException($"CCSD level shift must be a non-negative number of hartree, got {given}");
        }

        var s = new RccsdSolver(h, o, v);
        var first = Iterate(s, options, eRef, o, v, options.LevelShift ?? 0, options.DiisSubspace, 0, progress, cancellationToken);
        if (first.Result.Converged || first.Result.ExitReason == CcsdExitReason.Diverged || options.LevelShift is not null)
        {
            return first;
        }

        // Rescue: from the MP2 start again with the step damped by a level shift of RescueLevelShift and a DIIS history
        // twice as long (issue 13: N2/STO-3G at 2.2, 2.4 and 2.9 Å on the stable RHF orbitals, where plain DIIS wanders).
        var rescue = Iterate(s, options, eRef, o, v, RescueLevelShift, 2 * Math.Max(1, options.DiisSubspace), first.Result.Iterations,
            progress, cancellationToken);
        return rescue.Result.Converged ? rescue : first;
    }

    /// <summary>
    /// Level shift s (hartree) of the rescue attempt that <see cref="Solve"/> makes when the plain iteration does not
    /// converge and <see cref="CcsdOptions.LevelShift"/> is not set: t ← t + (RHS/D − t)·D/(D − s), the same fixed point.
    /// </summary>
    public const double RescueLevelShift = 1.0;

    private static RccsdSolution Iterate(RccsdSolver s, CcsdOptions options, double eRef, int o, int v, double shift, int subspace,
        int iterationsBefore, IProgress<CcsdIteration>? progress, CancellationToken cancellationToken)
    {
        var maxIterations = options.MaxIterations;
        var t1 = new double[o * v];
        var t2 = s.Mp2Amplitudes();
        var energy = s.Energy(t1, t2);
        var damping = shift > 0 ? s.ShiftFactors(shift) : null;
        var diis = subspace > 0 ? new Diis(subspace) : null;
        double dE = double.PositiveInfinity, dT = double.PositiveInfinity;
        var iteration = iterationsBefore;
        while (iteration < iterationsBefore + maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iteration++;
            var newVec = new double[t1.Length + t2.Length];
            s.Update(t1, t2, newVec.AsSpan(0, t1.Length), newVec.AsSpan(t1.Length));
            var error = new double[newVec.Length];
            dT = 0;
            var finite = true;
            for (var k = 0; k < error.Length; k++)
            {
                var old = k < t1.Length ? t1[k] : t2[k - t1.Length];
                if (damping is not null)
                {
                    newVec[k] = old + (newVec[k] - old) * damping[k];
                }

                error[k] = newVec[k] - old;
                dT = Math.Max(dT, Math.Abs(error[k]));
                finite &= double.IsFinite(newVec[k]);
            }

            if (!finite)
            {
                return new RccsdSolution(new CcsdResult(eRef, double.NaN, iteration, false, CcsdExitReason.Diverged, double.NaN, double.NaN), o, v, t1, t2);
            }

            var next = diis is null ? newVec : diis.Push(newVec, error);
            Array.Copy(next, 0, t1, 0, t1.Length);
            Array.Copy(next, t1.Length, t2, 0, t2.Length);
            var e = s.Energy(t1, t2);
            dE = Math.Abs(e - energy);
            energy = e;
            progress?.Report(new CcsdIteration(iteration, energy, dE, dT));
            if (dE < options.EnergyTolerance && dT < options.AmplitudeTolerance)
            {
                return new RccsdSolution(new CcsdResult(eRef, energy, iteration, true, CcsdExitReason.Converged, dE, dT), o, v, t1, t2);
            }
        }

        return new RccsdSolution(new CcsdResult(eRef, energy, iteration, false, CcsdExitReason.MaxIterations, dE, dT), o, v, t1, t2);
    }

}
