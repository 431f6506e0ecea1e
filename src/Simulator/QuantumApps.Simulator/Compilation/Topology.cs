namespace QuantumApps.Simulator.Compilation;

/// <summary>Qubit connectivity of a device.</summary>
public enum Topology
{
    /// <summary>Every pair of qubits can interact (trapped ions; the logical circuit as written).</summary>
    AllToAll,

    /// <summary>Qubit i couples only to i ± 1; two-qubit gates between distant qubits need SWAPs (<see cref="LinearChainRouter"/>).</summary>
    LinearChain,
}
