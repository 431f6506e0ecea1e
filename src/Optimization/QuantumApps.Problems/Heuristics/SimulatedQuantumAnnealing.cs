using System.Diagnostics;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Simulated quantum annealing (path-integral Monte Carlo of the transverse-field Ising model; Martoňák, Santoro, Tosatti,
/// PRB 66, 094203 (2002); the classical algorithm that reproduces quantum annealers' statistics, Isakov et al., PRX 6,
/// 031015 (2016)) on a QUBO (minimised). It samples the Suzuki–Trotter approximation of e^{−H(s)/T} for
/// H(s) = −A(s) Σ_i X_i + B(s) E(x)/σ, A = 1 − s, B = s (the quantum annealer's linear schedule), with P coupled
/// replicas (slices) of the spins s_i = 1 − 2x_i:
/// weight ∝ exp(−(1/(PT)) Σ_k B E(x^k)/σ + J⊥ Σ_k Σ_i s_i^k s_i^{k+1}), J⊥ = −½ ln tanh(A/(PT)), slices periodic.
/// <para>
/// A run of S sweeps: sweep t uses s = (t + ½)/S; a sweep is one Metropolis proposal per spin and slice (local flip:
/// Δ = B ΔE_k/(σPT) + 2J⊥ s_i^k (s_i^{k−1} + s_i^{k+1})), then one world-line proposal per spin (flip spin i in every
/// slice: Δ = B Σ_k ΔE_k/(σPT)). Start: independent random bits per slice (the s = 0 state is the uniform superposition).
/// The answer is the lowest-energy slice of the final configuration (a read-out at the end of the anneal, not the best
/// state ever seen). Seeded through <see cref="Random"/>; the token is checked once per sweep.
/// </para>
/// </summary>
public static class SimulatedQuantumAnnealing
{
    /// <summary>Runs S = <paramref name="sweeps"/> sweeps; returns the lowest-energy final slice.</summary>
    public static QuboSolution Minimize(Qubo q, Random rng, int sweeps, SqaSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Slices < 2 || !(settings.Temperature > 0) || !(settings.EnergyScale > 0) || sweeps < 1)
        {
            throw new QuantumAppsException($"SQA needs at least 2 slices, T > 0, σ > 0 and at least one sweep, got P = {settings.Slices}, T = {settings.Temperature}, σ = {settings.EnergyScale}, {sweeps} sweeps");
        }

        var clock = Stopwatch.StartNew();
        int n = q.NumVariables, p = settings.Slices;
        var x = new bool[p][];
        var f = new double[p][];
        for (int k = 0; k < p; k++)
        {
            x[k] = QuboMoves.RandomBits(n, rng);
            f[k] = new double[n];
            QuboMoves.InitFields(q, x[k], f[k]);
        }

        double pt = p * settings.Temperature;
        var deltas = new double[p];
        for (int t = 0; t < sweeps; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double s = (t + 0.5) / sweeps;
            double a = 1 - s, b = s;
            double problem = b / (settings.EnergyScale * pt);
            double jPerp = -0.5 * Math.Log(Math.Tanh(a / pt));
            for (int k = 0; k < p; k++)
            {
                var xk = x[k];
                var up = x[(k + 1) % p];
                var down = x[(k + p - 1) % p];
                for (int i = 0; i < n; i++)
                {
                    double si = xk[i] ? -1 : 1;
                    double neighbours = (up[i] ? -1 : 1) + (down[i] ? -1 : 1);
                    double delta = problem * QuboMoves.Delta(q, xk, f[k], i) + 2 * jPerp * si * neighbours;
                    if (delta <= 0 || rng.NextDouble() < Math.Exp(-delta))
                    {
                        QuboMoves.Flip(q, xk, f[k], i);
                    }
                }
            }

            for (int i = 0; i < n; i++)
            {
                double total = 0;
                for (int k = 0; k < p; k++)
                {
                    deltas[k] = QuboMoves.Delta(q, x[k], f[k], i);
                    total += deltas[k];
                }

                double delta = problem * total;
                if (delta <= 0 || rng.NextDouble() < Math.Exp(-delta))
                {
                    for (int k = 0; k < p; k++)
                    {
                        QuboMoves.Flip(q, x[k], f[k], i);
                    }
                }
            }
        }

        int best = 0;
        double bestEnergy = double.PositiveInfinity;
        for (int k = 0; k < p; k++)
        {
            double e = q.Energy(x[k]);
            if (e < bestEnergy)
            {
                bestEnergy = e;
                best = k;
            }
        }

        return new QuboSolution(bestEnergy, Bits.ToString(x[best]), "sqa", clock.Elapsed.TotalSeconds,
            $"{sweeps} sweeps, {p} slices, T = {settings.Temperature:G3}σ");
    }
}
