using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Noise;

/// <summary>
/// The exact density-matrix simulator against (a) the noiseless state vector, (b) closed-form single-channel values and
/// (c) the independent Monte Carlo trajectory simulator, whose average must agree within statistical error.
/// </summary>
public class NoisySimulationTests
{
    /// <summary>
    /// Trajectory means are averages of T independent bounded values, so by the CLT they are normal with the reported
    /// standard error; a 4σ band fails by chance with probability 6e-5 per comparison (seeded, so deterministic anyway).
    /// </summary>
    private const double StandardErrors = 4.0;

    /// <summary>Trace and Hermiticity are preserved exactly by every channel up to rounding of a few operations per element.</summary>
    private const double ChannelRounding = 1e-12;

    /// <summary>A circuit with every gate family the lowering knows, on 4 qubits, with 3 parameters.</summary>
    private static Circuit AllGates()
    {
        var b = new CircuitBuilder(4, 3);
        b.H(0).Ry(1, Angle.Parameter(0)).Rx(2, 0.7).Rz(3, Angle.Parameter(1, 2.0, 0.1)).S(1).T(2).Sdg(3).SX(0).Y(1);
        b.Cnot(0, 1).Cz(1, 2).Swap(2, 3).Crx(0, 2, 0.4).Cry(1, 3, Angle.Parameter(2)).Crz(3, 0, 1.1);
        b.PhaseShift(2, 0.9).Rot(1, 0.2, 0.3, 0.4).U3(3, 0.5, 0.6, 0.7);
        b.PauliRotation(PauliString.Parse("X0 Y2"), Angle.Parameter(0)).PauliRotation(PauliString.Parse("Y1 Y3"), 0.8).PauliRotation(PauliString.Parse("Z0 Z1"), 0.3);
        b.DiagonalPhase(Sum("0.5 Z0 Z3 + 0.25 Z3 - 0.1"), 0.6);
        var u = new Complex[16];
        // a non-symmetric fixed two-qubit unitary: SWAP·(Y⊗H) (first qubit = most significant index bit)
        double r = 1 / Math.Sqrt(2);
        Complex[] y = [0, -Complex.ImaginaryOne, Complex.ImaginaryOne, 0];
        Complex[] h = [r, r, r, -r];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                u[((i & 1) << 1 | i >> 1) * 4 + j] = y[(i >> 1) * 2 + (j >> 1)] * h[(i & 1) * 2 + (j & 1)];
        b.Unitary2(0, 2, u);
        b.Unitary1(1, [r, r * Complex.ImaginaryOne, r * Complex.ImaginaryOne, r]);
        return b.Build();
    }

    /// <summary>"a P + b Q - c" written one term per line, as the text format wants.</summary>
    private static PauliSum Sum(string inline) => PauliSum.Parse(inline.Replace(" + ", "\n").Replace(" - ", "\n-"));

    private static readonly double[] Params = [0.3, -0.8, 1.7];

    [Fact]
    public void ZeroNoiseReproducesStateVector()
    {
        var c = AllGates();
        var psi = c.Run(Params).ToArray();
        var rho = DensityMatrix.Zero(4);
        rho.Apply(c, Params, NoiseModel.None);
        double diff = 0;
        for (int i = 0; i < 16; i++)
            for (int j = 0; j < 16; j++)
                diff = Math.Max(diff, (rho[i, j] - psi[i] * Complex.Conjugate(psi[j])).Magnitude);
        Assert.True(diff < Tolerances.Unitary, $"max |ρ − ψψ†| = {diff}");
        var hamiltonian = Sum("0.4 X0 Y1 + 0.3 Z2 Z3 - 0.7 Y0 X3 + 0.2");
        Assert.Equal(c.Run(Params).Expectation(hamiltonian), rho.Expectation(hamiltonian), Tolerances.Unitary);
        Assert.Equal(1.0, rho.Purity(), Tolerances.Unitary);
    }

    [Theory]
    [InlineData(0.01, 0.03, 0.0)]
    [InlineData(0.05, 0.1, 0.02)]
    [InlineData(0.0, 0.0, 0.2)]
    [InlineData(0.75, 1.0, 0.5)]
    public void DensityMatrixStaysTraceOneAndHermitian(double p1, double p2, double gamma)
    {
        var rho = DensityMatrix.Zero(4);
        rho.Apply(AllGates(), Params, new NoiseModel(p1, p2, gamma));
        Assert.Equal(1.0, rho.Trace().Real, ChannelRounding);
        Assert.Equal(0.0, rho.Trace().Imaginary, ChannelRounding);
        Assert.True(rho.HermiticityError() < ChannelRounding, $"hermiticity error {rho.HermiticityError()}");
        Assert.True(rho.Purity() < 1 - 1e-3, "noise must mix the state");
        foreach (double p in rho.Probabilities()) Assert.True(p > -ChannelRounding);
    }

