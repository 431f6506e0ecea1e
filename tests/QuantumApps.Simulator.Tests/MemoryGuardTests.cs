namespace QuantumApps.Simulator.Tests;

/// <summary>The one memory budget rule: share of the available bytes, optional cap, one refusal message.</summary>
public class MemoryGuardTests
{
    [Fact]
    public void BudgetIsTheShareOfTheAvailableBytesCapped()
    {
        // 8 GiB available: 80 % = 6.4 GiB (6,871,947,673.6 bytes, truncated); a quarter capped at 4 GiB = 2 GiB;
        // of 32 GiB a quarter is 8 GiB, capped to 4 GiB.
        Assert.Equal(6_871_947_673L, MemoryGuard.BudgetFrom(8L << 30, MemoryGuard.KrylovShare));
        Assert.Equal(2L << 30, MemoryGuard.BudgetFrom(8L << 30, MemoryGuard.SparseMatrixShare, MemoryGuard.SparseMatrixCapBytes));
        Assert.Equal(4L << 30, MemoryGuard.BudgetFrom(32L << 30, MemoryGuard.SparseMatrixShare, MemoryGuard.SparseMatrixCapBytes));
        Assert.Throws<ArgumentOutOfRangeException>(() => MemoryGuard.BudgetFrom(1, 0));
    }

    [Fact]
    public void AvailableIsTheLimitLessWhatIsAlreadyAllocated()
    {
        // Independent path: the GC's own figures. An array kept alive lowers what is available, and a request of the
        // whole limit is refused while anything is allocated (it used to pass the guard and then run out of memory).
        long total = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var held = new byte[1 << 20];
        Assert.True(MemoryGuard.AvailableBytes <= total - held.Length, "available should exclude the 1 MiB held");
        Assert.Throws<QuantumAppsException>(() => MemoryGuard.EnsureFits(total, "the whole limit"));
        GC.KeepAlive(held);
    }

    [Fact]
    public void RefusalNamesWhatTheBytesNeededAndTheBudget()
    {
        string m = MemoryGuard.Describe("a table", 3L << 30, 1L << 30, 2L << 30, MemoryGuard.ExhaustiveSearchShare);
        Assert.Equal("a table needs 3 GiB (3221225472 bytes) but only 1 GiB may be used (50 % of the 2 GiB available)", m);
        string capped = MemoryGuard.Describe("an array", 5L << 30, 4L << 30, 16L << 30, MemoryGuard.WholeShare, 4L << 30);
        Assert.Equal("an array needs 5 GiB (5368709120 bytes) but only 4 GiB may be used (100 % of the 16 GiB available, at most 4 GiB)", capped);
        var e = Assert.Throws<QuantumAppsException>(() => MemoryGuard.EnsureFits(long.MaxValue - 1, "an impossible table"));
        Assert.StartsWith("an impossible table needs", e.Message);
        var q = Assert.Throws<QuantumAppsException>(() => MemoryGuard.EnsureFits(40, 16, "a state vector"));
        Assert.Contains("a state vector on 40 qubits", q.Message);
        Assert.Contains("arrays are limited to 2^30 elements", q.Message);
    }
}
