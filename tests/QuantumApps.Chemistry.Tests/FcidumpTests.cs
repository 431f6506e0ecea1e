using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Tests;

public class FcidumpTests
{
    /// <summary>Reference values printed with 10 decimals.</summary>
    private const double ReferenceTolerance = 1e-8;

    /// <summary>
    /// The file stores one element per symmetry class (symmetry partners in memory can differ in the last bit)
    /// and omits |value| ≤ 1e-15; everything else is written in round-trip format.
    /// </summary>
    private const double FileTolerance = 1e-14;

    [Fact]
    public void RoundTripIsExact()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz"), FrozenCore: "auto")).Hamiltonian;
        var text = FcidumpWriter.Format(h);
        var back = FcidumpReader.Parse(text, "h2o.fcidump");
        Assert.Equal(h.Constant, back.Constant);
        Assert.Equal(h.NumOrbitals, back.NumOrbitals);
        Assert.Equal(h.NumAlpha, back.NumAlpha);
        Assert.Equal(h.NumBeta, back.NumBeta);
        for (var i = 0; i < h.OneBody.Length; i++)
        {
            Assert.Equal(h.OneBody[i], back.OneBody[i], FileTolerance);
        }

        for (var i = 0; i < h.TwoBody.Length; i++)
        {
            Assert.Equal(h.TwoBody[i], back.TwoBody[i], FileTolerance);
        }

        // Values are written in round-trip format, so a second write reproduces the file byte for byte.
        Assert.Equal(text, FcidumpWriter.Format(back));

        // psi4 1.3.2 frozen-core MP2 for H2O STO-3G (see ReferenceEnergyTests) from the file alone.
        Assert.Equal(-74.9984690798, Mp2.Compute(back).TotalEnergy, ReferenceTolerance);
    }

    [Fact]
    public void WriterEmitsOnlyUniqueIntegrals()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"))).Hamiltonian;
        var lines = FcidumpWriter.Format(h).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(4).ToArray();
        var n = h.NumOrbitals;
        var pairs = n * (n + 1) / 2;
        Assert.True(lines.Length <= pairs * (pairs + 1) / 2 + pairs + 1);
        Assert.EndsWith(" 0 0 0 0", lines[^1]);
        Assert.StartsWith(" &FCI NORB=6,NELEC=4,MS2=0,", FcidumpWriter.Format(h));
    }

    [Fact]
    public void PyscfStyleFileIsRead()
    {
        // Hand-written 2-orbital file in PySCF layout (header split over lines, Fortran D exponent, orbital energy line).
        const string text = """
             &FCI NORB=  2,NELEC= 2,MS2=0,
              ORBSYM=1,1,
              ISYM=1,
             &END
             0.6757101548 1 1 1 1
             0.6645817869 2 2 1 1
             0.1809311997 2 1 2 1
             0.6985537934 2 2 2 2
            -1.2524635735D+00 1 1 0 0
            -0.4759487172 2 2 0 0
            -0.578 1 0 0 0
             0.7137539936876 0 0 0 0
            """;
        var h = FcidumpReader.Parse(text, "h2.fcidump");
        Assert.Equal(2, h.NumOrbitals);
        Assert.Equal(1, h.NumAlpha);
        Assert.Equal(-1.2524635735, h.H(0, 0));
        Assert.Equal(0.1809311997, h.G(1, 0, 0, 1));
        Assert.Equal(0.6645817869, h.G(0, 0, 1, 1));
        Assert.Equal(0.6645817869, h.G(1, 1, 0, 0));
        Assert.Equal(0.1809311997, h.G(0, 1, 1, 0));
        Assert.Equal(0.7137539936876, h.Constant);
        // Independent path for the reference energy of one doubly occupied orbital: E = c + 2 h_11 + (11|11).
        Assert.Equal(0.7137539936876 + 2 * -1.2524635735 + 0.6757101548, ClosedShellReference.Energy(h), ReferenceTolerance);
    }

    [Fact]
    public void Ms2SetsAlphaAndBeta()
    {
        var h = FcidumpReader.Parse(" &FCI NORB=2,NELEC=2,MS2=2 /\n 1.0 1 1 0 0\n 0.0 0 0 0 0\n", "t.fcidump");
        Assert.Equal(2, h.NumAlpha);
        Assert.Equal(0, h.NumBeta);
    }

    [Theory]
    [InlineData(" &FCI NORB=2,NELEC=2,MS2=0,\n &END\n 0.5 1 3 1 1\n", "t.fcidump:3: index '3' (column 3)")]
    [InlineData(" &FCI NORB=2,NELEC=2,MS2=0,\n &END\n 0.5x 1 1 1 1\n", "t.fcidump:3: malformed value '0.5x'")]
    [InlineData(" &FCI NORB=2,NELEC=2,MS2=0,\n &END\n 0.5 1 1 1\n", "t.fcidump:3: expected 'value i j k l'")]
    [InlineData(" &FCI NELEC=2,MS2=0,\n &END\n", "header lacks NORB=")]
    [InlineData(" &FCI NORB=2,NELEC=2,MS2=1,\n &END\n", "MS2=1 is inconsistent")]
    [InlineData(" &FCI NORB=2,NELEC=2,MS2=0,\n 0.5 1 1 1 1\n", "not terminated")]
    [InlineData("NORB=2\n", "t.fcidump:1: expected the '&FCI' namelist header")]
    [InlineData(" &FCI NORB=2,NELEC=2,MS2=0,\n &END\n 0.5 1 0 1 0\n", "t.fcidump:3: index pattern 1 0 1 0")]
    [InlineData(" &FCI NORB=2,NELEC=2,MS2=0,\n &END\n 0.5 1 1 1 1\n -1.2 1 1 0 0\n", "t.fcidump:4: no core-energy line")]
    public void MalformedFilesAreRejectedWithLine(string text, string expected)
    {
        var e = Assert.Throws<QuantumAppsException>(() => FcidumpReader.Parse(text, "t.fcidump"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void WriteFileIsAtomicAndReadable()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2.xyz"))).Hamiltonian;
        var dir = Directory.CreateTempSubdirectory("qa-fcidump");
        try
        {
            var path = Path.Combine(dir.FullName, "h2.fcidump");
            FcidumpWriter.Write(path, h);
            FcidumpWriter.Write(path, h);
            Assert.Single(Directory.GetFiles(dir.FullName));
            Assert.Equal(h.OneBody, FcidumpReader.ReadFile(path).OneBody);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
