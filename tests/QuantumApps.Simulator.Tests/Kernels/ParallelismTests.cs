using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Simulator.Tests.Kernels;

/// <summary>
/// The threading policy is immutable and read once; overrides are scoped to the asynchronous flow that takes them,
/// nest, restore on dispose and never leak into concurrently running code.
/// </summary>
public class ParallelismTests
{
    [Fact]
    public void OverridesNestAndRestore()
    {
        var outside = Parallelism.Current;
        using (Parallelism.Override(threads: 3, threshold: 0))
        {
            Assert.Equal(new ParallelPolicy(3, 0), Parallelism.Current);
            using (Parallelism.Override(threads: 1))
            {
                // An omitted value is inherited from the enclosing scope.
                Assert.Equal(new ParallelPolicy(1, 0), Parallelism.Current);
            }
            Assert.Equal(new ParallelPolicy(3, 0), Parallelism.Current);
        }
        Assert.Equal(outside, Parallelism.Current);
        Assert.Equal(Parallelism.Default, outside);
    }

    [Fact]
    public async Task AnOverrideIsInvisibleToConcurrentFlows()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        var scoped = Task.Run(async () =>
        {
            using (Parallelism.Override(threads: 7, threshold: 5))
            {
                entered.Release();
                await release.WaitAsync();
                return Parallelism.Current;
            }
        });
        await entered.WaitAsync();
        // The other flow holds its override right now; this one still sees the default.
        var here = await Task.Run(() => Parallelism.Current);
        release.Release();
        Assert.Equal(new ParallelPolicy(7, 5), await scoped);
        Assert.Equal(Parallelism.Default, here);
        Assert.Equal(Parallelism.Default, Parallelism.Current);
    }

    [Fact]
    public void ThreadsFollowTheThreshold()
    {
        var policy = new ParallelPolicy(4, 1 << 17);
        Assert.Equal(1, policy.ThreadsFor((1 << 17) - 1));
        Assert.Equal(4, policy.ThreadsFor(1 << 17));
        Assert.Equal(1, new ParallelPolicy(1, 0).ThreadsFor(1L << 40));
        using (Parallelism.Override(threads: 2, threshold: 0))
            Assert.Equal(2, Parallelism.ThreadsFor(1));
    }

    [Fact]
    public void ChunksCoverTheRangeOnceAndStartAligned()
    {
        using var policy = Parallelism.Override(threads: 3, threshold: 0);
        var covered = new int[1000];
        var starts = new List<long>();
        Parallelism.For(covered.Length, covered.Length, 64, (s, e) =>
        {
            lock (starts) starts.Add(s);
            for (long i = s; i < e; i++) Interlocked.Increment(ref covered[i]);
        });
        Assert.All(covered, c => Assert.Equal(1, c));
        Assert.All(starts, s => Assert.Equal(0, s % 64));
        Assert.True(starts.Count > 1);
    }

    [Fact]
    public void InvalidOverridesAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Parallelism.Override(threads: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Parallelism.Override(threshold: -1));
        Assert.Equal(Parallelism.Default, Parallelism.Current);
    }
}
