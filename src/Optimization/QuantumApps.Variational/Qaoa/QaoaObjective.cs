using QuantumApps.Optimizers;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// f(x) = −s⟨C⟩ with x = (γ_1, …, γ_p, β_1, …, β_p) and s = +1 when maximising, −1 when minimising, so that
/// optimizers always minimise. The gradient comes from the adjoint sweep of <see cref="QaoaCircuit"/>.
/// Every evaluation first checks <paramref name="cancellationToken"/> (cancellation throws
/// <see cref="OperationCanceledException"/> out of the optimizer) and afterwards reports to <paramref name="progress"/>.
/// </summary>
internal sealed class QaoaObjective(QaoaCircuit circuit, int depth, QaoaSense sense, QaoaObjective.Counter counter,
    IProgress<QaoaProgress>? progress, CancellationToken cancellationToken) : IObjective
{
    private readonly double _sign = sense == QaoaSense.Maximize ? -1.0 : 1.0;

    /// <summary>Evaluations and the best ⟨C⟩ across all objectives of one driver run.</summary>
    internal sealed class Counter
    {
        public int Evaluations { get; set; }

        public double Best { get; set; } = double.NaN;
    }

    public int Dimension => 2 * depth;

    public bool HasGradient => true;

    public double Value(ReadOnlySpan<double> x)
    {
        cancellationToken.ThrowIfCancellationRequested();
        double e = circuit.Expectation(x[..depth], x[depth..]);
        Report(e);
        return _sign * e;
    }

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        cancellationToken.ThrowIfCancellationRequested();
        double e = circuit.ExpectationAndGradient(x[..depth], x[depth..], gradient[..depth], gradient[depth..]);
        Report(e);
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] *= _sign;
        }

        return _sign * e;
    }

    private void Report(double expectation)
    {
        counter.Evaluations++;
        if (double.IsNaN(counter.Best) || _sign * expectation < _sign * counter.Best)
        {
            counter.Best = expectation;
        }

        progress?.Report(new QaoaProgress(depth, counter.Evaluations, expectation, counter.Best));
    }
}
