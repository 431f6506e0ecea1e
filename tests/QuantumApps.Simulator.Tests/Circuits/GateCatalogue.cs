using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Circuits;

/// <summary>
/// For every <see cref="GateKind"/>: how to append it to a builder and its dense n-qubit matrix written from the
/// textbook definition (PennyLane for Rot, OpenQASM 2 / Qiskit for U3), independent of the library's lowering.
/// </summary>
internal static class GateCatalogue
{
    internal static readonly GateKind[] OneQubit =
    [
        GateKind.I, GateKind.X, GateKind.Y, GateKind.Z, GateKind.H, GateKind.S, GateKind.Sdg, GateKind.T, GateKind.Tdg,
        GateKind.SX, GateKind.RX, GateKind.RY, GateKind.RZ, GateKind.PhaseShift, GateKind.Rot, GateKind.U3, GateKind.Unitary1,
    ];

    internal static readonly GateKind[] TwoQubit =
        [GateKind.CNOT, GateKind.CZ, GateKind.SWAP, GateKind.CRX, GateKind.CRY, GateKind.CRZ, GateKind.Unitary2];

    internal static int AngleCount(GateKind k) => k switch
    {
        GateKind.Rot or GateKind.U3 => 3,
        GateKind.RX or GateKind.RY or GateKind.RZ or GateKind.PhaseShift or GateKind.CRX or GateKind.CRY or GateKind.CRZ
            or GateKind.PauliRotation or GateKind.DiagonalPhase => 1,
        _ => 0,
    };

    /// <summary>Local (2×2 or 4×4) matrix of a fixed-arity gate at the given angle values.</summary>
    internal static Complex[,] Local(GateKind k, double[] a, Complex[,]? user = null)
    {
        var i = DenseOracle.I;
        double r = 1 / Math.Sqrt(2);
        return k switch
        {
            GateKind.I => DenseOracle.Identity(2),
            GateKind.X => DenseOracle.PauliArray('X'),
            GateKind.Y => DenseOracle.PauliArray('Y'),
            GateKind.Z => DenseOracle.PauliArray('Z'),
            GateKind.H => DenseOracle.M2(r, r, r, -r),
            GateKind.S => DenseOracle.M2(1, 0, 0, i),
            GateKind.Sdg => DenseOracle.M2(1, 0, 0, -i),
            GateKind.T => DenseOracle.M2(1, 0, 0, Complex.FromPolarCoordinates(1, Math.PI / 4)),
            GateKind.Tdg => DenseOracle.M2(1, 0, 0, Complex.FromPolarCoordinates(1, -Math.PI / 4)),
            GateKind.SX => DenseOracle.M2(new Complex(0.5, 0.5), new Complex(0.5, -0.5), new Complex(0.5, -0.5), new Complex(0.5, 0.5)),
            GateKind.RX => DenseOracle.Rx(a[0]),
            GateKind.RY => DenseOracle.Ry(a[0]),
            GateKind.RZ => DenseOracle.Rz(a[0]),
            GateKind.PhaseShift => DenseOracle.M2(1, 0, 0, Complex.FromPolarCoordinates(1, a[0])),
            GateKind.Rot => DenseOracle.Mul(DenseOracle.Rz(a[2]), DenseOracle.Mul(DenseOracle.Ry(a[1]), DenseOracle.Rz(a[0]))),
            GateKind.U3 => DenseOracle.M2(Math.Cos(a[0] / 2), -Complex.FromPolarCoordinates(Math.Sin(a[0] / 2), a[2]),
                Complex.FromPolarCoordinates(Math.Sin(a[0] / 2), a[1]), Complex.FromPolarCoordinates(Math.Cos(a[0] / 2), a[1] + a[2])),
            GateKind.CNOT => DenseOracle.Controlled(DenseOracle.PauliArray('X')),
            GateKind.CZ => DenseOracle.Controlled(DenseOracle.PauliArray('Z')),
            GateKind.SWAP => new Complex[,] { { 1, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0, 1, 0, 0 }, { 0, 0, 0, 1 } },
            GateKind.CRX => DenseOracle.Controlled(DenseOracle.Rx(a[0])),
            GateKind.CRY => DenseOracle.Controlled(DenseOracle.Ry(a[0])),
            GateKind.CRZ => DenseOracle.Controlled(DenseOracle.Rz(a[0])),
            GateKind.Unitary1 or GateKind.Unitary2 => user!,
            _ => throw new ArgumentOutOfRangeException(nameof(k)),
        };
    }

    /// <summary>Appends a fixed-arity gate with the given angles (as <see cref="Angle"/>s) and user matrix.</summary>
    internal static void Append(CircuitBuilder b, GateKind k, int[] q, Angle[] a, Complex[,]? user = null)
    {
        switch (k)
        {
            case GateKind.I: b.I(q[0]); break;
            case GateKind.X: b.X(q[0]); break;
            case GateKind.Y: b.Y(q[0]); break;
            case GateKind.Z: b.Z(q[0]); break;
            case GateKind.H: b.H(q[0]); break;
            case GateKind.S: b.S(q[0]); break;
            case GateKind.Sdg: b.Sdg(q[0]); break;
            case GateKind.T: b.T(q[0]); break;
            case GateKind.Tdg: b.Tdg(q[0]); break;
            case GateKind.SX: b.SX(q[0]); break;
            case GateKind.RX: b.Rx(q[0], a[0]); break;
            case GateKind.RY: b.Ry(q[0], a[0]); break;
            case GateKind.RZ: b.Rz(q[0], a[0]); break;
            case GateKind.PhaseShift: b.PhaseShift(q[0], a[0]); break;
            case GateKind.Rot: b.Rot(q[0], a[0], a[1], a[2]); break;
            case GateKind.U3: b.U3(q[0], a[0], a[1], a[2]); break;
            case GateKind.CNOT: b.Cnot(q[0], q[1]); break;
            case GateKind.CZ: b.Cz(q[0], q[1]); break;
            case GateKind.SWAP: b.Swap(q[0], q[1]); break;
            case GateKind.CRX: b.Crx(q[0], q[1], a[0]); break;
            case GateKind.CRY: b.Cry(q[0], q[1], a[0]); break;
            case GateKind.CRZ: b.Crz(q[0], q[1], a[0]); break;
            case GateKind.Unitary1: b.Unitary1(q[0], DenseOracle.RowMajor(user!)); break;
            case GateKind.Unitary2: b.Unitary2(q[0], q[1], DenseOracle.RowMajor(user!)); break;
            default: throw new ArgumentOutOfRangeException(nameof(k));
        }
    }

    /// <summary>Dense matrix of exp(−iγD) for diagonal values d.</summary>
    internal static Complex[,] DiagonalPhase(ReadOnlySpan<double> d, double gamma)
    {
        var m = new Complex[d.Length, d.Length];
        for (int b = 0; b < d.Length; b++) m[b, b] = Complex.FromPolarCoordinates(1, -gamma * d[b]);
        return m;
    }

    /// <summary>A random Z-only sum on n qubits with a few terms (identity included).</summary>
    internal static PauliSum RandomZSum(int n, Random rng)
    {
        var b = new PauliSumBuilder(n);
        b.Add(PauliString.Identity, rng.NextDouble());
        for (int t = 0; t < 4; t++) b.Add(new PauliString(0, (ulong)rng.Next(1, 1 << n)), 2 * rng.NextDouble() - 1);
        return b.ToPauliSum();
    }
}
