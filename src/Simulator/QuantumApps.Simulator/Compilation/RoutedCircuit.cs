using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// A circuit rewritten for a linear chain: <see cref="Circuit"/> acts on physical qubits, <see cref="SwapCount"/> SWAPs
/// were inserted, and logical qubit q ends on physical qubit <see cref="FinalLayout"/>[q] (measurement results must be
/// relabelled accordingly).
/// </summary>
public sealed record RoutedCircuit(Circuit Circuit, int SwapCount, IReadOnlyList<int> FinalLayout)
{
    public bool Equals(RoutedCircuit? other) =>
        other is not null && Circuit.Equals(other.Circuit) && SwapCount == other.SwapCount && FinalLayout.SequenceEqual(other.FinalLayout);

    public override int GetHashCode() => HashCode.Combine(Circuit, SwapCount);
}
