namespace QuantumApps.Simulator;

/// <summary>
/// Refuses, before allocating, registers whose arrays would not fit: 2^n elements of a given size must
/// fit in the memory the runtime reports as available (GC total available memory), and 2^n must be a
/// valid .NET array length.
/// </summary>
public static class MemoryGuard
{
    /// <summary>Largest qubit count for which a 2^n array can exist in .NET (Array.MaxLength ≈ 2^31).</summary>
    public const int MaxArrayQubits = 30;

    /// <summary>Bytes needed by <paramref name="copies"/> arrays of 2^n elements of <paramref name="elementBytes"/> bytes.</summary>
    public static long BytesNeeded(int numQubits, int elementBytes, int copies = 1) =>
        numQubits >= 62 ? long.MaxValue : (1L << numQubits) * elementBytes * copies;

    /// <summary>Throws a <see cref="QuantumAppsException"/> naming the bytes needed when the arrays would not fit.</summary>
    public static void EnsureFits(int numQubits, int elementBytes, string what, int copies = 1)
    {
        if (numQubits < 0) throw new QuantumAppsException($"{what}: negative qubit count {numQubits}");
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        long need = BytesNeeded(numQubits, elementBytes, copies);
        if (numQubits > MaxArrayQubits || need > available)
            throw new QuantumAppsException(
                $"{what} on {numQubits} qubits needs {FormatBytes(need)} ({copies} × 2^{numQubits} × {elementBytes} bytes) " +
                $"but only {FormatBytes(available)} is available{(numQubits > MaxArrayQubits ? $" and arrays are limited to 2^{MaxArrayQubits} elements" : "")}");
    }

    /// <summary>Human-readable byte count (binary units).</summary>
    public static string FormatBytes(long bytes)
    {
        if (bytes == long.MaxValue) return "more than 8 EiB";
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.Length - 1) { v /= 1024; u++; }
        return $"{v:0.##} {units[u]}";
    }
}
