using System.Diagnostics;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Iterated local search for the symmetric TSP (Lourenço, Martin &amp; Stützle, "Iterated Local Search", 2003; the
/// double-bridge kick is Martin, Otto &amp; Felten 1991). The local search is 2-opt plus Or-opt on neighbour lists
/// (<see cref="TspCandidates"/>, the <see cref="CandidateCount"/> nearest cities, from a k-d tree when coordinates are given) with don't-look bits (Bentley 1992):
/// a queue holds the cities whose surroundings changed; a city is taken from it, every improving
/// <list type="bullet">
/// <item>2-opt move that adds an edge (a, c) with d(a, c) &lt; d(a, succ a) (resp. pred a), c a candidate of a, and</item>
/// <item>Or-opt move of a segment of 1–3 cities with a as an end, reinserted in either orientation next to a candidate of
/// one of its ends with d(end, c) below the removal gain d(p, s1) + d(s2, n) − d(p, n),</item>
/// </list>
/// is looked for (first improvement); an applied move puts its end cities back in the queue. Tours are arrays with a
/// position index; a 2-opt move reverses the shorter side, an Or-opt move is two or three such reversals.
/// The kick is a segment-local double bridge: tour A B C D becomes A C B D with B and C of 1…50 cities each at a random
/// place, so only its six end cities enter the queue. A kicked tour that is longer after local search is undone from a
/// log of the reversals (acceptance: better or equal). Start tour: nearest neighbour from a random city. Without a time
/// limit each restart makes <see cref="DefaultKicksPerCity"/>·n kicks (at least 1000), split over the restarts; with one,
/// each restart runs until its share of the limit (<see cref="SearchBudget.DeadlineTimestamp"/>). Fewer than 8 cities are
/// solved by Held–Karp. The token is checked every 64 kicks.
/// </summary>
public static class TspIteratedLocalSearch
{
    /// <summary>Neighbour-list length k.</summary>
    public const int CandidateCount = 10;

    /// <summary>Kicks per city of a run without a time limit (all restarts together).</summary>
    public const int DefaultKicksPerCity = 50;

    /// <summary>Longest segment B or C of a double-bridge kick.</summary>
    public const int MaxKickSegment = 50;

    /// <summary>
    /// Runs the search under <paramref name="budget"/>; default one restart. <paramref name="kicks"/> overrides the
    /// default number of kicks of a run without a time limit (all restarts together). With <paramref name="coordinates"/>
    /// (the instance's <see cref="TspInstance.Coordinates"/>) the candidate lists come from a k-d tree, else from the matrix.
    /// </summary>
    public static TourSolution Solve(DistanceMatrix d, SearchBudget budget, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default, long? kicks = null,
        PlanarCoordinates? coordinates = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(budget);
        budget = budget.Validated();
        long start = Stopwatch.GetTimestamp();
        var sw = Stopwatch.StartNew();
        int n = d.Size;
        TspLocalSearch.RequireSymmetric(d);
        if (n < 8) return HeldKarp.Solve(d, cancellationToken: cancellationToken) with { Method = "ils", Seconds = sw.Elapsed.TotalSeconds };
        var rng = budget.NewRandom();
        if (coordinates is not null && (coordinates.X.Count != n || coordinates.Y.Count != n))
        {
            throw new QuantumAppsException($"ils: {coordinates.X.Count} coordinates for {n} cities");
        }

        var cand = coordinates is null ? TspCandidates.Nearest(d, CandidateCount) : TspCandidates.FromCoordinates(coordinates, CandidateCount);
        var dist = d.AsSpan().ToArray();
        int restarts = budget.RestartsOr(1);
        if (kicks is < 0) throw new QuantumAppsException($"ils: kicks must be non-negative, got {kicks}");
        long totalKicks = kicks ?? Math.Max(1000L, (long)DefaultKicksPerCity * n);
        int[]? best = null;
        double bestLen = double.PositiveInfinity;
        for (int r = 0; r < restarts; r++)
        {
            long deadline = budget.DeadlineTimestamp(start, r, restarts);
            long runKicks = budget.TimeLimitSeconds is null ? totalKicks / restarts : long.MaxValue;
            var engine = new Engine(n, dist, cand, TspLocalSearch.NearestNeighbour(d, rng.Next(n)));
            engine.Run(runKicks, deadline, rng, progress, r, restarts, bestLen, cancellationToken);
            double len = d.TourLength(engine.Tour);
            if (len < bestLen - 1e-9)
            {
                bestLen = len;
                best = (int[])engine.Tour.Clone();
            }
        }

        var rotated = TspQubo.RotateToZero(best!);
        return new TourSolution(d.TourLength(rotated), rotated, "ils", sw.Elapsed.TotalSeconds);
    }

    /// <summary>One local-search state: tour, positions, don't-look queue and the undo log of the current kick.</summary>
    private sealed class Engine
    {
        private const double Eps = 1e-9;
        private readonly int _n;
        private readonly double[] _d;
        private readonly TspCandidates _cand;
        private readonly int[] _tour;
        private readonly int[] _pos;
        private readonly int[] _queue;
        private readonly bool[] _queued;
        private int _head, _count;
        private readonly List<(int I, int J)> _log = [];
        private bool _logging;
        private double _length;

        public Engine(int n, double[] d, TspCandidates cand, int[] start)
        {
            _n = n;
            _d = d;
            _cand = cand;
            _tour = start;
            _pos = new int[n];
            for (int i = 0; i < n; i++) _pos[_tour[i]] = i;
            _queue = new int[n];
            _queued = new bool[n];
            for (int i = 0; i < n; i++) Push(_tour[i]);
            for (int i = 0; i < n; i++) _length += D(_tour[i], _tour[i + 1 == n ? 0 : i + 1]);
        }

        public int[] Tour => _tour;

        public void Run(long kicks, long deadline, Random rng, IProgress<SearchProgress>? progress, int restart, int restarts, double bestSoFar, CancellationToken ct)
        {
            LocalSearch();
            int maxSeg = Math.Min(MaxKickSegment, (_n - 2) / 3);
            var saved = new int[2 * maxSeg];
            long every = kicks == long.MaxValue ? 1024 : Math.Max(64, kicks / 100);
            for (long k = 0; k < kicks; k++)
            {
                if ((k & 63) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    if (Stopwatch.GetTimestamp() >= deadline) return;
                }

                if (progress is not null && k % every == 0)
                {
                    progress.Report(new SearchProgress("ils", k, kicks == long.MaxValue ? 0 : kicks, $"kicks (restart {restart + 1}/{restarts})", Math.Min(bestSoFar, _length)));
                }

                double before = _length;
                _log.Clear();
                _logging = true;
                int i = rng.Next(_n);
                int l1 = 1 + rng.Next(maxSeg), l2 = 1 + rng.Next(maxSeg);
                Kick(i, l1, l2, saved);
                LocalSearch();
                _logging = false;
                if (_length > before + Eps)
                {
                    for (int e = _log.Count - 1; e >= 0; e--) ReverseRaw(_log[e].I, _log[e].J);
                    Unkick(i, l1, l2, saved);
                    _length = before;
                }
            }
        }

        private double D(int a, int b) => _d[a * _n + b];

        private int Succ(int c)
        {
            int p = _pos[c] + 1;
            return _tour[p == _n ? 0 : p];
        }

        private int Pred(int c)
        {
            int p = _pos[c] - 1;
            return _tour[p < 0 ? _n - 1 : p];
        }

        private void Push(int c)
        {
            if (_queued[c]) return;
            _queued[c] = true;
            int t = _head + _count;
            _queue[t >= _n ? t - _n : t] = c;
            _count++;
        }

        private int Pop()
        {
            int c = _queue[_head];
            _head = _head + 1 == _n ? 0 : _head + 1;
            _count--;
            _queued[c] = false;
            return c;
        }

        private void LocalSearch()
        {
            while (_count > 0)
            {
                int a = Pop();
                if (Improve(a)) Push(a);
            }
        }

        /// <summary>Reverses the cyclic position range i..j, or its complement when that is shorter (same cycle).</summary>
        private void Reverse(int i, int j)
        {
            int len = j - i;
            if (len < 0) len += _n;
            len++;
            if (2 * len > _n)
            {
                int ni = j + 1 == _n ? 0 : j + 1;
                int nj = i == 0 ? _n - 1 : i - 1;
                i = ni;
                j = nj;
            }

            ReverseRaw(i, j);
            if (_logging) _log.Add((i, j));
        }

        private void ReverseRaw(int i, int j)
        {
            int len = j - i;
            if (len < 0) len += _n;
            len++;
            for (int k = 0; k < len / 2; k++)
            {
                int a = i + k, b = j - k;
                if (a >= _n) a -= _n;
                if (b < 0) b += _n;
                int ca = _tour[a], cb = _tour[b];
                _tour[a] = cb; _pos[cb] = a;
                _tour[b] = ca; _pos[ca] = b;
            }
        }

        /// <summary>
        /// Replaces edges {a, b} and {c, e} by {a, c} and {b, e}, where b follows a and e follows c in the same direction
        /// (both successors or both predecessors).
        /// </summary>
        private void TwoOptMove(int a, int b, int c, int e)
        {
            if (Succ(a) == b) Reverse(_pos[b], _pos[c]);
            else Reverse(_pos[c], _pos[b]);
            Push(a); Push(b); Push(c); Push(e);
        }

        private bool Improve(int a)
        {
            var cands = _cand.Of(a);
            for (int dir = 0; dir < 2; dir++)
            {
                int b = dir == 0 ? Succ(a) : Pred(a);
                double dab = D(a, b);
                foreach (int c in cands)
                {
                    double g1 = dab - D(a, c);
                    if (g1 <= Eps) break;
                    int e = dir == 0 ? Succ(c) : Pred(c);
                    if (c == b || e == a) continue;
                    double gain = g1 + D(c, e) - D(b, e);
                    if (gain > Eps)
                    {
                        TwoOptMove(a, b, c, e);
                        _length -= gain;
                        return true;
                    }
                }
            }

            if (_n < 8) return false;
            for (int len = 1; len <= 3; len++)
            {
                for (int side = 0; side < (len == 1 ? 1 : 2); side++)
                {
                    int s1 = a, s2 = a;
                    for (int k = 1; k < len; k++)
                    {
                        if (side == 0) s2 = Succ(s2);
                        else s1 = Pred(s1);
                    }

                    if (TryOrOpt(s1, s2, len)) return true;
                }
            }

            return false;
        }

        private bool InSegment(int c, int s1, int len)
        {
            int off = _pos[c] - _pos[s1];
            if (off < 0) off += _n;
            return off < len;
        }

        /// <summary>Moves the forward segment s1..s2 (len cities) next to a candidate of one of its ends if that shortens the tour.</summary>
        private bool TryOrOpt(int s1, int s2, int len)
        {
            int p = Pred(s1), nx = Succ(s2);
            double g1 = D(p, s1) + D(s2, nx) - D(p, nx);
            if (g1 <= Eps) return false;
            for (int end = 0; end < 2; end++)
            {
                int x = end == 0 ? s1 : s2, y = end == 0 ? s2 : s1;
                foreach (int c in _cand.Of(x))
                {
                    double dxc = D(x, c);
                    if (dxc >= g1 - Eps) break;
                    if (InSegment(c, s1, len)) continue;
                    for (int side = 0; side < 2; side++)
                    {
                        int e = side == 0 ? Succ(c) : Pred(c);
                        if (InSegment(e, s1, len)) continue;
                        double gain = g1 - (dxc + D(y, e) - D(c, e));
                        if (gain <= Eps) continue;
                        int u = side == 0 ? c : e, w = side == 0 ? e : c;
                        if (w == p) continue;
                        ApplyOrOpt(s1, s2, p, nx, u, w, u == c ? x == s1 : x == s2);
                        _length -= gain;
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// With p s1..s2 nx and an edge (u, w = succ u) outside, leaves p–nx and the segment between u and w: first
        /// u–s2, s1–w (two 2-opt moves), then, when <paramref name="flip"/>, u–s1, s2–w (a third).
        /// </summary>
        private void ApplyOrOpt(int s1, int s2, int p, int nx, int u, int w, bool flip)
        {
            TwoOptMove(p, s1, u, w);
            if (u != nx) TwoOptMove(p, u, nx, s2);
            if (flip) TwoOptMove(u, s2, s1, w);
            Push(p); Push(nx); Push(s1); Push(s2); Push(u); Push(w);
        }

        /// <summary>Segment-local double bridge at position i: A B C D → A C B D with |B| = l1, |C| = l2.</summary>
        private void Kick(int i, int l1, int l2, int[] saved)
        {
            int w = l1 + l2;
            for (int k = 0; k < w; k++) saved[k] = _tour[Wrap(i + 1 + k)];
            int a = _tour[i], b1 = saved[0], bEnd = saved[l1 - 1], c1 = saved[l1], cEnd = saved[w - 1], d1 = _tour[Wrap(i + 1 + w)];
            _length += D(a, c1) + D(cEnd, b1) + D(bEnd, d1) - D(a, b1) - D(bEnd, c1) - D(cEnd, d1);
            for (int k = 0; k < l2; k++) Place(Wrap(i + 1 + k), saved[l1 + k]);
            for (int k = 0; k < l1; k++) Place(Wrap(i + 1 + l2 + k), saved[k]);
            Push(a); Push(b1); Push(bEnd); Push(c1); Push(cEnd); Push(d1);
        }

        private void Unkick(int i, int l1, int l2, int[] saved)
        {
            for (int k = 0; k < l1 + l2; k++) Place(Wrap(i + 1 + k), saved[k]);
        }

        private void Place(int position, int city)
        {
            _tour[position] = city;
            _pos[city] = position;
        }

        private int Wrap(int i) => i >= _n ? i - _n : i;
    }
}
