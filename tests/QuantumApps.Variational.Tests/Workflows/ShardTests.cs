using QuantumApps.Variational.Workflows;

namespace QuantumApps.Variational.Tests.Workflows;

public class ShardTests
{
    /// <summary>Law: for every M and N, the N blocks are disjoint, contiguous, cover 0..M−1 once and differ in size by ≤ 1.</summary>
    [Fact]
    public void BlocksPartitionEveryBatch()
    {
        for (int items = 0; items <= 40; items++)
        {
            for (int n = 1; n <= 12; n++)
            {
                int next = 0, min = int.MaxValue, max = 0;
                for (int k = 0; k < n; k++)
                {
                    var (s, e) = new Shard(k, n).Range(items);
                    Assert.Equal(next, s);
                    Assert.True(e >= s);
                    min = Math.Min(min, e - s);
                    max = Math.Max(max, e - s);
                    next = e;
                }
                Assert.Equal(items, next);
                Assert.True(max - min <= 1, $"M={items}, N={n}: sizes {min}..{max}");
            }
        }
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/4", 3, 4)]
    public void ParsesKOverN(string text, int k, int n) => Assert.Equal(new Shard(k, n), Shard.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void RefusesMalformedShards(string text) => Assert.Throws<ArgumentException>(() => Shard.Parse(text));
}
