using QuantumApps.Simulator;

namespace QuantumApps.Learning.Data;

/// <summary>An immutable row-major matrix of model inputs: <see cref="Count"/> samples of <see cref="Columns"/> features.</summary>
public sealed class FeatureMatrix
{
    private readonly double[] _values;

    /// <summary>Wraps a copy of <paramref name="values"/>.</summary>
    public FeatureMatrix(ReadOnlySpan<double> values, int columns)
    {
        if (columns < 1 || values.Length % columns != 0)
            throw new QuantumAppsException($"{values.Length} values do not make rows of {columns} features");
        _values = values.ToArray();
        Columns = columns;
    }

    /// <summary>Features per sample.</summary>
    public int Columns { get; }

    /// <summary>Number of samples.</summary>
    public int Count => _values.Length / Columns;

    /// <summary>All values, row-major.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Sample <paramref name="i"/>.</summary>
    public ReadOnlySpan<double> Row(int i) => _values.AsSpan(i * Columns, Columns);

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public FeatureMatrix Rows(IReadOnlyList<int> indices)
    {
        var v = new double[indices.Count * Columns];
        for (int k = 0; k < indices.Count; k++) Row(indices[k]).CopyTo(v.AsSpan(k * Columns, Columns));
        return new FeatureMatrix(v, Columns);
    }
}
