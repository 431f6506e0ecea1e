using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Circuits;

/// <summary>
/// A tiny OpenQASM 2.0 reader for the subset our exporter writes, giving each gate the meaning of its
/// qelib1.inc definition (Qiskit's qelib1.inc, gate bodies transcribed here: x = u3(π,0,π), y = u3(π,π/2,π/2),
/// z = u1(π), h = u2(0,π), s/sdg/t/tdg = u1(±π/2, ±π/4), sx = sdg·h·sdg, rx(θ) = u3(θ,−π/2,π/2), ry(θ) = u3(θ,0,0),
/// rz(φ) = u1(φ), u1(λ) = u3(0,0,λ), cz = h b; cx; h b, swap = three cx, crx/cry/crz as their qelib1 bodies).
/// Returns the full unitary (qubit 0 = least significant bit), so a test can compare up to a global phase.
/// </summary>
internal static partial class QasmInterpreter
{
    [GeneratedRegex(@"^(\w+)(?:\(([^)]*)\))?\s+q\[(\d+)\](?:,q\[(\d+)\])?;$")]
    private static partial Regex GateLine();

    /// <summary>OpenQASM 2 real literal (decimal point required) or integer, optionally negated.</summary>
    [GeneratedRegex(@"^-?([0-9]+\.[0-9]*([eE][-+]?[0-9]+)?|[0-9]+)$")]
    private static partial Regex RealLiteral();

    internal static Complex[,] Unitary(string qasm)
    {
        var lines = qasm.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines[0] != "OPENQASM 2.0;" || lines[1] != "include \"qelib1.inc\";") throw new FormatException("bad header");
        var reg = Regex.Match(lines[2], @"^qreg q\[(\d+)\];$");
        if (!reg.Success) throw new FormatException("bad qreg line: " + lines[2]);
        int n = int.Parse(reg.Groups[1].Value, CultureInfo.InvariantCulture);
        var u = DenseOracle.Identity(1 << n);
        foreach (string line in lines.Skip(3))
        {
            var m = GateLine().Match(line);
            if (!m.Success) throw new FormatException("unparsed line: " + line);
            var args = m.Groups[2].Success
                ? m.Groups[2].Value.Split(',').Select(s =>
                {
                    if (!RealLiteral().IsMatch(s)) throw new FormatException("not an OpenQASM 2 real: " + s);
                    return double.Parse(s, CultureInfo.InvariantCulture);
                }).ToArray()
                : [];
            int a = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            int b = m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : -1;
            foreach (var (g, qs) in Expand(m.Groups[1].Value, args, a, b))
                u = DenseOracle.Mul(DenseOracle.Embed(n, qs, g), u);
        }
        return u;
    }

    private static Complex[,] U3(double t, double p, double l) => DenseOracle.M2(
        Math.Cos(t / 2), -Complex.FromPolarCoordinates(Math.Sin(t / 2), l),
        Complex.FromPolarCoordinates(Math.Sin(t / 2), p), Complex.FromPolarCoordinates(Math.Cos(t / 2), p + l));

    private static Complex[,] U1(double l) => U3(0, 0, l);

    private static readonly Complex[,] Cx = DenseOracle.Controlled(DenseOracle.PauliArray('X'));

    private static IEnumerable<(Complex[,] G, int[] Q)> Expand(string name, double[] p, int a, int b)
    {
        double pi = Math.PI;
        switch (name)
        {
            case "id": yield return (U3(0, 0, 0), [a]); break;
            case "x": yield return (U3(pi, 0, pi), [a]); break;
            case "y": yield return (U3(pi, pi / 2, pi / 2), [a]); break;
            case "z": yield return (U1(pi), [a]); break;
            case "h": yield return (U3(pi / 2, 0, pi), [a]); break;
            case "s": yield return (U1(pi / 2), [a]); break;
            case "sdg": yield return (U1(-pi / 2), [a]); break;
            case "t": yield return (U1(pi / 4), [a]); break;
            case "tdg": yield return (U1(-pi / 4), [a]); break;
            case "sx":
                yield return (U1(-pi / 2), [a]); yield return (U3(pi / 2, 0, pi), [a]); yield return (U1(-pi / 2), [a]);
                break;
            case "rx": yield return (U3(p[0], -pi / 2, pi / 2), [a]); break;
            case "ry": yield return (U3(p[0], 0, 0), [a]); break;
            case "rz": yield return (U1(p[0]), [a]); break;
            case "u1": yield return (U1(p[0]), [a]); break;
            case "u3": yield return (U3(p[0], p[1], p[2]), [a]); break;
            case "cx": yield return (Cx, [a, b]); break;
            case "cz":
                yield return (U3(pi / 2, 0, pi), [b]); yield return (Cx, [a, b]); yield return (U3(pi / 2, 0, pi), [b]);
                break;
            case "swap":
                yield return (Cx, [a, b]); yield return (Cx, [b, a]); yield return (Cx, [a, b]);
                break;
            case "crx":
                yield return (U1(pi / 2), [b]); yield return (Cx, [a, b]); yield return (U3(-p[0] / 2, 0, 0), [b]);
                yield return (Cx, [a, b]); yield return (U3(p[0] / 2, -pi / 2, 0), [b]);
                break;
            case "cry":
                yield return (U3(p[0] / 2, 0, 0), [b]); yield return (Cx, [a, b]); yield return (U3(-p[0] / 2, 0, 0), [b]); yield return (Cx, [a, b]);
                break;
            case "crz":
                yield return (U1(p[0] / 2), [b]); yield return (Cx, [a, b]); yield return (U1(-p[0] / 2), [b]); yield return (Cx, [a, b]);
                break;
            default: throw new FormatException("gate not in the qelib1 subset: " + name);
        }
    }
}
