namespace QuantumApps.Learning.Selection;

/// <summary>
/// One independent unit of the classification benchmark's model selection: grid point <see cref="Candidate"/> of
/// <see cref="Kind"/> scored on cross-validation fold <see cref="Fold"/>, or (<see cref="Fold"/> null) that grid point
/// trained on the whole training part and scored on the test part. Every task draws from its own generator
/// (<see cref="SelectionPlan.TaskSeed"/>), so tasks can run in any order, in any process, and give the same numbers.
/// </summary>
public readonly record struct SelectionTask(ModelKind Kind, int Candidate, int? Fold)
{
    /// <summary>True for the final fit on the whole training part.</summary>
    public bool IsFinal => Fold is null;
}
