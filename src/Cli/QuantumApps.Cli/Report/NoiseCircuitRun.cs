using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Report;

/// <summary>
/// One H2 (0.74 Å) circuit of the noise section under the depolarizing scan: its key (<c>uccsd</c>, <c>minimal4q</c>,
/// <c>minimal2q</c>), description, the CNOT-level circuit with its optimised parameters and the qubit Hamiltonian it is
/// measured with; the energy error E − E_FCI without noise, at every rate of the scan (<see cref="Errors"/>), and after
/// zero-noise extrapolation (folding at λ = 1, 3, 5; Richardson <see cref="ZneErrors"/>, linear <see cref="ZneLinearErrors"/>);
/// and the same three at the calibration's median error rates (<see cref="NoiseSection.DeviceNoise"/>).
/// </summary>
public sealed record NoiseCircuitRun(
    string Key,
    string Description,
    Circuit Circuit,
    double[] Parameters,
    PauliSum Hamiltonian,
    double NoiselessError,
    IReadOnlyList<double> Errors,
    IReadOnlyList<double> ZneErrors,
    IReadOnlyList<double> ZneLinearErrors,
    double DeviceError,
    double DeviceZneError)
{
    /// <summary>CNOTs of the circuit.</summary>
    public int Cnots => Circuit.CnotCount;

    /// <summary>Qubits of the circuit.</summary>
    public int Qubits => Circuit.NumQubits;

    /// <summary>The largest rate of <paramref name="rates"/> up to which every |error| stays within <paramref name="threshold"/> (0 when the first fails).</summary>
    public static double LargestRateWithin(IReadOnlyList<double> rates, IReadOnlyList<double> errors, double threshold)
    {
        double best = 0;
        for (int i = 0; i < rates.Count; i++)
        {
            if (!(Math.Abs(errors[i]) <= threshold)) break;
            best = rates[i];
        }
        return best;
    }
}
