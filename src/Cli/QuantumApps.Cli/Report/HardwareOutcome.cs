namespace QuantumApps.Cli.Report;

/// <summary>
/// Headline numbers of the hardware section for the claims table: device seconds of one H2 energy to ±1.6 mHa on a
/// linear chain, and the largest molecule of the VQE cost table (qubits, FCI and VQE simulation wall time here).
/// </summary>
public sealed record HardwareOutcome(double H2DeviceSeconds, int LargestVqeQubits, double LargestFciSeconds, double LargestVqeSeconds);
