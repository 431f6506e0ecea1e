using System.Numerics;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Execution;

/// <summary>
/// Groups the units of one blocked pass into <see cref="FusedUnitKind.Tile"/> units (one <see cref="Kernels.RxTileKernel"/>
/// sweep each), in block-local qubits (local qubit j = the j-th lowest qubit of the block):
/// <list type="number">
/// <item>The local qubits ≥ 2 used by single RX units and CNOTs are split, from the top, into groups of three
/// consecutive ones (the register qubits of a tile); local qubits 0 and 1 are the lanes of every tile.</item>
/// <item>Eligible units are: a single RX (a <see cref="FusedUnitKind.Matrix1"/> unit of one RX operation) on a lane or a
/// group qubit; a CNOT between the two lanes; a CNOT inside a group; and the "head" CNOT of a group, whose target is the
/// group's lowest qubit and whose control is a lane or a qubit outside the group.</item>
/// <item>Each unit, in order, joins the first tile at or after the last slot that touched one of its qubits (so it
/// moves only past units on other qubits, which commute with it) whose group fits and where the kernel's fixed order —
/// all RX first, then the lane CNOTs, the head CNOT, the group's CNOTs — applies the tile's units in an order
/// equivalent to theirs: an RX only on a qubit the tile has not touched yet, a lane CNOT only before the head, the head
/// only before any CNOT of the group. An eligible unit that fits no tile opens one; any other unit stays a unit of its
/// own (a slot of its own, after which nothing on its qubits may move before it).</item>
/// <item>A tile with a single unit is emitted as that unit.</item>
/// </list>
/// The hardware-efficient layer (RX on every qubit, CNOT ring) on the 16 qubits of a 2^16-amplitude block becomes five
/// tiles: {RX0–3, CNOT 0→1, 1→2, 2→3}, {RX4–6, CNOT 3→4, 4→5, 5→6}, … — five sweeps over the cached block instead of 31.
/// </summary>
internal sealed class TileBuilder
{
    private readonly int[] _group;
    private readonly List<FusedUnit> _parts = new();
    private ulong _touched;
    private bool _hasHead;
    private bool _hasGroupCnot;

    private TileBuilder(int[] group) => _group = group;

    private enum Role { None, Rx, LaneCnot, Head, GroupCnot }

    /// <summary>Returns the pass's units with eligible runs replaced by tiles (see the type remarks).</summary>
    internal static FusedUnit[] Form(List<FusedUnit> units, ulong blockMask, IReadOnlyList<Operation> ops)
    {
        int m = BitOperations.PopCount(blockMask);
        if (m < 5) return units.ToArray();
        var qubits = new int[m];
        int i = 0;
        for (ulong b = blockMask; b != 0; b &= b - 1) qubits[i++] = BitOperations.TrailingZeroCount(b);
        int Local(int q) => BitOperations.PopCount(blockMask & ((1UL << q) - 1));

        // Register qubits in use, split from the top into groups of three.
        ulong active = 0;
        foreach (var u in units)
        {
            if (IsRx(u, ops) && Local(u.Q0) >= 2) active |= 1UL << Local(u.Q0);
            if (u.Kind == FusedUnitKind.Cnot)
            {
                int lc = Local(u.Q0), lt = Local(u.Q1);
                if (lt >= 2) active |= 1UL << lt;
                if (lc >= 2 && lt >= 2) active |= 1UL << lc;
            }
        }
        if (active == 0 && !units.Any(u => IsRx(u, ops))) return units.ToArray();
        var activeList = new List<int>();
        for (ulong b = active; b != 0; b &= b - 1) activeList.Add(BitOperations.TrailingZeroCount(b));
        var groupOf = new int[m];
        Array.Fill(groupOf, -1);
        var groups = new List<int[]>();
        for (int top = activeList.Count; top > 0; top -= 3)
        {
            int lo = Math.Max(0, top - 3);
            var g = activeList.GetRange(lo, top - lo).ToArray();
            foreach (int q in g) groupOf[q] = groups.Count;
            groups.Add(g);
        }
        int[] lowestGroup = groups.Count > 0 ? groups[^1] : [];

        var slots = new List<object>();
        var last = new int[m];
        Array.Fill(last, -1);
        foreach (var u in units)
        {
            ulong touched = LocalTouched(u, blockMask);
            int p0 = -1;
            for (ulong b = touched; b != 0; b &= b - 1) p0 = Math.Max(p0, last[BitOperations.TrailingZeroCount(b)]);
            var (role, lc, lt) = Classify(u, ops, Local, groupOf, groups);
            int slot = -1;
            if (role != Role.None)
            {
                for (int s = Math.Max(p0, 0); s < slots.Count && slot < 0; s++)
                    if (slots[s] is TileBuilder t && t.Accepts(role, lc, lt)) slot = s;
                if (slot < 0)
                {
                    int[] g = role == Role.Rx && lt >= 2 || role is Role.Head or Role.GroupCnot ? groups[groupOf[lt]] : lowestGroup;
                    slots.Add(new TileBuilder(g));
                    slot = slots.Count - 1;
                }
                ((TileBuilder)slots[slot]).Add(u, role, lc, lt);
            }
            else
            {
                slots.Add(u);
                slot = slots.Count - 1;
            }
            for (ulong b = touched; b != 0; b &= b - 1) last[BitOperations.TrailingZeroCount(b)] = slot;
        }
        var result = new List<FusedUnit>(slots.Count);
        foreach (var s in slots)
        {
            if (s is FusedUnit fu) result.Add(fu);
            else if (s is TileBuilder t && t._parts.Count == 1) result.Add(t._parts[0]);
            else if (s is TileBuilder tile)
                result.Add(new FusedUnit(FusedUnitKind.Tile, [.. tile._parts.SelectMany(p => p.Operations)], -1, -1, 0, 0,
                    tile._parts.ToArray(), [.. tile._group.Select(q => qubits[q])]));
        }
        return result.ToArray();
    }

