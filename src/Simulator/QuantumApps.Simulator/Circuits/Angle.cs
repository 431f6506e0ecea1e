namespace QuantumApps.Simulator.Circuits;

/// <summary>
/// A gate angle that is an affine function of at most one circuit parameter:
/// angle = <see cref="Coefficient"/>·params[<see cref="ParameterIndex"/>] + <see cref="Offset"/>, or the constant
/// <see cref="Offset"/> when <see cref="ParameterIndex"/> is −1. Angles are in radians. A double converts
/// implicitly to a constant angle.
/// </summary>
public readonly record struct Angle(int ParameterIndex, double Coefficient, double Offset)
{
    /// <summary>The constant angle <paramref name="value"/>.</summary>
    public static Angle Constant(double value) => new(-1, 0, value);

    /// <summary>coefficient·params[index] + offset.</summary>
    public static Angle Parameter(int index, double coefficient = 1, double offset = 0)
    {
        if (index < 0) throw new QuantumAppsException($"parameter index must be non-negative, not {index}");
        if (!double.IsFinite(coefficient) || !double.IsFinite(offset)) throw new QuantumAppsException($"angle coefficient and offset must be finite, got {coefficient} and {offset}");
        return new Angle(index, coefficient, offset);
    }

    /// <summary>True when the angle depends on a parameter.</summary>
    public bool IsParameterized => ParameterIndex >= 0;

    /// <summary>The angle for the given parameter vector.</summary>
    public double Evaluate(ReadOnlySpan<double> parameters) =>
        ParameterIndex < 0 ? Offset : Coefficient * parameters[ParameterIndex] + Offset;

    /// <summary>A constant angle.</summary>
    public static implicit operator Angle(double value) => Constant(value);

    /// <summary>"0.5" for constants, "2*p[3]+0.1" style otherwise.</summary>
    public override string ToString() => ParameterIndex < 0
        ? Offset.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
        : FormattableString.Invariant($"{Coefficient:R}*p[{ParameterIndex}]{(Offset == 0 ? "" : (Offset > 0 ? "+" : "") + Offset.ToString("R", System.Globalization.CultureInfo.InvariantCulture))}");
}
