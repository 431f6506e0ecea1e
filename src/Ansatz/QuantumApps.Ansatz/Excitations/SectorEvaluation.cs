using System.Numerics;
using System.Runtime.CompilerServices;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// E(θ) and its adjoint gradient for an <see cref="ExcitationAnsatz"/> evaluated in the (N_α, N_β) sector of its
/// reference determinant instead of the full 2^n space (the idea of OpenFermion-FQE's fermionic emulator): every
/// spin-conserving excitation rotation maps the sector onto itself, so when H leaves the sector invariant
/// (<see cref="SectorOperator.IsInvariant"/>) the state, H·ψ and every adjoint vector stay in it and the result is the
/// full-space one up to rounding (LiH/STO-3G: 225 of 4,096 amplitudes). The vectors are real: real angles rotate the
/// real reference among real amplitudes, and H must have real matrix elements (<see cref="SectorOperator.IsReal"/>,
/// true for molecular Hamiltonians). Each step's rotation is stored as its pairs (i, j, s) of sector indices, in
/// increasing i, with x_i = base | annihilated, x_j = base | created and the Jordan–Wigner sign s of
/// <see cref="ExcitationPlan"/>: the same pairs, order and arithmetic as <see cref="ExcitationKernel"/> on the
/// sector's amplitudes, so prepared states and generator elements are those of the full-space kernels.
/// </summary>
internal sealed class SectorEvaluation
{
    /// <summary>
    /// Largest |⟨b ⊕ x|H|b⟩| (hartree) tolerated from a sector state to one outside: the mapped terms of a
    /// number-conserving H cancel there to rounding (~1e-16 of the integrals), and amplitude this small leaking out
    /// would change the energy by less than its square.
    /// </summary>
    internal const double LeakTolerance = 1e-10;

    /// <summary>Pairs above this many (12 bytes each: 96 MB) are not stored; the full-space kernels run instead.</summary>
    internal const long MaxPairs = 8L << 20;

    /// <summary>The sector operators built so far, per Hamiltonian instance (see <see cref="Restricted"/>).</summary>
    private static readonly ConditionalWeakTable<PauliSum, Dictionary<(int Qubits, int Alpha, int Beta), SectorOperator?>> Operators = new();

    private readonly SectorOperator _h;
    private readonly int _reference;
    private readonly ExcitationStep[] _steps;
    private readonly ExcitationPairs[] _pairs;

    private SectorEvaluation(SectorOperator h, int reference, ExcitationStep[] steps, ExcitationPairs[] pairs)
    {
        _h = h;
        _reference = reference;
        _steps = steps;
        _pairs = pairs;
    }

    /// <summary>Sector dimension.</summary>
    internal int Dimension => _h.Dimension;

    /// <summary>H restricted to the sector (shared by every evaluation of the same Hamiltonian instance and sector).</summary>
    internal SectorOperator Operator => _h;

    /// <summary>
    /// The sector evaluation of <paramref name="h"/>, or null when the full space must be used: H acts on more qubits
    /// than the ansatz, is not Hermitian with real matrix elements, or leaks out of the sector; an excitation changes
    /// N_α or N_β; the sector is not smaller than half the space; or the pairs exceed <see cref="MaxPairs"/>.
    /// </summary>
    internal static SectorEvaluation? TryBuild(PauliSum h, int numQubits, ulong referenceIndex, ExcitationStep[] steps, ExcitationPlan[] plans)
    {
        if (h.NumQubits > numQubits || !h.IsHermitian()) return null;
        foreach (var plan in plans)
            if (!ConservesSpin(plan)) return null;
        var op = Restricted(h, numQubits, BitOperations.PopCount(referenceIndex & Even), BitOperations.PopCount(referenceIndex & ~Even));
        if (op is null) return null;

        var pairs = new ExcitationPairs[plans.Length];
        long total = 0;
        for (int k = 0; k < plans.Length; k++)
        {
            pairs[k] = Pairs(op, plans[k]);
            total += pairs[k].From.Length;
            if (total > MaxPairs) return null;
        }
        return new SectorEvaluation(op, op.IndexOf(referenceIndex), steps, pairs);
    }

    /// <summary>
    /// The pairs (i, j, negative) of <paramref name="plan"/> in the sector of <paramref name="op"/>: every sector state
    /// x_i with the annihilated orbitals filled and the created ones empty, x_j = its image, and the sign parity of the
    /// untouched bits under the plan's sign mask; in increasing i. The plan must conserve N_α and N_β.
    /// </summary>
    private static ExcitationPairs Pairs(SectorOperator op, in ExcitationPlan plan)
    {
        ulong touched = plan.AnnihilatedMask | plan.CreatedMask;
        var fi = new List<int>();
        var ti = new List<int>();
        var ni = new List<bool>();
        for (int i = 0; i < op.Dimension; i++)
        {
            ulong x = op.BasisState(i);
            if ((x & touched) != plan.AnnihilatedMask) continue;
            ulong b = x & ~touched;
            fi.Add(i);
            ti.Add(op.IndexOf(b | plan.CreatedMask));
            ni.Add((BitOperations.PopCount(b & plan.SignMask) & 1) != 0);
        }
        return new ExcitationPairs(fi.ToArray(), ti.ToArray(), ni.ToArray(), plan.BaseSign);
    }

