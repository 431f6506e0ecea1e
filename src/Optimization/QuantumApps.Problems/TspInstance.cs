namespace QuantumApps.Problems;

/// <summary>
/// A travelling-salesman instance: a name and the distance matrix (cities 0..n−1; TSPLIB node k is city k−1).
/// Tours are closed and, by our convention, reported starting at city 0.
/// </summary>
public sealed record TspInstance(string Name, DistanceMatrix Distances)
{
    /// <summary>Number of cities.</summary>
    public int CityCount => Distances.Size;
}
