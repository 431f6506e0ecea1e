using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// Simulates the depth-p QAOA state on a precomputed cost diagonal (it never sees a graph):
/// |ψ(γ, β)⟩ = U_B(β_p) U_C(γ_p) ⋯ U_B(β_1) U_C(γ_1) |s⟩ with U_C(γ) = exp(−iγC), C = diag(c_0, …, c_{2^n−1})
/// (bit q of the index = qubit q), U_B from the <see cref="QaoaMixer"/> (default exp(−iβ Σ_j X_j)) and |s⟩ from
/// the <see cref="QaoaInitialState"/> (default |+⟩^n). Angles are in radians with exactly these factors: a
/// paper writing e^{−iβX/2} or e^{−iγ(1−ZZ)/2} uses angles twice ours for the same circuit.
/// <para>
/// Gradients use adjoint differentiation: one forward pass to |ψ⟩, then λ = C|ψ⟩ and a backward sweep
/// that undoes each gate G = e^{−iθH} on both φ and λ. Because E = ⟨ψ|C|ψ⟩ and ∂G/∂θ = −iHG,
/// ∂E/∂θ = 2 Re⟨λ|(−iH)|φ⟩ = 2 Im⟨λ|H|φ⟩, with φ the state right after G and λ = (gates after G)^† C|ψ⟩.
/// For γ_k, H = C; for β_k, H = Σ_j X_j (or each XY pair term in turn, summed over the pairs of layer k).
/// </para>
/// The sweeps are the Simulator's <see cref="QaoaState"/> operations. Instances keep two 2^n scratch vectors
/// (state and, after the first gradient, costate; 16 bytes per amplitude each) besides the cost (a dense diagonal of 8
/// bytes per amplitude or the Walsh form, <see cref="QaoaCost"/>) and are not thread-safe.
/// </summary>
public sealed class QaoaCircuit
{
    private readonly QaoaState _state;

    /// <summary>Creates the simulator for a cost diagonal of length 2^n (n ≥ 1). The diagonal is not copied when it is a whole array; do not modify it while this circuit is used.</summary>
    public QaoaCircuit(ReadOnlyMemory<double> costDiagonal, QaoaMixer? mixer = null, QaoaInitialState? initialState = null)
        : this(QaoaCost.FromDiagonal(costDiagonal), mixer, initialState)
    {
    }

    /// <summary>Creates the simulator for a cost, dense or in Walsh form (<see cref="QaoaCost"/>).</summary>
    public QaoaCircuit(QaoaCost cost, QaoaMixer? mixer = null, QaoaInitialState? initialState = null)
    {
        ArgumentNullException.ThrowIfNull(cost);
        NumQubits = cost.NumQubits;
        Mixer = mixer ?? QaoaMixer.TransverseField;
        InitialState = initialState ?? QaoaInitialState.UniformSuperposition;
        if (Mixer.MaxQubit >= NumQubits)
        {
            throw new QuantumAppsException($"QAOA mixer touches qubit {Mixer.MaxQubit} but the cost diagonal has only {NumQubits} qubits.");
        }

        InitialState.Validate(NumQubits);
        _state = new QaoaState(cost);
    }

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>The mixer.</summary>
    public QaoaMixer Mixer { get; }

    /// <summary>The start state.</summary>
    public QaoaInitialState InitialState { get; }

    /// <summary>The cost c_b.</summary>
    public QaoaCost Cost => _state.Cost;

    /// <summary>Bytes of every array the simulator holds now (<see cref="QaoaState.AllocatedBytes"/>).</summary>
    public long AllocatedBytes => _state.AllocatedBytes;

    /// <summary>⟨ψ(γ, β)|C|ψ(γ, β)⟩ for depth p = gammas.Length = betas.Length.</summary>
    public double Expectation(ReadOnlySpan<double> gammas, ReadOnlySpan<double> betas)
    {
        Forward(gammas, betas);
        return _state.Expectation();
    }

    /// <summary>⟨C⟩ and its exact gradient (adjoint method) with respect to every γ_k and β_k.</summary>
    public double ExpectationAndGradient(ReadOnlySpan<double> gammas, ReadOnlySpan<double> betas, Span<double> dGammas, Span<double> dBetas)
    {
        if (dGammas.Length != gammas.Length || dBetas.Length != betas.Length)
        {
            throw new ArgumentException("gradient spans must match the angle spans");
        }

        Forward(gammas, betas);
        double energy = _state.SeedCostate();
        for (int k = gammas.Length - 1; k >= 0; k--)
        {
            // The first layer's cost gate need not be undone: nothing before it has a parameter.
            bool undoPhase = k > 0;
            if (Mixer.Kind == QaoaMixerKind.TransverseField)
            {
                var (mixerInner, costInner) = _state.UndoTransverseFieldLayer(gammas[k], betas[k], undoPhase);
                dBetas[k] = 2 * mixerInner;
                dGammas[k] = 2 * costInner;
                continue;
            }

            double sum = 0;
            for (int e = Mixer.Pairs.Count - 1; e >= 0; e--)
            {
                var (a, b) = Mixer.Pairs[e];
                sum += 2 * _state.UndoXyHopping(a, b, betas[k]);
            }

            dBetas[k] = sum;
            dGammas[k] = 2 * _state.CostInner();
            if (undoPhase)
            {
                _state.UndoCostPhase(gammas[k]);
            }
        }

        return energy;
    }

    /// <summary>|ψ_b|² of the QAOA state (a new array).</summary>
    public double[] Probabilities(ReadOnlySpan<double> gammas, ReadOnlySpan<double> betas)
    {
        Forward(gammas, betas);
        return _state.Probabilities();
    }

    /// <summary>
    /// |ψ_b|² of the QAOA state without a new 2^n array after a gradient: they take over the costate's storage
    /// (<see cref="QaoaState.TakeProbabilities"/>), so the peak stays at state + costate.
    /// </summary>
    public IReadOnlyList<double> TakeProbabilities(ReadOnlySpan<double> gammas, ReadOnlySpan<double> betas)
    {
        Forward(gammas, betas);
        return _state.TakeProbabilities();
    }

    /// <summary>The QAOA state amplitudes (a new array).</summary>
    public Complex[] State(ReadOnlySpan<double> gammas, ReadOnlySpan<double> betas)
    {
        Forward(gammas, betas);
        return _state.ToArray();
    }

    private void Forward(ReadOnlySpan<double> gammas, ReadOnlySpan<double> betas)
    {
        if (gammas.Length != betas.Length || gammas.Length < 1)
        {
            throw new QuantumAppsException($"QAOA needs p ≥ 1 and as many γ as β angles, got {gammas.Length} and {betas.Length}.");
        }

        InitialState.Prepare(_state);
        for (int k = 0; k < gammas.Length; k++)
        {
            if (Mixer.Kind == QaoaMixerKind.TransverseField)
            {
                _state.ApplyTransverseFieldLayer(gammas[k], betas[k]);
            }
            else
            {
                _state.ApplyCostPhase(gammas[k]);
                foreach (var (a, b) in Mixer.Pairs)
                {
                    _state.ApplyXyHopping(a, b, betas[k]);
                }
            }
        }
    }
}
