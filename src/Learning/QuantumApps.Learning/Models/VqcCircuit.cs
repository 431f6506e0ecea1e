using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Learning.Models;

/// <summary>
/// The variational classifier circuit on n qubits (one per feature). Parameter vector: [x_0 … x_(n−1), weights], weights
/// ordered layer by layer, qubit by qubit, (φ, θ, ω) each. Circuit: RY(x_i) on qubit i; then L layers, each
/// [RY(x_i) again when re-uploading, layers after the first] · Rot(φ, θ, ω) = RZ(ω)RY(θ)RZ(φ) on every qubit · CNOT ring
/// (n = 2: CNOT(0→1) only; n ≥ 3: CNOT(i → i+1 mod n) for i = 0…n−1; n = 1: none). Readouts ⟨Z_k⟩ on qubits
/// 0…R−1, R = 1 for two classes, R = K for K &gt; 2 classes. With n = 2, L = 1 this is exactly the articles' PennyLane
/// circuit (<c>Simulator.Examples.SeedVqc</c>). <c>separable</c> drops every CNOT (the control without entanglement).
/// </summary>
public static class VqcCircuit
{
    /// <summary>Builds the circuit.</summary>
    public static Circuit Build(int qubits, int layers, bool reupload, bool separable = false)
    {
        if (qubits < 1) throw new QuantumAppsException($"a VQC needs at least one qubit, not {qubits}");
        var b = new CircuitBuilder(qubits, qubits + 3 * qubits * layers);
        for (int q = 0; q < qubits; q++) b.Ry(q, Angle.Parameter(q));
        int p = qubits;
        for (int l = 0; l < layers; l++)
        {
            if (reupload && l > 0)
                for (int q = 0; q < qubits; q++) b.Ry(q, Angle.Parameter(q));
            for (int q = 0; q < qubits; q++)
            {
                b.Rot(q, Angle.Parameter(p), Angle.Parameter(p + 1), Angle.Parameter(p + 2));
                p += 3;
            }
            if (separable) continue;
            if (qubits == 2) b.Cnot(0, 1);
            else if (qubits >= 3)
                for (int q = 0; q < qubits; q++) b.Cnot(q, (q + 1) % qubits);
        }
        return b.Build();
    }
}
