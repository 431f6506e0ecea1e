using QuantumApps.Chemistry.Methods;

namespace QuantumApps.Chemistry.CoupledCluster;

/// <summary>
/// The outcome of <see cref="RestrictedCcsd.Solve"/>: the energies and convergence information, and the last
/// amplitudes t_i^a and t_ij^ab (spatial orbitals, the αβ amplitudes of the spin-orbital theory; occupied i, j the
/// first <see cref="Occupied"/> orbitals, virtual a, b counted from 0 after them). The arrays are copied in and never
/// handed out, so the solution is immutable.
/// </summary>
public sealed class RccsdSolution
{
    private readonly double[] _t1;
    private readonly double[] _t2;

    internal RccsdSolution(CcsdResult result, int occupied, int virtuals, double[] t1, double[] t2)
    {
        Result = result;
        Occupied = occupied;
        Virtuals = virtuals;
        _t1 = (double[])t1.Clone();
        _t2 = (double[])t2.Clone();
    }

    /// <summary>Energies and convergence.</summary>
    public CcsdResult Result { get; }

    /// <summary>Number of doubly occupied orbitals o.</summary>
    public int Occupied { get; }

    /// <summary>Number of virtual orbitals v.</summary>
    public int Virtuals { get; }

    /// <summary>t_i^a (0 ≤ i &lt; o, 0 ≤ a &lt; v).</summary>
    public double T1(int i, int a) => _t1[i * Virtuals + a];

    /// <summary>t_ij^ab (= t_ji^ba).</summary>
    public double T2(int i, int j, int a, int b) => _t2[((i * Occupied + j) * Virtuals + a) * Virtuals + b];

    /// <summary>The singles as a row-major o×v array, for the (T) kernel (no copy).</summary>
    internal ReadOnlySpan<double> T1Span => _t1;

    /// <summary>The doubles as a row-major o×o×v×v array, for the (T) kernel (no copy).</summary>
    internal ReadOnlySpan<double> T2Span => _t2;
}
