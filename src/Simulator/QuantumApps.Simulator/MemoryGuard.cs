using System.Globalization;

namespace QuantumApps.Simulator;

/// <summary>
/// The one memory budget rule of the library, checked before allocating: a use may take a fixed share of the
/// memory the runtime reports as still available (<see cref="AvailableBytes"/>, the GC's total available memory less
/// what is already allocated),
/// optionally capped, and a refusal names what was refused, the bytes it needs and the bytes it may use
/// (<see cref="Describe"/>). The shares of the callers are named here: <see cref="WholeShare"/> for state vectors and
/// diagonals, <see cref="ExhaustiveSearchShare"/> for the tables of exhaustive and dynamic-programming solvers,
/// <see cref="InputDataShare"/> for arrays a reader sizes from a file's header, <see cref="KernelMatrixShare"/> and
/// <see cref="StateTableShare"/> for kernel matrices and prepared feature-map states,
/// <see cref="KrylovShare"/> for a Krylov basis and <see cref="SparseMatrixShare"/> (at most
/// <see cref="SparseMatrixCapBytes"/>) for an optional cached sparse matrix. A 2^n array must moreover be a valid
/// .NET array (<see cref="MaxArrayQubits"/>).
/// </summary>
public static class MemoryGuard
{
    /// <summary>Largest qubit count for which a 2^n array can exist in .NET (Array.MaxLength ≈ 2^31).</summary>
    public const int MaxArrayQubits = 30;

    /// <summary>Share of the available memory a register (state vectors, cost diagonal, eigenvector) may take: all of it.</summary>
    public const double WholeShare = 1.0;

    /// <summary>Share of the available memory the tables of an exhaustive or dynamic-programming solver may take: half.</summary>
    public const double ExhaustiveSearchShare = 0.5;

    /// <summary>
    /// Share of the available memory the arrays a reader sizes from a file's header may take (a TSPLIB distance
    /// matrix, FCIDUMP integrals, a dataset): half, so the work on them still has room.
    /// </summary>
    public const double InputDataShare = 0.5;

    /// <summary>
    /// Share of the available memory a dense n×m kernel (Gram) matrix of a dataset may take: half, so the states or
    /// features it is computed from still fit (<see cref="EnsureMatrixFits"/>).
    /// </summary>
    public const double KernelMatrixShare = 0.5;

    /// <summary>
    /// Share of the available memory a table of prepared feature-map states may take: a quarter (the kernel matrix and
    /// the solver need the rest).
    /// </summary>
    public const double StateTableShare = 0.25;

    /// <summary>Share of the available memory a Krylov basis plus its working vectors may take: 80 %.</summary>
    public const double KrylovShare = 0.8;

    /// <summary>
    /// Share of the available memory an optional cached sparse matrix may take (a quarter; without it the product
    /// runs matrix-free, so it must leave room for the Krylov basis).
    /// </summary>
    public const double SparseMatrixShare = 0.25;

    /// <summary>Cap of an optional cached sparse matrix: 4 GiB, whatever the machine.</summary>
    public const long SparseMatrixCapBytes = 4L << 30;

    /// <summary>Assumed available memory when the runtime reports none (4 GiB).</summary>
    private const long FallbackAvailableBytes = 4L << 30;

    /// <summary>
    /// Memory still available: the GC's total available memory (the heap hard limit, or the machine's memory; 4 GiB when
    /// it reports none) less the managed bytes already allocated (<see cref="GC.GetTotalMemory(bool)"/>), so a request
    /// the size of the whole limit is refused while anything else is alive, instead of passing and running out.
    /// </summary>
    public static long AvailableBytes
    {
        get
        {
            long total = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            if (total <= 0) total = FallbackAvailableBytes;
            return Math.Max(total - GC.GetTotalMemory(forceFullCollection: false), 0);
        }
    }

    /// <summary>
    /// Bytes a use with share <paramref name="share"/> (0 &lt; share ≤ 1) may take out of
    /// <paramref name="availableBytes"/>: ⌊share · available⌋, at most <paramref name="capBytes"/>.
    /// </summary>
    public static long BudgetFrom(long availableBytes, double share, long capBytes = long.MaxValue)
    {
        if (!(share > 0 && share <= 1)) throw new ArgumentOutOfRangeException(nameof(share), share, "a share in (0, 1]");
        return Math.Min(capBytes, (long)(share * availableBytes));
    }

