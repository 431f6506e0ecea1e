using System.Numerics;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Circuits;

/// <summary>
/// One gate of a <see cref="Circuit"/> (immutable, value equality). <see cref="Qubits"/> lists the qubits in
/// the gate's own order (control first for controlled gates; for <see cref="GateKind.Unitary2"/> the first
/// qubit is the most significant bit of the 4×4 matrix index; for Pauli rotations and diagonal phases the
/// support in ascending order). <see cref="Angles"/> are in the order of the gate's definition in
/// <see cref="GateKind"/> (Rot: φ, θ, ω; U3: θ, φ, λ; DiagonalPhase: γ).
/// </summary>
public sealed class Gate : IEquatable<Gate>
{
    private readonly int[] _qubits;
    private readonly Angle[] _angles;
    private readonly Complex[]? _matrix;

    internal Gate(GateKind kind, int[] qubits, Angle[] angles, Complex[]? matrix = null,
        PauliString pauli = default, DiagonalOperator? diagonal = null, PauliSum? diagonalTerms = null)
    {
        Kind = kind;
        _qubits = qubits;
        _angles = angles;
        _matrix = matrix;
        Pauli = pauli;
        Diagonal = diagonal;
        DiagonalTerms = diagonalTerms;
    }

    /// <summary>What the gate is.</summary>
    public GateKind Kind { get; }

    /// <summary>The qubits acted on (see the type remarks for their order).</summary>
    public IReadOnlyList<int> Qubits => _qubits;

    /// <summary>The gate's angles (empty for fixed gates).</summary>
    public IReadOnlyList<Angle> Angles => _angles;

    /// <summary>Row-major matrix of a <see cref="GateKind.Unitary1"/> (4 entries) or <see cref="GateKind.Unitary2"/> (16 entries) gate; null otherwise.</summary>
    public IReadOnlyList<Complex>? Matrix => _matrix;

    /// <summary>The Hermitian Pauli string P of a <see cref="GateKind.PauliRotation"/> (identity otherwise).</summary>
    public PauliString Pauli { get; }

    /// <summary>The diagonal D of a <see cref="GateKind.DiagonalPhase"/>; null otherwise.</summary>
    public DiagonalOperator? Diagonal { get; }

    /// <summary>D of a <see cref="GateKind.DiagonalPhase"/> written as a Z-only Pauli sum (Walsh–Hadamard transform of its values); null otherwise.</summary>
    public PauliSum? DiagonalTerms { get; }

    internal ReadOnlySpan<Complex> MatrixSpan => _matrix;

    /// <summary>Lower-case name used in <see cref="Circuit.GateCounts"/>: "x", "rx", "cnot", "pauli_rotation", ….</summary>
    public string Name => NameOf(Kind);

    /// <summary>True when some angle depends on a parameter.</summary>
    public bool IsParameterized => Array.Exists(_angles, a => a.IsParameterized);

    /// <summary>
    /// CNOTs in the decomposition this library assumes (and <see cref="Circuit.ToQasm"/> uses): one-qubit gates 0;
    /// CNOT 1; CZ 1 (H·CNOT·H); SWAP 3; CRX/CRY/CRZ 2 (two CNOTs around one-qubit rotations);
    /// a Pauli rotation of weight w: 2(w − 1) (basis change, CNOT ladder, RZ, ladder back);
    /// a general two-qubit unitary 3 (the KAK bound); a diagonal phase: Σ over its non-identity Z terms of 2(w − 1).
    /// </summary>
    public int CnotCount => Kind switch
    {
        GateKind.CNOT or GateKind.CZ => 1,
        GateKind.SWAP or GateKind.Unitary2 => 3,
        GateKind.CRX or GateKind.CRY or GateKind.CRZ => 2,
        GateKind.PauliRotation => Pauli.IsIdentity ? 0 : 2 * (Pauli.Weight - 1),
        GateKind.DiagonalPhase => DiagonalTerms!.Terms.Sum(t => t.Pauli.IsIdentity ? 0 : 2 * (t.Pauli.Weight - 1)),
        _ => 0,
    };

    internal static string NameOf(GateKind kind) => (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString().ToLowerInvariant();

    /// <summary>The gate names indexed by <see cref="GateKind"/>, built once (a name per gate was an enum formatting and an allocation).</summary>
    private static readonly string[] KindNames = Enum.GetValues<GateKind>().Select(k => k switch
    {
        GateKind.PauliRotation => "pauli_rotation",
        GateKind.DiagonalPhase => "diagonal_phase",
        _ => k.ToString().ToLowerInvariant(),
    }).ToArray();

    /// <summary>"rx(0.5*p[0]) q[1]" style description.</summary>
    public override string ToString()
    {
        string args = _angles.Length == 0 ? "" : "(" + string.Join(", ", _angles.Select(a => a.ToString())) + ")";
        string extra = Kind == GateKind.PauliRotation ? " " + Pauli.ToLabel() : "";
        return $"{Name}{args}{extra} " + string.Join(",", _qubits.Select(q => $"q[{q}]"));
    }

    public bool Equals(Gate? other) =>
        other is not null && Kind == other.Kind && _qubits.AsSpan().SequenceEqual(other._qubits)
        && _angles.AsSpan().SequenceEqual(other._angles)
        && (_matrix is null ? other._matrix is null : other._matrix is not null && _matrix.AsSpan().SequenceEqual(other._matrix))
        && Pauli == other.Pauli
        && Equals(DiagonalTerms, other.DiagonalTerms)
        && (Diagonal is null ? other.Diagonal is null : other.Diagonal is not null && Diagonal.Values.SequenceEqual(other.Diagonal.Values));

    public override bool Equals(object? obj) => Equals(obj as Gate);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Kind);
        foreach (int q in _qubits) h.Add(q);
        foreach (var a in _angles) h.Add(a);
        h.Add(Pauli);
        return h.ToHashCode();
    }
}
