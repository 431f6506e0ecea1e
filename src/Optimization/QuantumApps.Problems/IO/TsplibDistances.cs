namespace QuantumApps.Problems.IO;

/// <summary>
/// The TSPLIB95 distance functions (Reinelt, "TSPLIB 95", section 2), all returning integers as doubles.
/// nint(x) = ⌊x + 0.5⌋ (TSPLIB's (int)(x + 0.5) for the non-negative arguments used here).
/// </summary>
public static class TsplibDistances
{
    /// <summary>TSPLIB's value of π for GEO (deliberately 3.141592, not Math.PI).</summary>
    public const double GeoPi = 3.141592;

    /// <summary>TSPLIB's idealised Earth radius in km for GEO.</summary>
    public const double EarthRadiusKm = 6378.388;

    /// <summary>EUC_2D: nint(√(dx² + dy²)).</summary>
    public static double Euclidean2D(double x1, double y1, double x2, double y2)
    {
        double dx = x1 - x2, dy = y1 - y2;
        return Nint(Math.Sqrt(dx * dx + dy * dy));
    }

    /// <summary>CEIL_2D: ⌈√(dx² + dy²)⌉.</summary>
    public static double Ceiling2D(double x1, double y1, double x2, double y2)
    {
        double dx = x1 - x2, dy = y1 - y2;
        return Math.Ceiling(Math.Sqrt(dx * dx + dy * dy));
    }

    /// <summary>
    /// ATT pseudo-Euclidean: r = √((dx² + dy²)/10), t = nint(r), d = t + 1 if t &lt; r else t.
    /// </summary>
    public static double Att(double x1, double y1, double x2, double y2)
    {
        double dx = x1 - x2, dy = y1 - y2;
        double r = Math.Sqrt((dx * dx + dy * dy) / 10.0);
        double t = Nint(r);
        return t < r ? t + 1 : t;
    }

    /// <summary>
    /// GEO: coordinates are DDD.MM (degrees and minutes, x = latitude, y = longitude). Each is converted to
    /// radians as π·(deg + 5·min/3)/180 with deg = the integer part (truncated toward zero, as in TSPLIB's
    /// reference code) and min = x − deg, π = 3.141592. Then q1 = cos(lon_i − lon_j), q2 = cos(lat_i − lat_j),
    /// q3 = cos(lat_i + lat_j), d = (int)(RRR·acos(½((1+q1)q2 − (1−q1)q3)) + 1) with RRR = 6378.388.
    /// </summary>
    public static double Geo(double x1, double y1, double x2, double y2)
    {
        double lat1 = GeoRadians(x1), lon1 = GeoRadians(y1), lat2 = GeoRadians(x2), lon2 = GeoRadians(y2);
        double q1 = Math.Cos(lon1 - lon2), q2 = Math.Cos(lat1 - lat2), q3 = Math.Cos(lat1 + lat2);
        return (int)(EarthRadiusKm * Math.Acos(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3)) + 1.0);
    }

    private static double GeoRadians(double x)
    {
        double deg = Math.Truncate(x);
        double min = x - deg;
        return GeoPi * (deg + 5.0 * min / 3.0) / 180.0;
    }

    /// <summary>nint(x) = ⌊x + 0.5⌋, kept in double: TSPLIB's (int)(x + 0.5) for x ≥ 0 without the 32-bit overflow of
    /// distances beyond 2^31 (coordinates up to <see cref="QuantumApps.Simulator.IO.InputRange.MaxMagnitude"/>).</summary>
    private static double Nint(double x) => Math.Floor(x + 0.5);
}
