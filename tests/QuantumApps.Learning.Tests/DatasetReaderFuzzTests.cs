using System.IO.Compression;
using System.Text;
using QuantumApps.Learning.Data;
using QuantumApps.TestSupport;
using QuantumApps.TestSupport.Fuzzing;

namespace QuantumApps.Learning.Tests;

/// <summary>
/// The classification CSV reader on seeded mutants (<see cref="ReaderFuzz"/>) of the shipped iris data in both layouts
/// (scikit-learn's, plain with a label column) and gzip-compressed: a dataset or the reader's own error naming the file.
/// </summary>
public sealed class DatasetReaderFuzzTests : IDisposable
{
    /// <summary>Mutants per layout in the test suite.</summary>
    public const int SuiteIterations = 100;

    private readonly string _dir = Directory.CreateTempSubdirectory("qa-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static byte[] Iris => File.ReadAllBytes(RepositoryData.Path("datasets", "iris.csv"));

    private void Fuzz(byte[] original, string name, Func<string, object?> read)
    {
        var s = ReaderFuzz.RunOnFile(original, Path.Combine(_dir, name), FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed, read);
        Assert.True(s.Refused > 0 && s.Parsed > 0, s.ToString());
    }

    [Fact]
    public void ScikitLearnLayout() => Fuzz(Iris, "iris.csv", p => DatasetReader.Read(p));

    [Fact]
    public void PlainLayout()
    {
        // iris with a header row naming the columns, the class as text in column "species".
        var lines = Encoding.UTF8.GetString(Iris).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] names = ["setosa", "versicolor", "virginica"];
        var plain = new StringBuilder("sepal_length,sepal_width,petal_length,petal_width,species\n");
        foreach (var line in lines.Skip(1))
        {
            int comma = line.LastIndexOf(',');
            plain.Append(line[..comma]).Append(',').Append(names[int.Parse(line[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture)]).Append('\n');
        }
        Fuzz(Encoding.UTF8.GetBytes(plain.ToString()), "iris-plain.csv", p => DatasetReader.Read(p, "species"));
    }

    [Fact]
    public void Gzipped()
    {
        var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) z.Write(Iris);
        Fuzz(gz.ToArray(), "iris.csv.gz", p => DatasetReader.Read(p));
    }
}
