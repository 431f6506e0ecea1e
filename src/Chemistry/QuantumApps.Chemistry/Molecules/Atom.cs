namespace QuantumApps.Chemistry.Molecules;

/// <summary>An atom: element and nuclear position in bohr.</summary>
/// <param name="Element">The element (gives Z).</param>
/// <param name="XBohr">x coordinate in bohr.</param>
/// <param name="YBohr">y coordinate in bohr.</param>
/// <param name="ZBohr">z coordinate in bohr.</param>
public sealed record Atom(Element Element, double XBohr, double YBohr, double ZBohr)
{
    /// <summary>Nuclear charge Z.</summary>
    public int AtomicNumber => Element.AtomicNumber;

    /// <summary>Euclidean distance to <paramref name="other"/> in bohr.</summary>
    public double DistanceBohr(Atom other)
    {
        var dx = XBohr - other.XBohr;
        var dy = YBohr - other.YBohr;
        var dz = ZBohr - other.ZBohr;
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }
}
