namespace QuantumApps.Optimizers;

/// <summary>A scalar function f(x) of a parameter vector.</summary>
public delegate double ValueFunction(ReadOnlySpan<double> x);
