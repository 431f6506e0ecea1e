using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Compilation;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Compilation;

/// <summary>
/// Amplitude encoding (Möttönen et al. 2005): the circuit run on the state-vector simulator from |0…0⟩ must give the
/// normalised input vector itself (the oracle is the input, global phase included), and its CNOT count must equal the
/// construction's formula (2^n − 2 real, 2^{n+1} − 4 complex), counted independently from the built gates.
/// </summary>
public class StatePreparationTests
{
    public static TheoryData<int> Sizes() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void RealVectorIsReproducedWithTwoToTheNMinusTwoCnots(int n)
    {
        var rng = SeededRandom.Create(100 + n);
        var a = new double[1 << n];
        for (int j = 0; j < a.Length; j++) a[j] = 2 * rng.NextDouble() - 1; // both signs
        var circuit = StatePreparation.AmplitudeEncoding(a);
        AssertPrepares(circuit, a.Select(x => new Complex(x, 0)).ToArray());
        Assert.Equal((1L << n) - 2, StatePreparation.CnotCount(n, complexAmplitudes: false));
        Assert.Equal(StatePreparation.CnotCount(n, false), circuit.Gates.Count(g => g.Kind == GateKind.CNOT));
        Assert.Equal(StatePreparation.CnotCount(n, false), circuit.CnotCount);
        Assert.DoesNotContain(circuit.Gates, g => g.Kind is not (GateKind.RY or GateKind.CNOT));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ComplexVectorIsReproducedWithTwoToTheNPlusOneMinusFourCnots(int n)
    {
        var rng = SeededRandom.Create(200 + n);
        var a = new Complex[1 << n];
        for (int j = 0; j < a.Length; j++) a[j] = new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5) * 3;
        var circuit = StatePreparation.AmplitudeEncoding(a);
        AssertPrepares(circuit, a);
        Assert.Equal((1L << (n + 1)) - 4, StatePreparation.CnotCount(n, complexAmplitudes: true));
        Assert.Equal(StatePreparation.CnotCount(n, true), circuit.Gates.Count(g => g.Kind == GateKind.CNOT));
    }

    [Fact]
    public void SparseVectorsWithZeroBlocksArePrepared()
    {
        // zero blocks make atan2(0, 0) = 0 angles; a basis state and a vector supported on two distant indices
        var basis = new Complex[32];
        basis[19] = new Complex(0, -2);
        AssertPrepares(StatePreparation.AmplitudeEncoding(basis), basis);
        var two = new double[64];
        two[3] = -1;
        two[60] = 0.5;
        AssertPrepares(StatePreparation.AmplitudeEncoding(two), two.Select(x => new Complex(x, 0)).ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(12)]
    public void LengthsThatAreNotPowersOfTwoAreRefused(int length)
    {
        var ex = Assert.Throws<QuantumAppsException>(() => StatePreparation.AmplitudeEncoding(new double[length]));
        Assert.Contains("2^n numbers", ex.Message);
    }

    [Fact]
    public void ZeroAndNonFiniteVectorsAreRefused()
    {
        Assert.Contains("zero", Assert.Throws<QuantumAppsException>(() => StatePreparation.AmplitudeEncoding(new double[4])).Message);
        Assert.Contains("non-finite", Assert.Throws<QuantumAppsException>(() => StatePreparation.AmplitudeEncoding([1, double.NaN])).Message);
        Assert.Contains("non-finite", Assert.Throws<QuantumAppsException>(() => StatePreparation.AmplitudeEncoding(new Complex[] { 1, new(0, double.PositiveInfinity) })).Message);
    }

    private static void AssertPrepares(Circuit circuit, Complex[] input)
    {
        double norm = Math.Sqrt(input.Sum(x => x.Magnitude * x.Magnitude));
        var state = circuit.Run(ReadOnlySpan<double>.Empty).ToArray();
        Assert.Equal(input.Length, state.Length);
        for (int j = 0; j < input.Length; j++)
        {
            Assert.Equal(input[j].Real / norm, state[j].Real, Tolerances.Unitary);
            Assert.Equal(input[j].Imaginary / norm, state[j].Imaginary, Tolerances.Unitary);
        }
    }
}
