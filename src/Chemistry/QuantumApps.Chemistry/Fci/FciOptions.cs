namespace QuantumApps.Chemistry.Fci;

/// <summary>Settings of <see cref="DeterminantFci.Compute"/>.</summary>
/// <param name="ResidualTolerance">Converged when the Davidson residual norm ‖Hx − θx‖ is below this (the energy error is then of order its square over the gap).</param>
/// <param name="EnergyTolerance">… and the eigenvalue changed by less than this (hartree) in the last iteration.</param>
/// <param name="MaxIterations">Sigma vectors (Davidson iterations) at most.</param>
/// <param name="MaxSubspace">Davidson subspace size; a full subspace is thick-restarted from its lowest max(1, this/2) Ritz vectors (2·this vectors of D doubles are kept: basis and images).</param>
/// <param name="Seed">Seed of the small random admixture in the start vector (see <see cref="DeterminantFci"/>).</param>
/// <param name="Symmetry">Which symmetry sectors are diagonalised (default: the reference determinant's, as psi4).</param>
public sealed record FciOptions(
    double ResidualTolerance = 1e-6,
    double EnergyTolerance = 1e-10,
    int MaxIterations = 200,
    int MaxSubspace = 8,
    int Seed = 7,
    FciSymmetry Symmetry = FciSymmetry.ReferenceSector);
