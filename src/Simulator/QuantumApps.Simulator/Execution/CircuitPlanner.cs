using System.Numerics;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Execution;

/// <summary>
/// Groups a circuit's primitive operations into cache-blocked passes (<see cref="PlanStep"/>), greedily, in one sweep
/// over the operations:
/// <list type="number">
/// <item>Each operation needs some qubits inside the block (its support; for a Pauli rotation only its X part — its
/// Z factors outside the block are ±1 per block) and touches its whole support. It may join the earliest blocked pass
/// at or after the last step that touched any of its qubits (operations on disjoint qubits commute, so it can move
/// past everything in between), provided the pass's qubit set, grown by the qubits it needs, stays within
/// <c>blockQubits</c>; otherwise it opens a new pass. Every pass starts with the low qubits 0 … minLow−1, so a gathered
/// block consists of contiguous runs (high qubits are brought into a block by gathering, not by permuting the state).</item>
/// <item>Inside a pass, consecutive one-qubit operations on the same qubit (with nothing on that qubit in between)
/// are fused into one 2×2 matrix (<see cref="FusedUnitKind.Matrix1"/>); all pending runs of a pass are emitted together
/// just before the next unit that touches one of their qubits, or at the end of the pass. Each fused run is applied by
/// the cheapest kernel for its product (RX, RY, diagonal or general 2×2); one-qubit gates are not merged with
/// two-qubit gates into dense 4×4 blocks: inside a cache-resident block arithmetic, not memory, is the limit, and a
/// dense 4×4 costs more arithmetic than a 2×2 plus a CNOT (applying two or three general 2×2 matrices in one
/// register-resident sweep measured no faster, RX layers 1.5× slower, at n = 22; docs/benchmarks.md). What does pay
/// is the specialised register sweep for single RX gates and CNOTs: each finished pass is handed to
/// <see cref="TileBuilder"/>, which groups them into <see cref="FusedUnitKind.Tile"/> units (RX on five qubits and their
/// CNOTs in one sweep, RX at one FMA per vector; HEA layer about 4× faster than gate by gate at 20 and 24 qubits).</item>
/// <item>Operations that cannot be blocked (a full-register diagonal phase, a global phase, an operation needing more
/// than the block) become a gate-by-gate step and act as a barrier for every qubit they touch.</item>
/// </list>
/// A hardware-efficient layer on 24 qubits (RX on every qubit, CNOT ring; 48 gates) with 2^16-amplitude blocks and 6
/// low qubits plans into 3 passes (4 with 2^14).
/// </summary>
internal static class CircuitPlanner
{
    /// <summary>Plans <paramref name="circuit"/> for blocks of <paramref name="blockQubits"/> qubits with at least <paramref name="minLowQubits"/> low qubits each.</summary>
    internal static ExecutionPlan Plan(Circuit circuit, int blockQubits, int minLowQubits) =>
        Plan(circuit.Operations, circuit.NumQubits, blockQubits, minLowQubits);

    internal static ExecutionPlan Plan(IReadOnlyList<Operation> ops, int numQubits, int blockQubits, int minLowQubits)
    {
        int b = Math.Min(blockQubits, numQubits);
        int low = Math.Min(minLowQubits, b);
        ulong lowMask = low >= 64 ? ulong.MaxValue : (1UL << low) - 1;
        ulong allQubits = numQubits >= 64 ? ulong.MaxValue : (1UL << numQubits) - 1;
        var steps = new List<PassBuilder?>();
        var wholeOps = new List<int>();
        var last = new int[numQubits];
        Array.Fill(last, -1);
        for (int k = 0; k < ops.Count; k++)
        {
            var op = ops[k];
            var (kind, need, touched, blockable) = Classify(op, allQubits);
            if (!blockable || BitOperations.PopCount(need | lowMask) > b)
            {
                int idx = steps.Count;
                steps.Add(null);
                wholeOps.Add(k);
                for (ulong m = touched; m != 0; m &= m - 1) last[BitOperations.TrailingZeroCount(m)] = idx;
                continue;
            }
            int p0 = 0;
            for (ulong m = touched; m != 0; m &= m - 1) p0 = Math.Max(p0, last[BitOperations.TrailingZeroCount(m)]);
            int p = -1;
            for (int s = Math.Max(p0, 0); s < steps.Count; s++)
                if (steps[s] is { } pass && BitOperations.PopCount(pass.Mask | need) <= b)
                {
                    p = s;
                    break;
                }
            if (p < 0)
            {
                p = steps.Count;
                steps.Add(new PassBuilder(lowMask, ops));
                wholeOps.Add(-1);
            }
            steps[p]!.Add(k, op, kind, need, touched);
            for (ulong m = touched; m != 0; m &= m - 1) last[BitOperations.TrailingZeroCount(m)] = p;
        }
        var result = new PlanStep[steps.Count];
        for (int s = 0; s < result.Length; s++)
            result[s] = steps[s] is { } pass ? pass.Build() : PlanStep.Whole(wholeOps[s]);
        return new ExecutionPlan(numQubits, blockQubits, minLowQubits, ops.Count, result);
    }

