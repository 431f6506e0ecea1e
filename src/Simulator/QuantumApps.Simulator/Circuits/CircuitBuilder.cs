using System.Numerics;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Circuits;

/// <summary>
/// Assembles a <see cref="Circuit"/>: gates are appended in application order and validated on the spot
/// (qubits in range and distinct, matrices unitary to <see cref="UnitarityTolerance"/>, Pauli strings Hermitian and
/// inside the register). The parameter count is the larger of the declared count and one more than the highest
/// index used. Gate conventions are listed on <see cref="GateKind"/>.
/// </summary>
public sealed class CircuitBuilder
{
    /// <summary>Largest |(U†U − I)_ij| accepted for a user matrix (well above double rounding, far below any real error).</summary>
    public const double UnitarityTolerance = 1e-10;

    private readonly List<Gate> _gates = new();
    private int _numParameters;

    /// <summary>Starts an empty circuit on <paramref name="numQubits"/> qubits (1..64; simulation itself is limited by <see cref="States.StateVector"/>) with at least <paramref name="numParameters"/> parameters.</summary>
    public CircuitBuilder(int numQubits, int numParameters = 0)
    {
        if (numQubits < 1 || numQubits > 64) throw new QuantumAppsException($"a circuit needs 1..64 qubits, not {numQubits}");
        if (numParameters < 0) throw new QuantumAppsException($"parameter count must be non-negative, not {numParameters}");
        NumQubits = numQubits;
        _numParameters = numParameters;
    }

    /// <summary>Number of qubits.</summary>
    public int NumQubits { get; }

    /// <summary>Number of gates appended so far.</summary>
    public int Count => _gates.Count;

    public CircuitBuilder I(int q) => Fixed(GateKind.I, q);
    public CircuitBuilder X(int q) => Fixed(GateKind.X, q);
    public CircuitBuilder Y(int q) => Fixed(GateKind.Y, q);
    public CircuitBuilder Z(int q) => Fixed(GateKind.Z, q);
    public CircuitBuilder H(int q) => Fixed(GateKind.H, q);
    public CircuitBuilder S(int q) => Fixed(GateKind.S, q);
    public CircuitBuilder Sdg(int q) => Fixed(GateKind.Sdg, q);
    public CircuitBuilder T(int q) => Fixed(GateKind.T, q);
    public CircuitBuilder Tdg(int q) => Fixed(GateKind.Tdg, q);
    public CircuitBuilder SX(int q) => Fixed(GateKind.SX, q);

    /// <summary>RX(θ) = exp(−iθX/2).</summary>
    public CircuitBuilder Rx(int q, Angle theta) => Add(GateKind.RX, [q], [theta]);

    /// <summary>RY(θ) = exp(−iθY/2).</summary>
    public CircuitBuilder Ry(int q, Angle theta) => Add(GateKind.RY, [q], [theta]);

    /// <summary>RZ(θ) = exp(−iθZ/2).</summary>
    public CircuitBuilder Rz(int q, Angle theta) => Add(GateKind.RZ, [q], [theta]);

    /// <summary>PhaseShift(φ) = diag(1, e^{iφ}).</summary>
    public CircuitBuilder PhaseShift(int q, Angle phi) => Add(GateKind.PhaseShift, [q], [phi]);

    /// <summary>Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) (PennyLane's definition: RZ(φ) acts first).</summary>
    public CircuitBuilder Rot(int q, Angle phi, Angle theta, Angle omega) => Add(GateKind.Rot, [q], [phi, theta, omega]);

    /// <summary>U3(θ, φ, λ) = [[cos θ/2, −e^{iλ} sin θ/2], [e^{iφ} sin θ/2, e^{i(φ+λ)} cos θ/2]] (OpenQASM 2 / Qiskit).</summary>
    public CircuitBuilder U3(int q, Angle theta, Angle phi, Angle lambda) => Add(GateKind.U3, [q], [theta, phi, lambda]);

