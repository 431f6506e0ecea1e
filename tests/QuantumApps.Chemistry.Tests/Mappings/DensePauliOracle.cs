using System.Numerics;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Chemistry.Tests.Mappings;

/// <summary>
/// Slow dense oracle for Pauli sums: P(x, z)|b⟩ = i^|x∧z| (−1)^|z∧b| |b ⊕ x⟩ (Y = iXZ), summed into a 2^n
/// matrix; eigenvalues by MathNet's Hermitian eigensolver.
/// </summary>
internal static class DensePauliOracle
{
    public static Complex[,] Matrix(PauliSum op)
    {
        int dim = 1 << op.NumQubits;
        var m = new Complex[dim, dim];
        foreach (var t in op.Terms)
        {
            var p = t.Pauli;
            Complex phase = PauliString.PhaseToComplex(BitOperations.PopCount(p.X & p.Z) + p.Phase) * t.Coefficient;
            for (ulong b = 0; b < (ulong)dim; b++)
            {
                double sign = (BitOperations.PopCount(p.Z & b) & 1) == 0 ? 1 : -1;
                m[b ^ p.X, b] += sign * phase;
            }
        }
        return m;
    }

    /// <summary>Lowest eigenvalue of a Hermitian Pauli sum (full 2^n space).</summary>
    public static double LowestEigenvalue(PauliSum op)
    {
        var m = Matrix(op);
        int dim = m.GetLength(0);
        var dense = MathNet.Numerics.LinearAlgebra.Matrix<Complex>.Build.Dense(dim, dim, (i, j) => m[i, j]);
        var evd = dense.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian);
        return evd.EigenValues.Select(e => e.Real).Min();
    }

    /// <summary>Lowest eigenvalue restricted to the given basis states (exact when the span is invariant).</summary>
    public static double LowestEigenvalue(PauliSum op, Func<ulong, bool> keep)
    {
        var m = Matrix(op);
        var states = Enumerable.Range(0, m.GetLength(0)).Select(i => (ulong)i).Where(keep).ToArray();
        var dense = MathNet.Numerics.LinearAlgebra.Matrix<Complex>.Build.Dense(states.Length, states.Length,
            (i, j) => m[states[i], states[j]]);
        return dense.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian).EigenValues.Select(e => e.Real).Min();
    }
}
