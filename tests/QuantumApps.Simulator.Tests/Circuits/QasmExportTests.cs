using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator.IO;
using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Circuits;

public class QasmExportTests
{
    /// <summary>Products of up to ~60 exactly-defined 2×2/4×4 matrices: rounding stays far below this.</summary>
    private const double PhaseEquivalenceTolerance = 1e-10;

    private static Complex[,] CircuitUnitary(Circuit c, double[] p)
    {
        int d = 1 << c.NumQubits;
        var u = new Complex[d, d];
        for (int j = 0; j < d; j++)
        {
            var s = StateVector.Basis(c.NumQubits, (ulong)j);
            c.Run(s, p);
            for (int i = 0; i < d; i++) u[i, j] = s.Amplitudes[i];
        }
        return u;
    }

    /// <summary>max |A − e^{iα}B| with α fixed by the largest entry of B.</summary>
    private static double PhaseDistance(Complex[,] a, Complex[,] b)
    {
        int d = a.GetLength(0);
        int bi = 0, bj = 0;
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                if (b[i, j].Magnitude > b[bi, bj].Magnitude) (bi, bj) = (i, j);
        var phase = a[bi, bj] / b[bi, bj];
        phase /= phase.Magnitude;
        double m = 0;
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) m = Math.Max(m, (a[i, j] - phase * b[i, j]).Magnitude);
        return m;
    }

    [Fact]
    public void ExportedQasmImplementsTheCircuitUpToGlobalPhase()
    {
        // Independent path: QasmInterpreter gives each qelib1 gate its qelib1.inc definition.
        var rng = new Random(707);
        for (int rep = 0; rep < 3; rep++)
        {
            var b = new CircuitBuilder(3, 4);
            foreach (var kind in GateCatalogue.OneQubit)
                GateCatalogue.Append(b, kind, [rng.Next(3)],
                    Enumerable.Range(0, GateCatalogue.AngleCount(kind)).Select(_ => Angle.Parameter(rng.Next(4), 2 * rng.NextDouble() - 1, rng.NextDouble())).ToArray(),
                    kind == GateKind.Unitary1 ? DenseOracle.RandomUnitary(2, rng) : null);
            foreach (var kind in GateCatalogue.TwoQubit)
            {
                int a = rng.Next(3), c = (a + 1 + rng.Next(2)) % 3;
                GateCatalogue.Append(b, kind, [a, c], [Angle.Parameter(rng.Next(4), 1.5)], kind == GateKind.Unitary2 ? DenseOracle.RandomUnitary(4, rng) : null);
            }
            b.PauliRotation(DenseOracle.RandomPauli(3, rng), Angle.Parameter(0)).PauliRotation(PauliString.Parse("Y0 Y1 Y2"), 0.4)
             .PauliRotation(PauliString.Identity, 0.9)
             .DiagonalPhase(GateCatalogue.RandomZSum(3, rng), Angle.Parameter(1, 0.7));
            var circuit = b.Build();
            double[] p = [.. Enumerable.Range(0, 4).Select(_ => 6 * rng.NextDouble() - 3)];
            string qasm = circuit.ToQasm(p);
            double dist = PhaseDistance(QasmInterpreter.Unitary(qasm), CircuitUnitary(circuit, p));
            Assert.True(dist < PhaseEquivalenceTolerance, $"QASM unitary differs by {dist:G3}:\n{qasm}");
        }
    }

    [Fact]
    public void QasmHeaderAndGateNamesAreQelib1()
    {
        var c = new CircuitBuilder(2).H(0).Crz(0, 1, Angle.Parameter(0)).Sdg(1).SX(0).Build();
        string expected = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\nh q[0];\ncrz(0.5) q[0],q[1];\nsdg q[1];\nsx q[0];\n";
        Assert.Equal(expected, c.ToQasm([0.5]));
    }

    [Fact]
    public void RealsAlwaysCarryADecimalPoint()
    {
        // The OpenQASM 2 grammar's real literal needs a '.' before an exponent.
        Assert.Equal("1.0E-05", QasmWriter.FormatReal(1e-5));
        Assert.Equal("2.0", QasmWriter.FormatReal(2));
        Assert.Equal("-0.25", QasmWriter.FormatReal(-0.25));
    }

    [Fact]
    public void TwoQubitUnitariesAreSynthesisedExactly()
    {
        // Random and structured 4×4 unitaries (zeros below the diagonal, permutations, diagonals, products) on
        // every ordered qubit pair of 3 qubits: the u1/u3/cx text, read with qelib1 semantics, reproduces the gate.
        var rng = new Random(909);
        var i = DenseOracle.I;
        var cases = new List<Complex[,]>
        {
            DenseOracle.Identity(4),
            DenseOracle.Controlled(DenseOracle.PauliArray('X')),
            new Complex[,] { { 1, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0, 1, 0, 0 }, { 0, 0, 0, 1 } },
            new Complex[,] { { 0, 0, 0, 1 }, { 0, 0, i, 0 }, { 0, 1, 0, 0 }, { -i, 0, 0, 0 } },
            DenseOracle.Kron(DenseOracle.RandomUnitary(2, rng), DenseOracle.RandomUnitary(2, rng)),
            DenseOracle.Controlled(DenseOracle.RandomUnitary(2, rng)),
        };
        var diag = new Complex[4, 4];
        for (int k = 0; k < 4; k++) diag[k, k] = Complex.FromPolarCoordinates(1, 6 * rng.NextDouble());
        cases.Add(diag);
        for (int k = 0; k < 6; k++) cases.Add(DenseOracle.RandomUnitary(4, rng));
        foreach (var u in cases)
            for (int a = 0; a < 3; a++)
                for (int c = 0; c < 3; c++)
                {
                    if (a == c) continue;
                    var circuit = new CircuitBuilder(3).Unitary2(a, c, DenseOracle.RowMajor(u)).Build();
                    string qasm = circuit.ToQasm([]);
                    double dist = PhaseDistance(QasmInterpreter.Unitary(qasm), DenseOracle.Embed(3, [a, c], u));
                    Assert.True(dist < PhaseEquivalenceTolerance, $"unitary2 on ({a},{c}) differs by {dist:G3}:\n{qasm}");
                }
    }

    [Fact]
    public void ZyzAnglesReconstructRandomUnitaries()
    {
        // U = e^{iα}·U3(θ, φ, λ) with U3 from its textbook matrix (GateCatalogue.Local).
        var rng = new Random(808);
        var cases = Enumerable.Range(0, 50).Select(_ => DenseOracle.RandomUnitary(2, rng)).ToList();
        cases.Add(DenseOracle.PauliArray('X'));   // θ = π edge: a = 0
        cases.Add(DenseOracle.M2(1, 0, 0, DenseOracle.I)); // θ = 0 edge: b = 0
        foreach (var u in cases)
        {
            var z = ZyzDecomposition.Of(DenseOracle.RowMajor(u));
            var r = DenseOracle.Scale(GateCatalogue.Local(GateKind.U3, [z.Theta, z.Phi, z.Lambda]), Complex.FromPolarCoordinates(1, z.GlobalPhase));
            Assert.True(DenseOracle.MaxDiff(DenseOracle.RowMajor(r), DenseOracle.RowMajor(u)) < 1e-12);
        }
    }
}
