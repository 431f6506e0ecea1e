using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>One qelib1 instruction: gate name, one or two qubits (<see cref="B"/> = −1 for one) and real arguments.</summary>
internal readonly record struct QasmInstruction(string Name, int A, int B, double[] Args);
