namespace QuantumApps.Simulator.Tests;

/// <summary><see cref="MemoryGuard.EnsureMatrixFits"/>: the kernel-matrix and input shares go through the one budget rule.</summary>
public class MemoryGuardMatrixTests
{
    [Fact]
    public void SmallMatrixFits() => MemoryGuard.EnsureMatrixFits(1000, 1000, "a kernel matrix", MemoryGuard.KernelMatrixShare);

    [Fact]
    public void MatrixAboveTheShareIsRefusedWithTheFigures()
    {
        // The smallest square matrix above this machine's budget (or above the .NET array limit when that is smaller).
        long budget = MemoryGuard.BudgetBytes(MemoryGuard.KernelMatrixShare);
        long n = (long)Math.Ceiling(Math.Sqrt(budget / 8.0)) + 1;
        var e = Assert.Throws<QuantumAppsException>(() => MemoryGuard.EnsureMatrixFits(n, n, "a kernel matrix", MemoryGuard.KernelMatrixShare));
        Assert.StartsWith($"a kernel matrix ({n}×{n}", e.Message);
        Assert.True(e.Message.Contains($"needs {MemoryGuard.FormatBytes(n * n * 8)}") || e.Message.Contains("largest .NET array"), e.Message);
    }

    [Fact]
    public void EntriesBeyondTheLargestArrayAreRefusedWhateverTheMemory()
    {
        var e = Assert.Throws<QuantumAppsException>(() => MemoryGuard.EnsureMatrixFits(100_000, 100_000, "a distance matrix", MemoryGuard.InputDataShare));
        Assert.Contains("largest .NET array", e.Message);
    }
}
