using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Compilation;

namespace QuantumApps.Cli.Report;

/// <summary>One workload of the hardware table: the circuit, its cost on one topology, and the classical method it is compared with and its wall time here.</summary>
public sealed record HardwareRow(string Workload, Circuit Circuit, HardwareCost Cost, string ClassicalMethod, double ClassicalSeconds);