    [Fact]
    public void ClosedFormSingleChannels()
    {
        const double p = 0.09, gamma = 0.2;
        // H|0⟩ = |+⟩ then depolarizing p: ⟨X⟩ = 1 − 4p/3 (Nielsen & Chuang eq. 8.102 with p → 4p/3 in our convention)
        var plus = DensityMatrix.Zero(1);
        plus.Apply(new CircuitBuilder(1).H(0).Build(), [], new NoiseModel(p));
        Assert.Equal(1 - 4 * p / 3, plus.Expectation(Sum("1 X0")), Tolerances.Unitary);
        // X|0⟩ = |1⟩ then damping γ: P(1) = 1 − γ (N&C eq. 8.108)
        var one = DensityMatrix.Zero(1);
        one.Apply(new CircuitBuilder(1).X(0).Build(), [], new NoiseModel(0, 0, gamma));
        Assert.Equal(1 - gamma, one.Probabilities()[1], Tolerances.Unitary);
        // Bell state (H, CNOT) with only two-qubit depolarizing p: ZZ anticommutes with 8 of the 15 non-identity
        // Paulis and commutes with 7, so ⟨ZZ⟩ → (1 − p) + p(7 − 8)/15 = 1 − 16p/15 (our derivation; N&C §8.3.4)
        var bell = DensityMatrix.Zero(2);
        bell.Apply(new CircuitBuilder(2).H(0).Cnot(0, 1).Build(), [], new NoiseModel(0, p));
        Assert.Equal(1 - 16 * p / 15, bell.Expectation(Sum("1 Z0 Z1")), Tolerances.Unitary);
        // readout r on |0⟩: measured ⟨Z⟩ = 1 − 2r; on Z0 Z1 of the Bell state: (1 − 2r)²
        Assert.Equal(Math.Pow(1 - 2 * 0.1, 2) * (1 - 16 * p / 15),
            NoisyEstimator.Exact(new CircuitBuilder(2).H(0).Cnot(0, 1).Build(), [], Sum("1 Z0 Z1"), new NoiseModel(0, p, 0, 0.1)), Tolerances.Unitary);
    }

    public static IEnumerable<object[]> Cases() =>
    [
        [0, 0.05, 0.1, 0.0],
        [1, 0.1, 0.2, 0.0],
        [2, 0.0, 0.0, 0.3],
        [3, 0.05, 0.1, 0.05],
        [4, 0.2, 0.3, 0.15],
    ];

    private static (Circuit Circuit, double[] Parameters, PauliSum H) RandomCase(int seed)
    {
        var rng = new Random(100 + seed);
        int n = 3 + seed % 2;
        var b = new CircuitBuilder(n, 1);
        for (int layer = 0; layer < 3; layer++)
        {
            for (int q = 0; q < n; q++) b.Ry(q, rng.NextDouble() * 3).Rz(q, rng.NextDouble() * 3);
            for (int q = 0; q + 1 < n; q++)
                if (seed % 2 == 0) b.Cnot(q, q + 1); else b.Cz(q, q + 1);
            b.PauliRotation(new PauliString(0b11, 0b10), Angle.Parameter(0, rng.NextDouble()));
        }
        var h = Sum("0.5 Z0 + 0.3 Z1 Z2 - 0.4 X0 X1 + 0.2 Y1 Y2 + 0.6 Z" + (n - 1));
        return (b.Build(), [0.9], h);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TrajectoryAverageAgreesWithDensityMatrix(int seed, double p1, double p2, double gamma)
    {
        var (c, ps, h) = RandomCase(seed);
        var noise = new NoiseModel(p1, p2, gamma, 0.02);
        double exact = NoisyEstimator.Exact(c, ps, h, noise);
        var mc = TrajectorySimulator.Expectation(c, ps, h, noise, 3000, new Random(seed));
        Assert.True(mc.StandardError > 0);
        Assert.True(Math.Abs(mc.Mean - exact) < StandardErrors * mc.StandardError,
            $"trajectory mean {mc.Mean} ± {mc.StandardError} vs density matrix {exact}");
        // the noise must matter here, otherwise the comparison proves little
        double ideal = c.Run(ps).Expectation(h);
        Assert.True(Math.Abs(ideal - exact) > 4 * mc.StandardError, $"noise effect {ideal - exact} not resolved");
    }

    [Fact]
    public void ShotEstimatorAgreesWithExactIncludingReadout()
    {
        var (c, ps, h) = RandomCase(3);
        var noise = new NoiseModel(0.03, 0.06, 0.04, 0.05);
        double exact = NoisyEstimator.Exact(c, ps, h, noise);
        var est = NoisyEstimator.Estimate(c, ps, h, noise, shots: 200_000, trajectories: 400, new Random(7));
        Assert.Equal(500, est.ShotsPerTrajectory);
        Assert.True(Math.Abs(est.Mean - exact) < StandardErrors * est.StandardError, $"{est.Mean} ± {est.StandardError} vs {exact}");
    }

    [Fact]
    public void TrajectoriesAreSeeded()
    {
        var (c, ps, h) = RandomCase(1);
        var noise = new NoiseModel(0.1, 0.1, 0.1);
        Assert.Equal(TrajectorySimulator.Expectation(c, ps, h, noise, 20, new Random(5)), TrajectorySimulator.Expectation(c, ps, h, noise, 20, new Random(5)));
    }

    [Fact]
    public void RefusesLargeRegistersAndWideGates()
    {
        var ex = Assert.Throws<QuantumAppsException>(() => DensityMatrix.Zero(13));
        Assert.Contains("1 GiB", ex.Message);
        var wide = new CircuitBuilder(3).PauliRotation(PauliString.Parse("X0 X1 X2"), 0.3).Build();
        var rho = DensityMatrix.Zero(3);
        Assert.Throws<QuantumAppsException>(() => rho.Apply(wide, [], new NoiseModel(0.01)));
        rho.Apply(wide, [], NoiseModel.None);
    }
}
