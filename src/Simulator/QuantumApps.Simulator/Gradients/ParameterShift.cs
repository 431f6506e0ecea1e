using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Gradients;

/// <summary>
/// Parameter-shift gradients: every derivative from exact expectation values at shifted angles, the rule a
/// device would use. Per primitive operation (see <see cref="AdjointDifferentiation"/> for the lowering):
/// <list type="bullet">
/// <item>exp(−iθ/2·P) with P² = I (RX, RY, RZ, Rot's parts, Pauli rotations) and the phase shift (= RZ up to a global
/// phase, so also U3's φ, λ): dE/dθ = [E(θ + π/2) − E(θ − π/2)]/2 (Mitarai et al. 2018; Schuld et al. 2019).</item>
/// <item>CRX/CRY/CRZ (generator eigenvalues 0, ±½): the four-term rule
/// dE/dθ = c₊[E(θ + π/2) − E(θ − π/2)] − c₋[E(θ + 3π/2) − E(θ − 3π/2)], c± = (√2 ± 1)/(4√2)
/// (Anselmetti et al. 2021, New J. Phys. 23 113010; PennyLane's CRX rule).</item>
/// <item>exp(−iγD): D = Σ_t c_t Z_t is a product of commuting rotations exp(−i(2γc_t)/2·Z_t), so
/// dE/dγ = Σ_t c_t [E_t(+π/2) − E_t(−π/2)], where E_t(s) applies an extra exp(−is/2·Z_t) (2 runs per Z term).</item>
/// </list>
/// The chain rule multiplies each by the angle's coefficient. Cost: 2 (or 4, or 2 per Z term) circuit runs per
/// parameterised primitive.
/// </summary>
public static class ParameterShift
{
    private static readonly double CPlus = (Math.Sqrt(2) + 1) / (4 * Math.Sqrt(2));
    private static readonly double CMinus = (Math.Sqrt(2) - 1) / (4 * Math.Sqrt(2));

    /// <summary>Value and gradient starting from |0…0⟩.</summary>
    public static GradientResult Gradient(Circuit circuit, PauliSum observable, ReadOnlySpan<double> parameters) =>
        Gradient(circuit, StateVector.Zero(circuit.NumQubits), observable, parameters);

    /// <summary>Value and gradient starting from <paramref name="initialState"/> (not modified).</summary>
    public static GradientResult Gradient(Circuit circuit, StateVector initialState, PauliSum observable, ReadOnlySpan<double> parameters)
    {
        circuit.Validate(initialState, parameters);
        AdjointDifferentiation.CheckObservable(observable, circuit.NumQubits);
        var work = initialState.Clone();
        int runs = 0;
        double Eval(ReadOnlySpan<double> p, int op, double shift, PauliString pauli)
        {
            work.CopyFrom(initialState);
            circuit.RunShifted(work, p, op, shift, pauli);
            runs++;
            return work.Expectation(observable);
        }

        double value = Eval(parameters, -1, 0, default);
        var grad = new double[circuit.NumParameters];
        var ops = circuit.Operations;
        const double h = Math.PI / 2;
        for (int k = 0; k < ops.Length; k++)
        {
            var op = ops[k];
            if (!op.IsParameterized) continue;
            double d;
            switch (op.Kind)
            {
                case OperationKind.ControlledRotation:
                    d = CPlus * (Eval(parameters, k, h, default) - Eval(parameters, k, -h, default))
                        - CMinus * (Eval(parameters, k, 3 * h, default) - Eval(parameters, k, -3 * h, default));
                    break;
                case OperationKind.DiagonalPhase:
                    d = 0;
                    foreach (var t in op.DiagonalTerms!.Terms)
                    {
                        if (t.Pauli.IsIdentity) continue;
                        d += t.Coefficient.Real * (Eval(parameters, k, h, t.Pauli) - Eval(parameters, k, -h, t.Pauli));
                    }
                    break;
                default:
                    d = (Eval(parameters, k, h, default) - Eval(parameters, k, -h, default)) / 2;
                    break;
            }
            grad[op.Angle.ParameterIndex] += op.Angle.Coefficient * d;
        }
        return new GradientResult(value, grad, "parameter-shift", runs);
    }
}
