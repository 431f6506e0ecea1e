using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Execution;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Execution;

/// <summary>
/// Every fused or blocked path of the circuit planner against gate-by-gate application (<see cref="Circuit.RunGateByGate"/>,
/// the independent reference path: one kernel call per primitive operation on the whole state) on seeded random states,
/// n = 1..10, every qubit and every ordered qubit pair, with blocks from 1 qubit up (so that pairs inside, across and
/// outside the low part of a block, and gathered blocks, all occur). Tolerance: <see cref="Tolerances.Unitary"/>, a few
/// dozen unitary steps on a normalised state.
/// </summary>
public class CircuitPlanTests
{
    /// <summary>
    /// Block geometries (block qubits, fewest low qubits) tried for every circuit: from one-qubit blocks (every block
    /// gathered in runs of one amplitude) up; above 6 qubits the tiniest blocks are left out (they only add kernel calls
    /// per block, not new placements: a 3-qubit block with one low qubit already has every pair outside its low part).
    /// </summary>
    private static (int Block, int Low)[] Geometries(int n) =>
        n <= 6 ? [(1, 0), (2, 0), (2, 1), (3, 1), (3, 2), (4, 2), (5, 3)] : [(3, 1), (4, 2), (5, 3)];

    private static double[] RandomParameters(int count, Random rng) =>
        [.. Enumerable.Range(0, count).Select(_ => 6 * rng.NextDouble() - 3)];

    /// <summary>Runs <paramref name="circuit"/> planned for every geometry and gate by gate from the same random state; returns the plans used.</summary>
    private static List<ExecutionPlan> CheckAllGeometries(Circuit circuit, Random rng, string what)
    {
        var parameters = RandomParameters(circuit.NumParameters, rng);
        var psi = DenseOracle.RandomState(circuit.NumQubits, rng);
        var reference = StateVector.FromAmplitudes(psi);
        circuit.RunGateByGate(reference, parameters);
        var plans = new List<ExecutionPlan>();
        foreach (var (block, low) in Geometries(circuit.NumQubits))
        {
            var plan = CircuitPlanner.Plan(circuit, block, low);
            Assert.Equal(circuit.Operations.Length, plan.Steps.Sum(s => s.OperationCount));
            var s = StateVector.FromAmplitudes(psi);
            PlanExecutor.Run(plan, circuit.Operations, s, parameters);
            double d = DenseOracle.MaxDiff(s.Amplitudes, reference.Amplitudes);
            Assert.True(d < Tolerances.Unitary, $"{what}, block {block}/{low}: deviation {d:G3}");
            plans.Add(plan);
        }
        return plans;
    }

    [Fact]
    public void OneQubitRunsOnEveryQubitMatchGateByGate()
    {
        var rng = new Random(16001);
        for (int n = 1; n <= 10; n++)
        {
            var b = new CircuitBuilder(n);
            int p = 0;
            var u = DenseOracle.RowMajor(DenseOracle.RandomUnitary(2, rng));
            for (int q = 0; q < n; q++)
            {
                // A run that fuses into one general 2×2 (RX then RY then U3 …), and a diagonal one (RZ, S, T, phase shift).
                b.Rx(q, Angle.Parameter(p++)).Ry(q, Angle.Parameter(p++)).H(q).U3(q, Angle.Parameter(p++), 0.3, -0.7).Unitary1(q, u);
                b.Rz((q + 1) % n, Angle.Parameter(p++)).S((q + 1) % n).T((q + 1) % n).PhaseShift((q + 1) % n, Angle.Parameter(p++));
                b.Rx(q, Angle.Parameter(p++));
                b.Ry((q + 2) % n, Angle.Parameter(p++));
            }
            var plans = CheckAllGeometries(b.Build(), rng, $"n={n} one-qubit runs");
            if (n >= 3) Assert.Contains(plans, pl => pl.Steps.Any(s => s.IsBlocked && s.Units.Any(x => x.Operations.Length > 1)));
        }
    }