    /// <summary>A single RX operation as a one-qubit unit (the units the executor binds to the RX form).</summary>
    internal static bool IsRx(FusedUnit u, IReadOnlyList<Operation> ops) =>
        u.Kind == FusedUnitKind.Matrix1 && u.Operations.Length == 1 && ops[u.Operations[0]] is { Kind: OperationKind.Rotation } op && op.Pauli[op.Q0] == 'X';

    private static (Role Role, int Lc, int Lt) Classify(FusedUnit u, IReadOnlyList<Operation> ops, Func<int, int> local, int[] groupOf, List<int[]> groups)
    {
        if (IsRx(u, ops)) return (Role.Rx, -1, local(u.Q0));
        if (u.Kind != FusedUnitKind.Cnot) return (Role.None, -1, -1);
        int lc = local(u.Q0), lt = local(u.Q1);
        if (lt < 2) return lc < 2 ? (Role.LaneCnot, lc, lt) : (Role.None, -1, -1);
        int g = groupOf[lt];
        if (lc >= 2 && groupOf[lc] == g) return (Role.GroupCnot, lc, lt);
        return lt == groups[g][0] ? (Role.Head, lc, lt) : (Role.None, -1, -1);
    }

    /// <summary>Block-local qubits a unit touches (its whole support inside the block).</summary>
    private static ulong LocalTouched(FusedUnit u, ulong blockMask)
    {
        ulong global = u.Kind switch
        {
            FusedUnitKind.PauliRotation => u.X | u.Z,
            _ => (u.Q0 >= 0 ? 1UL << u.Q0 : 0) | (u.Q1 >= 0 ? 1UL << u.Q1 : 0),
        };
        global &= blockMask;
        ulong local = 0;
        for (ulong b = global; b != 0; b &= b - 1)
            local |= 1UL << BitOperations.PopCount(blockMask & ((1UL << BitOperations.TrailingZeroCount(b)) - 1));
        return local;
    }

    private bool InGroup(int q) => Array.IndexOf(_group, q) >= 0;

    private bool Accepts(Role role, int lc, int lt) => role switch
    {
        Role.Rx => (lt < 2 || InGroup(lt)) && (_touched >> lt & 1) == 0,
        Role.LaneCnot => !_hasHead,
        Role.Head => _group.Length > 0 && lt == _group[0] && !_hasHead && !_hasGroupCnot,
        Role.GroupCnot => InGroup(lt) && InGroup(lc),
        _ => false,
    };

    private void Add(FusedUnit u, Role role, int lc, int lt)
    {
        _parts.Add(u);
        _touched |= 1UL << lt;
        if (lc >= 0) _touched |= 1UL << lc;
        if (role == Role.Head) _hasHead = true;
        if (role == Role.GroupCnot) _hasGroupCnot = true;
    }
}
