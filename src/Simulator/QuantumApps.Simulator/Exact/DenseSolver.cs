using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// Full diagonalisation of a Hermitian Pauli sum restricted to a sector with MathNet's Hermitian
/// eigensolver. Cost O(d³) in the sector dimension d, so it is used for d up to a few thousand.
/// </summary>
public static class DenseSolver
{
    /// <summary>Largest sector dimension the dense path accepts.</summary>
    public const int MaxDimension = 4096;

    /// <summary>All eigenvalues in ascending order.</summary>
    public static double[] Eigenvalues(PauliSum h, BasisSector sector)
    {
        var op = new SectorOperator(h, sector);
        return Decompose(op).EigenValues.Select(v => v.Real).OrderBy(v => v).ToArray();
    }

    /// <summary>The lowest eigenpair.</summary>
    public static EigenResult GroundState(PauliSum h, BasisSector sector) => GroundState(new SectorOperator(h, sector));

    /// <summary>The lowest eigenpair of a sector operator.</summary>
    public static EigenResult GroundState(SectorOperator op)
    {
        var evd = Decompose(op);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        int best = 0;
        for (int i = 1; i < values.Length; i++) if (values[i] < values[best]) best = i;
        var vec = evd.EigenVectors.Column(best).ToArray();
        double norm = Math.Sqrt(vec.Sum(c => c.Real * c.Real + c.Imaginary * c.Imaginary));
        for (int i = 0; i < vec.Length; i++) vec[i] /= norm;
        double residual = Lanczos.ResidualNorm(op, vec, values[best]);
        return new EigenResult(values[best], op.Embed(vec), "dense", op.Dimension, 0, residual);
    }

    private static MathNet.Numerics.LinearAlgebra.Factorization.Evd<Complex> Decompose(SectorOperator op)
    {
        if (op.Dimension > MaxDimension)
            throw new QuantumAppsException($"sector dimension {op.Dimension} is too large for dense diagonalisation (at most {MaxDimension}); use Lanczos");
        var m = Matrix<Complex>.Build.DenseOfArray(op.ToDense());
        return m.Evd(Symmetricity.Hermitian);
    }
}
