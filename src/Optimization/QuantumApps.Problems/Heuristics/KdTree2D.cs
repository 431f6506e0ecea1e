using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// A static 2-d tree over points in the plane (Bentley 1975; the neighbour-list structure of Bentley, "Fast algorithms
/// for geometric traveling salesman problems", ORSA J. Computing 4 (1992)) for k-nearest-neighbour queries. Build: the
/// point set is split recursively at the median of the coordinate with the larger spread (buckets of at most
/// <see cref="BucketSize"/> points), O(n log² n) with the sorts used here. Query: depth-first, nearer side first, a side
/// pruned when its splitting line is farther than the current k-th distance; expected O(log n + k) per query for
/// well-spread points. Order: by squared Euclidean distance dx² + dy², ties by point index — exactly the order of a brute
/// force over all points with the same arithmetic (tested).
/// </summary>
public sealed class KdTree2D
{
    /// <summary>Most points in a leaf.</summary>
    public const int BucketSize = 8;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int[] _order;
    private readonly List<Node> _nodes = [];

    private readonly record struct Node(int Start, int End, int Axis, double Split, int Low, int High);

    /// <summary>Builds the tree over points (x_i, y_i), i = 0..n−1.</summary>
    public KdTree2D(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new QuantumAppsException($"k-d tree: {x.Count} x coordinates but {y.Count} y coordinates");
        }

        _x = x.ToArray();
        _y = y.ToArray();
        if (_x.Any(v => !double.IsFinite(v)) || _y.Any(v => !double.IsFinite(v)))
        {
            throw new QuantumAppsException("k-d tree: coordinates must be finite numbers");
        }

        _order = Enumerable.Range(0, _x.Length).ToArray();
        if (_x.Length > 0)
        {
            Build(0, _x.Length);
        }
    }

    /// <summary>Number of points.</summary>
    public int Count => _x.Length;

    private int Build(int start, int end)
    {
        int index = _nodes.Count;
        _nodes.Add(default);
        if (end - start <= BucketSize)
        {
            _nodes[index] = new Node(start, end, -1, 0, -1, -1);
            return index;
        }

        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (int i = start; i < end; i++)
        {
            int p = _order[i];
            minX = Math.Min(minX, _x[p]);
            maxX = Math.Max(maxX, _x[p]);
            minY = Math.Min(minY, _y[p]);
            maxY = Math.Max(maxY, _y[p]);
        }

        int axis = maxX - minX >= maxY - minY ? 0 : 1;
        var coordinate = axis == 0 ? _x : _y;
        Array.Sort(_order, start, end - start, Comparer<int>.Create((a, b) => coordinate[a].CompareTo(coordinate[b])));
        int mid = (start + end) / 2;
        double split = coordinate[_order[mid]];
        int low = Build(start, mid);
        int high = Build(mid, end);
        _nodes[index] = new Node(start, end, axis, split, low, high);
        return index;
    }

    /// <summary>
    /// The <paramref name="k"/> points nearest to point <paramref name="self"/> other than itself (fewer when n − 1 &lt; k),
    /// nearest first, ties by index, written to <paramref name="result"/>; returns how many were written.
    /// </summary>
    public int Nearest(int self, int k, Span<int> result)
    {
        if ((uint)self >= (uint)_x.Length)
        {
            throw new QuantumAppsException($"k-d tree: point {self} is not in 0..{_x.Length - 1}");
        }

        k = Math.Min(k, Math.Min(result.Length, _x.Length - 1));
        if (k <= 0)
        {
            return 0;
        }

        var bestD = new double[k];
        var bestI = new int[k];
        int filled = 0;
        double qx = _x[self], qy = _y[self];
        Search(0, self, qx, qy, k, bestD, bestI, ref filled);
        bestI.AsSpan(0, filled).CopyTo(result);
        return filled;
    }

    private void Search(int nodeIndex, int self, double qx, double qy, int k, double[] bestD, int[] bestI, ref int filled)
    {
        var node = _nodes[nodeIndex];
        if (node.Axis < 0)
        {
            for (int i = node.Start; i < node.End; i++)
            {
                int p = _order[i];
                if (p == self)
                {
                    continue;
                }

                double dx = _x[p] - qx, dy = _y[p] - qy;
                Offer(dx * dx + dy * dy, p, k, bestD, bestI, ref filled);
            }

            return;
        }

        double diff = (node.Axis == 0 ? qx : qy) - node.Split;
        int near = diff < 0 ? node.Low : node.High;
        int far = diff < 0 ? node.High : node.Low;
        Search(near, self, qx, qy, k, bestD, bestI, ref filled);
        // Points on the far side are at least |diff| away; equal distance must still be visited (ties by index).
        if (filled < k || diff * diff <= bestD[filled - 1])
        {
            Search(far, self, qx, qy, k, bestD, bestI, ref filled);
        }
    }

    /// <summary>Inserts (d², p) into the sorted list of the k best by (d², index), if it belongs there.</summary>
    private static void Offer(double d2, int p, int k, double[] bestD, int[] bestI, ref int filled)
    {
        if (filled == k && !Before(d2, p, bestD[k - 1], bestI[k - 1]))
        {
            return;
        }

        int pos = filled < k ? filled++ : k - 1;
        while (pos > 0 && Before(d2, p, bestD[pos - 1], bestI[pos - 1]))
        {
            bestD[pos] = bestD[pos - 1];
            bestI[pos] = bestI[pos - 1];
            pos--;
        }

        bestD[pos] = d2;
        bestI[pos] = p;
    }

    private static bool Before(double d2, int p, double otherD2, int other) => d2 < otherD2 || (d2 == otherD2 && p < other);
}
