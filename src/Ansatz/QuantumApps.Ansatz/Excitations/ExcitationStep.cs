namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// One factor exp(Coefficient·θ[ParameterIndex]·(τ − τ†)) of an <see cref="ExcitationAnsatz"/>; several steps may
/// share a parameter (e.g. the α and β halves of a spin-adapted single), and the gradient sums over them.
/// </summary>
public sealed record ExcitationStep(FermionicExcitation Excitation, int ParameterIndex, double Coefficient = 1.0);
