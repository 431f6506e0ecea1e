namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// A 2×2 update applied to amplitude pairs (a0, a1) = (ψ[i], ψ[i | 2^t]). Implemented by structs so the
/// JIT specialises <see cref="PairLoop"/> per operation (no virtual call in the loop). Pointers address
/// interleaved doubles (re, im, re, im, …).
/// </summary>
internal unsafe interface IPairOperation
{
    /// <summary>
    /// Updates <paramref name="blocks"/> blocks of <paramref name="run"/> consecutive pairs: block b starts at
    /// p + b·blockStride (doubles), and the partner of the double at offset o is at o + partner.
    /// </summary>
    void Apply(double* p, long blocks, long run, long blockStride, long partner);

    /// <summary>Updates <paramref name="count"/> pairs stored adjacently (target qubit 0): p[4k..4k+1] with p[4k+2..4k+3].</summary>
    void ApplyAdjacent(double* p, long count);

    /// <summary>Scalar update of one pair: a0 at <paramref name="a0"/>, a1 at <paramref name="a1"/>.</summary>
    void ApplyPair(double* a0, double* a1);
}
