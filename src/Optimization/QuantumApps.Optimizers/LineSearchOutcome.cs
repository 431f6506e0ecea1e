namespace QuantumApps.Optimizers;

/// <summary>How a <see cref="WolfeLineSearch"/> ended.</summary>
internal enum LineSearchOutcome
{
    /// <summary>A step meeting both strong Wolfe conditions was accepted.</summary>
    Wolfe,

    /// <summary>The trials ran out; the accepted step meets sufficient decrease but not the curvature condition.</summary>
    SufficientDecrease,

    /// <summary>No trial decreased f enough; the point is unchanged.</summary>
    NoDecrease,

    /// <summary>No trial decreased f enough and at least one gave a non-finite value or slope.</summary>
    NonFinite,
}
