using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.States;
using QuantumApps.Variational.Annealing;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Variational.Tests.Qaoa;

namespace QuantumApps.Variational.Tests.Annealing;

/// <summary>
/// Quantum annealing (issue 14 item 2) against independent paths: dense time evolution (matrix exponentials by
/// MathNet's symmetric eigendecomposition), the Landau–Zener formula, dense spectra for the gap, and the exact optimum.
/// </summary>
public sealed class QuantumAnnealingTests
{
    /// <summary>Dense H(s) = −A Σ X_q + B f diag(C), built entry by entry from its definition (no simulator code).</summary>
    private static Matrix<double> DenseHamiltonian(double[] cost, double f, double a, double b)
    {
        int d = cost.Length;
        int n = System.Numerics.BitOperations.Log2((uint)d);
        var h = Matrix<double>.Build.Dense(d, d);
        for (int i = 0; i < d; i++)
        {
            h[i, i] = b * f * cost[i];
            for (int q = 0; q < n; q++)
            {
                h[i, i ^ (1 << q)] -= a;
            }
        }

        return h;
    }

    /// <summary>exp(−iHτ)ψ through H = VΛVᵀ (real symmetric): V diag(e^{−iλτ}) Vᵀ ψ.</summary>
    private static Complex[] ApplyExp(Matrix<double> h, double tau, Complex[] psi)
    {
        var evd = h.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var v = evd.EigenVectors;
        int d = psi.Length;
        var coefficients = new Complex[d];
        for (int k = 0; k < d; k++)
        {
            Complex c = 0;
            for (int i = 0; i < d; i++)
            {
                c += v[i, k] * psi[i];
            }

            coefficients[k] = c * Complex.FromPolarCoordinates(1, -evd.EigenValues[k].Real * tau);
        }

        var result = new Complex[d];
        for (int i = 0; i < d; i++)
        {
            Complex sum = 0;
            for (int k = 0; k < d; k++)
            {
                sum += v[i, k] * coefficients[k];
            }

            result[i] = sum;
        }

        return result;
    }

    /// <summary>
    /// Reference: the time-ordered exponential of the continuous linear schedule as a product of M_ref = 2000 exact
    /// exponentials of H at the midpoints s_k (the midpoint rule's error is O(1/M_ref²) ≈ 1e-6 here, far below the
    /// Trotter errors compared).
    /// </summary>
    private static Complex[] Reference(double[] cost, double f, double time, int steps)
    {
        var psi = Enumerable.Repeat(new Complex(1 / Math.Sqrt(cost.Length), 0), cost.Length).ToArray();
        double tau = time / steps;
        for (int k = 0; k < steps; k++)
        {
            double s = (k + 0.5) / steps;
            psi = ApplyExp(DenseHamiltonian(cost, f, 1 - s, s), tau, psi);
        }

        return psi;
    }

