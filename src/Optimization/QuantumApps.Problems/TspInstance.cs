namespace QuantumApps.Problems;

/// <summary>
/// A travelling-salesman instance: a name and the distance matrix (cities 0..n−1; TSPLIB node k is city k−1).
/// Tours are closed and, by our convention, reported starting at city 0.
/// </summary>
public sealed record TspInstance(string Name, DistanceMatrix Distances)
{
    /// <summary>Number of cities.</summary>
    public int CityCount => Distances.Size;

    /// <summary>
    /// Planar city coordinates (x_i, y_i) when every distance is a non-decreasing function of the Euclidean distance
    /// between them (TSPLIB EUC_2D, CEIL_2D, ATT), so the k nearest by coordinates are k nearest by distance up to ties;
    /// null otherwise (GEO, EXPLICIT matrices, road networks). Used for k-d tree candidate lists
    /// (<see cref="Heuristics.TspCandidates.FromCoordinates"/>).
    /// </summary>
    public PlanarCoordinates? Coordinates { get; init; }
}

/// <summary>City coordinates in the plane: city i is at (X[i], Y[i]).</summary>
/// <param name="X">x coordinates.</param>
/// <param name="Y">y coordinates, as many as <paramref name="X"/>.</param>
public sealed record PlanarCoordinates(IReadOnlyList<double> X, IReadOnlyList<double> Y);
