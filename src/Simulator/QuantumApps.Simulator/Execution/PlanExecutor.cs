using System.Numerics;
using System.Runtime.Intrinsics.X86;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Execution;

/// <summary>
/// Runs an <see cref="ExecutionPlan"/> on a state: binds the angles once (fusing one-qubit runs into 2×2 matrices),
/// then for each step either applies its single operation gate by gate, or sweeps the blocks (in parallel over blocks
/// under <see cref="Parallelism"/>; one thread inside a block) and applies every unit to each block while it is in
/// cache. A step with a single unit is applied to the whole state directly (no gathering).
/// </summary>
internal static unsafe class PlanExecutor
{
    [ThreadStatic] private static double[]? _buffer;
    [ThreadStatic] private static int _bufferOffset;

    /// <summary>Applies the operations of <paramref name="ops"/> as planned, with angles from <paramref name="parameters"/>.</summary>
    internal static void Run(ExecutionPlan plan, IReadOnlyList<Operation> ops, StateVector state, ReadOnlySpan<double> parameters)
    {
        var angles = new double[ops.Count];
        for (int k = 0; k < angles.Length; k++) angles[k] = ops[k].Angle.Evaluate(parameters);
        ulong all = state.NumQubits >= 64 ? ulong.MaxValue : (1UL << state.NumQubits) - 1;
        foreach (var step in plan.Steps)
        {
            if (!step.IsBlocked)
            {
                ops[step.WholeOperation].Apply(state, angles[step.WholeOperation]);
                continue;
            }
            if (step.Units.Length == 1 && step.Units[0].Kind != FusedUnitKind.Tile)
            {
                var unit = step.Units[0];
                if (unit.Operations.Length == 1) ops[unit.Operations[0]].Apply(state, angles[unit.Operations[0]]);
                else Apply(state.Amplitudes, Bind(unit, ops, angles, all), 0);
                continue;
            }
            var bound = new BoundUnit[step.Units.Length];
            for (int u = 0; u < bound.Length; u++) bound[u] = Bind(step.Units[u], ops, angles, step.BlockMask);
            RunBlocks(step, bound, state.Amplitudes);
        }
    }

    private static void RunBlocks(PlanStep step, BoundUnit[] units, Span<Complex> amps)
    {
        int m = step.BlockQubits.Length;
        int low = Math.Min(step.LowQubits, m);
        int h = m - low;
        var runOffsets = new long[1 << h];
        for (int j = 0; j < runOffsets.Length; j++)
        {
            long off = 0;
            for (int i = 0; i < h; i++)
                if ((j >> i & 1) != 0) off |= 1L << step.BlockQubits[low + i];
            runOffsets[j] = off;
        }
        long len = amps.Length;
        long outer = len >> m;
        int[] blockQubits = step.BlockQubits;
        fixed (Complex* p = amps)
        {
            nint addr = (nint)p;
            Parallelism.For(outer, len, 1, (s, e) => SweepBlocks((Complex*)addr, s, e, m, low, blockQubits, runOffsets, units));
        }
    }

    private static void SweepBlocks(Complex* psi, long start, long end, int m, int low, int[] blockQubits, long[] runOffsets, BoundUnit[] units)
    {
        using var single = Parallelism.Override(threads: 1);
        int size = 1 << m;
        bool contiguous = low == m;
        Complex* buffer = contiguous ? null : ThreadBuffer(size);
        int runLength = 1 << low;
        for (long o = start; o < end; o++)
        {
            long baseIndex = BitOps.InsertZeros(o, blockQubits);
            Complex* block = contiguous ? psi + baseIndex : buffer;
            if (!contiguous) BlockGatherKernel.Gather(psi, baseIndex, runOffsets, runLength, buffer);
            var span = new Span<Complex>(block, size);
            foreach (ref readonly var u in units.AsSpan()) Apply(span, u, baseIndex);
            if (!contiguous) BlockGatherKernel.Scatter(psi, baseIndex, runOffsets, runLength, buffer);
        }
    }

    /// <summary>A pinned, 64-byte aligned buffer of at least <paramref name="size"/> amplitudes for this thread.</summary>
    private static Complex* ThreadBuffer(int size)
    {
        if (_buffer is null || _buffer.Length < 2 * size + 8)
        {
            _buffer = GC.AllocateArray<double>(2 * size + 8, pinned: true);
            fixed (double* d = _buffer)
            {
                long mis = (long)d % 64;
                _bufferOffset = mis == 0 ? 0 : (int)((64 - mis) / sizeof(double));
            }
        }
        fixed (double* d = _buffer) return (Complex*)(d + _bufferOffset);
    }