    private static double Distance(ReadOnlySpan<Complex> x, Complex[] y)
    {
        double s = 0;
        for (int i = 0; i < y.Length; i++)
        {
            s += (x[i] - y[i]).Magnitude * (x[i] - y[i]).Magnitude;
        }

        return Math.Sqrt(s);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TrotterisedAnnealConvergesToTheExactEvolution(int n)
    {
        var rng = new Random(10 + n);
        var cost = Enumerable.Range(0, 1 << n).Select(_ => (double)rng.Next(0, 7)).ToArray();
        const double Time = 5.0;
        double f = 1 / QaoaCostScale.Of(cost);
        var exact = Reference(cost, f, Time, 2000);
        var errors = new List<double>();
        foreach (int steps in new[] { 25, 50, 100, 200 })
        {
            var state = new QaoaState(cost);
            state.PrepareUniform();
            QuantumAnnealing.Evolve(state, f, AnnealingSchedule.Linear, Time, steps);
            errors.Add(Distance(state.Amplitudes, exact));
        }

        // First-order splitting: the error halves when τ halves (ratio 2 ± 0.5; the O(τ²) remainder shifts it).
        for (int i = 1; i < errors.Count; i++)
        {
            Assert.True(errors[i] < errors[i - 1], $"n = {n}: errors {string.Join(", ", errors)} must fall with τ");
            Assert.InRange(errors[i - 1] / errors[i], 1.5, 2.5);
        }

        Assert.True(errors[^1] < 0.05, $"n = {n}: Trotter error at τ = 0.025 is {errors[^1]}");
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(1.0)]
    public void TwoLevelSweepFollowsLandauZener(double gap)
    {
        // H(t) = (v t/2) Z + (Δ/2) X for t ∈ [−t0, t0] (ħ = 1): diabatic energies ±v t/2 cross with slope v, the
        // adiabatic gap at t = 0 is Δ. Landau–Zener (Zener, Proc. R. Soc. A 137, 696 (1932)): the probability to stay
        // in the diabatic state |0⟩ (ground state at t = −t0, excited at t0) is P = exp(−π Δ²/(2 v)) for t0 → ∞.
        // In our schedule form −A X + B·f·C with C = diag(1, −1), f = 1: A = −Δ/2, B(s) = v(sT − t0)/2, T = 2 t0.
        const double V = 1.0, T0 = 100.0;
        // Finite window: the amplitude correction is ~Δ/(v t0) ≲ 1e-2, and the Trotter error at τ = 2.5e-3 is below 1e-3.
        const double FiniteSweepTolerance = 0.01;
        var schedule = new AnnealingSchedule(_ => -gap / 2, s => V * (s * 2 * T0 - T0) / 2);
        var state = new QaoaState(new double[] { 1, -1 });
        state.Amplitudes[0] = 1;
        state.Amplitudes[1] = 0;

        QuantumAnnealing.Evolve(state, 1.0, schedule, 2 * T0, 80_000);

        double stay = state.Amplitudes[0].Magnitude * state.Amplitudes[0].Magnitude;
        Assert.Equal(Math.Exp(-Math.PI * gap * gap / (2 * V)), stay, FiniteSweepTolerance);
    }

    [Fact]
    public void GapFromLanczosMatchesTheDenseSpectrumReachableFromPlus()
    {
        // The gap is defined in the Krylov space of |+⟩: the eigenvalues λ whose eigenvectors overlap |+⟩. Dense EVD
        // (MathNet) gives them independently; eigenvalue agreement to Lanczos' 1e-10 relative stopping test.
        const double EigenvalueTolerance = 1e-8;
        var (edges, weights) = QaoaWeightedAnglesTests.WeightedErdosRenyi(6, 21);
        var cost = MaxCutDiagonal.Build(6, edges, weights);
        double f = -1 / QaoaCostScale.Of(cost);
        foreach (double s in new[] { 0.2, 0.5, 0.8, 1.0 })
        {
            var (e0, e1) = AnnealingGap.LowestTwo(cost, f, 1 - s, s);
            var evd = DenseHamiltonian(cost, f, 1 - s, s).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
            double amp = 1 / Math.Sqrt(cost.Length);
            var reachable = new SortedDictionary<double, double>();
            for (int k = 0; k < cost.Length; k++)
            {
                double overlap = Enumerable.Range(0, cost.Length).Sum(i => evd.EigenVectors[i, k] * amp);
                double key = Math.Round(evd.EigenValues[k].Real, 9);
                reachable[key] = reachable.GetValueOrDefault(key) + overlap * overlap;
            }

            var levels = reachable.Where(kv => kv.Value > 1e-12).Select(kv => kv.Key).ToArray();
            Assert.Equal(levels[0], e0, EigenvalueTolerance);
            Assert.Equal(levels[1], e1, EigenvalueTolerance);
        }
    }

    [Fact]
    public void AnnealedEnergyNeverGoesBelowTheInstantaneousGroundEnergy()
    {
        // Variational principle along the path: ⟨ψ(t)|H(s)|ψ(t)⟩ ≥ E_0(s) for every state, so the evolved state's
        // energy at s = t/T is never below the Lanczos ground energy, and the final ⟨C⟩ never beats the exact optimum.
        var (edges, weights) = QaoaWeightedAnglesTests.WeightedErdosRenyi(8, 22);
        var cost = MaxCutDiagonal.Build(8, edges, weights);
        double sigma = QaoaCostScale.Of(cost);
        double f = -1 / sigma;
        const double Time = 10.0;
        const int Steps = 400;
        foreach (int stop in new[] { 100, 200, 300, 400 })
        {
            double s = (double)stop / Steps;
            var state = new QaoaState(cost);
            state.PrepareUniform();
            QuantumAnnealing.Evolve(state, f, new AnnealingSchedule(u => 1 - u * s, u => u * s), Time * s, stop);
            var psi = state.ToArray();
            var h = DenseHamiltonian(cost, f, 1 - s, s);
            Complex energy = 0;
            for (int i = 0; i < psi.Length; i++)
            {
                for (int j = 0; j < psi.Length; j++)
                {
                    energy += Complex.Conjugate(psi[i]) * h[i, j] * psi[j];
                }
            }

            var (e0, _) = AnnealingGap.LowestTwo(cost, f, 1 - s, s);
            Assert.True(energy.Real >= e0 - 1e-9, $"s = {s}: ⟨H⟩ = {energy.Real} below E0 = {e0}");
        }

        var result = QuantumAnnealing.Run(new QuantumAnnealingOptions(cost, QaoaSense.Maximize) { AnnealTimes = [1, 4, 16], ComputeGap = false });
        double mean = result.FinalProbabilities.Select((p, b) => p * cost[b]).Sum();
        Assert.True(mean <= cost.Max() + 1e-9);
        Assert.Equal(cost.Max(), result.Optimum);
    }

    [Fact]
    public void SlowAnnealsFindTheOptimumAndTtsFollowsItsDefinition()
    {
        // Adiabatic theorem: for T ≫ 1/Δ_min² the final state is the ground state (both optimal cuts). TTS99 is
        // T·ln(0.01)/ln(1 − p) (Rønnow et al. 2014), recomputed here from each point's p.
        var (edges, weights) = QaoaWeightedAnglesTests.WeightedErdosRenyi(6, 23);
        var cost = MaxCutDiagonal.Build(6, edges, weights);
        var result = QuantumAnnealing.Run(new QuantumAnnealingOptions(cost, QaoaSense.Maximize) { AnnealTimes = [0.5, 2, 8, 32, 128, 512] });

        Assert.NotNull(result.MinimumGap);
        Assert.True(result.MinimumGap > 0);
        Assert.True(result.Points[^1].SuccessProbability > 0.9, $"p(T = {result.Points[^1].RunLength}) = {result.Points[^1].SuccessProbability}, gap {result.MinimumGap}");
        foreach (var p in result.Points)
        {
            double expected = p.SuccessProbability >= 0.99 ? p.RunLength : p.RunLength * Math.Log(0.01) / Math.Log(1 - p.SuccessProbability);
            Assert.Equal(expected, p.Tts99, 1e-9 * expected);
        }

        Assert.Equal(result.Points.Min(p => p.Tts99), result.Best.Tts99);
    }

    [Fact]
    public void TimeToSolutionConvention()
    {
        Assert.Equal(10 * Math.Log(0.01) / Math.Log(0.5), TimeToSolution.Tts99(10, 0.5), 1e-12);
        Assert.Equal(10, TimeToSolution.Tts99(10, 0.995));
        Assert.Equal(double.PositiveInfinity, TimeToSolution.Tts99(10, 0));
    }

    [Fact]
    public void ScalingEveryWeightLeavesTheAnnealUnchanged()
    {
        // Times are in ħ/σ: multiplying C by a scales σ by a, so p(T) is the same up to rounding.
        var (edges, weights) = QaoaWeightedAnglesTests.WeightedErdosRenyi(7, 24);
        var cost = MaxCutDiagonal.Build(7, edges, weights);
        var options = new QuantumAnnealingOptions(cost, QaoaSense.Maximize) { AnnealTimes = [2, 8], ComputeGap = false };
        var a = QuantumAnnealing.Run(options);
        var b = QuantumAnnealing.Run(options with { CostDiagonal = cost.Select(c => c * 13.5).ToArray() });
        Assert.Equal(a.Points[1].SuccessProbability, b.Points[1].SuccessProbability, 1e-9);
    }
}
