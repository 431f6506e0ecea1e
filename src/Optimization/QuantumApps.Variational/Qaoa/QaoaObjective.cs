using QuantumApps.Optimizers;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// f(x) = −s⟨C⟩/σ with x = (σγ_1, …, σγ_p, β_1, …, β_p) (normalised angles γ' = σγ, σ = <paramref name="scale"/>,
/// <see cref="QaoaCostScale"/>) and s = +1 when maximising, −1 when minimising, so that optimizers always minimise a
/// unit-free function (rescaling every weight by a leaves f and its minimisers unchanged). The gradient comes from the
/// adjoint sweep of <see cref="QaoaCircuit"/>: ∂f/∂γ'_k = −s(∂⟨C⟩/∂γ_k)/σ², ∂f/∂β_k = −s(∂⟨C⟩/∂β_k)/σ.
/// Every evaluation first checks <paramref name="cancellationToken"/> (cancellation throws
/// <see cref="OperationCanceledException"/> out of the optimizer) and afterwards reports to <paramref name="progress"/>.
/// </summary>
internal sealed class QaoaObjective(QaoaCircuit circuit, int depth, QaoaSense sense, double scale, QaoaObjective.Counter counter,
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
        Span<double> gammas = depth <= 256 ? stackalloc double[depth] : new double[depth];
        Unscale(x[..depth], gammas);
        double e = circuit.Expectation(gammas, x[depth..]);
        Report(e);
        return _sign * e / scale;
    }

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Span<double> gammas = depth <= 256 ? stackalloc double[depth] : new double[depth];
        Unscale(x[..depth], gammas);
        double e = circuit.ExpectationAndGradient(gammas, x[depth..], gradient[..depth], gradient[depth..]);
        Report(e);
        for (int i = 0; i < depth; i++)
        {
            gradient[i] *= _sign / (scale * scale);
        }

        for (int i = depth; i < gradient.Length; i++)
        {
            gradient[i] *= _sign / scale;
        }

        return _sign * e / scale;
    }

    private void Unscale(ReadOnlySpan<double> normalised, Span<double> gammas)
    {
        for (int i = 0; i < gammas.Length; i++)
        {
            gammas[i] = normalised[i] / scale;
        }
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
