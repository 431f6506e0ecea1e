namespace QuantumApps.Simulator.Execution;

/// <summary>
/// How <see cref="Circuits.Circuit.Run(States.StateVector, ReadOnlySpan{double})"/> applies a circuit: gate by gate
/// (one sweep over the state per primitive operation) or through an <see cref="ExecutionPlan"/> that fuses runs of
/// one-qubit gates into one 2×2 matrix and applies every gate whose qubits fit in a cache-sized block of
/// 2^<see cref="ExecutionPolicy.BlockQubits"/> amplitudes block by block, so such a group of gates costs one streaming
/// pass over memory instead of one per gate (see <see cref="CircuitPlanner"/>). The planned path is used when fusion is
/// on, the plan has fewer passes than the gate-by-gate path, and either the register has at least
/// <see cref="ExecutionPolicy.BlockQubits"/> + <see cref="MinBlockCountQubits"/> qubits (a smaller state is served
/// from cache, so fewer memory passes alone buy little) or it has at least <see cref="MinTileQubits"/> qubits, the plan
/// holds RX/CNOT tiles (<see cref="TileBuilder"/>) and the tile kernel is available: tiles cut the arithmetic and cache
/// traffic inside a block, which pays on a cache-resident state too (HEA layer at 12, 16, 20 qubits about 4× faster
/// than gate by gate, docs/benchmarks.md).
/// <para>
/// The process-wide default is read once: fusion is on unless <see cref="FusionVariable"/> is <c>0</c>, <c>off</c> or
/// <c>false</c>; the block size is <see cref="DefaultBlockQubits"/>. <c>using (CircuitExecution.Override(fusion: false))
/// { … }</c> changes it for the current asynchronous flow only (as <see cref="Kernels.Parallelism.Override"/> does).
/// </para>
/// </summary>
public static class CircuitExecution
{
    /// <summary>Environment variable that disables fusion and cache blocking when set to 0, off or false.</summary>
    public const string FusionVariable = "QUANTUMAPPS_FUSION";

    /// <summary>
    /// Block size in qubits: 2^16 amplitudes = 1 MiB, about one core's L2 cache on this machine type (AMD EPYC). Chosen
    /// by measurement (docs/benchmarks.md, "Gate fusion and cache blocking (#16)"): for the 24-qubit HEA layer 2^16 and
    /// 2^17 were fastest, 2^14 and 2^15 needed more passes; at 20 qubits the sizes 2^14–2^17 were within noise.
    /// </summary>
    public const int DefaultBlockQubits = 16;

    /// <summary>
    /// Fewest low qubits (0 … m−1) every block contains, so that a block gathered from the state is made of contiguous
    /// runs of at least 2^m amplitudes (2^6 × 16 bytes = 1 KiB: whole cache lines and hardware-prefetcher friendly).
    /// </summary>
    public const int DefaultMinLowQubits = 6;

    /// <summary>
    /// The planned path is used from BlockQubits + 6 qubits on (2^22 amplitudes = 64 MiB with the default block, twice
    /// the 32 MiB L3): below that, gate-by-gate passes are served from the L3 and a plan without tiles measured no
    /// faster (HEA layer at 20 qubits: 0.7–1.2× in alternating runs; at 22 qubits 2.5–2.9×, docs/benchmarks.md).
    /// </summary>
    public const int MinBlockCountQubits = 6;

    /// <summary>
    /// Below BlockQubits + <see cref="MinBlockCountQubits"/> qubits the plan is used only when it contains tiles (RX
    /// and CNOT runs applied by <see cref="Kernels.RxTileKernel"/> in one register sweep, which pays even on a
    /// cache-resident state), the tile kernel is available (AVX-512), and the register has at least this many qubits
    /// (at 12 and 16 qubits every fused circuit of the fusion bench measured as fast as or faster than gate by gate;
    /// smaller states were not measured, and there a plan's set-up is a larger share).
    /// </summary>
    public const int MinTileQubits = 12;

    /// <summary>Whether a circuit on <paramref name="numQubits"/> qubits may run through a plan under <paramref name="policy"/>.</summary>
    internal static bool MayPlan(int numQubits, ExecutionPolicy policy) =>
        numQubits >= policy.BlockQubits + MinBlockCountQubits || numQubits >= MinTileQubits && Kernels.RxTileKernel.IsSupported;

    private static readonly AsyncLocal<ExecutionPolicy?> Scoped = new();

    /// <summary>The process-wide policy, read once from the environment.</summary>
    public static ExecutionPolicy Default { get; } = new(FusionFromEnvironment(), DefaultBlockQubits, DefaultMinLowQubits);

    /// <summary>The policy in force: the innermost <see cref="Override"/> of this flow, else <see cref="Default"/>.</summary>
    public static ExecutionPolicy Current => Scoped.Value ?? Default;

    /// <summary>
    /// Replaces the policy for the current asynchronous flow until the returned scope is disposed; omitted values are
    /// taken from <see cref="Current"/>.
    /// </summary>
    /// <param name="fusion">Whether circuits may run through a plan.</param>
    /// <param name="blockQubits">Block size in qubits (1..30).</param>
    /// <param name="minLowQubits">Fewest low qubits per block (0..<paramref name="blockQubits"/>).</param>
    public static IDisposable Override(bool? fusion = null, int? blockQubits = null, int? minLowQubits = null)
    {
        var outer = Scoped.Value;
        var current = outer ?? Default;
        int b = blockQubits ?? current.BlockQubits;
        int m = minLowQubits ?? Math.Min(current.MinLowQubits, b);
        if (b is < 1 or > 30) throw new ArgumentOutOfRangeException(nameof(blockQubits), b, "a block of 1..30 qubits");
        if (m < 0 || m > b) throw new ArgumentOutOfRangeException(nameof(minLowQubits), m, "0..blockQubits low qubits");
        Scoped.Value = new ExecutionPolicy(fusion ?? current.Fusion, b, m);
        return new Scope(outer);
    }

    private static bool FusionFromEnvironment()
    {
        string? v = Environment.GetEnvironmentVariable(FusionVariable)?.Trim();
        return !(v is not null && (v == "0" || v.Equals("off", StringComparison.OrdinalIgnoreCase) || v.Equals("false", StringComparison.OrdinalIgnoreCase)));
    }

    private sealed class Scope(ExecutionPolicy? outer) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Scoped.Value = outer;
        }
    }
}
