namespace QuantumApps.Simulator.Execution;

/// <summary>
/// How a circuit's primitive operations are applied to an n-qubit state: <see cref="Steps"/> in order, each one
/// streaming pass over memory (<see cref="PlanStep"/>). Built by <see cref="CircuitPlanner"/> from the circuit alone
/// (no state needed); the angles are bound when the plan is executed (<see cref="PlanExecutor"/>).
/// </summary>
internal sealed class ExecutionPlan(int numQubits, int blockQubits, int minLowQubits, int operationCount, PlanStep[] steps)
{
    internal int NumQubits { get; } = numQubits;

    /// <summary>Block size in qubits the plan was made for.</summary>
    internal int BlockQubits { get; } = blockQubits;

    /// <summary>Fewest low qubits per block the plan was made for.</summary>
    internal int MinLowQubits { get; } = minLowQubits;

    /// <summary>Number of primitive operations (= passes of the gate-by-gate path).</summary>
    internal int OperationCount { get; } = operationCount;

    internal PlanStep[] Steps { get; } = steps;

    /// <summary>Streaming passes over the state: one per step.</summary>
    internal int PassCount => Steps.Length;

    /// <summary>True when the plan does fewer passes than applying the operations one by one.</summary>
    internal bool Pays => PassCount < OperationCount;

    /// <summary>True when some pass holds a <see cref="FusedUnitKind.Tile"/> (RX and CNOTs in one register sweep).</summary>
    internal bool HasTiles { get; } = steps.Any(s => s.IsBlocked && s.Units.Any(u => u.Kind == FusedUnitKind.Tile));
}
