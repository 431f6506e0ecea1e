namespace QuantumApps.Variational.Workflows;

/// <summary>Progress of a comparison: which method is running and its latest step in words (e.g. "evaluation 12, ⟨C⟩ = 11.25").</summary>
/// <param name="Method">CLI name of the running method.</param>
/// <param name="Step">The latest step.</param>
public sealed record ComparisonProgress(string Method, string Step);
