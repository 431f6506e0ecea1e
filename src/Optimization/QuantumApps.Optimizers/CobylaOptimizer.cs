namespace QuantumApps.Optimizers;

/// <summary>
/// COBYLA (Powell 1994, "A direct search optimization method that models the objective and constraint
/// functions by linear interpolation") specialised to unconstrained problems.
/// <para>
/// The method keeps n+1 interpolation points (a simplex) whose lowest-valued vertex is the pole x₀. The
/// linear model f(x₀+d) ≈ f₀ + g·d interpolates all vertices: with D the matrix whose rows are the edges
/// x_j − x₀, g solves D g = f_j − f₀. The trust-region radius ρ runs from ρ_begin
/// (<see cref="OptimizerSettings.InitialStep"/>) down to ρ_end (<see cref="OptimizerSettings.FinalStep"/>) and,
/// as in Powell's code, is never increased. Each iteration either
/// (a) takes the trust-region step d = −ρ g/|g| (the exact minimiser of a linear model in the ball |d| ≤ ρ);
/// the new point replaces the vertex j maximising |λ_j|·max(1, (|x_j − y|/ρ)²) when it lowers f (λ_j is
/// the barycentric coordinate of the new point, so |λ_j| is the volume ratio of the new simplex), or only
/// when that score exceeds 1 otherwise; or
/// (b) after a step that failed to achieve 10 % of the predicted decrease, checks simplex acceptability
/// (every vertex within β ρ of the pole, β = 2.1, and at least α ρ from the opposite face, α = 0.25);
/// an unacceptable simplex gets a geometry step (the worst vertex moves to x₀ ± γ ρ n̂ along the face
/// normal, γ = 0.5, sign chosen downhill for the model); an acceptable one halves ρ, or terminates with
/// <see cref="ExitReason.Converged"/> once ρ = ρ_end.
/// </para>
/// <para>
/// Simplifications versus Powell's Fortran: no constraints (so no merit function/penalty parameter μ and no
/// TRSTLP sub-problem — the unconstrained linear trust-region step has the closed form above), the inverse
/// of D is recomputed by Gaussian elimination each iteration instead of being updated, and a numerically
/// singular simplex is rebuilt around the pole with edges ρ e_i. One iteration = one trust-region or
/// geometry step; the n+1 initial evaluations are not iterations.
/// </para>
/// </summary>
public sealed class CobylaOptimizer : IOptimizer
{
    private const double AcceptableFaceDistance = 0.25; // Powell's α
    private const double AcceptableEdgeLength = 2.1;    // Powell's β
    private const double GeometryStepFraction = 0.5;    // Powell's γ
    private const double SufficientDecreaseRatio = 0.1;

    /// <inheritdoc />
    public string Name => "cobyla";

    /// <inheritdoc />
    public bool RequiresGradient => false;

    /// <inheritdoc />
    public OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        IProgress<OptimizationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new CountingObjective(objective, initialPoint, settings, RequiresGradient, Name, progress, cancellationToken);
        if (!(settings.InitialStep > 0) || !(settings.FinalStep > 0))
        {
            throw new ArgumentException("COBYLA needs InitialStep (rho_begin) > 0 and FinalStep (rho_end) > 0.");
        }

        try
        {
            return counter.ToResult(Run(counter, initialPoint, settings));
        }
        catch (EvaluationBudgetExhaustedException)
        {
            return counter.ToResult(counter.StopReason);
        }
    }

    private static ExitReason Run(CountingObjective counter, double[] initialPoint, OptimizerSettings settings)
    {
        int n = counter.Dimension;
        double rho = settings.InitialStep;
        double rhoEnd = Math.Min(settings.FinalStep, rho);
        var s = new CobylaSimplex(n);

        initialPoint.CopyTo(s.Vertices[0], 0);
        s.Values[0] = counter.Value(s.Vertices[0]);
        RebuildAround(s, 0, rho, counter);

        var trial = new double[n];
        bool checkGeometry = false;
        while (true)
        {
            if (counter.Iterations >= settings.MaxIterations)
            {
                return ExitReason.MaxIterations;
            }

            if (!s.Factor())
            {
                RebuildAround(s, s.Pole, rho, counter);
                continue;
            }

            if (checkGeometry)
            {
                checkGeometry = false;
                int bad = s.WorstVertex(rho, AcceptableEdgeLength, AcceptableFaceDistance);
                if (bad >= 0)
                {
                    GeometryStep(s, bad, rho, trial, counter);
                    counter.EndIteration();
                    continue;
                }

                if (rho <= rhoEnd)
                {
                    return ExitReason.Converged;
                }

                rho *= 0.5;
                if (rho <= 1.5 * rhoEnd)
                {
                    rho = rhoEnd;
                }

                continue;
            }

            double gNorm = s.ModelGradientNorm();
            if (!(gNorm > 0) || !double.IsFinite(gNorm))
            {
                // A flat (or broken) model predicts no decrease: treat like a failed step.
                checkGeometry = true;
                continue;
            }

            double[] pole = s.Vertices[s.Pole];
            for (int i = 0; i < n; i++)
            {
                trial[i] = pole[i] - rho * s.Gradient[i] / gNorm;
            }

            double fTrial = counter.Value(trial);
            double predicted = rho * gNorm;
            double actual = s.Values[s.Pole] - fTrial;
            s.AcceptTrial(trial, fTrial, rho);
            counter.EndIteration();
            if (!(actual >= SufficientDecreaseRatio * predicted))
            {
                checkGeometry = true;
            }
        }
    }

    private static void RebuildAround(CobylaSimplex s, int poleIndex, double rho, CountingObjective counter)
    {
        int n = s.N;
        if (poleIndex != 0)
        {
            s.Swap(0, poleIndex);
        }

        for (int j = 1; j <= n; j++)
        {
            s.Vertices[0].CopyTo(s.Vertices[j], 0);
            s.Vertices[j][j - 1] += rho;
            s.Values[j] = counter.Value(s.Vertices[j]);
        }
    }

    private static void GeometryStep(CobylaSimplex s, int vertex, double rho, double[] trial, CountingObjective counter)
    {
        // Column k of D^{-1} is normal to the face opposite vertex k and points towards it.
        int k = s.OtherIndex(vertex);
        double norm = 0, slope = 0;
        for (int i = 0; i < s.N; i++)
        {
            double v = s.Inverse[i, k];
            norm += v * v;
            slope += s.Gradient[i] * v;
        }

        norm = Math.Sqrt(norm);
        double sign = slope > 0 ? -1.0 : 1.0;
        double[] pole = s.Vertices[s.Pole];
        for (int i = 0; i < s.N; i++)
        {
            trial[i] = pole[i] + sign * GeometryStepFraction * rho * s.Inverse[i, k] / norm;
        }

        double f = counter.Value(trial);
        trial.CopyTo(s.Vertices[vertex], 0);
        s.Values[vertex] = f;
    }
}
