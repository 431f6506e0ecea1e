using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.IO;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.IO;

/// <summary>Regression tests of issue 17 for the chemistry readers: numbers outside the representable range, header
/// sizes and primitive counts refused before allocating, a long header line parsed in linear time.</summary>
public class HostileInputTests
{
    private static string H2Fcidump => FcidumpWriter.Format(MoleculeSystems.H2(0.7414).Molecular);

    [Fact]
    public void CoordinatesOutsideTheRangeAreRefusedWithLineAndColumn()
    {
        var e = Assert.Throws<QuantumAppsException>(() => XyzReader.Parse("2\nH2\nH 0 0 0\nH 0 1e308 0.74\n", "h2.xyz"));
        Assert.Equal("h2.xyz:4: coordinate '1e308' is outside the representable range |x| <= 1e15 (column 3)", e.Message);
    }

    [Fact]
    public void IntegralsOutsideTheRangeAreRefusedWithTheLine()
    {
        string[] lines = H2Fcidump.Split('\n');
        int k = Array.FindIndex(lines, l => l.TrimEnd().EndsWith(" 1 1 1 1", StringComparison.Ordinal));
        lines[k] = "1e300 1 1 1 1";
        var e = Assert.Throws<QuantumAppsException>(() => FcidumpReader.Parse(string.Join('\n', lines), "h2.fcidump"));
        Assert.Equal($"h2.fcidump:{k + 1}: integral '1e300' is outside the representable range |x| <= 1e15 (column 1)", e.Message);
    }

    [Fact]
    public void HugeOrbitalCountIsRefusedBeforeAllocating()
    {
        var e = Assert.Throws<QuantumAppsException>(() => FcidumpReader.Parse(" &FCI NORB=500, NELEC=2, MS2=0,\n &END\n 0.5 0 0 0 0\n", "big.fcidump"));
        Assert.StartsWith("big.fcidump:2: NORB=500: the dense two-electron integrals needs 465.66 GiB", e.Message);
    }

    [Fact]
    public void LongHeaderLineIsParsedInLinearTime()
    {
        // 200 000 letters without '=' in the namelist: the look-ahead regex it replaced took seconds on 40 000.
        string text = H2Fcidump.Replace("&FCI", "&FCI " + new string('x', 200_000) + ",", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(2, FcidumpReader.Parse(text, "long.fcidump").NumOrbitals);
        Assert.True(clock.Elapsed.TotalSeconds < 1, $"{clock.Elapsed.TotalSeconds:F2} s");
    }

    [Fact]
    public void PrimitiveCountBeyondTheFileIsRefusedBeforeAllocating()
    {
        var e = Assert.Throws<QuantumAppsException>(() => Gaussian94BasisParser.Parse("H 0\nS 2147483647 1.00\n3.42 0.15\n****\n", "x", "x.gbs"));
        Assert.Equal("x.gbs:2: shell declares 2147483647 primitives but the file has only 3 more line(s)", e.Message);
        var big = Assert.Throws<QuantumAppsException>(() => Gaussian94BasisParser.Parse("H 0\nS 1 1.00\n1e300 0.15\n****\n", "x", "x.gbs"));
        Assert.StartsWith("x.gbs:3: number '1e300' is outside the representable range", big.Message);
    }
}