    /// <summary>Bytes a use with share <paramref name="share"/> may take now (<see cref="BudgetFrom"/> of <see cref="AvailableBytes"/>).</summary>
    public static long BudgetBytes(double share = WholeShare, long capBytes = long.MaxValue) =>
        BudgetFrom(AvailableBytes, share, capBytes);

    /// <summary>Bytes needed by <paramref name="copies"/> arrays of 2^n elements of <paramref name="elementBytes"/> bytes.</summary>
    public static long BytesNeeded(int numQubits, int elementBytes, int copies = 1) =>
        numQubits >= 62 ? long.MaxValue : (1L << numQubits) * elementBytes * copies;

    /// <summary>
    /// Throws a <see cref="QuantumAppsException"/> (<see cref="Describe"/>) when <paramref name="bytes"/> exceed the
    /// budget of <paramref name="share"/> of the available memory, at most <paramref name="capBytes"/> (a fixed limit of
    /// the algorithm, e.g. the dense ERI array).
    /// </summary>
    public static void EnsureFits(long bytes, string what, double share = WholeShare, long capBytes = long.MaxValue)
    {
        long available = AvailableBytes;
        long budget = BudgetFrom(available, share, capBytes);
        if (bytes > budget) throw new QuantumAppsException(Describe(what, bytes, budget, available, share, capBytes));
    }

    /// <summary>
    /// Throws a <see cref="QuantumAppsException"/> naming the bytes needed when <paramref name="copies"/> arrays of 2^n
    /// elements of <paramref name="elementBytes"/> bytes would not fit in the available memory (<see cref="WholeShare"/>)
    /// or 2^n exceeds the .NET array limit.
    /// </summary>
    public static void EnsureFits(int numQubits, int elementBytes, string what, int copies = 1)
    {
        if (numQubits < 0) throw new QuantumAppsException($"{what}: negative qubit count {numQubits}");
        long available = AvailableBytes;
        long budget = BudgetFrom(available, WholeShare);
        long need = BytesNeeded(numQubits, elementBytes, copies);
        if (numQubits > MaxArrayQubits || need > budget)
            throw new QuantumAppsException(
                Describe($"{what} on {numQubits} qubits ({copies} × 2^{numQubits} × {elementBytes} bytes)", need, budget, available, WholeShare) +
                (numQubits > MaxArrayQubits ? $"; arrays are limited to 2^{MaxArrayQubits} elements" : ""));
    }

    /// <summary>
    /// Throws a <see cref="QuantumAppsException"/> when a dense <paramref name="rows"/>×<paramref name="columns"/> array
    /// of doubles exceeds <paramref name="share"/> of the available memory or the largest .NET array.
    /// </summary>
    public static void EnsureMatrixFits(long rows, long columns, string what, double share)
    {
        long entries = rows * columns;
        if (entries > Array.MaxLength)
            throw new QuantumAppsException($"{what} ({rows}×{columns}) has more entries than the largest .NET array ({Array.MaxLength.ToString(CultureInfo.InvariantCulture)})");
        EnsureFits(entries * sizeof(double), $"{what} ({rows}×{columns} × 8 bytes)", share);
    }

    /// <summary>
    /// The refusal message of the rule: "{what} needs {bytes} but only {budget} is available" when the budget is all
    /// the available memory, else "… but only {budget} may be used ({share} % of the {available} available[, at most
    /// {cap}])". Byte counts are written in binary units and, for the need, exactly.
    /// </summary>
    public static string Describe(string what, long bytes, long budgetBytes, long availableBytes, double share, long capBytes = long.MaxValue)
    {
        string cap = capBytes < long.MaxValue ? $", at most {FormatBytes(capBytes)}" : "";
        string allowed = budgetBytes >= availableBytes
            ? $"only {FormatBytes(budgetBytes)} is available"
            : $"only {FormatBytes(budgetBytes)} may be used ({(share * 100).ToString("0.##", CultureInfo.InvariantCulture)} % of the {FormatBytes(availableBytes)} available{cap})";
        string exact = bytes == long.MaxValue ? "" : $" ({bytes.ToString(CultureInfo.InvariantCulture)} bytes)";
        return $"{what} needs {FormatBytes(bytes)}{exact} but {allowed}";
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