    /// <summary>Applies one bound unit to a block (or the whole state) whose base index is <paramref name="baseIndex"/>.</summary>
    private static void Apply(Span<Complex> a, in BoundUnit u, long baseIndex)
    {
        switch (u.Kind)
        {
            case FusedUnitKind.Matrix1:
                ApplyMatrix1(a, u, u.Q0, 0);
                break;
            case FusedUnitKind.Cnot:
                if (!LowControlCnotKernel.TryRun(a, u.Q0, u.Q1)) PairLoop.Run(a, u.Q1, 1UL << u.Q0, new SwapPairOperation());
                break;
            case FusedUnitKind.Cz:
                PairLoop.Run(a, u.Q1, 1UL << u.Q0, new DiagonalPairOperation(Complex.One, -Complex.One));
                break;
            case FusedUnitKind.Swap:
                TwoQubitKernel.Swap(a, u.Q0, u.Q1);
                break;
            case FusedUnitKind.Matrix2:
                TwoQubitKernel.Apply(a, u.Q0, u.Q1, u.Matrix!);
                break;
            case FusedUnitKind.ControlledRotation:
                ApplyMatrix1(a, u, u.Q1, 1UL << u.Q0);
                break;
            case FusedUnitKind.Tile:
                if (u.Tile is { } tile && RxTileKernel.IsSupported) RxTileKernel.Apply(a, tile);
                else
                    foreach (ref readonly var part in u.Parts.AsSpan()) Apply(a, part, baseIndex);
                break;
            case FusedUnitKind.PauliRotation:
                double sign = (BitOperations.PopCount(u.OuterZ & (ulong)baseIndex) & 1) == 0 ? 1 : -1;
                PauliRotationKernel.Apply(a, u.X, u.Z, sign * u.Theta);
                break;
        }
    }

    private static void ApplyMatrix1(Span<Complex> a, in BoundUnit u, int target, ulong controls)
    {
        switch (u.Special)
        {
            case Matrix1Form.Rx when controls == 0: PairLoop.Run(a, target, 0, new RxPairOperation(u.Cos, u.Sin)); break;
            case Matrix1Form.Ry when controls == 0: PairLoop.Run(a, target, 0, new RealPairOperation(u.Cos, -u.Sin, u.Sin, u.Cos)); break;
            case Matrix1Form.Diagonal: PairLoop.Run(a, target, controls, new DiagonalPairOperation(u.M00, u.M11)); break;
            default: PairLoop.Run(a, target, controls, new MatrixPairOperation(u.M00, u.M01, u.M10, u.M11)); break;
        }
    }

    /// <summary>Binds a unit's angles and maps its qubits into the block of qubits <paramref name="blockMask"/>.</summary>
    internal static BoundUnit Bind(FusedUnit unit, IReadOnlyList<Operation> ops, double[] angles, ulong blockMask)
    {
        switch (unit.Kind)
        {
            case FusedUnitKind.Matrix1:
                return BindMatrix1(unit, ops, angles, Local(unit.Q0, blockMask));
            case FusedUnitKind.PauliRotation:
                return new BoundUnit
                {
                    Kind = unit.Kind, Q0 = -1, Q1 = -1, Theta = angles[unit.Operations[0]],
                    X = Extract(unit.X, blockMask), Z = Extract(unit.Z, blockMask), OuterZ = unit.Z & ~blockMask,
                };
            case FusedUnitKind.Tile:
                var parts = new BoundUnit[unit.Parts!.Length];
                for (int k = 0; k < parts.Length; k++) parts[k] = Bind(unit.Parts[k], ops, angles, blockMask);
                return new BoundUnit
                {
                    Kind = unit.Kind, Q0 = -1, Q1 = -1, Parts = parts,
                    Tile = BindTile([.. unit.Group!.Select(q => Local(q, blockMask))], parts, BitOperations.PopCount(blockMask)),
                };
            case FusedUnitKind.ControlledRotation:
                var op = ops[unit.Operations[0]];
                var (sn, c) = Math.SinCos(angles[unit.Operations[0]] / 2);
                var form = op.Pauli[op.Q1] switch { 'X' => 'X', 'Y' => 'Y', _ => 'Z' };
                return new BoundUnit
                {
                    Kind = unit.Kind, Q0 = Local(unit.Q0, blockMask), Q1 = Local(unit.Q1, blockMask),
                    Special = form == 'Z' ? Matrix1Form.Diagonal : Matrix1Form.General,
                    M00 = form == 'Z' ? new Complex(c, -sn) : c,
                    M01 = form == 'X' ? new Complex(0, -sn) : form == 'Y' ? -sn : 0,
                    M10 = form == 'X' ? new Complex(0, -sn) : form == 'Y' ? sn : 0,
                    M11 = form == 'Z' ? new Complex(c, sn) : c,
                };
            default:
                return new BoundUnit
                {
                    Kind = unit.Kind, Q0 = Local(unit.Q0, blockMask), Q1 = Local(unit.Q1, blockMask),
                    Matrix = ops[unit.Operations[0]].Matrix,
                };
        }
    }

