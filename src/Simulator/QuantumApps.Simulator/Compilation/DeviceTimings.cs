namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Durations (seconds) and error rates used by <see cref="HardwareCostModel"/>. A shot costs the circuit's critical-path
/// duration (one-qubit gates <see cref="OneQubitGateSeconds"/>, RZ free as a virtual frame change, two-qubit gates
/// <see cref="TwoQubitGateSeconds"/> per CNOT-equivalent) plus <see cref="ReadoutSeconds"/> plus the
/// <see cref="RepetitionDelaySeconds"/> that lets the qubits relax before the next shot; every distinct circuit
/// (measurement setting) adds <see cref="CircuitOverheadSeconds"/>. The error rates are per-gate error probabilities
/// ε₁ (<see cref="OneQubitGateError"/>, physical one-qubit gates; virtual RZ is error-free), ε₂
/// (<see cref="TwoQubitGateError"/>, per CNOT-equivalent) and the per-qubit readout assignment error ε_ro
/// (<see cref="ReadoutError"/>); 0 means error-free.
/// </summary>
public sealed record DeviceTimings(
    double OneQubitGateSeconds,
    double TwoQubitGateSeconds,
    double ReadoutSeconds,
    double RepetitionDelaySeconds,
    double CircuitOverheadSeconds,
    string Source,
    double OneQubitGateError = 0,
    double TwoQubitGateError = 0,
    double ReadoutError = 0)
{
    /// <summary>
    /// IBM Heron r1 (ibm_torino) calibration snapshot of 2025-02-25 shipped with qiskit-ibm-runtime
    /// (<c>qiskit_ibm_runtime/fake_provider/backends/torino/props_torino.json</c>, commit 1b96212): x/sx gate_length 32 ns,
    /// CZ gate_length 68 ns on most pairs (68–136 ns), readout_length 1560 ns. Error rates from the same file, medians of
    /// the entries read (not the whole file): sx gate_error 2.5e-4 (qubits 81–132; 1.1e-4 … 1.7e-2), CZ gate_error 4.5e-3
    /// (30 coupled pairs; 2.3e-3 … 4.4e-2, one pair at 1 = out of service), readout_error 2.3e-2 (qubits 0–26;
    /// 6e-3 … 0.26). Repetition delay 250 µs: the <c>default_rep_delay</c> of IBM backend configurations (rep_delay_range
    /// 0–500 µs; IBM docs, "Dynamic repetition rate execution": it is backend-specific and user-adjustable). Per-circuit
    /// overhead 0.1 s is our assumption for loading a new circuit/measurement setting (not from a published source).
    /// Uncertainty: gate times and errors vary by about 2× across pairs and generations (Eagle's ECR gates are ~0.5 µs),
    /// the repetition delay dominates and can be lowered, so wall times are order-of-magnitude estimates; a router that
    /// picks the best qubits would see errors below the medians.
    /// </summary>
    public static DeviceTimings IbmHeron { get; } = new(32e-9, 68e-9, 1.56e-6, 250e-6, 0.1,
        "IBM Heron r1 ibm_torino calibration 2025-02-25 (qiskit-ibm-runtime fake_provider props_torino.json): 1q 32 ns, CZ 68 ns, readout 1.56 us; " +
        "median errors of the entries read: sx 2.5e-4, CZ 4.5e-3, readout 2.3e-2; rep_delay 250 us (IBM default_rep_delay); 0.1 s per circuit (assumed)",
        OneQubitGateError: 2.5e-4, TwoQubitGateError: 4.5e-3, ReadoutError: 2.3e-2);
}
