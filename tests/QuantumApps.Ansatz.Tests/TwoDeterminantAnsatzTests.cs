using QuantumApps.Ansatz.Excitations;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Simulator;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Ansatz.Tests;

/// <summary>The hardware-minimal H2 circuits against our FCI (exact diagonalisation of the JW Hamiltonian in the N_α = N_β = 1 sector).</summary>
public class TwoDeterminantAnsatzTests
{
    /// <summary>
    /// H2/STO-3G at 0.7414 Å: the ground state lies in span{|1σ_g²⟩, |1σ_u²⟩} (the only determinants of Σ_g⁺ symmetry with
    /// S = 0 and two electrons in two orbitals), so the one-parameter circuit reaches FCI; the minimum is found in closed form
    /// (three evaluations), so the only error is rounding and the eigensolver's (<see cref="Tolerances.Eigenvalue"/>).
    /// </summary>
    [Theory]
    [InlineData(MappingKind.JordanWigner, false, 4, 3)]
    [InlineData(MappingKind.Parity, true, 2, 1)]
    public void MinimalH2CircuitReachesFciWithoutNoise(MappingKind kind, bool tapered, int qubits, int cnots)
    {
        var sys = MoleculeSystems.H2(0.7414);
        var h = QubitHamiltonian.Map(sys.Molecular, kind, tapered);
        ulong hf = SpinOrbital.HartreeFockOccupation(1, 1);
        var circuit = TwoDeterminantAnsatz.Build(h.NumQubits, QubitHamiltonian.DeterminantBasisIndex(kind, 2, hf, tapered), QubitHamiltonian.DeterminantBasisIndex(kind, 2, hf << 2, tapered));
        Assert.Equal(qubits, circuit.NumQubits);
        Assert.Equal(cnots, circuit.CnotCount);
        var (angle, energy) = TwoDeterminantAnsatz.Minimize(circuit, h);
        Assert.Equal(sys.FciEnergy, energy, Tolerances.Eigenvalue);
        Assert.Equal(energy, circuit.Run([angle]).Expectation(h), Tolerances.Accumulated);
        // the variational principle, checked on a grid: no angle beats the minimum
        for (int i = 0; i < 64; i++) Assert.True(circuit.Run([i * Math.PI / 32]).Expectation(h) >= energy - Tolerances.Accumulated);
    }

    [Fact]
    public void CircuitPreparesCosLoPlusSinHi()
    {
        // a = 0b0101, b = 0b1010 on 4 qubits: lowest differing bit 0, lo = b (bit 0 clear), hi = a
        var circuit = TwoDeterminantAnsatz.Build(4, 0b0101, 0b1010);
        Assert.Equal(3, circuit.CnotCount);
        double theta = 0.7;
        var psi = circuit.Run([theta]);
        var expected = StateVector.Empty(4);
        expected.Amplitudes[0b1010] = Math.Cos(theta / 2);
        expected.Amplitudes[0b0101] = Math.Sin(theta / 2);
        for (int i = 0; i < 16; i++) Assert.Equal(expected.Amplitudes[i].Real, psi.Amplitudes[i].Real, Tolerances.Unitary);
        Assert.Throws<QuantumAppsException>(() => TwoDeterminantAnsatz.Build(4, 3, 3));
    }
}
