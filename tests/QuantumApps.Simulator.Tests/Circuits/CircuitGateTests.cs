using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Circuits;

public class CircuitGateTests
{
    /// <summary>Unitaries applied once to a normalised state: only double rounding separates two correct paths.</summary>
    private const double UnitaryTolerance = 1e-12;

    private static void AssertMatches(Circuit c, double[] parameters, Complex[,] dense, Complex[] psi0, string what)
    {
        var s = StateVector.FromAmplitudes(psi0);
        c.Run(s, parameters);
        var expected = DenseOracle.Apply(dense, psi0);
        double diff = DenseOracle.MaxDiff(s.Amplitudes, expected);
        Assert.True(diff < UnitaryTolerance, $"{what}: max deviation {diff:G3} from the dense oracle");
    }

    [Fact]
    public void EveryOneQubitGateMatchesDenseOracleOnEveryTarget()
    {
        // Oracle: GateCatalogue.Local (textbook matrices) embedded by DenseOracle.Embed — an independent code path.
        var rng = new Random(101);
        for (int n = 1; n <= 5; n++)
            foreach (var kind in GateCatalogue.OneQubit)
                for (int q = 0; q < n; q++)
                {
                    var angles = Enumerable.Range(0, GateCatalogue.AngleCount(kind)).Select(_ => 4 * Math.PI * rng.NextDouble() - 2 * Math.PI).ToArray();
                    var user = kind == GateKind.Unitary1 ? DenseOracle.RandomUnitary(2, rng) : null;
                    var b = new CircuitBuilder(n);
                    GateCatalogue.Append(b, kind, [q], angles.Select(a => (Angle)a).ToArray(), user);
                    var dense = DenseOracle.Embed(n, [q], GateCatalogue.Local(kind, angles, user));
                    AssertMatches(b.Build(), [], dense, DenseOracle.RandomState(n, rng), $"{kind} on q{q} of {n}");
                }
    }

    [Fact]
    public void EveryTwoQubitGateMatchesDenseOracleOnEveryOrderedPair()
    {
        var rng = new Random(202);
        for (int n = 2; n <= 5; n++)
            foreach (var kind in GateCatalogue.TwoQubit)
                for (int a = 0; a < n; a++)
                    for (int c = 0; c < n; c++)
                    {
                        if (a == c) continue;
                        var angles = Enumerable.Range(0, GateCatalogue.AngleCount(kind)).Select(_ => 4 * Math.PI * rng.NextDouble() - 2 * Math.PI).ToArray();
                        var user = kind == GateKind.Unitary2 ? DenseOracle.RandomUnitary(4, rng) : null;
                        var b = new CircuitBuilder(n);
                        GateCatalogue.Append(b, kind, [a, c], angles.Select(x => (Angle)x).ToArray(), user);
                        var dense = DenseOracle.Embed(n, [a, c], GateCatalogue.Local(kind, angles, user));
                        AssertMatches(b.Build(), [], dense, DenseOracle.RandomState(n, rng), $"{kind} on ({a},{c}) of {n}");
                    }
    }

    [Fact]
    public void PauliRotationsMatchDenseExponential()
    {
        // Oracle: cos(θ/2)·I − i sin(θ/2)·P with P a Kronecker product of 2×2 Paulis.
        var rng = new Random(303);
        for (int n = 1; n <= 5; n++)
            for (int rep = 0; rep < 12; rep++)
            {
                var p = DenseOracle.RandomPauli(n, rng);
                double theta = 4 * rng.NextDouble() - 2;
                var c = new CircuitBuilder(n).PauliRotation(p, theta).Build();
                AssertMatches(c, [], DenseOracle.PauliExp(DenseOracle.PauliMatrix(p, n), theta), DenseOracle.RandomState(n, rng), $"exp(-iθ/2 {p})");
            }
        // The identity string is a global phase e^{−iθ/2}.
        var id = new CircuitBuilder(2).PauliRotation(PauliString.Identity, 0.7).Build();
        AssertMatches(id, [], DenseOracle.Scale(DenseOracle.Identity(4), Complex.FromPolarCoordinates(1, -0.35)), DenseOracle.RandomState(2, rng), "identity rotation");
    }

