using QuantumApps.Simulator;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// What an expensive method will need, known before it starts: the work (qubits and states, subsets), the peak
/// memory in bytes and a rough wall time. Printed by the CLI before QAOA and exact enumeration start.
/// </summary>
/// <param name="Method">CLI name of the method.</param>
/// <param name="Work">The size of the search, e.g. "20 qubits, 2^20 amplitudes, p = 3" or "2^29 cuts (Gray code)".</param>
/// <param name="Bytes">Peak memory in bytes.</param>
/// <param name="Seconds">Estimated wall time (order of magnitude).</param>
public sealed record ResourceEstimate(string Method, string Work, long Bytes, double Seconds)
{
    /// <summary>One line: "method: work, memory X, estimated Y".</summary>
    public override string ToString() => $"{Method}: {Work}, memory {MemoryGuard.FormatBytes(Bytes)}, estimated {FormatSeconds(Seconds)}";

    /// <summary>Seconds as "&lt; 1 s", "12 s", "3.5 min", "2.1 h", "24 days" or "3.1e+07 days".</summary>
    public static string FormatSeconds(double s) =>
        s < 1 ? "< 1 s" : s < 120 ? $"{s:0} s" : s < 7200 ? $"{s / 60:0.0} min" : s < 172800 ? $"{s / 3600:0.0} h"
        : s < 8.64e9 ? $"{s / 86400:0} days" : $"{s / 86400:0.0e+00} days";
}