    public CircuitBuilder Cnot(int control, int target) => Add(GateKind.CNOT, [control, target], []);
    public CircuitBuilder Cz(int a, int b) => Add(GateKind.CZ, [a, b], []);
    public CircuitBuilder Swap(int a, int b) => Add(GateKind.SWAP, [a, b], []);

    /// <summary>Controlled RX(θ): RX on the target when the control is 1.</summary>
    public CircuitBuilder Crx(int control, int target, Angle theta) => Add(GateKind.CRX, [control, target], [theta]);
    public CircuitBuilder Cry(int control, int target, Angle theta) => Add(GateKind.CRY, [control, target], [theta]);
    public CircuitBuilder Crz(int control, int target, Angle theta) => Add(GateKind.CRZ, [control, target], [theta]);

    /// <summary>An arbitrary 2×2 unitary, row-major [m00, m01, m10, m11].</summary>
    public CircuitBuilder Unitary1(int q, ReadOnlySpan<Complex> matrix)
    {
        var m = CheckUnitary(matrix, 2);
        return Add(GateKind.Unitary1, [q], [], m);
    }

    /// <summary>An arbitrary 4×4 unitary, row-major; local index 2·bit(first) + bit(second) (first qubit most significant).</summary>
    public CircuitBuilder Unitary2(int first, int second, ReadOnlySpan<Complex> matrix)
    {
        var m = CheckUnitary(matrix, 4);
        return Add(GateKind.Unitary2, [first, second], [], m);
    }

    /// <summary>exp(−iθ/2·P) for a Hermitian Pauli string P (phase i^0); the identity string gives a global phase.</summary>
    public CircuitBuilder PauliRotation(PauliString p, Angle theta)
    {
        if (p.Phase != 0) throw new QuantumAppsException($"a Pauli rotation needs a Hermitian string without phase, got {p}");
        if (p.MaxQubit >= NumQubits) throw new QuantumAppsException($"Pauli string {p.ToLabel()} acts outside the {NumQubits}-qubit circuit");
        var qubits = Support(p.X | p.Z);
        return Add(GateKind.PauliRotation, qubits, [theta], pauli: p);
    }

    /// <summary>exp(−iγD) for a real diagonal operator D on all the circuit's qubits.</summary>
    public CircuitBuilder DiagonalPhase(DiagonalOperator diagonal, Angle gamma)
    {
        if (diagonal.NumQubits != NumQubits) throw new QuantumAppsException($"diagonal acts on {diagonal.NumQubits} qubits; the circuit has {NumQubits}");
        var terms = ZTerms(diagonal);
        return AddDiagonal(diagonal, terms, gamma);
    }

    /// <summary>exp(−iγD) for a Z-only Hermitian Pauli sum D.</summary>
    public CircuitBuilder DiagonalPhase(PauliSum diagonal, Angle gamma)
    {
        if (!diagonal.IsDiagonal) throw new QuantumAppsException("a diagonal phase needs a Z-only Pauli sum; this one has X or Y terms");
        if (!diagonal.IsHermitian()) throw new QuantumAppsException("a diagonal phase needs real coefficients");
        if (diagonal.NumQubits > NumQubits) throw new QuantumAppsException($"diagonal acts on {diagonal.NumQubits} qubits; the circuit has {NumQubits}");
        var full = diagonal.WithNumQubitsAtLeast(NumQubits).RealPart();
        return AddDiagonal(DiagonalOperator.FromPauliSum(full), full, gamma);
    }

