using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Gradients;

/// <summary>
/// Adjoint differentiation (Jones &amp; Gacon 2020, arXiv:2009.02823, Algorithm 1) of E(θ) = ⟨ψ|H|ψ⟩ with
/// |ψ⟩ = U_N⋯U_1|ψ_0⟩ over the circuit's primitive operations. One forward run gives |ψ⟩; λ = H|ψ⟩. Sweeping
/// k = N…1 with ψ_k = U_k⋯U_1ψ_0 and λ_k = U_{k+1}†⋯U_N†·Hψ:
/// ∂E/∂θ_k = 2·Re⟨λ_k|(∂U_k/∂θ)U_k†|ψ_k⟩, then U_k† is applied to both vectors. For U = exp(−iθ/2·G) this is
/// Im⟨λ_k|G|ψ_k⟩, with G = P (Pauli rotations, RX/RY/RZ, the parts of Rot), |1⟩⟨1|_c⊗σ_t (CRX/CRY/CRZ);
/// a phase shift diag(1, e^{iφ}) gives −2·Im⟨λ|Π_1|ψ⟩ (Π_1 = |1⟩⟨1| on its qubit; U3 is lowered to P(λ)·RY(θ)·P(φ));
/// exp(−iγD) gives 2·Im⟨λ|D|ψ⟩. The chain rule multiplies by the angle's coefficient and sums over every use of a
/// parameter. Cost: three sweeps of O(gates) state updates plus one H application, whatever the parameter count;
/// memory: two state vectors besides the input.
/// </summary>
public static class AdjointDifferentiation
{
    /// <summary>Value and gradient starting from |0…0⟩.</summary>
    public static GradientResult Gradient(Circuit circuit, PauliSum observable, ReadOnlySpan<double> parameters) =>
        Gradient(circuit, StateVector.Zero(circuit.NumQubits), observable, parameters);

    /// <summary>Value and gradient starting from <paramref name="initialState"/> (not modified).</summary>
    public static GradientResult Gradient(Circuit circuit, StateVector initialState, PauliSum observable, ReadOnlySpan<double> parameters)
    {
        circuit.Validate(initialState, parameters);
        CheckObservable(observable, circuit.NumQubits);
        var psi = initialState.Clone();
        circuit.Run(psi, parameters);
        var lambda = psi.ApplyOperator(observable);
        double value = psi.InnerProduct(lambda).Real;
        var grad = new double[circuit.NumParameters];
        var ops = circuit.Operations;
        for (int k = ops.Length - 1; k >= 0; k--)
        {
            var op = ops[k];
            double angle = op.Angle.Evaluate(parameters);
            if (op.IsParameterized)
                grad[op.Angle.ParameterIndex] += op.Angle.Coefficient * Derivative(op, lambda, psi);
            op.ApplyInverse(psi, angle);
            op.ApplyInverse(lambda, angle);
        }
        return new GradientResult(value, grad, "adjoint", 3);
    }

    internal static void CheckObservable(PauliSum observable, int numQubits)
    {
        if (observable.NumQubits > numQubits) throw new QuantumAppsException($"observable acts on {observable.NumQubits} qubits; the circuit has {numQubits}");
        if (!observable.IsHermitian()) throw new QuantumAppsException("the observable must be Hermitian (real Pauli coefficients)");
    }

    /// <summary>dE/dθ of one primitive from the state after it (ψ_k) and the back-propagated λ_k.</summary>
    private static double Derivative(Operation op, StateVector lambda, StateVector psi)
    {
        var l = lambda.Amplitudes;
        var p = psi.Amplitudes;
        return op.Kind switch
        {
            OperationKind.Rotation => GeneratorKernel.PauliElement(l, p, op.Pauli.X, op.Pauli.Z, 0).Imaginary,
            OperationKind.ControlledRotation => GeneratorKernel.PauliElement(l, p, op.Pauli.X, op.Pauli.Z, 1UL << op.Q0).Imaginary,
            OperationKind.PhaseShift => -2 * GeneratorKernel.PauliElement(l, p, 0, 0, 1UL << op.Q0).Imaginary,
            OperationKind.DiagonalPhase => 2 * GeneratorKernel.DiagonalElement(l, p, op.Diagonal!.Values).Imaginary,
            _ => 0,
        };
    }
}
