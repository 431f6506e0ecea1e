using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// Refuses the tables of exhaustive and dynamic-programming solvers before allocating, by the Simulator's one rule
/// (<see cref="MemoryGuard"/>, share <see cref="MemoryGuard.ExhaustiveSearchShare"/>), and double arrays longer than
/// .NET allows.
/// </summary>
internal static class MemoryCheck
{
    public static void Ensure(long bytes, string what)
    {
        MemoryGuard.EnsureFits(bytes, what, MemoryGuard.ExhaustiveSearchShare);
        if (bytes > Array.MaxLength * 8L)
            throw new QuantumAppsException($"{what} needs {bytes} bytes, more than the largest .NET array of doubles ({Array.MaxLength * 8L} bytes)");
    }
}
