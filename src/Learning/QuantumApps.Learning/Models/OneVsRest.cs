namespace QuantumApps.Learning.Models;

/// <summary>
/// Binary label conventions shared by the binary solvers: with two classes, class 1 ↦ +1 and class 0 ↦ −1; with K &gt; 2
/// classes, problem k separates class k (+1) from the rest (−1) and the prediction is the class of the largest decision
/// value (one-vs-rest).
/// </summary>
internal static class OneVsRest
{
    public static int Problems(int classCount) => classCount == 2 ? 1 : classCount;

    public static int[] Labels(IReadOnlyList<int> y, int classCount, int problem)
    {
        var s = new int[y.Count];
        int positive = classCount == 2 ? 1 : problem;
        for (int i = 0; i < s.Length; i++) s[i] = y[i] == positive ? 1 : -1;
        return s;
    }

    /// <summary>Class from the decision values of every problem for one sample.</summary>
    public static int Decide(ReadOnlySpan<double> decisions, int classCount)
    {
        if (classCount == 2) return decisions[0] > 0 ? 1 : 0;
        int best = 0;
        for (int k = 1; k < decisions.Length; k++) if (decisions[k] > decisions[best]) best = k;
        return best;
    }
}
