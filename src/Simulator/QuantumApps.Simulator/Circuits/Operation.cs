using System.Numerics;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Circuits;

/// <summary>
/// A primitive operation with at most one angle. Every parameterised primitive has the form
/// U(θ) = exp(−iθ/2·G) up to a global phase, with generator G: P for <see cref="OperationKind.Rotation"/>,
/// |1⟩⟨1|_c⊗σ_t for <see cref="OperationKind.ControlledRotation"/>, Z for <see cref="OperationKind.PhaseShift"/>
/// (its extra phase e^{iφ/2} is global) and 2D for <see cref="OperationKind.DiagonalPhase"/> (θ = γ).
/// </summary>
internal sealed class Operation
{
    internal Operation(OperationKind kind, int gateIndex, int q0 = -1, int q1 = -1, Angle angle = default,
        PauliString pauli = default, Complex[]? matrix = null, DiagonalOperator? diagonal = null, PauliSum? diagonalTerms = null)
    {
        Kind = kind;
        GateIndex = gateIndex;
        Q0 = q0;
        Q1 = q1;
        Angle = angle;
        Pauli = pauli;
        Matrix = matrix;
        Diagonal = diagonal;
        DiagonalTerms = diagonalTerms;
        if (matrix is not null)
        {
            InverseMatrix = ConjugateTranspose(matrix);
            IsDiagonalMatrix = matrix.Length == 4 && matrix[1] == Complex.Zero && matrix[2] == Complex.Zero;
        }
    }

    internal OperationKind Kind { get; }
    internal int GateIndex { get; }
    internal int Q0 { get; }
    internal int Q1 { get; }
    internal Angle Angle { get; }

    /// <summary>P of a rotation; for a controlled rotation the single-qubit σ on the target.</summary>
    internal PauliString Pauli { get; }
    internal Complex[]? Matrix { get; }
    internal Complex[]? InverseMatrix { get; }
    internal bool IsDiagonalMatrix { get; }
    internal DiagonalOperator? Diagonal { get; }
    internal PauliSum? DiagonalTerms { get; }

    internal bool IsParameterized => Angle.IsParameterized && Kind is OperationKind.Rotation or OperationKind.ControlledRotation
        or OperationKind.PhaseShift or OperationKind.DiagonalPhase;

    /// <summary>Applies the operation with angle value <paramref name="angle"/> (ignored by fixed operations).</summary>
    internal void Apply(StateVector s, double angle) => ApplyCore(s, angle, Matrix);

    /// <summary>Applies the inverse U(θ)†.</summary>
    internal void ApplyInverse(StateVector s, double angle) => ApplyCore(s, -angle, InverseMatrix);

    private void ApplyCore(StateVector s, double angle, Complex[]? m)
    {
        switch (Kind)
        {
            case OperationKind.Fixed1:
                if (IsDiagonalMatrix) s.ApplyDiagonal1(Q0, m![0], m[3]);
                else s.ApplyMatrix1(Q0, m![0], m[1], m[2], m[3]);
                break;
            case OperationKind.Fixed2:
                s.ApplyMatrix2(Q0, Q1, m);
                break;
            case OperationKind.Cnot:
                s.ApplyCnot(Q0, Q1);
                break;
            case OperationKind.Cz:
                s.ApplyCz(Q0, Q1);
                break;
            case OperationKind.Swap:
                s.ApplySwap(Q0, Q1);
                break;
            case OperationKind.Rotation:
                ApplyRotation(s, angle);
                break;
            case OperationKind.ControlledRotation:
                ApplyControlledRotation(s, angle);
                break;
            case OperationKind.PhaseShift:
                s.ApplyDiagonal1(Q0, Complex.One, Complex.FromPolarCoordinates(1, angle));
                break;
            case OperationKind.DiagonalPhase:
                s.ApplyDiagonalPhase(Diagonal!, angle);
                break;
        }
    }

    private void ApplyRotation(StateVector s, double theta)
    {
        if (Pauli.Weight != 1)
        {
            s.ApplyPauliRotation(Pauli, theta);
            return;
        }
        switch (Pauli[Q0])
        {
            case 'X': s.ApplyRx(Q0, theta); break;
            case 'Y': s.ApplyRy(Q0, theta); break;
            default: s.ApplyRz(Q0, theta); break;
        }
    }

    private void ApplyControlledRotation(StateVector s, double theta)
    {
        var (sn, c) = Math.SinCos(theta / 2);
        ReadOnlySpan<int> control = [Q0];
        switch (Pauli[Q1])
        {
            case 'X': s.ApplyControlledMatrix1(control, Q1, c, new Complex(0, -sn), new Complex(0, -sn), c); break;
            case 'Y': s.ApplyControlledMatrix1(control, Q1, c, -sn, sn, c); break;
            default: s.ApplyDiagonal1(Q1, new Complex(c, -sn), new Complex(c, sn), control); break;
        }
    }

    private static Complex[] ConjugateTranspose(Complex[] m)
    {
        int d = m.Length == 4 ? 2 : 4;
        var r = new Complex[m.Length];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                r[i * d + j] = Complex.Conjugate(m[j * d + i]);
        return r;
    }
}
