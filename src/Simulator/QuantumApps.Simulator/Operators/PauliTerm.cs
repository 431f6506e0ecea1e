using System.Numerics;

namespace QuantumApps.Simulator.Operators;

/// <summary>One term c·P of a <see cref="PauliSum"/>; in a sum, <see cref="Pauli"/> always has phase i^0.</summary>
public readonly record struct PauliTerm(PauliString Pauli, Complex Coefficient);
