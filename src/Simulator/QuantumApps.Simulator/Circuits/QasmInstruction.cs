namespace QuantumApps.Simulator.Circuits;

/// <summary>One qelib1 instruction: gate name, one or two qubits (<see cref="B"/> = −1 for one) and real arguments.</summary>
internal readonly record struct QasmInstruction(string Name, int A, int B, double[] Args);
