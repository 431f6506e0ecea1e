using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// Exact ground state of a Hermitian Pauli sum in a sector: dense diagonalisation when the sector has at
/// most <see cref="DenseLimit"/> states, Lanczos otherwise; for a diagonal operator in the full space the
/// minimum of the diagonal.
/// </summary>
public static class ExactSolver
{
    /// <summary>Sector dimension up to which the dense solver is used.</summary>
    public const int DenseLimit = 512;

    /// <summary>Lowest eigenpair of <paramref name="h"/> within <paramref name="sector"/>.</summary>
    public static EigenResult GroundState(PauliSum h, BasisSector sector)
    {
        if (!h.IsHermitian()) throw new QuantumAppsException("exact diagonalisation needs a Hermitian operator (real Pauli coefficients)");
        var op = new SectorOperator(h, sector);
        if (op.Dimension <= DenseLimit) return DenseSolver.GroundState(op);
        return Lanczos.GroundState(op);
    }

    /// <summary>Minimum and maximum of a diagonal (Z-only) operator over all basis states.</summary>
    public static (double Min, double Max) DiagonalRange(PauliSum diagonal)
    {
        var d = DiagonalOperator.FromPauliSum(diagonal);
        return (d.Minimum, d.Maximum);
    }
}
