using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Ansatz.Hardware;

/// <summary>
/// Hardware-efficient ansatz (Kandala et al., Nature 549, 242 (2017), with RY/RZ rotations): X on each bit of the
/// reference index, then L layers of [RY(θ) and RZ(θ) on every qubit, then the CNOT entangler], then a final
/// RY/RZ layer: 2n(L+1) parameters, ordered layer by layer, qubit by qubit, RY before RZ. θ = 0 does not give the
/// reference back (the CNOTs permute basis states), so VQE starts it from small seeded random angles.
/// </summary>
public static class HardwareEfficientAnsatz
{
    /// <summary>The HEA circuit as an ansatz on <paramref name="numQubits"/> qubits.</summary>
    public static CircuitAnsatz Create(int numQubits, int layers, EntanglerKind entangler = EntanglerKind.Ladder, ulong referenceIndex = 0)
    {
        if (layers < 0) throw new QuantumAppsException($"the hardware-efficient ansatz needs L ≥ 0 layers, got {layers}");
        var b = new CircuitBuilder(numQubits);
        for (int q = 0; q < numQubits; q++)
            if (((referenceIndex >> q) & 1) != 0) b.X(q);
        int p = 0;
        for (int layer = 0; layer <= layers; layer++)
        {
            for (int q = 0; q < numQubits; q++)
            {
                b.Ry(q, Angle.Parameter(p++));
                b.Rz(q, Angle.Parameter(p++));
            }
            if (layer == layers) break;
            for (int q = 0; q + 1 < numQubits; q++) b.Cnot(q, q + 1);
            if (entangler == EntanglerKind.Ring && numQubits > 2) b.Cnot(numQubits - 1, 0);
        }
        return new CircuitAnsatz("hea", b.Build());
    }
}
