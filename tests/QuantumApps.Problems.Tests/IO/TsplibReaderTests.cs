using QuantumApps.TestSupport;
using System.Text;
using QuantumApps.Problems.IO;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Tests.IO;

public class TsplibReaderTests
{
    [Fact]
    public void DistanceFunctions_FollowTsplib95Rules()
    {
        // Hand values from the TSPLIB95 definitions (Reinelt 1995, sec. 2.1–2.5).
        Assert.Equal(5, TsplibDistances.Euclidean2D(0, 0, 3, 4));
        Assert.Equal(1, TsplibDistances.Euclidean2D(0, 0, 1, 1));   // nint(1.414) = 1
        Assert.Equal(2, TsplibDistances.Ceiling2D(0, 0, 1, 1));     // ceil(1.414) = 2
        Assert.Equal(4, TsplibDistances.Att(0, 0, 10, 0));          // r = √10 = 3.16, t = 3 < r ⇒ 4
        Assert.Equal(1, TsplibDistances.Att(0, 0, 3, 1));           // r = 1 exactly, t = 1 ⇒ 1
        Assert.Equal(1, TsplibDistances.Geo(10, 20, 10, 20));       // (int)(0 + 1.0) = 1 for identical points
    }

    [Fact]
    public void Burma14_GeoDistances()
    {
        var t = TsplibReader.ReadTsp(RepositoryData.Graph("burma14.tsp"));
        Assert.Equal("burma14", t.Name);
        Assert.Equal(14, t.CityCount);
        Assert.True(t.Distances.IsSymmetric);
        // Independent oracle: a separate Python 3 (float64) implementation of the TSPLIB95 GEO formula,
        // run on data/graphs/burma14.tsp: d(1,2) = 153 and the identity tour 1..14 has length 4562.
        Assert.Equal(153.0, t.Distances[0, 1]);
        Assert.Equal(4562.0, t.Distances.TourLength(Enumerable.Range(0, 14).ToArray()));
    }

    [Fact]
    public void Gr17_LowerDiagRow()
    {
        var t = TsplibReader.ReadTsp(RepositoryData.Graph("gr17.tsp"));
        // First rows of gr17.tsp EDGE_WEIGHT_SECTION: "0 633 0 257 390 0 91 661 228 0" ⇒ d(2,1)=633, d(3,1)=257, d(3,2)=390, d(4,3)=228.
        Assert.Equal(633, t.Distances[1, 0]);
        Assert.Equal(633, t.Distances[0, 1]);
        Assert.Equal(257, t.Distances[2, 0]);
        Assert.Equal(390, t.Distances[1, 2]);
        Assert.Equal(228, t.Distances[3, 2]);
    }

