using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QuantumApps.Simulator.States;

/// <summary>
/// A read-only list of the first <c>count</c> doubles stored in a complex array read as doubles (real, imaginary,
/// real, …): lets 2^n probabilities live in a 2^n costate buffer that is no longer needed, instead of a new array.
/// </summary>
internal sealed class PackedDoubles(Complex[] buffer, int count) : IReadOnlyList<double>
{
    public int Count => count;

    public double this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return Unsafe.Add(ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetArrayDataReference(buffer)), index);
        }
    }

    public IEnumerator<double> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
