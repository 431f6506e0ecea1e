using QuantumApps.Simulator;

namespace QuantumApps.Learning.Data;

/// <summary>
/// Seeded stratified splitting. Each class's samples are shuffled (Fisher–Yates with the injected <see cref="Random"/>)
/// and dealt out per class, so every part keeps the class proportions up to rounding.
/// </summary>
public static class StratifiedSplit
{
    /// <summary>
    /// Train/test split: round(n_c · <paramref name="testFraction"/>) samples of class c go to the test part, at least one
    /// when n_c ≥ 2. Throws when a class would have no training sample, or the fraction is outside (0, 1).
    /// </summary>
    public static TrainTestSplit TrainTest(ReadOnlySpan<int> labels, int classCount, double testFraction, Random rng)
    {
        if (!(testFraction > 0 && testFraction < 1)) throw new QuantumAppsException($"the test fraction must be in (0, 1), not {testFraction}");
        var byClass = ByClass(labels, classCount, rng);
        var train = new List<int>();
        var test = new List<int>();
        for (int c = 0; c < classCount; c++)
        {
            var members = byClass[c];
            int nTest = (int)Math.Round(members.Count * testFraction, MidpointRounding.AwayFromZero);
            if (members.Count >= 2) nTest = Math.Clamp(nTest, 1, members.Count - 1);
            else nTest = 0;
            if (members.Count - nTest < 1)
                throw new QuantumAppsException($"class {c} has {members.Count} samples: the split leaves it out of the training part");
            for (int k = 0; k < members.Count; k++) (k < nTest ? test : train).Add(members[k]);
        }
        train.Sort();
        test.Sort();
        return new TrainTestSplit(train, test);
    }

    /// <summary>
    /// Stratified k-fold partition of positions 0…labels.Length−1: fold f is the test part of split f. Each class is dealt
    /// round-robin over the folds after a seeded shuffle. Throws when a class has fewer samples than folds.
    /// </summary>
    public static IReadOnlyList<TrainTestSplit> KFold(ReadOnlySpan<int> labels, int classCount, int folds, Random rng)
    {
        if (folds < 2) throw new QuantumAppsException($"cross-validation needs at least 2 folds, not {folds}");
        var byClass = ByClass(labels, classCount, rng);
        var foldOf = new int[labels.Length];
        int offset = 0;
        for (int c = 0; c < classCount; c++)
        {
            var members = byClass[c];
            if (members.Count > 0 && members.Count < folds)
                throw new QuantumAppsException($"class {c} has {members.Count} training samples, fewer than the {folds} folds");
            for (int k = 0; k < members.Count; k++) foldOf[members[k]] = (k + offset) % folds;
            offset += members.Count;
        }
        var result = new TrainTestSplit[folds];
        for (int f = 0; f < folds; f++)
        {
            var train = new List<int>();
            var test = new List<int>();
            for (int i = 0; i < labels.Length; i++) (foldOf[i] == f ? test : train).Add(i);
            result[f] = new TrainTestSplit(train, test);
        }
        return result;
    }

    private static List<int>[] ByClass(ReadOnlySpan<int> labels, int classCount, Random rng)
    {
        var byClass = new List<int>[classCount];
        for (int c = 0; c < classCount; c++) byClass[c] = new List<int>();
        for (int i = 0; i < labels.Length; i++) byClass[labels[i]].Add(i);
        foreach (var members in byClass)
            for (int k = members.Count - 1; k > 0; k--)
            {
                int j = rng.Next(k + 1);
                (members[k], members[j]) = (members[j], members[k]);
            }
        return byClass;
    }
}