    /// <summary>The unit kind, the qubits that must be inside the block, the qubits touched, and whether it can be blocked at all.</summary>
    private static (FusedUnitKind Kind, ulong Need, ulong Touched, bool Blockable) Classify(Operation op, ulong allQubits)
    {
        ulong pair = (1UL << Math.Max(op.Q0, 0)) | (1UL << Math.Max(op.Q1, 0));
        switch (op.Kind)
        {
            case OperationKind.Fixed1:
            case OperationKind.PhaseShift:
                return (FusedUnitKind.Matrix1, 1UL << op.Q0, 1UL << op.Q0, true);
            case OperationKind.Fixed2: return (FusedUnitKind.Matrix2, pair, pair, true);
            case OperationKind.Cnot: return (FusedUnitKind.Cnot, pair, pair, true);
            case OperationKind.Cz: return (FusedUnitKind.Cz, pair, pair, true);
            case OperationKind.Swap: return (FusedUnitKind.Swap, pair, pair, true);
            case OperationKind.ControlledRotation: return (FusedUnitKind.ControlledRotation, pair, pair, true);
            case OperationKind.Rotation:
                ulong support = op.Pauli.X | op.Pauli.Z;
                if (support == 0) return (FusedUnitKind.PauliRotation, 0, allQubits, false);
                if (BitOperations.PopCount(support) == 1) return (FusedUnitKind.Matrix1, support, support, true);
                return (FusedUnitKind.PauliRotation, op.Pauli.X, support, true);
            default:
                return (FusedUnitKind.PauliRotation, 0, allQubits, false);
        }
    }

    /// <summary>A pass under construction: its qubit set, its units, and the pending one-qubit runs per qubit.</summary>
    private sealed class PassBuilder(ulong lowMask, IReadOnlyList<Operation> ops)
    {
        private readonly List<FusedUnit> _units = new();
        private readonly Dictionary<int, List<int>> _pending = new();

        internal ulong Mask { get; private set; } = lowMask;

        internal void Add(int index, Operation op, FusedUnitKind kind, ulong need, ulong touched)
        {
            Mask |= need;
            if (kind == FusedUnitKind.Matrix1)
            {
                int q = BitOperations.TrailingZeroCount(need);
                if (!_pending.TryGetValue(q, out var run)) _pending[q] = run = new List<int>();
                run.Add(index);
                return;
            }
            // Every pending run may move up to here (nothing since touched its qubit), so all are emitted together.
            if (Touches(touched)) FlushAll();
            _units.Add(kind == FusedUnitKind.PauliRotation
                ? new FusedUnit(kind, [index], -1, -1, op.Pauli.X, op.Pauli.Z)
                : new FusedUnit(kind, [index], op.Q0, op.Q1, 0, 0));
        }

        private bool Touches(ulong touched)
        {
            foreach (int q in _pending.Keys)
                if ((touched >> q & 1) != 0) return true;
            return false;
        }

        private void FlushAll()
        {
            foreach (int q in _pending.Keys.Order().ToArray())
            {
                _units.Add(new FusedUnit(FusedUnitKind.Matrix1, _pending[q].ToArray(), q, -1, 0, 0));
                _pending.Remove(q);
            }
        }

        internal PlanStep Build()
        {
            FlushAll();
            return PlanStep.Blocked(Mask, TileBuilder.Form(_units, Mask, ops));
        }
    }
}
