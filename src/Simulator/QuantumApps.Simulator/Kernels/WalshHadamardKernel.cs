namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Unnormalised fast Walsh–Hadamard transform in place: a'[b] = Σ_z a[z]·(−1)^|b∧z|, O(n·2^n) with
/// n butterfly sweeps (a, b) → (a + b, a − b).
/// </summary>
public static class WalshHadamardKernel
{
    /// <summary>Transforms <paramref name="a"/> (length 2^n) in place.</summary>
    public static void Transform(Span<double> a)
    {
        int len = a.Length;
        for (int h = 1; h < len; h <<= 1)
        {
            for (int i = 0; i < len; i += h << 1)
            {
                for (int j = i; j < i + h; j++)
                {
                    double x = a[j], y = a[j + h];
                    a[j] = x + y;
                    a[j + h] = x - y;
                }
            }
        }
    }
}
