using System.Numerics;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Tests.States;

/// <summary>
/// The blocked, fused QAOA kernels behind <see cref="QaoaState"/> (radix-4 mixer butterflies, vectorised phase table,
/// fused adjoint undo) against a
/// slow gate-by-gate oracle on the Simulator's StateVector: the cost C = Σ_t w_t (1 − P_t)/2 with P_t = Z_a or
/// Z_aZ_b is applied term by term as exp(+iγw_t P_t/2) (ApplyPauliRotation with θ = −γw_t; the dropped factor
/// e^{−iγ Σw/2} is a global phase) and the mixer qubit by qubit as RX(2β) = exp(−iβX). The oracle gradient is
/// the exact two-term parameter-shift rule per gate, ∂E/∂θ = [E(θ + π/2) − E(θ − π/2)]/2 for exp(−iθP/2)
/// (Mitarai et al., PRA 98, 032309 (2018); Schuld et al., PRA 99, 032331 (2019)), summed over the gates that share
/// an angle with the chain-rule factors dθ/dγ = −w_t and dθ/dβ = 2.
/// </summary>
public sealed class QaoaStateOracleTests
{
    /// <summary>Both paths are exact in exact arithmetic; double rounding over ~10² gates and 2^n-term sums stays
    /// below 1e-13 for these sizes, and the shift rule adds no truncation error.</summary>
    private const double OracleTolerance = 1e-12;

    public static TheoryData<int, int, bool> Cases()
    {
        var data = new TheoryData<int, int, bool>();
        for (int n = 1; n <= 10; n++)
        {
            data.Add(n, 1, n % 2 == 0);
            data.Add(n, 3, n % 2 == 1);
        }

        // n = 13 and 14 cross LowQubits = 12: the high-qubit tile pass (one and two extra qubits).
        data.Add(13, 2, true);
        data.Add(14, 1, false);
        return data;
    }

