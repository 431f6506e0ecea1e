using QuantumApps.Chemistry.Numerics;

namespace QuantumApps.Chemistry.Tests.Numerics;

/// <summary>
/// The DIIS extrapolator against its definition (Pulay, Chem. Phys. Lett. 73, 393 (1980)): c minimises
/// |Σ c_i e_i|² subject to Σ c_i = 1, so the Lagrange conditions are B c = λ·1 and 1ᵀc = 1 with B_ij = ⟨e_i, e_j⟩,
/// i.e. c = B⁻¹1 / (1ᵀB⁻¹1) for an invertible B.
/// </summary>
public class DiisTests
{
    /// <summary>Small (≤ 4×4) well-conditioned systems solved by SVD: rounding of a few ulps, so 1e-12.</summary>
    private const double LinearSolveTolerance = 1e-12;

    [Fact]
    public void OrthonormalErrorsGiveEqualWeights()
    {
        // B = I, so c = I⁻¹1 / (1ᵀI⁻¹1) = (1/2, 1/2) by the closed form above.
        var c = Diis.Coefficients([[1.0, 0.0], [0.0, 1.0]]);
        Assert.NotNull(c);
        Assert.Equal(0.5, c[0], LinearSolveTolerance);
        Assert.Equal(0.5, c[1], LinearSolveTolerance);
    }

    [Fact]
    public void NonOrthogonalErrorsMatchTheClosedForm()
    {
        // e1 = (1, 0), e2 = (1, 1): B = [[1, 1], [1, 2]], B⁻¹ = [[2, −1], [−1, 1]], B⁻¹1 = (1, 0), so c = (1, 0):
        // |(1−t)e1 + t e2|² = 1 + t² is smallest at t = 0.
        var c = Diis.Coefficients([[1.0, 0.0], [1.0, 1.0]]);
        Assert.NotNull(c);
        Assert.Equal(1.0, c[0], LinearSolveTolerance);
        Assert.Equal(0.0, c[1], LinearSolveTolerance);
    }

    [Fact]
    public void CoefficientsSatisfyTheLagrangeConditions()
    {
        // Random errors (seeded): B c must have equal entries (= λ) and the c must sum to one.
        var rng = new Random(7);
        var errors = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 5).Select(_ => rng.NextDouble() - 0.5).ToArray()).ToArray();
        var c = Diis.Coefficients(errors);
        Assert.NotNull(c);
        Assert.Equal(1.0, c.Sum(), LinearSolveTolerance);
        var bc = errors.Select(ei => errors.Select((ej, j) => c[j] * ei.Zip(ej, (a, b) => a * b).Sum()).Sum()).ToArray();
        Assert.All(bc, v => Assert.Equal(bc[0], v, LinearSolveTolerance));
    }

    [Fact]
    public void ExtrapolationSolvesALinearFixedPointProblemExactly()
    {
        // Errors linear in the iterate, e_i = x_i − x*, with x* in the affine hull of the iterates: Σ c_i e_i = 0 is
        // attainable, so the extrapolated iterate is x* itself (the reason DIIS accelerates near convergence).
        double[] target = [1.0, 2.0];
        double[][] iterates = [[0.0, 0.0], [3.0, 1.0], [1.0, 5.0]];
        var errors = iterates.Select(x => x.Zip(target, (a, b) => a - b).ToArray()).ToArray();
        var x = Diis.Extrapolate(iterates, errors);
        Assert.Equal(target[0], x[0], LinearSolveTolerance);
        Assert.Equal(target[1], x[1], LinearSolveTolerance);
    }

    [Fact]
    public void UnusableSystemsFallBackToTheNewestIterate()
    {
        double[] newest = [4.0, 5.0];
        Assert.Null(Diis.Coefficients([[1.0, 2.0]]));
        Assert.Same(newest, Diis.Extrapolate([newest], [[1.0, 2.0]]));
        Assert.Null(Diis.Coefficients([[double.NaN, 0.0], [1.0, 0.0]]));
        Assert.Same(newest, Diis.Extrapolate([[0.0, 0.0], newest], [[1e60, 0.0], [1.0, 0.0]]));
    }

    [Fact]
    public void PushKeepsOnlyTheLastPairs()
    {
        var diis = new Diis(2);
        diis.Push([0.0], [1.0]);
        diis.Push([1.0], [0.5]);
        var x = diis.Push([2.0], [0.25]);
        Assert.Equal(2, diis.Count);
        // Only (1, 0.5) and (2, 0.25) remain: c(0.5) + (1 − c)(0.25) = 0 at c = −1, so x = −1·1 + 2·2 = 3.
        Assert.Equal(3.0, x[0], LinearSolveTolerance);
    }

    [Fact]
    public void CoefficientsDoNotDependOnTheScaleOfTheErrors()
    {
        // c minimises |Σ c_i e_i|² under Σ c_i = 1, so scaling every e_i by s leaves c unchanged. Near convergence
        // |e| ~ 1e-9 (B ~ 1e-18 beside the border's 1): unscaled, the SVD saw B as zero and returned the minimum-norm
        // c = 1/m, which made the RHF of stretched H2O diverge again from a DIIS error of 1e-5 and stopped CCSD
        // of N2 at 2 Å at |ΔE| ~ 1e-8 (issue 13). Errors as in the test above, seeded.
        var rng = new Random(11);
        var errors = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, 7).Select(_ => rng.NextDouble() - 0.5).ToArray()).ToArray();
        var reference = Diis.Coefficients(errors);
        Assert.NotNull(reference);
        foreach (var scale in new[] { 1e-6, 1e-9, 1e-12 })
        {
            var scaled = Diis.Coefficients(errors.Select(e => e.Select(x => x * scale).ToArray()).ToArray());
            Assert.NotNull(scaled);
            for (var i = 0; i < reference.Length; i++)
            {
                Assert.Equal(reference[i], scaled[i], LinearSolveTolerance);
            }
        }
    }
}