    /// <summary>True when the excitation of <paramref name="plan"/> changes neither N_α nor N_β.</summary>
    private static bool ConservesSpin(in ExcitationPlan plan) =>
        BitOperations.PopCount(plan.AnnihilatedMask & Even) == BitOperations.PopCount(plan.CreatedMask & Even)
        && BitOperations.PopCount(plan.AnnihilatedMask & ~Even) == BitOperations.PopCount(plan.CreatedMask & ~Even);

    private const ulong Even = 0x5555_5555_5555_5555UL;

    /// <summary>
    /// H restricted to the (N_α, N_β) sector on <paramref name="numQubits"/> qubits when that is exact and pays (real
    /// elements, invariant, at most half the space), else null. Kept per Hamiltonian instance and sector, so the ansätze
    /// of one run (ADAPT-VQE builds one per iteration) share the index map, the invariance check and the sparse matrix.
    /// </summary>
    private static SectorOperator? Restricted(PauliSum h, int numQubits, int alpha, int beta)
    {
        var cache = Operators.GetOrCreateValue(h);
        lock (cache)
        {
            if (!cache.TryGetValue((numQubits, alpha, beta), out var op))
            {
                op = new SectorOperator(h.WithNumQubitsAtLeast(numQubits), BasisSector.SpinOrbitals(alpha, beta));
                if (!op.IsReal || 2L * op.Dimension > 1L << numQubits || !op.IsInvariant(LeakTolerance)) op = null;
                cache[(numQubits, alpha, beta)] = op;
            }
            return op;
        }
    }

    /// <summary>
    /// E(θ) = ⟨ψ|H|ψ⟩ and ∂E/∂θ_p = Σ_{k: p_k = p} 2·c_k·⟨λ_k|A_k|ψ_k⟩ (<see cref="ExcitationAnsatz"/>'s adjoint pass) on
    /// sector vectors; <paramref name="gradient"/> is overwritten.
    /// </summary>
    internal double ValueAndGradient(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var (psi, lambda, value) = Evaluate(parameters);
        gradient.Clear();
        for (int k = _steps.Length - 1; k >= 0; k--)
        {
            var step = _steps[k];
            gradient[step.ParameterIndex] += 2 * step.Coefficient * ExcitationKernel.GeneratorElement(lambda, psi, _pairs[k]);
            double angle = -step.Coefficient * parameters[step.ParameterIndex];
            ExcitationKernel.Rotate(psi, _pairs[k], angle);
            ExcitationKernel.Rotate(lambda, _pairs[k], angle);
        }
        return value;
    }

    /// <summary>
    /// g_k = 2·⟨Hψ|A_k|ψ⟩ for appending each candidate after ψ(θ) (ExcitationAnsatz.AppendGradients's
    /// formula) on sector vectors, or null when a candidate changes N_α or N_β (then the caller uses the full vector).
    /// </summary>
    internal double[]? AppendGradients(ReadOnlySpan<double> parameters, IReadOnlyList<FermionicExcitation> candidates)
    {
        var candidatePlans = new ExcitationPlan[candidates.Count];
        for (int k = 0; k < candidatePlans.Length; k++)
        {
            candidatePlans[k] = new ExcitationPlan(candidates[k]);
            if (!ConservesSpin(candidatePlans[k])) return null;
        }
        var (psi, lambda, _) = Evaluate(parameters);
        var g = new double[candidatePlans.Length];
        for (int k = 0; k < g.Length; k++) g[k] = 2 * ExcitationKernel.GeneratorElement(lambda, psi, Pairs(_h, candidatePlans[k]));
        return g;
    }

    /// <summary>E(θ) = ⟨ψ|H|ψ⟩ on the sector vector.</summary>
    internal double Value(ReadOnlySpan<double> parameters) => Evaluate(parameters).Value;

    /// <summary>ψ = U(θ)|ref⟩, λ = H·ψ and ⟨ψ|λ⟩ on sector vectors.</summary>
    private (double[] Psi, double[] Lambda, double Value) Evaluate(ReadOnlySpan<double> parameters)
    {
        var psi = new double[Dimension];
        psi[_reference] = 1;
        for (int k = 0; k < _steps.Length; k++)
            ExcitationKernel.Rotate(psi, _pairs[k], _steps[k].Coefficient * parameters[_steps[k].ParameterIndex]);
        var lambda = new double[Dimension];
        _h.ApplyReal(psi, lambda);
        double value = 0;
        for (int i = 0; i < psi.Length; i++) value += psi[i] * lambda[i];
        return (psi, lambda, value);
    }
}

/// <summary>
/// One excitation's rotation in a sector: the pairs (From[p], To[p]) of sector indices it links, whether the sign of
/// pair p is negated (Negative[p]: odd parity under the plan's sign mask), and the base sign c₀ of its
/// <see cref="ExcitationPlan"/>.
/// </summary>
internal sealed record ExcitationPairs(int[] From, int[] To, bool[] Negative, double BaseSign);