    [Fact]
    public void TwoQubitGatesOnEveryOrderedPairMatchGateByGate()
    {
        var rng = new Random(16002);
        for (int n = 2; n <= 10; n++)
        {
            var u2 = DenseOracle.RowMajor(DenseOracle.RandomUnitary(4, rng));
            var b = new CircuitBuilder(n);
            int p = 0;
            for (int a = 0; a < n; a++)
                for (int c = 0; c < n; c++)
                {
                    if (a == c) continue;
                    int other = (a + c + 1) % n;
                    b.Rx(a, Angle.Parameter(p++)).Ry(c, Angle.Parameter(p++));
                    // Every pair gets CNOT and a controlled rotation; up to 6 qubits every pair gets every kind, above
                    // that the other kinds take turns over the pairs (each still meets low, high and mixed pairs).
                    b.Cnot(a, c).Crx(a, c, Angle.Parameter(p++));
                    int turn = n <= 6 ? -1 : (a * n + c) % 5;
                    if (turn is -1 or 0) b.Cz(a, c);
                    if (turn is -1 or 1) b.Cry(a, c, Angle.Parameter(p++));
                    if (turn is -1 or 2) b.Crz(a, c, Angle.Parameter(p++));
                    if (turn is -1 or 3) b.Swap(a, c);
                    if (turn is -1 or 4) b.Unitary2(a, c, u2);
                    b.Rz(a, Angle.Parameter(p++)).H(c).Rx(other, Angle.Parameter(p++));
                }
            var plans = CheckAllGeometries(b.Build(), rng, $"n={n} two-qubit gates");
            // With 3-qubit blocks and one low qubit, pairs of high qubits are gathered into blocks.
            if (n >= 4) Assert.Contains(plans[n <= 6 ? 3 : 0].Steps, s => s.IsBlocked && s.LowQubits < s.BlockQubits.Length && s.Units.Length > 1);
        }
    }

    [Fact]
    public void PauliRotationsWithZFactorsOutsideTheBlockMatchGateByGate()
    {
        var rng = new Random(16003);
        for (int n = 1; n <= 10; n++)
        {
            var b = new CircuitBuilder(n);
            int p = 0;
            for (int k = 0; k < 6 * n; k++)
            {
                // X part on at most two qubits, Z anywhere (Jordan–Wigner chains), and purely diagonal strings (QAOA ZZ terms).
                ulong x = 0, z = 0;
                int qa = rng.Next(n), qb = rng.Next(n);
                if (k % 3 != 2) { x |= 1UL << qa; if (rng.Next(2) == 0) x |= 1UL << qb; }
                for (int q = 0; q < n; q++)
                    if (rng.Next(3) == 0) z |= 1UL << q;
                if ((x | z) == 0) z = 1UL << qa;
                if (BitOperations.PopCount(x | z) == 1 && n > 1) z |= 1UL << ((qa + 1) % n);
                b.PauliRotation(new PauliString(x, z), Angle.Parameter(p++));
                b.Rx(rng.Next(n), Angle.Parameter(p++));
            }
            CheckAllGeometries(b.Build(), rng, $"n={n} Pauli rotations");
        }
    }

    /// <summary>The hardware-efficient layer of the benchmark: RX(θ_q) on every qubit, then CNOT q → q+1 and n−1 → 0.</summary>
    internal static Circuit HeaRingLayer(int n)
    {
        var b = new CircuitBuilder(n);
        for (int q = 0; q < n; q++) b.Rx(q, Angle.Parameter(q));
        for (int q = 0; q < n; q++) b.Cnot(q, (q + 1) % n);
        return b.Build();
    }

    /// <summary>
    /// Block geometries for the RX/CNOT tiles (which need at least five block qubits): gathered blocks with no, two and
    /// three low qubits (lanes made of non-adjacent qubits), six-qubit blocks, and the whole register as one block
    /// (from 8 qubits only three of them, to keep the test fast: they add no new placements).
    /// </summary>
    private static (int Block, int Low)[] TileGeometries(int n) =>
        n < 5 ? Geometries(n) : n < 8 ? [(5, 0), (5, 2), (5, 3), .. n >= 6 ? new[] { (6, 1), (6, 6) } : [], (n, Math.Min(n, 6))]
        : [(5, 0), (6, 1), (n, 6)];

