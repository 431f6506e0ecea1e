using QuantumApps.Optimizers;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// f(x) = −s⟨C⟩ with x = (γ_1, …, γ_p, β_1, …, β_p) and s = +1 when maximising, −1 when minimising, so that
/// optimizers always minimise. The gradient comes from the adjoint sweep of <see cref="QaoaCircuit"/>.
/// </summary>
internal sealed class QaoaObjective(QaoaCircuit circuit, int depth, QaoaSense sense) : IObjective
{
    private readonly double _sign = sense == QaoaSense.Maximize ? -1.0 : 1.0;

    public int Dimension => 2 * depth;

    public bool HasGradient => true;

    public double Value(ReadOnlySpan<double> x) => _sign * circuit.Expectation(x[..depth], x[depth..]);

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        double e = circuit.ExpectationAndGradient(x[..depth], x[depth..], gradient[..depth], gradient[depth..]);
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] *= _sign;
        }

        return _sign * e;
    }
}
