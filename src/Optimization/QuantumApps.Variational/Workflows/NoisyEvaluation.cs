using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Re-runs a final variational circuit (VQE ansatz or QAOA) under a <see cref="NoiseModel"/>. Gates on more than two
/// qubits (the UCCSD Pauli rotations) are first lowered to CNOT ladders and one-qubit gates
/// (<see cref="CnotLowering"/>), so every noise channel attaches to a one- or two-qubit gate as on hardware. Methods:
/// "density-matrix" (exact, n ≤ <see cref="DensityMatrix.MaxQubits"/>), "trajectories" (seeded Monte Carlo on the state
/// vector) and "auto": the density matrix when n ≤ 12 and its work 4^n × gates is at most
/// <see cref="AutoDensityMatrixWork"/>, trajectories otherwise.
/// </summary>
public static class NoisyEvaluation
{
    /// <summary>Default number of trajectories (trajectory method and the noisy shot estimate).</summary>
    public const int DefaultTrajectories = 200;

    /// <summary>
    /// Largest 4^n × gate count "auto" gives the density matrix: 2^30 density-matrix entry updates, about 10 s at the
    /// ~8 ns per entry and gate measured for LiH (10 qubits, 1376-CNOT UCCSD circuit: 28 s on 2 cores). A 12-qubit UCCSD
    /// circuit (~7000 CNOTs) would take over half an hour; trajectories take seconds.
    /// </summary>
    public const double AutoDensityMatrixWork = 1L << 30;

    private static readonly (NoiseMethod Method, string Name)[] MethodTable =
        [(NoiseMethod.Auto, "auto"), (NoiseMethod.DensityMatrix, "density-matrix"), (NoiseMethod.Trajectories, "trajectories")];

    /// <summary>Accepted method names (the one name table of <see cref="NoiseMethod"/>).</summary>
    public static IReadOnlyList<string> Methods { get; } = MethodTable.Select(m => m.Name).ToArray();

    /// <summary>The text name of <paramref name="method"/>.</summary>
    public static string MethodName(NoiseMethod method) => MethodTable.First(m => m.Method == method).Name;

    /// <summary>Parses a method name (case-sensitive, as documented); throws a one-line error listing the valid names.</summary>
    public static NoiseMethod ParseMethod(string method) =>
        MethodTable.FirstOrDefault(m => m.Name == method) is { Name: not null } hit ? hit.Method
            : throw new QuantumAppsException($"--noise-method must be one of {string.Join(", ", Methods)}, not '{method}'");

    /// <summary>Parses a --noise spec (null = no noise evaluation); errors are one-line <see cref="QuantumAppsException"/>s.</summary>
    public static NoiseModel? ParseSpec(string? spec, string option = "--noise")
    {
        if (spec is null) return null;
        try
        {
            return NoiseModel.Parse(spec);
        }
        catch (QuantumAppsException e)
        {
            throw new QuantumAppsException($"{option}: {e.Message}");
        }
    }

    /// <summary>Checks a trajectory count (at least 2, for a standard error).</summary>
    public static void Validate(int trajectories)
    {
        if (trajectories < 2) throw new QuantumAppsException($"--trajectories must be at least 2 (for a standard error), got {trajectories}");
    }

    /// <summary>Checks a trajectory count and a method name (string form used by the QAOA runners).</summary>
    public static void Validate(int trajectories, string method)
    {
        Validate(trajectories);
        ParseMethod(method);
    }

    /// <summary>The circuit with every gate on more than two qubits lowered to CNOTs and one-qubit gates (unchanged when none).</summary>
    public static Circuit HardwareGates(Circuit circuit) =>
        circuit.Gates.Any(g => g.Qubits.Count > 2) ? CnotLowering.Lower(circuit) : circuit;

    /// <summary>The method "auto" picks for a (lowered) circuit: "density-matrix" or "trajectories".</summary>
    public static string AutoMethod(Circuit gates) => MethodName(AutoKind(gates));

    private static NoiseMethod AutoKind(Circuit gates) =>
        gates.NumQubits <= DensityMatrix.MaxQubits && Math.Pow(4, gates.NumQubits) * Math.Max(1, gates.Gates.Count) <= AutoDensityMatrixWork
            ? NoiseMethod.DensityMatrix : NoiseMethod.Trajectories;

    /// <summary>String form of <see cref="Evaluate(Circuit, IReadOnlyList{double}, PauliSum, NoiseModel, int, int?, Random, NoiseMethod)"/> (QAOA runners).</summary>
    public static NoisyEnergy Evaluate(Circuit circuit, IReadOnlyList<double> parameters, PauliSum h, NoiseModel noise, int trajectories, int? shots, Random rng,
        string method) => Evaluate(circuit, parameters, h, noise, trajectories, shots, rng, ParseMethod(method));

    /// <summary>
    /// Evaluates ⟨H⟩ of <paramref name="circuit"/> at <paramref name="parameters"/> under <paramref name="noise"/> by
    /// <paramref name="method"/> (see the class remarks; "density-matrix" above 12 qubits is refused with the memory
    /// needed); with <paramref name="shots"/>, also the sampled estimate (shots spread over at most
    /// <paramref name="trajectories"/> trajectories). All randomness comes from <paramref name="rng"/>.
    /// </summary>
    public static NoisyEnergy Evaluate(Circuit circuit, IReadOnlyList<double> parameters, PauliSum h, NoiseModel noise, int trajectories, int? shots, Random rng,
        NoiseMethod method = NoiseMethod.Auto)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(noise);
        Validate(trajectories);
        var gates = HardwareGates(circuit);
        var op = h.WithNumQubitsAtLeast(gates.NumQubits);
        var p = parameters.ToArray();
        NoisyEnergy result;
        if ((method == NoiseMethod.Auto ? AutoKind(gates) : method) == NoiseMethod.DensityMatrix)
            result = new NoisyEnergy(noise.ToString(), "density-matrix", NoisyEstimator.Exact(gates, p, op, noise), null, null);
        else
        {
            var t = TrajectorySimulator.Expectation(gates, p, op, noise, trajectories, rng);
            result = new NoisyEnergy(noise.ToString(), "trajectories", t.Mean, t.StandardError, t.Trajectories);
        }
        if (shots is not int s) return result;
        int groups = Math.Max(1, QubitWiseGrouping.Group(op).Count);
        int shotTrajectories = Math.Clamp(s / (2 * groups), 2, trajectories);
        int total = Math.Max(s, shotTrajectories * 2 * groups);
        var e = NoisyEstimator.Estimate(gates, p, op, noise, total, shotTrajectories, rng);
        return result with { Shots = e.TotalShots, ShotTrajectories = e.Trajectories, ShotEnergy = e.Mean, ShotStandardError = e.StandardError };
    }
}
