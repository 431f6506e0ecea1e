using QuantumApps.Variational.Vqe;


namespace QuantumApps.Variational.Workflows;

/// <summary>
/// A molecular VQE result (<see cref="VqeMethod.Run"/>): energy (hartree) at the best parameters, counts, stop reason and the
/// resource report; <see cref="ShotMean"/>/<see cref="StandardError"/> when --shots was given; <see cref="Operators"/>
/// lists ADAPT-VQE's chosen excitations ("(i,j->a,b)" spin orbitals) in order; <see cref="Circuit"/> is the
/// gate-level ansatz circuit (same parameter vector); <see cref="Noisy"/> the final circuit's energy under --noise;
/// <see cref="Starts"/> the number of seeded starts run (the hardware-efficient ansatz restarts when a start ends on the
/// Hartree–Fock energy, <see cref="VqeMethod.HeaMaxStarts"/>).
/// </summary>
public sealed record VqeMethodResult(
    string Ansatz,
    string Optimizer,
    double Energy,
    IReadOnlyList<double> Parameters,
    int Evaluations,
    int GradientEvaluations,
    int Iterations,
    bool Converged,
    string ExitReason,
    double Seconds,
    VqeResources Resources,
    int? Shots,
    double? ShotMean,
    double? StandardError,
    IReadOnlyList<string>? Operators,
    QuantumApps.Simulator.Circuits.Circuit Circuit,
    NoisyEnergy? Noisy = null,
    int Starts = 1)
{
    public bool Equals(VqeMethodResult? other) =>
        other is not null && Ansatz == other.Ansatz && Optimizer == other.Optimizer && Energy.Equals(other.Energy)
        && Parameters.SequenceEqual(other.Parameters) && Evaluations == other.Evaluations && ExitReason == other.ExitReason
        && Resources == other.Resources && Shots == other.Shots && ShotMean == other.ShotMean && StandardError == other.StandardError
        && (Operators ?? []).SequenceEqual(other.Operators ?? []) && Noisy == other.Noisy;

    public override int GetHashCode() => HashCode.Combine(Ansatz, Optimizer, Energy, Evaluations);
}
