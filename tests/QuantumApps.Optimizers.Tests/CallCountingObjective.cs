using QuantumApps.Optimizers;

namespace QuantumApps.Optimizers.Tests;

/// <summary>Independent call counter used to check that optimizers report evaluation counts honestly.</summary>
internal sealed class CallCountingObjective(IObjective inner) : IObjective
{
    public int ValueCalls { get; private set; }

    public int GradientCalls { get; private set; }

    public int Dimension => inner.Dimension;

    public bool HasGradient => inner.HasGradient;

    public double Value(ReadOnlySpan<double> x)
    {
        ValueCalls++;
        return inner.Value(x);
    }

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        GradientCalls++;
        return inner.ValueAndGradient(x, gradient);
    }
}