    /// <summary>Appends every gate of <paramref name="other"/> (same qubit count), adding <paramref name="parameterOffset"/> to its parameter indices.</summary>
    public CircuitBuilder Append(Circuit other, int parameterOffset = 0)
    {
        if (other.NumQubits != NumQubits) throw new QuantumAppsException($"cannot append a {other.NumQubits}-qubit circuit to a {NumQubits}-qubit one");
        if (parameterOffset < 0) throw new QuantumAppsException($"parameter offset must be non-negative, not {parameterOffset}");
        foreach (var g in other.Gates)
        {
            var angles = g.Angles.Select(a => a.ShiftIndex(parameterOffset)).ToArray();
            Add(g.Kind, g.Qubits.ToArray(), angles, g.Matrix?.ToArray(), g.Pauli, g.Diagonal, g.DiagonalTerms);
        }
        _numParameters = Math.Max(_numParameters, other.NumParameters + parameterOffset);
        return this;
    }

    /// <summary>Appends one gate of a circuit with the same qubit count, unchanged.</summary>
    public CircuitBuilder Append(Gate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return Add(gate.Kind, gate.Qubits.ToArray(), gate.Angles.ToArray(), gate.Matrix?.ToArray(), gate.Pauli, gate.Diagonal, gate.DiagonalTerms);
    }

    /// <summary>
    /// Appends G† for one gate G of a circuit with the same qubit count (used for unitary folding, G → G·G†·G): self-inverse
    /// gates (I, X, Y, Z, H, CNOT, CZ, SWAP) are repeated; S ↔ S†, T ↔ T†; SX† = ½[[1−i, 1+i], [1+i, 1−i]] as a one-qubit
    /// unitary; RX/RY/RZ/PhaseShift/CRX/CRY/CRZ/Pauli rotation/diagonal phase get the negated angle (−c·θ_k − o for the angle
    /// c·θ_k + o); Rot(φ, θ, ω)† = Rot(−ω, −θ, −φ); U3(θ, φ, λ)† = U3(−θ, −λ, −φ); one- and two-qubit unitaries their conjugate
    /// transpose. The inverse is exact, global phase included.
    /// </summary>
    public CircuitBuilder AppendInverse(Gate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        int[] qs = gate.Qubits.ToArray();
        var a = gate.Angles.Select(Negate).ToArray();
        switch (gate.Kind)
        {
            case GateKind.S: return Add(GateKind.Sdg, qs, []);
            case GateKind.Sdg: return Add(GateKind.S, qs, []);
            case GateKind.T: return Add(GateKind.Tdg, qs, []);
            case GateKind.Tdg: return Add(GateKind.T, qs, []);
            case GateKind.SX: return Add(GateKind.Unitary1, qs, [], [new Complex(0.5, -0.5), new Complex(0.5, 0.5), new Complex(0.5, 0.5), new Complex(0.5, -0.5)]);
            case GateKind.Rot: return Add(GateKind.Rot, qs, [a[2], a[1], a[0]]);
            case GateKind.U3: return Add(GateKind.U3, qs, [a[0], a[2], a[1]]);
            case GateKind.Unitary1 or GateKind.Unitary2:
            {
                var m = gate.Matrix!;
                int d = gate.Kind == GateKind.Unitary1 ? 2 : 4;
                var inv = new Complex[d * d];
                for (int r = 0; r < d; r++)
                    for (int c = 0; c < d; c++) inv[r * d + c] = Complex.Conjugate(m[c * d + r]);
                return Add(gate.Kind, qs, [], inv);
            }
            default:
                return Add(gate.Kind, qs, a, null, gate.Pauli, gate.Diagonal, gate.DiagonalTerms);
        }

        static Angle Negate(Angle x) => x.IsParameterized ? Angle.Parameter(x.ParameterIndex, -x.Coefficient, -x.Offset) : Angle.Constant(-x.Offset);
    }

    /// <summary>The immutable circuit.</summary>
    public Circuit Build()
    {
        return new Circuit(NumQubits, _numParameters, _gates.ToArray());
    }

    /// <summary>The simulator operations of <paramref name="gates"/>, in order (<see cref="Circuit"/> builds them on first use).</summary>
    internal static Operation[] LowerAll(Gate[] gates)
    {
        var ops = new List<Operation>();
        for (int i = 0; i < gates.Length; i++) Lower(gates[i], i, ops);
        return ops.ToArray();
    }

