using QuantumApps.Simulator;

namespace QuantumApps.Learning.Data;

/// <summary>
/// An immutable labelled data set: <see cref="Count"/> samples of <see cref="Features"/> real features, stored row-major
/// (sample i is <c>Values[i·Features … (i+1)·Features)</c>), and a class index in 0…<see cref="ClassNames"/>.Count−1 per
/// sample. Every value is finite (checked once at construction).
/// </summary>
public sealed class Dataset
{
    private readonly double[] _values;
    private readonly int[] _labels;

    /// <summary>Creates a data set, copying the arrays; throws when a value is not finite or a label is out of range.</summary>
    public Dataset(string name, ReadOnlySpan<double> values, ReadOnlySpan<int> labels, int features,
        IReadOnlyList<string> featureNames, IReadOnlyList<string> classNames)
    {
        if (features < 1) throw new QuantumAppsException($"{name}: a data set needs at least one feature");
        if (values.Length != labels.Length * features)
            throw new QuantumAppsException($"{name}: {values.Length} values do not make {labels.Length} rows of {features} features");
        if (featureNames.Count != features) throw new QuantumAppsException($"{name}: {featureNames.Count} feature names for {features} features");
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new QuantumAppsException($"{name}: sample {i / features}, feature '{featureNames[i % features]}' is {values[i]} (values must be finite)");
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] < 0 || labels[i] >= classNames.Count)
                throw new QuantumAppsException($"{name}: sample {i} has class index {labels[i]}, but there are {classNames.Count} classes");
        Name = name;
        Features = features;
        _values = values.ToArray();
        _labels = labels.ToArray();
        FeatureNames = featureNames.ToArray();
        ClassNames = classNames.ToArray();
    }

    /// <summary>Name shown in output (usually the file name).</summary>
    public string Name { get; }

    /// <summary>Number of features per sample.</summary>
    public int Features { get; }

    /// <summary>Number of samples.</summary>
    public int Count => _labels.Length;

    /// <summary>All values, row-major.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Class index of every sample.</summary>
    public ReadOnlySpan<int> Labels => _labels;

    /// <summary>Feature (column) names.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Class names; class index c is <c>ClassNames[c]</c>.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>Number of classes.</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>The features of sample <paramref name="i"/>.</summary>
    public ReadOnlySpan<double> Row(int i) => _values.AsSpan(i * Features, Features);

    /// <summary>Samples per class.</summary>
    public int[] ClassCounts()
    {
        var counts = new int[ClassCount];
        foreach (int y in _labels) counts[y]++;
        return counts;
    }

    /// <summary>The samples at <paramref name="indices"/> (in that order), same features and classes.</summary>
    public Dataset Subset(IReadOnlyList<int> indices)
    {
        var values = new double[indices.Count * Features];
        var labels = new int[indices.Count];
        for (int k = 0; k < indices.Count; k++)
        {
            Row(indices[k]).CopyTo(values.AsSpan(k * Features, Features));
            labels[k] = _labels[indices[k]];
        }
        return new Dataset(Name, values, labels, Features, FeatureNames, ClassNames);
    }

    /// <summary>
    /// The two-or-more-class task made of the classes named in <paramref name="classes"/> (names or 0-based indices, in
    /// that order: the first becomes class 0). Throws when a name is unknown, repeated, or fewer than two are given.
    /// </summary>
    public Dataset SelectClasses(IReadOnlyList<string> classes)
    {
        if (classes.Count < 2)
            throw new QuantumAppsException($"{Name}: --classes needs at least two classes, {classes.Count} given (classes: {string.Join(", ", ClassNames)})");
        var map = new int[ClassCount];
        Array.Fill(map, -1);
        var names = new string[classes.Count];
        for (int k = 0; k < classes.Count; k++)
        {
            int c = ClassIndex(classes[k]);
            if (map[c] >= 0) throw new QuantumAppsException($"{Name}: class '{classes[k]}' is listed twice in --classes");
            map[c] = k;
            names[k] = ClassNames[c];
        }
        var keep = new List<int>();
        for (int i = 0; i < Count; i++) if (map[_labels[i]] >= 0) keep.Add(i);
        var values = new double[keep.Count * Features];
        var labels = new int[keep.Count];
        for (int k = 0; k < keep.Count; k++)
        {
            Row(keep[k]).CopyTo(values.AsSpan(k * Features, Features));
            labels[k] = map[_labels[keep[k]]];
        }
        return new Dataset(Name, values, labels, Features, FeatureNames, names);
    }

    private int ClassIndex(string nameOrIndex)
    {
        for (int c = 0; c < ClassCount; c++)
            if (string.Equals(ClassNames[c], nameOrIndex, StringComparison.OrdinalIgnoreCase)) return c;
        if (int.TryParse(nameOrIndex, out int index) && index >= 0 && index < ClassCount) return index;
        throw new QuantumAppsException($"{Name}: unknown class '{nameOrIndex}' (classes: {string.Join(", ", ClassNames)})");
    }
}
