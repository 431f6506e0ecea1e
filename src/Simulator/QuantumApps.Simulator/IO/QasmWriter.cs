using System.Globalization;
using System.Text;
using QuantumApps.Simulator.Operators;

using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Compilation;

namespace QuantumApps.Simulator.IO;

/// <summary>
/// Writes a bound <see cref="Circuit"/> as OpenQASM 2.0 with gates from qelib1.inc (global phases dropped):
/// I→id, X/Y/Z/H/S/S†/T/T†/SX→x/y/z/h/s/sdg/t/tdg/sx, RX/RY/RZ→rx/ry/rz, PhaseShift→u1, Rot(φ,θ,ω)→rz(φ); ry(θ); rz(ω),
/// U3→u3, CNOT/CZ/SWAP→cx/cz/swap, CRX/CRY/CRZ→crx/cry/crz, a one-qubit unitary→u3 via <see cref="ZyzDecomposition"/>,
/// exp(−iθ/2·P)→ per qubit a basis change (X: h; Y: sdg then h), a CNOT ladder onto the highest qubit, rz(θ), the ladder
/// back and the inverse basis change; exp(−iγD)→ one such rotation with θ = 2γc per Z term c·Z_S of D.
/// A general two-qubit unitary → u1/u3/cx by <see cref="TwoQubitSynthesis"/> (exact; not CNOT-optimal). Reals are written round-trip with a
/// decimal point, as the OpenQASM 2 grammar requires.
/// </summary>
internal static class QasmWriter
{
    internal static string Write(Circuit circuit, ReadOnlySpan<double> p)
    {
        var sb = new StringBuilder();
        sb.Append("OPENQASM 2.0;\ninclude \"qelib1.inc\";\n");
        sb.Append(CultureInfo.InvariantCulture, $"qreg q[{circuit.NumQubits}];\n");
        for (int gi = 0; gi < circuit.Gates.Count; gi++)
        {
            var g = circuit.Gates[gi];
            var qs = g.Qubits;
            var angles = new double[g.Angles.Count];
            for (int k = 0; k < angles.Length; k++) angles[k] = g.Angles[k].Evaluate(p);
            double A(int k) => angles[k];
            switch (g.Kind)
            {
                case GateKind.I: Line(sb, "id", qs[0]); break;
                case GateKind.X or GateKind.Y or GateKind.Z or GateKind.H or GateKind.S or GateKind.Sdg
                    or GateKind.T or GateKind.Tdg or GateKind.SX:
                    Line(sb, g.Name, qs[0]); break;
                case GateKind.RX or GateKind.RY or GateKind.RZ: Line(sb, g.Name, qs[0], A(0)); break;
                case GateKind.PhaseShift: Line(sb, "u1", qs[0], A(0)); break;
                case GateKind.Rot:
                    Line(sb, "rz", qs[0], A(0));
                    Line(sb, "ry", qs[0], A(1));
                    Line(sb, "rz", qs[0], A(2));
                    break;
                case GateKind.U3: Line(sb, "u3", qs[0], A(0), A(1), A(2)); break;
                case GateKind.CNOT: Line2(sb, "cx", qs[0], qs[1]); break;
                case GateKind.CZ: Line2(sb, "cz", qs[0], qs[1]); break;
                case GateKind.SWAP: Line2(sb, "swap", qs[0], qs[1]); break;
                case GateKind.CRX or GateKind.CRY or GateKind.CRZ: Line2(sb, g.Name, qs[0], qs[1], A(0)); break;
                case GateKind.Unitary1:
                    var e = ZyzDecomposition.Of(g.MatrixSpan);
                    Line(sb, "u3", qs[0], e.Theta, e.Phi, e.Lambda);
                    break;
                case GateKind.Unitary2:
                    foreach (var ins in TwoQubitSynthesis.Decompose(g.MatrixSpan, qs[0], qs[1]))
                    {
                        if (ins.B < 0) Line(sb, ins.Name, ins.A, ins.Args);
                        else Line2(sb, ins.Name, ins.A, ins.B, ins.Args);
                    }
                    break;
                case GateKind.PauliRotation:
                    PauliRotation(sb, g.Pauli, A(0));
                    break;
                case GateKind.DiagonalPhase:
                    double gamma = A(0);
                    foreach (var t in g.DiagonalTerms!.Terms)
                        if (!t.Pauli.IsIdentity) PauliRotation(sb, t.Pauli, 2 * gamma * t.Coefficient.Real);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void PauliRotation(StringBuilder sb, PauliString p, double theta)
    {
        if (p.IsIdentity) return;
        var support = new List<int>();
        for (ulong m = p.X | p.Z; m != 0; m &= m - 1) support.Add(System.Numerics.BitOperations.TrailingZeroCount(m));
        foreach (int q in support)
        {
            if (p[q] == 'X') Line(sb, "h", q);
            else if (p[q] == 'Y') { Line(sb, "sdg", q); Line(sb, "h", q); }
        }
        for (int k = 0; k + 1 < support.Count; k++) Line2(sb, "cx", support[k], support[k + 1]);
        Line(sb, "rz", support[^1], theta);
        for (int k = support.Count - 2; k >= 0; k--) Line2(sb, "cx", support[k], support[k + 1]);
        foreach (int q in support)
        {
            if (p[q] == 'X') Line(sb, "h", q);
            else if (p[q] == 'Y') { Line(sb, "h", q); Line(sb, "s", q); }
        }
    }

    private static void Line(StringBuilder sb, string name, int q, params double[] args)
    {
        sb.Append(name);
        AppendArgs(sb, args);
        sb.Append(CultureInfo.InvariantCulture, $" q[{q}];\n");
    }

    private static void Line2(StringBuilder sb, string name, int a, int b, params double[] args)
    {
        sb.Append(name);
        AppendArgs(sb, args);
        sb.Append(CultureInfo.InvariantCulture, $" q[{a}],q[{b}];\n");
    }

    private static void AppendArgs(StringBuilder sb, double[] args)
    {
        if (args.Length == 0) return;
        sb.Append('(');
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(FormatReal(args[i]));
        }
        sb.Append(')');
    }

    /// <summary>Round-trip decimal with a '.' before any exponent ("1E-05" → "1.0E-05"), as the OpenQASM 2 real literal needs.</summary>
    internal static string FormatReal(double v)
    {
        if (!double.IsFinite(v)) throw new QuantumAppsException($"OpenQASM export: angle {v} is not finite");
        string s = v.ToString("R", CultureInfo.InvariantCulture);
        int e = s.IndexOf('E');
        if (!s.Contains('.')) s = e < 0 ? s + ".0" : s[..e] + ".0" + s[e..];
        return s;
    }
}
