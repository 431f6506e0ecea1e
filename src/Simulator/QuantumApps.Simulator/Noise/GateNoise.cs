using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Noise;

/// <summary>Shared rules of how a <see cref="NoiseModel"/> attaches to the gates of a circuit.</summary>
internal static class GateNoise
{
    /// <summary>Refuses gate noise on circuits that contain gates on more than two qubits (the model defines none for them).</summary>
    internal static void Validate(Circuit circuit, NoiseModel noise)
    {
        if (noise.IsGateNoiseless) return;
        for (int g = 0; g < circuit.Gates.Count; g++)
        {
            var gate = circuit.Gates[g];
            if (gate.Qubits.Count > 2)
                throw new QuantumAppsException($"gate {g} ({gate}) acts on {gate.Qubits.Count} qubits; the noise model defines channels for one- and two-qubit gates only — decompose it into CNOTs and rotations first");
        }
    }

    /// <summary>
    /// For each gate g, the operation indices [starts[g], starts[g + 1]) it is lowered to (operations are stored in
    /// gate order).
    /// </summary>
    internal static int[] OperationStarts(Circuit circuit)
    {
        var ops = circuit.Operations;
        var starts = new int[circuit.Gates.Count + 1];
        int k = 0;
        for (int g = 0; g < circuit.Gates.Count; g++)
        {
            starts[g] = k;
            while (k < ops.Length && ops[k].GateIndex == g) k++;
        }
        starts[circuit.Gates.Count] = k;
        if (k != ops.Length) throw new InvalidOperationException("circuit operations are not in gate order");
        return starts;
    }

    /// <summary>The angle of a parameterised operation; fixed operations carry a default angle that must not be evaluated.</summary>
    internal static double AngleOf(Operation op, ReadOnlySpan<double> parameters) =>
        op.IsParameterized ? op.Angle.Evaluate(parameters) : op.Angle.Offset;
}