    /// <summary>
    /// RX/CNOT circuits whose plans hold <see cref="FusedUnitKind.Tile"/> units: the HEA ring layer, CNOTs alone (tiles
    /// without rotations), two layers with a CNOT ladder down and up, and RX on every qubit with a CNOT on every ordered pair (seeded random order, RX
    /// in between), so every (control, target) placement relative to lanes, register qubits and head occurs.
    /// </summary>
    private static List<(string Name, Circuit Circuit)> TileCircuits(int n, Random rng)
    {
        var list = new List<(string, Circuit)>();
        if (n >= 2) list.Add(("hea ring", HeaRingLayer(n)));
        var ring = new CircuitBuilder(n);
        for (int q = 0; q + 1 < n; q++) ring.Cnot(q, q + 1).Cnot(q + 1, q);
        if (n >= 2) list.Add(("cnots only", ring.Build()));
        var ladder = new CircuitBuilder(n);
        int p = 0;
        for (int layer = 0; layer < 2; layer++)
        {
            for (int q = 0; q < n; q++) ladder.Rx(q, Angle.Parameter(p++));
            for (int q = 0; q + 1 < n; q++)
                if (layer == 0) ladder.Cnot(q, q + 1);
                else ladder.Cnot(n - 1 - q, n - 2 - q);
        }
        list.Add(("ladder", ladder.Build()));
        var pairs = new CircuitBuilder(n);
        p = 0;
        for (int q = 0; q < n; q++) pairs.Rx(q, Angle.Parameter(p++));
        var ordered = new List<(int, int)>();
        for (int a = 0; a < n; a++)
            for (int c = 0; c < n; c++)
                if (a != c) ordered.Add((a, c));
        foreach (var (a, c) in ordered.OrderBy(_ => rng.Next()))
        {
            pairs.Cnot(a, c);
            if (rng.Next(3) == 0) pairs.Rx(rng.Next(n), Angle.Parameter(p++));
        }
        for (int q = 0; q < n; q++) pairs.Rx(q, Angle.Parameter(p++));
        list.Add(("all pairs", pairs.Build()));
        return list;
    }

    [Fact]
    public void RxCnotTilesMatchGateByGateOnEveryPlacementAndBothVectorWidths()
    {
        var rng = new Random(16005);
        int tiles = 0, tan = 0, plain = 0, permutationOnly = 0, kernel = 0;
        for (int n = 1; n <= 10; n++)
            foreach (var (name, circuit, index) in TileCircuits(n, rng).Select((c, i) => (c.Name, c.Circuit, i)))
                foreach (double scale in n < 8 ? new[] { 1.0, 0.2 } : index % 2 == 0 ? new[] { 1.0 } : new[] { 0.2 })
                {
                    // Angles in ±3 (some |cos θ/2| < 1/2: the plain form) and in ±0.6 (the tan form); from 8 qubits the
                    // circuits take turns.
                    var parameters = RandomParameters(circuit.NumParameters, rng).Select(x => scale * x).ToArray();
                    var psi = DenseOracle.RandomState(n, rng);
                    var reference = StateVector.FromAmplitudes(psi);
                    circuit.RunGateByGate(reference, parameters);
                    foreach (var (block, low) in TileGeometries(n))
                    {
                        var plan = CircuitPlanner.Plan(circuit, block, low);
                        Assert.Equal(circuit.Operations.Length, plan.Steps.Sum(s => s.OperationCount));
                        var angles = circuit.Operations.Select(o => o.Angle.Evaluate(parameters)).ToArray();
                        foreach (var step in plan.Steps.Where(s => s.IsBlocked))
                            foreach (var u in step.Units.Where(u => u.Kind == FusedUnitKind.Tile))
                            {
                                tiles++;
                                var bound = PlanExecutor.Bind(u, circuit.Operations, angles, step.BlockMask);
                                if (bound.Tile is { Tan: true }) tan++;
                                if (bound.Tile is { Tan: false }) plain++;
                                if (bound.Tile is { Rotations: false }) permutationOnly++;
                                if (bound.Tile is not null) kernel++;
                            }
                        for (int width = 0; width < 2; width++)
                        {
                            var s = StateVector.FromAmplitudes(psi);
                            using (width == 1 ? ComplexVector.Force256() : null) PlanExecutor.Run(plan, circuit.Operations, s, parameters);
                            double d = DenseOracle.MaxDiff(s.Amplitudes, reference.Amplitudes);
                            Assert.True(d < Tolerances.Unitary, $"n={n} {name} ×{scale}, block {block}/{low}, {(width == 1 ? 256 : 512)} bits: deviation {d:G3}");
                        }
                    }
                }
        // Tiles occur, and both arithmetic forms are exercised (the kernel itself runs where AVX-512 is present).
        Assert.True(tiles > 100 && tan > 10 && plain > 10 && permutationOnly > 10 && kernel > tiles / 2,
            $"tiles {tiles}, tan form {tan}, plain form {plain}, CNOTs only {permutationOnly}, kernel geometry {kernel}");
        // On this machine type (AVX-512) the 512-bit width above ran the tile kernel itself.
        if (RxTileKernel.IsSupported) Assert.True(kernel > 100);
    }

