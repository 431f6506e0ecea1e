using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Ansatz.Compilation;

/// <summary>
/// A circuit routed onto a linear chain of physical qubits. <see cref="Circuit"/> acts on physical qubits;
/// <see cref="FinalLayout"/>[l] is the physical qubit holding logical qubit l at the end (the routed circuit
/// prepares the logical state with its qubits relabelled by this permutation). SWAPs are emitted as 3 CNOTs.
/// </summary>
public sealed record RoutedCircuit(Circuit Circuit, IReadOnlyList<int> FinalLayout, int SwapCount)
{
    public bool Equals(RoutedCircuit? other) =>
        other is not null && Circuit.Equals(other.Circuit) && FinalLayout.SequenceEqual(other.FinalLayout) && SwapCount == other.SwapCount;

    public override int GetHashCode() => HashCode.Combine(Circuit, SwapCount);
}