    [Fact]
    public void DiagonalPhasesMatchDenseExponential()
    {
        // Oracle: diag(e^{−iγ d_b}) with d_b from summing the Z terms directly in this test.
        var rng = new Random(404);
        for (int n = 1; n <= 5; n++)
        {
            var sum = GateCatalogue.RandomZSum(n, rng);
            var d = new double[1 << n];
            for (int b = 0; b < d.Length; b++)
                foreach (var t in sum.Terms) d[b] += t.Coefficient.Real * (BitOperations.PopCount(t.Pauli.Z & (ulong)b) % 2 == 0 ? 1 : -1);
            double gamma = 3 * rng.NextDouble();
            var fromSum = new CircuitBuilder(n).DiagonalPhase(sum, gamma).Build();
            var fromValues = new CircuitBuilder(n).DiagonalPhase(DiagonalOperator.FromValues(d), gamma).Build();
            var psi = DenseOracle.RandomState(n, rng);
            AssertMatches(fromSum, [], GateCatalogue.DiagonalPhase(d, gamma), psi, "diagonal phase from a Pauli sum");
            AssertMatches(fromValues, [], GateCatalogue.DiagonalPhase(d, gamma), psi, "diagonal phase from values");
            // The Walsh–Hadamard term recovery reproduces the sum's terms.
            Assert.True(fromValues.Gates[0].DiagonalTerms!.ApproximatelyEquals(sum, 1e-12));
        }
    }

    [Fact]
    public void AffineAnglesBindToTheSameGateAsConstants()
    {
        // angle = 2.5·p[1] − 0.3 must equal the constant gate at that value (definition of Angle).
        var rng = new Random(505);
        double[] p = [0.4, -1.1, 2.0];
        var param = new CircuitBuilder(3)
            .Rx(0, Angle.Parameter(1, 2.5, -0.3)).U3(1, Angle.Parameter(0), Angle.Parameter(2, -1), 0.2)
            .Crz(2, 0, Angle.Parameter(1, 0.5)).PauliRotation(PauliString.Parse("X0 Y1 Z2"), Angle.Parameter(2, 3, 1))
            .Build();
        var constant = new CircuitBuilder(3)
            .Rx(0, 2.5 * -1.1 - 0.3).U3(1, 0.4, -2.0, 0.2).Crz(2, 0, 0.5 * -1.1).PauliRotation(PauliString.Parse("X0 Y1 Z2"), 3 * 2.0 + 1)
            .Build();
        Assert.Equal(3, param.NumParameters);
        var psi = DenseOracle.RandomState(3, rng);
        var a = StateVector.FromAmplitudes(psi);
        var b = StateVector.FromAmplitudes(psi);
        param.Run(a, p);
        constant.Run(b, []);
        Assert.True(DenseOracle.MaxDiff(a.Amplitudes, b.Amplitudes) < UnitaryTolerance);
    }

    [Fact]
    public void LoweredOperationsInvertExactly()
    {
        // Every primitive's ApplyInverse undoes Apply (used by adjoint differentiation).
        var rng = new Random(606);
        var b = new CircuitBuilder(3);
        foreach (var kind in GateCatalogue.OneQubit)
            GateCatalogue.Append(b, kind, [rng.Next(3)], Enumerable.Range(0, GateCatalogue.AngleCount(kind)).Select(_ => (Angle)rng.NextDouble()).ToArray(),
                kind == GateKind.Unitary1 ? DenseOracle.RandomUnitary(2, rng) : null);
        foreach (var kind in GateCatalogue.TwoQubit)
            GateCatalogue.Append(b, kind, [0, 2], [rng.NextDouble()], kind == GateKind.Unitary2 ? DenseOracle.RandomUnitary(4, rng) : null);
        b.PauliRotation(PauliString.Parse("Y0 X2"), 0.8).DiagonalPhase(GateCatalogue.RandomZSum(3, rng), 1.3);
        var c = b.Build();
        var psi0 = DenseOracle.RandomState(3, rng);
        var s = StateVector.FromAmplitudes(psi0);
        c.Run(s, []);
        for (int k = c.Operations.Length - 1; k >= 0; k--) c.Operations[k].ApplyInverse(s, c.Operations[k].Angle.Evaluate([]));
        Assert.True(DenseOracle.MaxDiff(s.Amplitudes, psi0) < UnitaryTolerance);
    }

