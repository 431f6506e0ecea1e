using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Variational.Experiments;

/// <summary>
/// The random circuits of McClean et al., Nat. Commun. 9, 4812 (2018), Fig. 2: a fixed RY(π/4) layer on every
/// qubit, then <c>layers</c> layers each made of one rotation R_{a}(θ) per qubit with axis a drawn uniformly from
/// {X, Y, Z} (the drawn axes define the circuit) followed by a CZ ladder CZ(0,1), CZ(1,2), …, CZ(n−2, n−1).
/// Parameter index = layer·n + qubit, so there are layers·n parameters, each angle θ itself.
/// </summary>
public static class RandomHardwareEfficientCircuit
{
    /// <summary>Builds one random-axis circuit; axes come from <paramref name="rng"/>.</summary>
    public static Circuit Build(int numQubits, int layers, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (numQubits < 2) throw new Simulator.QuantumAppsException($"a hardware-efficient circuit needs at least 2 qubits, not {numQubits}");
        if (layers < 1) throw new Simulator.QuantumAppsException($"a hardware-efficient circuit needs at least 1 layer, not {layers}");
        var b = new CircuitBuilder(numQubits, numQubits * layers);
        for (int q = 0; q < numQubits; q++) b.Ry(q, Math.PI / 4);
        for (int l = 0; l < layers; l++)
        {
            for (int q = 0; q < numQubits; q++)
            {
                var angle = Angle.Parameter(l * numQubits + q);
                switch (rng.Next(3))
                {
                    case 0: b.Rx(q, angle); break;
                    case 1: b.Ry(q, angle); break;
                    default: b.Rz(q, angle); break;
                }
            }
            for (int q = 0; q + 1 < numQubits; q++) b.Cz(q, q + 1);
        }
        return b.Build();
    }
}
