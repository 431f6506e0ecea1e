using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Lowers a circuit to one- and two-qubit gates and copies gates onto other qubits. A Pauli rotation exp(−iθ/2·P) of
/// weight w ≥ 3 becomes the textbook basis change (X: H; Y: RX(π/2)), a CNOT ladder onto the last qubit of the
/// support, RZ(θ), the ladder back and the inverse basis change — 2(w − 1) CNOTs, as <see cref="Gate.CnotCount"/>
/// assumes. A diagonal phase exp(−iγD) with D = Σ c_k Z_k becomes one Z-string rotation by 2γc_k per term (the
/// identity term is a global phase and is dropped).
/// </summary>
public static class CircuitDecomposer
{
    /// <summary>The equivalent circuit using gates on at most two qubits (same parameters).</summary>
    public static Circuit ToTwoQubitGates(Circuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var b = new CircuitBuilder(circuit.NumQubits, circuit.NumParameters);
        var identity = Enumerable.Range(0, circuit.NumQubits).ToArray();
        foreach (var g in circuit.Gates)
        {
            if (g.Kind == GateKind.PauliRotation && g.Pauli.Weight > 2) AddPauliRotation(b, g.Pauli, g.Angles[0]);
            else if (g.Kind == GateKind.DiagonalPhase)
            {
                foreach (var t in g.DiagonalTerms!.Terms)
                {
                    if (t.Pauli.IsIdentity) continue;
                    var scaled = Scale(g.Angles[0], 2 * t.Coefficient.Real);
                    if (t.Pauli.Weight > 2) AddPauliRotation(b, t.Pauli, scaled);
                    else b.PauliRotation(t.Pauli, scaled);
                }
            }
            else Copy(b, g, identity);
        }
        return b.Build();
    }

    /// <summary>c·angle as an <see cref="Angle"/>.</summary>
    internal static Angle Scale(Angle a, double c) =>
        a.IsParameterized ? Angle.Parameter(a.ParameterIndex, a.Coefficient * c, a.Offset * c) : Angle.Constant(a.Offset * c);

    private static void AddPauliRotation(CircuitBuilder b, PauliString p, Angle theta)
    {
        var support = new List<int>();
        for (int q = 0; q <= p.MaxQubit; q++) if (p[q] != 'I') support.Add(q);
        foreach (int q in support) BasisChange(b, p[q], q, forward: true);
        for (int i = 0; i + 1 < support.Count; i++) b.Cnot(support[i], support[i + 1]);
        b.Rz(support[^1], theta);
        for (int i = support.Count - 2; i >= 0; i--) b.Cnot(support[i], support[i + 1]);
        foreach (int q in support) BasisChange(b, p[q], q, forward: false);
    }

    /// <summary>V with V†ZV = σ: X via H (self-inverse); Y via RX(π/2) before (maps Y to Z) and RX(−π/2) after.</summary>
    private static void BasisChange(CircuitBuilder b, char letter, int q, bool forward)
    {
        if (letter == 'X') b.H(q);
        else if (letter == 'Y') b.Rx(q, forward ? Math.PI / 2 : -Math.PI / 2);
    }

    /// <summary>Appends <paramref name="g"/> with qubit q mapped to <paramref name="map"/>[q].</summary>
    public static void Copy(CircuitBuilder b, Gate g, IReadOnlyList<int> map)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(g);
        int q0 = g.Qubits.Count > 0 ? map[g.Qubits[0]] : -1;
        int q1 = g.Qubits.Count > 1 ? map[g.Qubits[1]] : -1;
        var a = g.Angles;
        switch (g.Kind)
        {
            case GateKind.I: b.I(q0); break;
            case GateKind.X: b.X(q0); break;
            case GateKind.Y: b.Y(q0); break;
            case GateKind.Z: b.Z(q0); break;
            case GateKind.H: b.H(q0); break;
            case GateKind.S: b.S(q0); break;
            case GateKind.Sdg: b.Sdg(q0); break;
            case GateKind.T: b.T(q0); break;
            case GateKind.Tdg: b.Tdg(q0); break;
            case GateKind.SX: b.SX(q0); break;
            case GateKind.RX: b.Rx(q0, a[0]); break;
            case GateKind.RY: b.Ry(q0, a[0]); break;
            case GateKind.RZ: b.Rz(q0, a[0]); break;
            case GateKind.PhaseShift: b.PhaseShift(q0, a[0]); break;
            case GateKind.Rot: b.Rot(q0, a[0], a[1], a[2]); break;
            case GateKind.U3: b.U3(q0, a[0], a[1], a[2]); break;
            case GateKind.CNOT: b.Cnot(q0, q1); break;
            case GateKind.CZ: b.Cz(q0, q1); break;
            case GateKind.SWAP: b.Swap(q0, q1); break;
            case GateKind.CRX: b.Crx(q0, q1, a[0]); break;
            case GateKind.CRY: b.Cry(q0, q1, a[0]); break;
            case GateKind.CRZ: b.Crz(q0, q1, a[0]); break;
            case GateKind.Unitary1: b.Unitary1(q0, g.Matrix!.ToArray()); break;
            case GateKind.Unitary2: b.Unitary2(q0, q1, g.Matrix!.ToArray()); break;
            case GateKind.PauliRotation:
            {
                ulong x = 0, z = 0;
                for (int q = 0; q <= g.Pauli.MaxQubit; q++)
                {
                    char c = g.Pauli[q];
                    if (c == 'I') continue;
                    ulong bit = 1UL << map[q];
                    if (c is 'X' or 'Y') x |= bit;
                    if (c is 'Z' or 'Y') z |= bit;
                }
                b.PauliRotation(new PauliString(x, z), a[0]);
                break;
            }
            default:
                throw new QuantumAppsException($"gate {g} cannot be remapped; decompose it with {nameof(ToTwoQubitGates)} first");
        }
    }
}
