using System.Globalization;

namespace QuantumApps.Simulator.Circuits;

/// <summary>
/// A gate angle that is an affine function of at most one circuit parameter:
/// angle = <see cref="Coefficient"/>·params[<see cref="ParameterIndex"/>] + <see cref="Offset"/>, or the constant
/// <see cref="Offset"/> when <see cref="ParameterIndex"/> is −1. Angles are in radians. A double converts
/// implicitly to a constant angle; <c>default(Angle)</c> is the constant 0.
/// </summary>
public readonly record struct Angle
{
    // Parameter index + 1, so that default(Angle) is a constant rather than a reference to parameter 0.
    private readonly int _slot;

    private Angle(int slot, double coefficient, double offset)
    {
        _slot = slot;
        Coefficient = coefficient;
        Offset = offset;
    }

    /// <summary>Index into the parameter vector, or −1 for a constant angle.</summary>
    public int ParameterIndex => _slot - 1;

    /// <summary>Multiplier of the parameter (0 for a constant).</summary>
    public double Coefficient { get; }

    /// <summary>Added constant (the value of a constant angle).</summary>
    public double Offset { get; }

    /// <summary>The constant angle <paramref name="value"/>.</summary>
    public static Angle Constant(double value) => new(0, 0, value);

    /// <summary>coefficient·params[index] + offset.</summary>
    public static Angle Parameter(int index, double coefficient = 1, double offset = 0)
    {
        if (index < 0) throw new QuantumAppsException($"parameter index must be non-negative, not {index}");
        if (!double.IsFinite(coefficient) || !double.IsFinite(offset)) throw new QuantumAppsException($"angle coefficient and offset must be finite, got {coefficient} and {offset}");
        return new Angle(index + 1, coefficient, offset);
    }

    /// <summary>True when the angle depends on a parameter.</summary>
    public bool IsParameterized => _slot > 0;

    /// <summary>The angle for the given parameter vector.</summary>
    public double Evaluate(ReadOnlySpan<double> parameters) =>
        _slot == 0 ? Offset : Coefficient * parameters[_slot - 1] + Offset;

    /// <summary>The same angle reading parameter index + <paramref name="offset"/>.</summary>
    public Angle ShiftIndex(int offset) => _slot == 0 ? this : Parameter(ParameterIndex + offset, Coefficient, Offset);

    /// <summary>A constant angle.</summary>
    public static implicit operator Angle(double value) => Constant(value);

    /// <summary>"0.5" for constants, "2*p[3]+0.1" style otherwise.</summary>
    public override string ToString()
    {
        string off = Offset.ToString("R", CultureInfo.InvariantCulture);
        if (_slot == 0) return off;
        string c = Coefficient.ToString("R", CultureInfo.InvariantCulture);
        return $"{c}*p[{ParameterIndex}]" + (Offset == 0 ? "" : (Offset > 0 ? "+" : "") + off);
    }
}
