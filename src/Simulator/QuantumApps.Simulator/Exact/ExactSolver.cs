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

    /// <summary>Lowest eigenpair of <paramref name="h"/> within <paramref name="sector"/> (e.g. FCI in a particle-number sector).</summary>
    /// <param name="h">Hermitian Pauli sum that leaves <paramref name="sector"/> invariant.</param>
    /// <param name="sector">The basis states to diagonalise in.</param>
    /// <param name="progress">Receives the Lanczos cycles (<see cref="Lanczos"/>); the dense path reports nothing.</param>
    /// <param name="cancellationToken">Checked before the solve and before every Lanczos matrix–vector product.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static EigenResult GroundState(PauliSum h, BasisSector sector, IProgress<LanczosProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (!h.IsHermitian()) throw new QuantumAppsException("exact diagonalisation needs a Hermitian operator (real Pauli coefficients)");
        cancellationToken.ThrowIfCancellationRequested();
        var op = new SectorOperator(h, sector);
        cancellationToken.ThrowIfCancellationRequested();
        if (op.Dimension <= DenseLimit) return DenseSolver.GroundState(op);
        return Lanczos.GroundState(op, progress: progress, cancellationToken: cancellationToken);
    }

    /// <summary>Minimum and maximum of a diagonal (Z-only) operator over all basis states.</summary>
    public static (double Min, double Max) DiagonalRange(PauliSum diagonal)
    {
        var d = DiagonalOperator.FromPauliSum(diagonal);
        return (d.Minimum, d.Maximum);
    }
}
