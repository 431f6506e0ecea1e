namespace QuantumApps.Optimizers;

/// <summary>
/// Thrown by <see cref="CountingObjective"/> when the evaluation budget is spent, to unwind out of a
/// third-party minimiser (MathNet) that has no budget hook; always caught inside this folder.
/// </summary>
internal sealed class EvaluationBudgetExhaustedException : Exception
{
    public EvaluationBudgetExhaustedException() : base("Objective evaluation budget exhausted.") { }
}
