namespace QuantumApps.Optimizers;

/// <summary>
/// Thrown by <see cref="CountingObjective"/> when the evaluation budget is spent or the run was cancelled
/// (<see cref="CountingObjective.StopReason"/> says which), to unwind out of a
/// third-party minimiser (MathNet) that has no budget hook; always caught inside this folder.
/// </summary>
internal sealed class EvaluationBudgetExhaustedException : Exception
{
    public EvaluationBudgetExhaustedException() : base("Objective evaluation budget exhausted.") { }
}
