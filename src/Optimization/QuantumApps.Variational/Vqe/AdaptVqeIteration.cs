using QuantumApps.Ansatz.Excitations;

namespace QuantumApps.Variational.Vqe;

/// <summary>
/// One ADAPT-VQE growth step: the operator appended (largest |∂E/∂θ| in the pool at the previous optimum), that
/// gradient, the pool gradient norm, and the energy (hartree) after re-optimising all <see cref="NumParameters"/>.
/// </summary>
public sealed record AdaptVqeIteration(int Iteration, FermionicExcitation Operator, double Gradient, double GradientNorm, double Energy, int NumParameters);
