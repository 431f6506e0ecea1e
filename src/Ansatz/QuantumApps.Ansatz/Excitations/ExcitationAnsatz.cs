using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// A product of fermionic excitation rotations on a reference determinant (one Trotter step of a UCC-type
/// ansatz): |ψ(θ)⟩ = U_N⋯U_1|ref⟩ with U_k = exp(c_k·θ_{p_k}·A_k), A_k = τ_k − τ_k† (step 0 applied first).
/// Each U_k is applied directly on the state vector (<see cref="ExcitationKernel"/>: a 2×2 rotation on each pair
/// of linked determinants, with the Jordan–Wigner sign). The gradient is by adjoint differentiation over the
/// steps: with ψ_k = U_k⋯U_1|ref⟩ and λ_k = U_{k+1}†⋯U_N†·H|ψ⟩, ∂E/∂θ_p = Σ_{k: p_k = p} 2·c_k·Re⟨λ_k|A_k|ψ_k⟩
/// (dU_k/dθ = c_k·A_k·U_k; A_k is anti-Hermitian, so G_k = iA_k is its Hermitian generator).
/// </summary>
public sealed class ExcitationAnsatz : IAnsatz
{
    private readonly ExcitationStep[] _steps;
    private readonly ExcitationPlan[] _plans;
    private Circuit? _circuit;
    private SectorCache? _sectorCache;