    private static BoundUnit BindMatrix1(FusedUnit unit, IReadOnlyList<Operation> ops, double[] angles, int local)
    {
        if (unit.Operations.Length == 1)
        {
            var op = ops[unit.Operations[0]];
            double angle = angles[unit.Operations[0]];
            if (op.Kind == OperationKind.Rotation && op.Pauli[op.Q0] is 'X' or 'Y')
            {
                var (s, c) = Math.SinCos(angle / 2);
                return new BoundUnit { Kind = FusedUnitKind.Matrix1, Q0 = local, Special = op.Pauli[op.Q0] == 'X' ? Matrix1Form.Rx : Matrix1Form.Ry, Cos = c, Sin = s };
            }
        }
        Complex m00 = 1, m01 = 0, m10 = 0, m11 = 1;
        foreach (int k in unit.Operations)
        {
            var (a00, a01, a10, a11) = Matrix1Of(ops[k], angles[k]);
            (m00, m01, m10, m11) = (a00 * m00 + a01 * m10, a00 * m01 + a01 * m11, a10 * m00 + a11 * m10, a10 * m01 + a11 * m11);
        }
        var special = m01 == Complex.Zero && m10 == Complex.Zero ? Matrix1Form.Diagonal : Matrix1Form.General;
        return new BoundUnit { Kind = FusedUnitKind.Matrix1, Q0 = local, Special = special, M00 = m00, M01 = m01, M10 = m10, M11 = m11 };
    }

    /// <summary>
    /// The 2×2 matrix of a one-qubit operation at angle θ: a fixed matrix; RX, RY, RZ(θ) = exp(−iθσ/2); PhaseShift(θ)
    /// = diag(1, e^{iθ}) (the same matrices as <see cref="StateVector"/>'s gate methods).
    /// </summary>
    internal static (Complex M00, Complex M01, Complex M10, Complex M11) Matrix1Of(Operation op, double theta)
    {
        switch (op.Kind)
        {
            case OperationKind.Fixed1:
                var m = op.Matrix!;
                return (m[0], m[1], m[2], m[3]);
            case OperationKind.PhaseShift:
                return (1, 0, 0, Complex.FromPolarCoordinates(1, theta));
            default:
                var (s, c) = Math.SinCos(theta / 2);
                int q = BitOperations.TrailingZeroCount(op.Pauli.X | op.Pauli.Z);
                return op.Pauli[q] switch
                {
                    'X' => (c, new Complex(0, -s), new Complex(0, -s), c),
                    'Y' => (c, -s, s, c),
                    _ => (Complex.FromPolarCoordinates(1, -theta / 2), 0, 0, Complex.FromPolarCoordinates(1, theta / 2)),
                };
        }
    }

