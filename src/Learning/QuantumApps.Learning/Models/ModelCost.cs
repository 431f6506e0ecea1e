using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Learning.Models;

/// <summary>
/// Cost of a training or prediction run. <see cref="Simulations"/>: state-vector circuit runs here (an adjoint gradient pass
/// counts as one). <see cref="DeviceCircuits"/>: circuits a device would run for the same work with the gradient method
/// a device can use (parameter shift: 2 circuits per parameter per example per step, plus one for the value); for a
/// fidelity kernel one compute–uncompute circuit per entry. <see cref="Circuit"/> is a representative circuit for the
/// hardware cost model (null for classical models). Zero everywhere for a classical model.
/// </summary>
public sealed record ModelCost(long Simulations, long DeviceCircuits, Circuit? Circuit)
{
    /// <summary>No quantum work.</summary>
    public static ModelCost None { get; } = new(0, 0, null);

    /// <summary>Sum of two costs (the circuit of the first that has one).</summary>
    public ModelCost Add(ModelCost other) => new(Simulations + other.Simulations, DeviceCircuits + other.DeviceCircuits, Circuit ?? other.Circuit);
}