    [Fact]
    public void GateCountsCnotCountAndDepthFollowTheDocumentedRules()
    {
        // Hand count (documented on Gate.CnotCount / Circuit.Depth):
        // layer 1: h q0, x q1, rz q2 ; layer 2: cnot(0,1) ; layer 3: crx(1,2) ; layer 4: swap(0,2);
        // layer 5: pauli_rotation X0 Y1 Z2 (weight 3 → 4 CNOTs); layer 6: rot q1.
        // CNOTs: 1 + 2 + 3 + 4 = 10.
        var c = new CircuitBuilder(3)
            .H(0).X(1).Rz(2, 0.1)
            .Cnot(0, 1)
            .Crx(1, 2, Angle.Parameter(0))
            .Swap(0, 2)
            .PauliRotation(PauliString.Parse("X0 Y1 Z2"), Angle.Parameter(1))
            .Rot(1, 0.1, 0.2, Angle.Parameter(1))
            .Build();
        Assert.Equal(10, c.CnotCount);
        Assert.Equal(6, c.Depth);
        Assert.Equal(2, c.NumParameters);
        Assert.Equal(new Dictionary<string, int> { ["cnot"] = 1, ["crx"] = 1, ["h"] = 1, ["pauli_rotation"] = 1, ["rot"] = 1, ["rz"] = 1, ["swap"] = 1, ["x"] = 1 },
            c.GateCounts.ToDictionary());
        // A ZZ diagonal term costs 2 CNOTs, single-Z terms none, the identity none: Z0Z1 + Z2 + 1 → 2.
        var d = new CircuitBuilder(3).DiagonalPhase(PauliSum.Parse("1.0 Z0 Z1\n0.5 Z2\n2.0 I"), 0.3).Build();
        Assert.Equal(2, d.CnotCount);
        Assert.Equal(1, d.Depth);
        Assert.Equal(3, new CircuitBuilder(2).Unitary2(0, 1, DenseOracle.RowMajor(DenseOracle.Identity(4))).Build().CnotCount);
    }

    [Fact]
    public void GateCountsAgreeWithAPerGateTallyOfTheKindNames()
    {
        // Independent path: a LINQ tally of each gate's kind spelled out here (lower-case enum name, the two
        // multi-word kinds with an underscore), against the circuit's per-kind counting.
        var rng = new Random(3);
        var b = new CircuitBuilder(4);
        for (int k = 0; k < 200; k++)
        {
            int q = rng.Next(4), r = (q + 1 + rng.Next(3)) % 4;
            _ = rng.Next(7) switch
            {
                0 => b.H(q), 1 => b.X(q), 2 => b.Rz(q, Angle.Parameter(0)), 3 => b.Cnot(q, r), 4 => b.Sdg(q),
                5 => b.PauliRotation(PauliString.Single('X', q) * PauliString.Single('Z', r), 0.2), _ => b.Swap(q, r),
            };
        }
        var c = b.Build();
        var expected = c.Gates.GroupBy(g => g.Kind switch
        {
            GateKind.PauliRotation => "pauli_rotation",
            _ => g.Kind.ToString().ToLowerInvariant(),
        }).ToDictionary(x => x.Key, x => x.Count());
        Assert.Equal(expected.OrderBy(x => x.Key, StringComparer.Ordinal), c.GateCounts);
        Assert.Equal(200, c.GateCounts.Values.Sum());
        // The simulator operations are built on first use, once.
        Assert.Same(c.Operations, c.Operations);
    }

    [Fact]
    public void CircuitsHaveValueEquality()
    {
        Circuit Make() => new CircuitBuilder(2).H(0).Cnot(0, 1).Ry(1, Angle.Parameter(0, 2)).Build();
        Assert.Equal(Make(), Make());
        Assert.NotEqual(Make(), new CircuitBuilder(2).H(0).Cnot(1, 0).Ry(1, Angle.Parameter(0, 2)).Build());
    }

    [Fact]
    public void AppendShiftsParameterIndices()
    {
        var inner = new CircuitBuilder(2).Ry(0, Angle.Parameter(0)).Rz(1, Angle.Parameter(1)).Build();
        var outer = new CircuitBuilder(2).Append(inner).Append(inner, 2).Build();
        Assert.Equal(4, outer.NumParameters);
        Assert.Equal(3, outer.Gates[3].Angles[0].ParameterIndex);
    }

    [Fact]
    public void BadInputIsRefusedWithClearMessages()
    {
        var b = new CircuitBuilder(2);
        Assert.Contains("outside", Assert.Throws<QuantumAppsException>(() => b.X(2)).Message);
        Assert.Contains("used twice", Assert.Throws<QuantumAppsException>(() => b.Cnot(1, 1)).Message);
        Assert.Contains("not unitary", Assert.Throws<QuantumAppsException>(() => b.Unitary1(0, [1, 1, 0, 1])).Message);
        Assert.Contains("Hermitian", Assert.Throws<QuantumAppsException>(() => b.PauliRotation(new PauliString(1, 0, 1), 0.1)).Message);
        var c = new CircuitBuilder(2).Rx(0, Angle.Parameter(1)).Build();
        Assert.Contains("takes 2 parameters", Assert.Throws<QuantumAppsException>(() => c.Run([0.1])).Message);
        Assert.Contains("acts on 2 qubits", Assert.Throws<QuantumAppsException>(() => c.Run(StateVector.Zero(3), [0.1, 0.2])).Message);
    }
}
