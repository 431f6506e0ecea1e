using QuantumApps.Learning.Data;
using QuantumApps.Learning.Kernels;

namespace QuantumApps.Learning.Models;

/// <summary>Cost of a kernel matrix: its simulations and device circuits, and the representative circuit of a quantum kernel.</summary>
internal static class KernelCost
{
    public static ModelCost Of(IKernel kernel, KernelMatrix k, FeatureMatrix x)
    {
        if (kernel.Qubits == 0 || x.Count == 0) return ModelCost.None;
        var circuit = kernel switch
        {
            FidelityKernel f => f.Map.ComputeUncompute(x.Row(0), x.Row(x.Count - 1)),
            ProjectedKernel p => p.Map.ToCircuit(x.Row(0)),
            _ => null,
        };
        return new ModelCost(k.Simulations, k.DeviceCircuits, circuit);
    }
}
