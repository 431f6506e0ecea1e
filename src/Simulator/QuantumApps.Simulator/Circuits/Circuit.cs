using QuantumApps.Simulator.Execution;
using QuantumApps.Simulator.IO;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Circuits;

/// <summary>
/// An immutable parameterised circuit on <see cref="NumQubits"/> qubits, assembled once by a
/// <see cref="CircuitBuilder"/> and bound to many parameter vectors. Gates apply in list order
/// (gate 0 first); each angle is coefficient·params[index] + offset (<see cref="Angle"/>).
/// Qubit q is bit q of the basis index (qubit 0 = least significant).
/// </summary>
public sealed class Circuit : IEquatable<Circuit>
{
    private readonly Gate[] _gates;
    private ExecutionPlan? _plan;
    private Operation[]? _operations;

    internal Circuit(int numQubits, int numParameters, Gate[] gates)
    {
        NumQubits = numQubits;
        NumParameters = numParameters;
        _gates = gates;
        var byKind = new int[Enum.GetValues<GateKind>().Length];
        var level = new int[numQubits];
        int depth = 0, cnots = 0;
        foreach (var g in gates)
        {
            byKind[(int)g.Kind]++;
            cnots += g.CnotCount;
            int layer = 0;
            foreach (int q in g.Qubits) layer = Math.Max(layer, level[q]);
            if (g.Qubits.Count == 0) continue;
            layer++;
            foreach (int q in g.Qubits) level[q] = layer;
            depth = Math.Max(depth, layer);
        }
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < byKind.Length; k++)
            if (byKind[k] > 0) counts[Gate.NameOf((GateKind)k)] = byKind[k];
        GateCounts = counts;
        CnotCount = cnots;
        Depth = depth;
    }

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>Length of the parameter vector that Run expects.</summary>
    public int NumParameters { get; }

    /// <summary>The gates in application order.</summary>
    public IReadOnlyList<Gate> Gates => _gates;

    /// <summary>Number of gates of each kind, keyed by <see cref="Gate.Name"/> (ordinal order).</summary>
    public IReadOnlyDictionary<string, int> GateCounts { get; }

    /// <summary>Total CNOTs when every gate is decomposed as documented on <see cref="Gate.CnotCount"/>.</summary>
    public int CnotCount { get; }

    /// <summary>
    /// ASAP depth: each gate is placed one layer after the latest layer of any of its qubits; the depth is the
    /// number of layers. Every gate (identity included, as in OpenQASM) counts as one layer on its qubits, whatever
    /// its decomposition; gates acting on no qubit (a global phase) add nothing.
    /// </summary>
    public int Depth { get; }

    /// <summary>
    /// The gates lowered to simulator operations, built on first use (circuits that are only counted, lowered to
    /// CNOTs or routed — the VQE resource report — never need them). Two threads racing here build equal arrays.
    /// </summary>
    internal Operation[] Operations => _operations ??= CircuitBuilder.LowerAll(_gates);

    /// <summary>
    /// Applies the circuit to <paramref name="state"/> in place with the given parameters. The simulator chooses how:
    /// gate by gate, or — when the register spans at least 2^6 cache blocks and fusion is on — through a cached
    /// <see cref="ExecutionPlan"/> that fuses one-qubit runs and applies groups of gates block by block in fewer passes
    /// over memory (<see cref="CircuitExecution"/>). Both give the same state up to rounding.
    /// </summary>
    public void Run(StateVector state, ReadOnlySpan<double> parameters)
    {
        Validate(state, parameters);
        var policy = CircuitExecution.Current;
        if (policy.Fusion && CircuitExecution.MayPlan(NumQubits, policy) && PlanFor(policy) is { Pays: true } plan
            && (NumQubits >= policy.BlockQubits + CircuitExecution.MinBlockCountQubits || plan.HasTiles))
        {
            PlanExecutor.Run(plan, Operations, state, parameters);
            return;
        }
        RunGateByGate(state, parameters);
    }

    /// <summary>Applies the operations one by one, one sweep over the state each (the reference path; validated by the caller).</summary>
    internal void RunGateByGate(StateVector state, ReadOnlySpan<double> parameters)
    {
        foreach (var op in Operations) op.Apply(state, op.Angle.Evaluate(parameters));
    }

    /// <summary>The execution plan for the block geometry of <paramref name="policy"/>, built once and cached.</summary>
    internal ExecutionPlan PlanFor(ExecutionPolicy policy)
    {
        var plan = _plan;
        if (plan is null || plan.BlockQubits != policy.BlockQubits || plan.MinLowQubits != policy.MinLowQubits)
            _plan = plan = CircuitPlanner.Plan(this, policy.BlockQubits, policy.MinLowQubits);
        return plan;
    }

    /// <summary>Runs the circuit on |0…0⟩ and returns the new state.</summary>
    public StateVector Run(ReadOnlySpan<double> parameters)
    {
        var s = StateVector.Zero(NumQubits);
        Run(s, parameters);
        return s;
    }

    /// <summary>
    /// Runs with primitive operation <paramref name="shiftedOperation"/> shifted by <paramref name="shift"/>: its
    /// angle changes by the shift, except for a diagonal phase, after which exp(−i·shift/2·<paramref name="shiftPauli"/>)
    /// is applied instead (one of its commuting Z terms).
    /// </summary>
    internal void RunShifted(StateVector state, ReadOnlySpan<double> parameters, int shiftedOperation, double shift, PauliString shiftPauli)
    {
        Validate(state, parameters);
        for (int k = 0; k < Operations.Length; k++)
        {
            var op = Operations[k];
            double angle = op.Angle.Evaluate(parameters);
            if (k != shiftedOperation)
            {
                op.Apply(state, angle);
            }
            else if (op.Kind == OperationKind.DiagonalPhase)
            {
                op.Apply(state, angle);
                state.ApplyPauliRotation(shiftPauli, shift);
            }
            else
            {
                op.Apply(state, angle + shift);
            }
        }
    }

    internal void Validate(StateVector state, ReadOnlySpan<double> parameters)
    {
        if (state.NumQubits != NumQubits) throw new QuantumAppsException($"the circuit acts on {NumQubits} qubits but the state has {state.NumQubits}");
        ValidateParameters(parameters);
    }

    internal void ValidateParameters(ReadOnlySpan<double> parameters)
    {
        if (parameters.Length != NumParameters) throw new QuantumAppsException($"the circuit takes {NumParameters} parameters, {parameters.Length} were given");
        foreach (double p in parameters)
            if (!double.IsFinite(p)) throw new QuantumAppsException($"circuit parameters must be finite, got {p}");
    }

    /// <summary>
    /// OpenQASM 2.0 text of the circuit bound to <paramref name="parameters"/>, using qelib1.inc gates
    /// (see <see cref="QasmWriter"/> for the decompositions). Global phases are dropped. A general two-qubit
    /// unitary is synthesised exactly from u1, u3 and cx by two-level (Givens) decomposition, which uses more CNOTs
    /// than the KAK optimum of 3 that <see cref="CnotCount"/> reports.
    /// </summary>
    public string ToQasm(ReadOnlySpan<double> parameters)
    {
        ValidateParameters(parameters);
        return QasmWriter.Write(this, parameters);
    }

    public bool Equals(Circuit? other) =>
        other is not null && NumQubits == other.NumQubits && NumParameters == other.NumParameters
        && _gates.AsSpan().SequenceEqual(other._gates);

    public override bool Equals(object? obj) => Equals(obj as Circuit);

    public override int GetHashCode() => HashCode.Combine(NumQubits, NumParameters, _gates.Length, _gates.Length > 0 ? _gates[0].GetHashCode() : 0);
}