    [Fact]
    public void HeaLayerOnSixteenBlockQubitsBecomesFiveTiles()
    {
        // Plan only (20 qubits): the first pass (qubits 0–15) holds RX0–15 and CNOT 0→1 … 14→15 as five tiles.
        var plan = CircuitPlanner.Plan(HeaRingLayer(20), CircuitExecution.DefaultBlockQubits, CircuitExecution.DefaultMinLowQubits);
        Assert.True(plan.HasTiles);
        var first = plan.Steps[0];
        Assert.Equal(0xFFFFUL, first.BlockMask);
        Assert.Equal(5, first.Units.Length);
        Assert.All(first.Units, u => Assert.Equal(FusedUnitKind.Tile, u.Kind));
        Assert.Equal(31, first.Units.Sum(u => u.Operations.Length));
    }

    [Fact]
    public void FusedHeaLayerAt24QubitsIsPlannedIntoAtMostFourPasses()
    {
        // Plan only: no 24-qubit state is allocated.
        var circuit = HeaRingLayer(24);
        Assert.Equal(48, circuit.Operations.Length);
        var plan = CircuitPlanner.Plan(circuit, CircuitExecution.DefaultBlockQubits, CircuitExecution.DefaultMinLowQubits);
        Assert.True(plan.PassCount <= 4, $"{plan.PassCount} passes");
        Assert.True(plan.Pays);
        Assert.All(plan.Steps, s => Assert.True(s.IsBlocked));
        // Smaller blocks (2^14, 2^15 amplitudes): still at most four passes.
        Assert.True(CircuitPlanner.Plan(circuit, 14, CircuitExecution.DefaultMinLowQubits).PassCount <= 4);
        Assert.True(CircuitPlanner.Plan(circuit, 15, CircuitExecution.DefaultMinLowQubits).PassCount <= 4);
    }

    [Fact]
    public void CircuitRunChoosesThePlanAndMatchesGateByGate()
    {
        var rng = new Random(16004);
        const int n = 10;
        // HEA ring layers, a QAOA circuit (full-register diagonal phase, then an RX mixer) and a Pauli-rotation run.
        var cost = new PauliSumBuilder(n);
        for (int q = 0; q < n; q++) cost.Add(PauliString.Parse($"Z{q} Z{(q + 1) % n}"), 0.5 + q);
        var qaoa = new CircuitBuilder(n, 2);
        for (int q = 0; q < n; q++) qaoa.H(q);
        qaoa.DiagonalPhase(cost.ToPauliSum(), Angle.Parameter(0));
        for (int q = 0; q < n; q++) qaoa.Rx(q, Angle.Parameter(1, 2));
        var pauli = new CircuitBuilder(n, 1);
        for (int q = 0; q + 3 < n; q++) pauli.PauliRotation(PauliString.Parse($"X{q} Z{q + 1} Z{q + 2} Y{q + 3}"), Angle.Parameter(0));
        foreach (var (name, circuit) in new[] { ("hea", HeaRingLayer(n)), ("qaoa", qaoa.Build()), ("pauli", pauli.Build()) })
        {
            var parameters = RandomParameters(circuit.NumParameters, rng);
            var psi = DenseOracle.RandomState(n, rng);
            var reference = StateVector.FromAmplitudes(psi);
            circuit.RunGateByGate(reference, parameters);
            var planned = StateVector.FromAmplitudes(psi);
            using (CircuitExecution.Override(fusion: true, blockQubits: 4, minLowQubits: 2))
            {
                Assert.True(circuit.PlanFor(CircuitExecution.Current).Pays, name);
                circuit.Run(planned, parameters);
            }
            double d = DenseOracle.MaxDiff(planned.Amplitudes, reference.Amplitudes);
            Assert.True(d < Tolerances.Unitary, $"{name}: deviation {d:G3}");
            var plain = StateVector.FromAmplitudes(psi);
            using (CircuitExecution.Override(fusion: false)) circuit.Run(plain, parameters);
            Assert.Equal(reference.ToArray(), plain.ToArray());
        }
    }

    [Fact]
    public void OverrideRejectsImpossibleBlocks()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CircuitExecution.Override(blockQubits: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CircuitExecution.Override(blockQubits: 4, minLowQubits: 5));
    }
}
