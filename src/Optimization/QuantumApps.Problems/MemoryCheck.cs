using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>Refuses allocations that would not fit, before allocating (house rule: name the bytes needed).</summary>
internal static class MemoryCheck
{
    public static void Ensure(long bytes, string what)
    {
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        long budget = available > 0 ? available / 2 : 4L << 30;
        if (bytes > budget || bytes > Array.MaxLength * 8L)
            throw new QuantumAppsException($"{what} needs {bytes} bytes, more than the {budget} bytes allowed (half of available memory)");
    }
}