    private CircuitBuilder AddDiagonal(DiagonalOperator d, PauliSum terms, Angle gamma)
    {
        ulong support = 0;
        foreach (var t in terms.Terms) support |= t.Pauli.Z;
        return Add(GateKind.DiagonalPhase, Support(support), [gamma], diagonal: d, diagonalTerms: terms);
    }

    private CircuitBuilder Fixed(GateKind kind, int q) => Add(kind, [q], []);

    private CircuitBuilder Add(GateKind kind, int[] qubits, Angle[] angles, Complex[]? matrix = null,
        PauliString pauli = default, DiagonalOperator? diagonal = null, PauliSum? diagonalTerms = null)
    {
        for (int i = 0; i < qubits.Length; i++)
        {
            if ((uint)qubits[i] >= (uint)NumQubits) throw new QuantumAppsException($"{Gate.NameOf(kind)} gate {_gates.Count}: qubit {qubits[i]} is outside the {NumQubits}-qubit circuit (0..{NumQubits - 1})");
            for (int j = 0; j < i; j++)
                if (qubits[j] == qubits[i]) throw new QuantumAppsException($"{Gate.NameOf(kind)} gate {_gates.Count}: qubit {qubits[i]} is used twice");
        }
        foreach (var a in angles)
        {
            if (!double.IsFinite(a.Coefficient) || !double.IsFinite(a.Offset)) throw new QuantumAppsException($"{Gate.NameOf(kind)} gate {_gates.Count}: angle {a} is not finite");
            if (a.IsParameterized) _numParameters = Math.Max(_numParameters, a.ParameterIndex + 1);
        }
        _gates.Add(new Gate(kind, qubits, angles, matrix, pauli, diagonal, diagonalTerms));
        return this;
    }

    private static void Lower(Gate g, int index, List<Operation> ops)
    {
        int q = g.Qubits.Count > 0 ? g.Qubits[0] : -1;
        int q1 = g.Qubits.Count > 1 ? g.Qubits[1] : -1;
        var a = g.Angles;
        double r = 1 / Math.Sqrt(2);
        var i = Complex.ImaginaryOne;
        Operation Fixed1(Complex m00, Complex m01, Complex m10, Complex m11) => new(OperationKind.Fixed1, index, q, matrix: [m00, m01, m10, m11]);
        Operation Rotation(char axis, Angle angle) => new(OperationKind.Rotation, index, q, angle: angle, pauli: PauliString.Single(axis, q));
        Operation Phase(Angle angle) => new(OperationKind.PhaseShift, index, q, angle: angle);
        Operation Controlled(char axis) => new(OperationKind.ControlledRotation, index, q, q1, a[0], PauliString.Single(axis, q1));
        switch (g.Kind)
        {
            case GateKind.I: break;
            case GateKind.X: ops.Add(Fixed1(0, 1, 1, 0)); break;
            case GateKind.Y: ops.Add(Fixed1(0, -i, i, 0)); break;
            case GateKind.Z: ops.Add(Fixed1(1, 0, 0, -1)); break;
            case GateKind.H: ops.Add(Fixed1(r, r, r, -r)); break;
            case GateKind.S: ops.Add(Fixed1(1, 0, 0, i)); break;
            case GateKind.Sdg: ops.Add(Fixed1(1, 0, 0, -i)); break;
            case GateKind.T: ops.Add(Fixed1(1, 0, 0, Complex.FromPolarCoordinates(1, Math.PI / 4))); break;
            case GateKind.Tdg: ops.Add(Fixed1(1, 0, 0, Complex.FromPolarCoordinates(1, -Math.PI / 4))); break;
            case GateKind.SX: ops.Add(Fixed1(new Complex(0.5, 0.5), new Complex(0.5, -0.5), new Complex(0.5, -0.5), new Complex(0.5, 0.5))); break;
            case GateKind.RX: ops.Add(Rotation('X', a[0])); break;
            case GateKind.RY: ops.Add(Rotation('Y', a[0])); break;
            case GateKind.RZ: ops.Add(Rotation('Z', a[0])); break;
            case GateKind.PhaseShift: ops.Add(Phase(a[0])); break;
            case GateKind.Rot:
                ops.Add(Rotation('Z', a[0]));
                ops.Add(Rotation('Y', a[1]));
                ops.Add(Rotation('Z', a[2]));
                break;
            case GateKind.U3:
                // U3(θ, φ, λ) = P(φ)·RY(θ)·P(λ) exactly (the phases e^{iλ/2}, e^{iφ/2} of P = e^{i·/2}RZ make up U3's e^{i(φ+λ)/2}).
                ops.Add(Phase(a[2]));
                ops.Add(Rotation('Y', a[0]));
                ops.Add(Phase(a[1]));
                break;
            case GateKind.CNOT: ops.Add(new Operation(OperationKind.Cnot, index, q, q1)); break;
            case GateKind.CZ: ops.Add(new Operation(OperationKind.Cz, index, q, q1)); break;
            case GateKind.SWAP: ops.Add(new Operation(OperationKind.Swap, index, q, q1)); break;
            case GateKind.CRX: ops.Add(Controlled('X')); break;
            case GateKind.CRY: ops.Add(Controlled('Y')); break;
            case GateKind.CRZ: ops.Add(Controlled('Z')); break;
            case GateKind.Unitary1: ops.Add(new Operation(OperationKind.Fixed1, index, q, matrix: g.Matrix!.ToArray())); break;
            case GateKind.Unitary2: ops.Add(new Operation(OperationKind.Fixed2, index, q, q1, matrix: g.Matrix!.ToArray())); break;
            case GateKind.PauliRotation: ops.Add(new Operation(OperationKind.Rotation, index, q, angle: a[0], pauli: g.Pauli)); break;
            case GateKind.DiagonalPhase: ops.Add(new Operation(OperationKind.DiagonalPhase, index, angle: a[0], diagonal: g.Diagonal, diagonalTerms: g.DiagonalTerms)); break;
        }
    }