    [Theory]
    [InlineData("FULL_MATRIX")]
    [InlineData("UPPER_ROW")]
    [InlineData("LOWER_ROW")]
    [InlineData("UPPER_DIAG_ROW")]
    [InlineData("LOWER_DIAG_ROW")]
    [InlineData("UPPER_COL")]
    [InlineData("LOWER_COL")]
    [InlineData("UPPER_DIAG_COL")]
    [InlineData("LOWER_DIAG_COL")]
    public void ExplicitFormats_RoundTripARandomSymmetricMatrix(string format)
    {
        // Oracle: the matrix we serialise ourselves following the TSPLIB95 format definitions.
        const int n = 6;
        var rng = new Random(42);
        var m = new int[n, n];
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) m[i, j] = m[j, i] = rng.Next(1, 100);
        var sb = new StringBuilder($"NAME: r6\nTYPE: TSP\nDIMENSION: {n}\nEDGE_WEIGHT_TYPE: EXPLICIT\nEDGE_WEIGHT_FORMAT: {format}\nEDGE_WEIGHT_SECTION\n");
        int count = 0;
        void Emit(int v) { sb.Append(v).Append(++count % 7 == 0 ? '\n' : ' '); }
        bool col = format.EndsWith("_COL");
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                int i = col ? b : a, j = col ? a : b; // *_COL: column a, running over rows b
                bool take = format switch
                {
                    "FULL_MATRIX" => true,
                    "UPPER_ROW" => j > i,
                    "LOWER_ROW" => j < i,
                    "UPPER_DIAG_ROW" => j >= i,
                    "LOWER_DIAG_ROW" => j <= i,
                    "UPPER_COL" => i < j,
                    "LOWER_COL" => i > j,
                    "UPPER_DIAG_COL" => i <= j,
                    _ => i >= j,
                };
                if (take) Emit(m[i, j]);
            }
        sb.Append("\nEOF\n");
        var t = TsplibReader.ParseTsp(sb.ToString(), "r6.tsp");
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) Assert.Equal(m[i, j], t.Distances[i, j]);
    }

    [Fact]
    public void Explicit_TooFewEntriesNamesLine()
    {
        var text = "NAME: x\nTYPE: TSP\nDIMENSION: 4\nEDGE_WEIGHT_TYPE: EXPLICIT\nEDGE_WEIGHT_FORMAT: UPPER_ROW\nEDGE_WEIGHT_SECTION\n1 2 3\n4 5\nEOF\n";
        var ex = Assert.Throws<QuantumAppsException>(() => TsplibReader.ParseTsp(text, "x.tsp"));
        Assert.Equal("x.tsp:9: EDGE_WEIGHT_SECTION has only 5 of 6 entries (UPPER_ROW, DIMENSION 4)", ex.Message);
    }

    [Fact]
    public void UnsupportedWeightType_IsAClearError()
    {
        var text = "NAME: x\nTYPE: TSP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: MAN_2D\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nEOF\n";
        var ex = Assert.Throws<QuantumAppsException>(() => TsplibReader.ParseTsp(text, "x.tsp"));
        Assert.Contains("unsupported EDGE_WEIGHT_TYPE MAN_2D", ex.Message);
        Assert.StartsWith("x.tsp:4: ", ex.Message); // the EDGE_WEIGHT_TYPE line
    }

    [Fact]
    public void BadCoordinate_NamesFileAndLine()
    {
        var text = "NAME: x\nTYPE: TSP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 1 y\nEOF\n";
        var ex = Assert.Throws<QuantumAppsException>(() => TsplibReader.ParseTsp(text, "x.tsp"));
        Assert.Equal("x.tsp:7: y coordinate 'y' is not a number", ex.Message);
    }

    [Fact]
    public void Vrp_ReadsExplicitAndEuclideanInstances()
    {
        var e = TsplibReader.ReadVrp(RepositoryData.Graph("E-n13-k4.vrp"));
        Assert.Equal(13, e.NodeCount);
        Assert.Equal(6000, e.Capacity);
        Assert.Equal(0, e.Depot);
        Assert.Equal(4, e.VehicleCount); // from the file name E-n13-k4 (NAME is eil13)
        Assert.Equal(1200, e.Demands[1]);
        Assert.Equal(9, e.Distances[1, 0]); // LOWER_ROW first entry
        var p = TsplibReader.ReadVrp(RepositoryData.Graph("P-n16-k8.vrp"));
        Assert.Equal(8, p.VehicleCount);
        Assert.Equal(35, p.Capacity);
        // nodes 1 (30,40) and 2 (37,52): nint(√(49+144)) = nint(13.89) = 14
        Assert.Equal(14, p.Distances[0, 1]);
    }

    [Fact]
    public void Vrp_RejectsDemandAboveCapacity()
    {
        var text = "NAME: v-k1\nTYPE: CVRP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: EUC_2D\nCAPACITY: 5\nNODE_COORD_SECTION\n1 0 0\n2 3 4\nDEMAND_SECTION\n1 0\n2 9\nDEPOT_SECTION\n1\n-1\nEOF\n";
        var ex = Assert.Throws<QuantumAppsException>(() => TsplibReader.ParseVrp(text, "v.vrp"));
        Assert.Contains("exceeds capacity", ex.Message);
    }

    [Fact]
    public void DistanceMatrix_ValueEquality()
    {
        var a = DistanceMatrix.FromFunction(3, (i, j) => i + j);
        var b = DistanceMatrix.FromFunction(3, (i, j) => i + j);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
