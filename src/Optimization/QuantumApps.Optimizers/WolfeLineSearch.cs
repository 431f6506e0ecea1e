namespace QuantumApps.Optimizers;

/// <summary>
/// Line search for the strong Wolfe conditions along a descent direction d from x with φ(α) = f(x + αd):
/// sufficient decrease φ(α) ≤ φ(0) + c₁αφ'(0) and curvature |φ'(α)| ≤ c₂|φ'(0)|, with c₁ = 1e-4 and c₂ = 0.9
/// (the quasi-Newton values of Nocedal &amp; Wright, Numerical Optimization, 2nd ed., 2006, Algorithms 3.5 and 3.6).
/// Bracketing doubles α until a bracket is found; zoom takes the minimiser of the cubic through φ and φ' at the
/// bracket ends (eq. 3.59), safeguarded to the inner 80 % of the bracket, or the midpoint when the cubic has no
/// real minimiser or an end is non-finite. Every trial is one value-and-gradient call of the counter.
/// </summary>
internal sealed class WolfeLineSearch
{
    /// <summary>c₁ of the sufficient-decrease (Armijo) condition.</summary>
    private const double SufficientDecrease = 1e-4;

    /// <summary>c₂ of the strong curvature condition (0.9 suits quasi-Newton directions).</summary>
    private const double Curvature = 0.9;

    /// <summary>Trials per search: 20 bisections alone would shrink a bracket to 1e-6 of its width.</summary>
    private const int MaxTrials = 20;

    /// <summary>The cubic step is kept this fraction of the bracket width away from either end.</summary>
    private const double Safeguard = 0.1;

    private readonly CountingObjective _counter;
    private readonly double[] _trial;
    private readonly double[] _trialGradient;
    private readonly double[] _lowGradient;

    public WolfeLineSearch(CountingObjective counter)
    {
        _counter = counter;
        _trial = new double[counter.Dimension];
        _trialGradient = new double[counter.Dimension];
        _lowGradient = new double[counter.Dimension];
    }

    /// <summary>
    /// Searches from (x, f, g) along d starting with step <paramref name="alpha"/>. On
    /// <see cref="LineSearchOutcome.Wolfe"/> or <see cref="LineSearchOutcome.SufficientDecrease"/>, x, f and g are
    /// overwritten with the accepted point and the accepted step is returned; otherwise they are left unchanged.
    /// </summary>
    public (LineSearchOutcome Outcome, double Step) Search(double[] x, ref double f, double[] g, double[] d, double alpha)
    {
        double f0 = f, slope0 = Dot(g, d);
        double previous = 0, fPrevious = f0, slopePrevious = slope0;
        bool sawNonFinite = false;
        for (int trial = 1; trial <= MaxTrials; trial++)
        {
            var (fa, slope) = Evaluate(x, d, alpha);
            if (!double.IsFinite(fa) || !double.IsFinite(slope))
            {
                sawNonFinite = true;
                return Zoom(x, ref f, g, d, f0, slope0, previous, fPrevious, slopePrevious, alpha, double.NaN, double.NaN,
                    MaxTrials - trial, sawNonFinite);
            }

            if (fa > f0 + SufficientDecrease * alpha * slope0 || (trial > 1 && fa >= fPrevious))
            {
                return Zoom(x, ref f, g, d, f0, slope0, previous, fPrevious, slopePrevious, alpha, fa, slope,
                    MaxTrials - trial, sawNonFinite);
            }

            if (Math.Abs(slope) <= -Curvature * slope0)
            {
                return Accept(x, ref f, g, d, alpha, fa, LineSearchOutcome.Wolfe, _trialGradient);
            }

            _trialGradient.CopyTo(_lowGradient, 0);
            if (slope >= 0)
            {
                return Zoom(x, ref f, g, d, f0, slope0, alpha, fa, slope, previous, fPrevious, slopePrevious,
                    MaxTrials - trial, sawNonFinite);
            }

            (previous, fPrevious, slopePrevious) = (alpha, fa, slope);
            alpha *= 2;
        }

        // Every trial decreased f and kept descending: the last one satisfies sufficient decrease.
        return Accept(x, ref f, g, d, previous, fPrevious, LineSearchOutcome.SufficientDecrease, _lowGradient);
    }