    [Theory]
    [InlineData(13, 2, true)]
    [InlineData(14, 1, false)]
    public void TheTwoThreadPathMatchesTheOracleToo(int n, int p, bool integerWeights)
    {
        // 2^13 and 2^14 amplitudes are below the default threading threshold; lowering it sends the same cases
        // through the two-thread kernels, checked against the same oracle and tolerance.
        using var policy = Parallelism.Override(threads: 2, threshold: 1 << 10);
        StateExpectationAndGradientMatchTheGateByGateOracle(n, p, integerWeights);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void StateExpectationAndGradientMatchTheGateByGateOracle(int n, int p, bool integerWeights)
    {
        var rng = new Random(1000 * n + 10 * p + (integerWeights ? 1 : 0));
        var terms = RandomTerms(n, integerWeights, rng);
        double[] cost = Diagonal(n, terms);
        var gammas = Enumerable.Range(0, p).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        var betas = Enumerable.Range(0, p).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        var state = new QaoaState(cost);

        // State: the oracle differs by the global phase Π_k e^{−iγ_k Σw/2}.
        double totalWeight = terms.Sum(t => t.Weight);
        var globalPhase = Complex.FromPolarCoordinates(1, -0.5 * totalWeight * gammas.Sum());
        var expected = Oracle(n, terms, gammas, betas, -1, 0).ToArray();
        Forward(state, gammas, betas, fused: true);
        var actual = state.ToArray();
        Forward(state, gammas, betas, fused: false);
        var unfused = state.ToArray();
        for (int b = 0; b < actual.Length; b++)
        {
            Assert.True(Complex.Abs(expected[b] * globalPhase - actual[b]) < OracleTolerance, $"amplitude {b}: {actual[b]} vs {expected[b] * globalPhase}");
            Assert.True(Complex.Abs(unfused[b] - actual[b]) < OracleTolerance, $"amplitude {b}: unfused {unfused[b]} vs fused {actual[b]}");
        }

        var dg = new double[p];
        var db = new double[p];
        double energy = ExpectationAndGradient(state, gammas, betas, dg, db);
        Assert.Equal(Energy(cost, Oracle(n, terms, gammas, betas, -1, 0)), energy, OracleTolerance);
        Forward(state, gammas, betas, fused: true);
        Assert.Equal(energy, state.Expectation(), OracleTolerance);

        int gatesPerLayer = terms.Length + n;
        for (int k = 0; k < p; k++)
        {
            double dGamma = 0, dBeta = 0;
            for (int t = 0; t < terms.Length; t++)
            {
                dGamma += -terms[t].Weight * ShiftDerivative(n, terms, gammas, betas, cost, k * gatesPerLayer + t);
            }

            for (int q = 0; q < n; q++)
            {
                dBeta += 2 * ShiftDerivative(n, terms, gammas, betas, cost, k * gatesPerLayer + terms.Length + q);
            }

            Assert.True(Math.Abs(dGamma - dg[k]) < OracleTolerance, $"∂E/∂γ_{k}: kernels {dg[k]:R}, oracle {dGamma:R}");
            Assert.True(Math.Abs(dBeta - db[k]) < OracleTolerance, $"∂E/∂β_{k}: kernels {db[k]:R}, oracle {dBeta:R}");
        }

        if (n > 1)
        {
            Assert.True(dg.Concat(db).Any(g => Math.Abs(g) > 1e-3), "gradient should not vanish at random angles");
        }
    }

    /// <summary>|+⟩^n, then per layer the fused layer or the cost phase followed by the mixer.</summary>
    private static void Forward(QaoaState state, double[] gammas, double[] betas, bool fused)
    {
        state.PrepareUniform();
        for (int k = 0; k < gammas.Length; k++)
        {
            if (fused)
            {
                state.ApplyTransverseFieldLayer(gammas[k], betas[k]);
            }
            else
            {
                state.ApplyCostPhase(gammas[k]);
                state.ApplyTransverseFieldMixer(betas[k]);
            }
        }
    }

    /// <summary>The adjoint sweep of the QAOA driver written against the public state API: ∂E/∂θ = 2 Im⟨λ|H|φ⟩.</summary>
    private static double ExpectationAndGradient(QaoaState state, double[] gammas, double[] betas, double[] dGammas, double[] dBetas)
    {
        Forward(state, gammas, betas, fused: true);
        double energy = state.SeedCostate();
        for (int k = gammas.Length - 1; k >= 0; k--)
        {
            var (mixerInner, costInner) = state.UndoTransverseFieldLayer(gammas[k], betas[k], undoPhase: k > 0);
            dBetas[k] = 2 * mixerInner;
            dGammas[k] = 2 * costInner;
        }

        return energy;
    }

    private readonly record struct Term(PauliString Pauli, ulong Mask, double Weight);

    /// <summary>One Z_a per qubit, Z_aZ_(a+1) on a ring and n/2 random Z_aZ_b pairs, with weights in [0.5, 1.5) or {1, 2, 3}.</summary>
    private static Term[] RandomTerms(int n, bool integerWeights, Random rng)
    {
        var masks = new List<ulong>();
        for (int a = 0; a < n; a++)
        {
            masks.Add(1UL << a);
            if (n > 1)
            {
                masks.Add((1UL << a) | (1UL << ((a + 1) % n)));
            }
        }

        for (int i = 0; i < n / 2; i++)
        {
            int a = rng.Next(n), b = rng.Next(n);
            if (a != b)
            {
                masks.Add((1UL << a) | (1UL << b));
            }
        }

        return masks.Distinct().Select(m => new Term(PauliOf(m), m, integerWeights ? rng.Next(1, 4) : 0.5 + rng.NextDouble())).ToArray();
    }

    private static PauliString PauliOf(ulong mask)
    {
        var p = PauliString.Identity;
        for (int q = 0; q < 64; q++)
        {
            if (((mask >> q) & 1) != 0)
            {
                p *= PauliString.Single('Z', q);
            }
        }

        return p;
    }

    /// <summary>c_b = Σ_t w_t (1 − (−1)^{popcount(b ∧ mask_t)})/2.</summary>
    private static double[] Diagonal(int n, Term[] terms)
    {
        var c = new double[1 << n];
        for (int b = 0; b < c.Length; b++)
        {
            foreach (var t in terms)
            {
                c[b] += BitOperations.PopCount((ulong)b & t.Mask) % 2 == 1 ? t.Weight : 0;
            }
        }

        return c;
    }

    /// <summary>Gate-by-gate state; gate number <paramref name="shifted"/> (layer-major: terms, then RX per qubit) gets θ + shift.</summary>
    private static StateVector Oracle(int n, Term[] terms, double[] gammas, double[] betas, int shifted, double shift)
    {
        var psi = StateVector.Uniform(n);
        int gate = 0;
        for (int k = 0; k < gammas.Length; k++)
        {
            foreach (var t in terms)
            {
                psi.ApplyPauliRotation(t.Pauli, -gammas[k] * t.Weight + (gate++ == shifted ? shift : 0));
            }

            for (int q = 0; q < n; q++)
            {
                psi.ApplyRx(q, 2 * betas[k] + (gate++ == shifted ? shift : 0));
            }
        }

        return psi;
    }

    private static double ShiftDerivative(int n, Term[] terms, double[] gammas, double[] betas, double[] cost, int gate) =>
        (Energy(cost, Oracle(n, terms, gammas, betas, gate, Math.PI / 2)) - Energy(cost, Oracle(n, terms, gammas, betas, gate, -Math.PI / 2))) / 2;

    private static double Energy(double[] cost, StateVector psi)
    {
        var a = psi.ToArray();
        double e = 0;
        for (int b = 0; b < a.Length; b++)
        {
            e += cost[b] * (a[b].Real * a[b].Real + a[b].Imaginary * a[b].Imaginary);
        }

        return e;
    }
}