    private static int[] Support(ulong mask)
    {
        var list = new List<int>();
        for (ulong m = mask; m != 0; m &= m - 1) list.Add(BitOperations.TrailingZeroCount(m));
        return list.ToArray();
    }

    /// <summary>D = Σ_z c_z Z^z with c_z = 2^(−n) Σ_b d_b (−1)^|b∧z| (inverse Walsh–Hadamard transform).</summary>
    private static PauliSum ZTerms(DiagonalOperator d)
    {
        var c = d.Values.ToArray();
        Kernels.WalshHadamardKernel.Transform(c);
        var b = new PauliSumBuilder(d.NumQubits);
        double scale = 1.0 / c.Length;
        for (int z = 0; z < c.Length; z++)
            if (c[z] != 0) b.Add(new PauliString(0, (ulong)z), c[z] * scale);
        return b.ToPauliSum();
    }

    private static Complex[] CheckUnitary(ReadOnlySpan<Complex> m, int d)
    {
        if (m.Length != d * d) throw new QuantumAppsException($"a {(d == 2 ? "one" : "two")}-qubit unitary needs {d * d} matrix entries, not {m.Length}");
        for (int r = 0; r < d; r++)
            for (int c = 0; c < d; c++)
            {
                Complex s = Complex.Zero;
                for (int k = 0; k < d; k++) s += Complex.Conjugate(m[k * d + r]) * m[k * d + c];
                double dev = (s - (r == c ? Complex.One : Complex.Zero)).Magnitude;
                if (!double.IsFinite(dev) || dev > UnitarityTolerance)
                    throw new QuantumAppsException($"matrix is not unitary: (U†U)[{r},{c}] deviates from the identity by {dev:G3} (tolerance {UnitarityTolerance:G1})");
            }
        return m.ToArray();
    }
}
