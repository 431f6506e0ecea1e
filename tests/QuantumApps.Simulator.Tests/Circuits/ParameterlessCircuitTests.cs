using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Tests.Circuits;

public class ParameterlessCircuitTests
{
    [Fact]
    public void A_circuit_without_parameters_runs_with_an_empty_parameter_vector()
    {
        // Bell state: H on 0 then CNOT(0,1) gives (|00⟩ + |11⟩)/√2 (textbook).
        var c = new CircuitBuilder(2).H(0).Cnot(0, 1).S(1).Build();
        var s = StateVector.Zero(2);
        c.Run(s, []);
        Assert.Equal(0.5, s.Probabilities()[0], 12);
        Assert.Equal(0.5, s.Probabilities()[3], 12);
    }
}
