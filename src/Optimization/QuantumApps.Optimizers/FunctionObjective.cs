
namespace QuantumApps.Optimizers;

/// <summary>
/// An <see cref="IObjective"/> built from delegates: a value function and optionally a value-and-gradient
/// function. Without the gradient delegate, <see cref="HasGradient"/> is false and gradient-based
/// optimizers refuse the objective.
/// </summary>
public sealed class FunctionObjective : IObjective
{
    private readonly ValueFunction _value;
    private readonly ValueAndGradientFunction? _valueAndGradient;

    /// <summary>Creates the objective of dimension <paramref name="dimension"/> (at least 1).</summary>
    public FunctionObjective(int dimension, ValueFunction value, ValueAndGradientFunction? valueAndGradient = null)
    {
        if (dimension < 1)
        {
            throw new ArgumentException($"Objective dimension must be at least 1, got {dimension}.");
        }

        Dimension = dimension;
        _value = value ?? throw new ArgumentNullException(nameof(value));
        _valueAndGradient = valueAndGradient;
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public bool HasGradient => _valueAndGradient is not null;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => _value(x);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        if (_valueAndGradient is null)
        {
            throw new InvalidOperationException("This objective has no gradient; check HasGradient first.");
        }

        return _valueAndGradient(x, gradient);
    }
}