    /// <summary>
    /// The <see cref="RxTile"/> of a tile whose register qubits are <paramref name="group"/> (block-local) and whose
    /// bound units are <paramref name="parts"/> (single RX and CNOTs, block-local, in a valid order; see
    /// <see cref="TileBuilder"/>), in a block of <paramref name="blockQubits"/> qubits. The group is padded to three
    /// register qubits with unused ones (above it first, so that the head CNOT's target stays the lowest); null when
    /// that is impossible.
    /// </summary>
    internal static RxTile? BindTile(int[] group, BoundUnit[] parts, int blockQubits)
    {
        int headControl = -1;
        var laneCnots = new List<(int C, int T)>();
        var groupCnots = new List<(int C, int T)>();
        bool lanes = false;
        foreach (var p in parts)
        {
            if (p.Kind == FusedUnitKind.Matrix1) lanes |= p.Q0 < 2;
            else if (p.Q0 < 2 && p.Q1 < 2) { laneCnots.Add((p.Q0, p.Q1)); lanes = true; }
            else if (Array.IndexOf(group, p.Q0) >= 0) groupCnots.Add((p.Q0, p.Q1));
            else headControl = p.Q0;
        }
        var regs = new List<int>(group);
        for (int q = group.Length == 0 ? 2 : group[^1] + 1; q < blockQubits && regs.Count < 3; q++)
            if (q != headControl) regs.Add(q);
        for (int q = group.Length == 0 ? blockQubits - 1 : group[0] - 1; q >= 2 && regs.Count < 3; q--)
            if (q != headControl && !regs.Contains(q)) regs.Add(q);
        if (regs.Count < 3) return null;
        regs.Sort();
        if (headControl >= 0 && group[0] != regs[0]) return null;

        // Slots 0, 1: lanes; 2, 3, 4: register qubits regs[0..2].
        var c = new double[] { 1, 1, 1, 1, 1 };
        var s = new double[5];
        foreach (var p in parts)
            if (p.Kind == FusedUnitKind.Matrix1)
            {
                int slot = p.Q0 < 2 ? p.Q0 : 2 + regs.IndexOf(p.Q0);
                (c[slot], s[slot]) = (p.Cos, p.Sin);
            }
        int carrier = lanes ? 0 : 2, first = lanes ? 0 : 2;
        bool tan = true;
        for (int j = first; j < 5; j++)
            if (j != carrier && Math.Abs(c[j]) < 0.5) tan = false;
        var alpha = new double[5];
        var beta = new double[5];
        for (int j = 0; j < 5; j++)
        {
            if (!tan || j < first) { alpha[j] = c[j]; beta[j] = s[j]; continue; }
            double others = 1;
            for (int k = first; k < 5; k++)
                if (k != j) others *= c[k];
            alpha[j] = j == carrier ? c[j] * others : 1;
            beta[j] = j == carrier ? s[j] * others : s[j] / c[j];
        }

        // Lane permutation as a gather: output lane j takes lane f⁻¹(j), the CNOTs applied to j in reverse order.
        var gather = new long[8];
        for (int j = 0; j < 4; j++)
        {
            int src = j;
            for (int k = laneCnots.Count - 1; k >= 0; k--)
                if ((src >> laneCnots[k].C & 1) != 0) src ^= 1 << laneCnots[k].T;
            gather[2 * j] = 2 * src;
            gather[2 * j + 1] = 2 * src + 1;
        }
        var laneMask = new long[8];
        if (headControl is >= 0 and < 2)
            for (int j = 0; j < 4; j++)
                if ((j >> headControl & 1) != 0) laneMask[2 * j] = laneMask[2 * j + 1] = -1;

        // Register k (bit j = value of regs[j]) is stored where the group's CNOTs send it.
        var dest = new long[8];
        for (int k = 0; k < 8; k++)
        {
            int f = k;
            foreach (var (cq, tq) in groupCnots)
                if ((f >> regs.IndexOf(cq) & 1) != 0) f ^= 1 << regs.IndexOf(tq);
            dest[k] = 2 * ((long)(f & 1) << regs[0] | (long)(f >> 1 & 1) << regs[1] | (long)(f >> 2 & 1) << regs[2]);
        }
        return new RxTile
        {
            QA = regs[0], QB = regs[1], QC = regs[2], Lanes = lanes, Tan = tan, Rotations = parts.Any(p => p.Kind == FusedUnitKind.Matrix1), Alpha = alpha, Beta = beta,
            LaneGather = gather, HeadLaneMask = laneMask, HeadShift = headControl >= 2 ? headControl : 63, Dest = dest,
        };
    }

    /// <summary>Block-local index of global qubit <paramref name="q"/>: the number of block qubits below it.</summary>
    private static int Local(int q, ulong blockMask) => q < 0 ? q : BitOperations.PopCount(blockMask & ((1UL << q) - 1));

    /// <summary>The bits of <paramref name="mask"/> inside the block, packed into block-local positions (PEXT).</summary>
    private static ulong Extract(ulong mask, ulong blockMask)
    {
        if (Bmi2.X64.IsSupported) return Bmi2.X64.ParallelBitExtract(mask, blockMask);
        ulong r = 0;
        int i = 0;
        for (ulong b = blockMask; b != 0; b &= b - 1, i++)
            if ((mask & (b & ~(b - 1))) != 0) r |= 1UL << i;
        return r;
    }
}