    /// <summary>Builds the ansatz; every excitation must fit in <paramref name="numQubits"/> spin orbitals.</summary>
    public ExcitationAnsatz(string name, int numQubits, ulong referenceIndex, IEnumerable<ExcitationStep> steps, int? numParameters = null)
    {
        if (numQubits < 1 || numQubits > MemoryGuard.MaxArrayQubits) throw new QuantumAppsException($"an excitation ansatz needs 1..{MemoryGuard.MaxArrayQubits} qubits, not {numQubits}");
        if (numQubits < 64 && referenceIndex >> numQubits != 0) throw new QuantumAppsException($"reference basis index {referenceIndex} does not fit in {numQubits} qubits");
        Name = name;
        NumQubits = numQubits;
        ReferenceIndex = referenceIndex;
        _steps = steps.ToArray();
        int maxIndex = -1;
        foreach (var s in _steps)
        {
            if (s.Excitation.MaxOrbital >= numQubits) throw new QuantumAppsException($"excitation {s.Excitation} acts outside the {numQubits} spin orbitals");
            if (s.ParameterIndex < 0) throw new QuantumAppsException($"parameter index must be non-negative, not {s.ParameterIndex}");
            maxIndex = Math.Max(maxIndex, s.ParameterIndex);
        }
        NumParameters = Math.Max(numParameters ?? 0, maxIndex + 1);
        _plans = _steps.Select(s => new ExcitationPlan(s.Excitation)).ToArray();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int NumQubits { get; }

    /// <inheritdoc />
    public int NumParameters { get; }

    /// <summary>Basis index of the reference determinant (bit q = spin orbital q occupied).</summary>
    public ulong ReferenceIndex { get; }

    /// <summary>The steps in application order.</summary>
    public IReadOnlyList<ExcitationStep> Steps => _steps;

    /// <inheritdoc />
    public void Prepare(StateVector state, ReadOnlySpan<double> parameters)
    {
        Check(state, parameters);
        var amps = state.Amplitudes;
        amps.Clear();
        amps[(int)ReferenceIndex] = Complex.One;
        for (int k = 0; k < _steps.Length; k++)
            ExcitationKernel.Rotate(amps, _plans[k], _steps[k].Coefficient * parameters[_steps[k].ParameterIndex]);
    }

    /// <summary>U(θ)|ref⟩ as a new state.</summary>
    public StateVector Prepare(ReadOnlySpan<double> parameters)
    {
        var s = StateVector.Empty(NumQubits);
        Prepare(s, parameters);
        return s;
    }

    /// <summary>
    /// <inheritdoc />
    /// When H leaves the (N_α, N_β) sector of the reference invariant and has real matrix elements (molecular
    /// Hamiltonians), the evaluation runs on the sector's amplitudes (<see cref="SectorEvaluation"/>: built once per
    /// Hamiltonian instance, the same value and gradient up to rounding); otherwise on the full state vector.
    /// </summary>
    public double ValueAndGradient(PauliSum hamiltonian, ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        if (gradient.Length != NumParameters) throw new QuantumAppsException($"gradient buffer has length {gradient.Length}, the ansatz has {NumParameters} parameters");
        CheckParameters(parameters);
        if (SectorFor(hamiltonian) is { } sector) return sector.ValueAndGradient(parameters, gradient);
        return FullSpaceValueAndGradient(hamiltonian, parameters, gradient);
    }

    /// <summary>
    /// <inheritdoc />
    /// In the (N_α, N_β) sector when <see cref="ValueAndGradient"/> would use it (then <paramref name="scratch"/> is untouched).
    /// </summary>
    public double Value(PauliSum hamiltonian, ReadOnlySpan<double> parameters, StateVector scratch)
    {
        CheckParameters(parameters);
        if (SectorFor(hamiltonian) is { } sector) return sector.Value(parameters);
        Prepare(scratch, parameters);
        return scratch.Expectation(hamiltonian);
    }

    /// <summary>The full-space form of <see cref="ValueAndGradient"/> (the oracle of the sector evaluation).</summary>
    internal double FullSpaceValueAndGradient(PauliSum hamiltonian, ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var psi = Prepare(parameters);
        var lambda = psi.ApplyOperator(hamiltonian);
        double value = psi.InnerProduct(lambda).Real;
        gradient.Clear();
        var p = psi.Amplitudes;
        var l = lambda.Amplitudes;
        for (int k = _steps.Length - 1; k >= 0; k--)
        {
            var step = _steps[k];
            gradient[step.ParameterIndex] += 2 * step.Coefficient * ExcitationKernel.GeneratorElement(l, p, _plans[k]);
            double angle = -step.Coefficient * parameters[step.ParameterIndex];
            ExcitationKernel.Rotate(p, _plans[k], angle);
            ExcitationKernel.Rotate(l, _plans[k], angle);
        }
        return value;
    }

    /// <summary>
    /// <see cref="AppendGradients(PauliSum, StateVector, IReadOnlyList{FermionicExcitation})"/> at ψ = U(θ)|ref⟩ of this
    /// ansatz: on the (N_α, N_β) sector's amplitudes when <see cref="ValueAndGradient"/> would use them and every
    /// candidate conserves N_α and N_β (the same values to rounding), otherwise on the full state vector.
    /// </summary>
    public double[] AppendGradients(PauliSum hamiltonian, ReadOnlySpan<double> parameters, IReadOnlyList<FermionicExcitation> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        CheckParameters(parameters);
        foreach (var c in candidates)
            if (c.MaxOrbital >= NumQubits) throw new QuantumAppsException($"excitation {c} acts outside the {NumQubits}-qubit state");
        return SectorFor(hamiltonian)?.AppendGradients(parameters, candidates)
            ?? AppendGradients(hamiltonian, Prepare(parameters), candidates);
    }

    /// <summary>
    /// ∂E/∂θ at θ = 0 for appending exp(θA_k) after the state ψ, for each candidate excitation:
    /// g_k = 2·Re⟨Hψ|A_k|ψ⟩ = ⟨ψ|[H, A_k]|ψ⟩ (the ADAPT-VQE selection criterion).
    /// </summary>
    public static double[] AppendGradients(PauliSum hamiltonian, StateVector psi, IReadOnlyList<FermionicExcitation> candidates)
    {
        var lambda = psi.ApplyOperator(hamiltonian);
        var g = new double[candidates.Count];
        for (int k = 0; k < g.Length; k++)
        {
            if (candidates[k].MaxOrbital >= psi.NumQubits) throw new QuantumAppsException($"excitation {candidates[k]} acts outside the {psi.NumQubits}-qubit state");
            g[k] = 2 * ExcitationKernel.GeneratorElement(lambda.Amplitudes, psi.Amplitudes, new ExcitationPlan(candidates[k]));
        }
        return g;
    }

    /// <summary>
    /// The gate-level equivalent: X on each occupied reference orbital, then for every step the Pauli rotations of
    /// its Jordan–Wigner strings (<see cref="ExcitationDecomposition"/>; exact because the strings of one
    /// excitation commute). Built once per ansatz and shared (a <see cref="Circuit"/> is immutable): the VQE resource
    /// report and the noisy re-run both ask for it.
    /// </summary>
    public Circuit ToCircuit() => _circuit ??= BuildCircuit();

    private Circuit BuildCircuit()
    {
        var b = new CircuitBuilder(NumQubits, NumParameters);
        for (int q = 0; q < NumQubits; q++)
            if (((ReferenceIndex >> q) & 1) != 0) b.X(q);
        foreach (var step in _steps)
            ExcitationDecomposition.AppendRotations(b, step.Excitation, step.ParameterIndex, step.Coefficient);
        return b.Build();
    }

    /// <summary>The sector evaluation for <paramref name="hamiltonian"/> (null: full space), built on first use and kept for that instance.</summary>
    internal SectorEvaluation? SectorFor(PauliSum hamiltonian)
    {
        var cache = _sectorCache;
        if (cache is null || !ReferenceEquals(cache.Hamiltonian, hamiltonian))
        {
            cache = new SectorCache(hamiltonian, SectorEvaluation.TryBuild(hamiltonian, NumQubits, ReferenceIndex, _steps, _plans));
            _sectorCache = cache;
        }
        return cache.Evaluation;
    }

    private sealed record SectorCache(PauliSum Hamiltonian, SectorEvaluation? Evaluation);

    private void Check(StateVector state, ReadOnlySpan<double> parameters)
    {
        if (state.NumQubits != NumQubits) throw new QuantumAppsException($"the ansatz acts on {NumQubits} qubits but the state has {state.NumQubits}");
        CheckParameters(parameters);
    }

    private void CheckParameters(ReadOnlySpan<double> parameters)
    {
        if (parameters.Length != NumParameters) throw new QuantumAppsException($"the ansatz takes {NumParameters} parameters, {parameters.Length} were given");
        foreach (double v in parameters)
            if (!double.IsFinite(v)) throw new QuantumAppsException($"ansatz parameters must be finite, got {v}");
    }
}