    /// <summary>
    /// Zoom on the bracket between lo (sufficient decrease, lowest value so far; lo = 0 is the start) and hi.
    /// The gradient at lo &gt; 0 is kept in the low-gradient buffer.
    /// </summary>
    private (LineSearchOutcome, double) Zoom(double[] x, ref double f, double[] g, double[] d, double f0, double slope0,
        double lo, double fLo, double slopeLo, double hi, double fHi, double slopeHi, int trialsLeft, bool sawNonFinite)
    {
        for (int trial = 0; trial < trialsLeft; trial++)
        {
            double alpha = Interpolate(lo, fLo, slopeLo, hi, fHi, slopeHi);
            var (fa, slope) = Evaluate(x, d, alpha);
            if (!double.IsFinite(fa) || !double.IsFinite(slope))
            {
                sawNonFinite = true;
                (hi, fHi, slopeHi) = (alpha, double.NaN, double.NaN);
                continue;
            }

            if (fa > f0 + SufficientDecrease * alpha * slope0 || fa >= fLo)
            {
                (hi, fHi, slopeHi) = (alpha, fa, slope);
                continue;
            }

            if (Math.Abs(slope) <= -Curvature * slope0)
            {
                return Accept(x, ref f, g, d, alpha, fa, LineSearchOutcome.Wolfe, _trialGradient);
            }

            if (slope * (hi - lo) >= 0)
            {
                (hi, fHi, slopeHi) = (lo, fLo, slopeLo);
            }

            (lo, fLo, slopeLo) = (alpha, fa, slope);
            _trialGradient.CopyTo(_lowGradient, 0);
        }

        if (lo > 0)
        {
            return Accept(x, ref f, g, d, lo, fLo, LineSearchOutcome.SufficientDecrease, _lowGradient);
        }

        return (sawNonFinite ? LineSearchOutcome.NonFinite : LineSearchOutcome.NoDecrease, 0);
    }

    /// <summary>
    /// Minimiser of the cubic Hermite interpolant of φ on [a, b] (Nocedal &amp; Wright eq. 3.59):
    /// d₁ = φ'(a) + φ'(b) − 3(φ(a) − φ(b))/(a − b), d₂ = sign(b − a)·√(d₁² − φ'(a)φ'(b)),
    /// α = b − (b − a)(φ'(b) + d₂ − d₁)/(φ'(b) − φ'(a) + 2d₂), clamped to the inner part of the bracket.
    /// </summary>
    private static double Interpolate(double a, double fa, double slopeA, double b, double fb, double slopeB)
    {
        double left = Math.Min(a, b), right = Math.Max(a, b), width = right - left;
        double d1 = slopeA + slopeB - 3 * (fa - fb) / (a - b);
        double discriminant = d1 * d1 - slopeA * slopeB;
        double alpha = double.NaN;
        if (discriminant >= 0)
        {
            double d2 = Math.Sign(b - a) * Math.Sqrt(discriminant);
            alpha = b - (b - a) * (slopeB + d2 - d1) / (slopeB - slopeA + 2 * d2);
        }

        if (!double.IsFinite(alpha))
        {
            return left + 0.5 * width;
        }

        return Math.Clamp(alpha, left + Safeguard * width, right - Safeguard * width);
    }

    private (double Value, double Slope) Evaluate(double[] x, double[] d, double alpha)
    {
        for (int i = 0; i < x.Length; i++)
        {
            _trial[i] = x[i] + alpha * d[i];
        }

        double fa = _counter.ValueAndGradient(_trial, _trialGradient);
        return (fa, Dot(_trialGradient, d));
    }

    /// <summary>Moves x to x + αd (the same arithmetic as the trial point) and sets f and g to the values there.</summary>
    private static (LineSearchOutcome, double) Accept(double[] x, ref double f, double[] g, double[] d, double alpha, double fa,
        LineSearchOutcome outcome, double[] gradientAtAlpha)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] += alpha * d[i];
        }

        gradientAtAlpha.CopyTo(g, 0);

        f = fa;
        return (outcome, alpha);
    }

    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
