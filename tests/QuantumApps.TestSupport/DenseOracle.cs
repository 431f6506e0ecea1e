using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.TestSupport;

/// <summary>
/// Slow, obviously-correct dense matrices used as the oracle for the kernels: gates are embedded into
/// the full 2^n space by explicit Kronecker products with qubit q = bit q (qubit 0 is the rightmost
/// factor), and Pauli strings are built letter by letter from the 2×2 Pauli matrices.
/// </summary>
public static class DenseOracle
{
    public static readonly Complex I = Complex.ImaginaryOne;

    public static Matrix<Complex> Pauli(char letter) => letter switch
    {
        'I' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, 1 } }),
        'X' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 1 }, { 1, 0 } }),
        'Y' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, -I }, { I, 0 } }),
        'Z' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -1 } }),
        _ => throw new ArgumentException(letter.ToString()),
    };

    /// <summary>⊗ of single-qubit matrices, factor for qubit n−1 leftmost, qubit 0 rightmost.</summary>
    public static Matrix<Complex> Kron(IReadOnlyList<Matrix<Complex>> perQubit)
    {
        var m = perQubit[^1];
        for (int q = perQubit.Count - 2; q >= 0; q--) m = m.KroneckerProduct(perQubit[q]);
        return m;
    }

    /// <summary>A 2×2 matrix on qubit q of an n-qubit register.</summary>
    public static Matrix<Complex> Embed1(int n, int q, Matrix<Complex> u)
    {
        var list = new List<Matrix<Complex>>();
        for (int k = 0; k < n; k++) list.Add(k == q ? u : Pauli('I'));
        return Kron(list);
    }

    /// <summary>A 1-qubit matrix on target, applied when every control is 1 (built element by element).</summary>
    public static Matrix<Complex> Controlled(int n, int[] controls, int target, Matrix<Complex> u)
    {
        int dim = 1 << n;
        var m = Matrix<Complex>.Build.Dense(dim, dim);
        for (int col = 0; col < dim; col++)
        {
            bool on = controls.All(c => ((col >> c) & 1) == 1);
            if (!on) { m[col, col] = 1; continue; }
            int tb = (col >> target) & 1;
            int other = col ^ (1 << target);
            m[col, col] = u[tb, tb];
            m[other, col] = u[1 - tb, tb];
        }
        return m;
    }

    /// <summary>A 4×4 matrix on (first, second) with local index 2·bit(first) + bit(second), element by element.</summary>
    public static Matrix<Complex> Embed2(int n, int first, int second, Matrix<Complex> u)
    {
        int dim = 1 << n;
        var m = Matrix<Complex>.Build.Dense(dim, dim);
        for (int col = 0; col < dim; col++)
        {
            int lc = 2 * ((col >> first) & 1) + ((col >> second) & 1);
            int rest = col & ~(1 << first) & ~(1 << second);
            for (int lr = 0; lr < 4; lr++)
            {
                int row = rest | ((lr >> 1) << first) | ((lr & 1) << second);
                m[row, col] += u[lr, lc];
            }
        }
        return m;
    }

    /// <summary>Dense matrix of a Pauli string including its phase.</summary>
    public static Matrix<Complex> Of(PauliString p, int n)
    {
        var list = new List<Matrix<Complex>>();
        for (int q = 0; q < n; q++) list.Add(Pauli(p[q]));
        return Kron(list) * p.PhaseFactor;
    }

    /// <summary>Dense matrix of a Pauli sum.</summary>
    public static Matrix<Complex> Of(PauliSum s)
    {
        int dim = 1 << s.NumQubits;
        var m = Matrix<Complex>.Build.Dense(dim, dim);
        foreach (var t in s.Terms) m += Of(t.Pauli, s.NumQubits) * t.Coefficient;
        return m;
    }

    /// <summary>A normalised random state with seeded Gaussian-like amplitudes.</summary>
    public static Complex[] RandomState(int n, int seed)
    {
        var rng = new Random(seed);
        var v = new Complex[1 << n];
        double norm = 0;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5);
            norm += v[i].Magnitude * v[i].Magnitude;
        }
        for (int i = 0; i < v.Length; i++) v[i] /= Math.Sqrt(norm);
        return v;
    }

    /// <summary>A random number-conserving Hamiltonian: hoppings (XX+YY)/2 between qubits plus Z and ZZ terms.</summary>
    public static PauliSum RandomNumberConserving(int n, int seed, bool spin = false)
    {
        var rng = new Random(seed);
        var b = new PauliSumBuilder(n);
        for (int i = 0; i < n; i++)
        {
            b.Add(PauliString.Single('Z', i), rng.NextDouble() - 0.5);
            for (int j = i + 1; j < n; j++)
            {
                b.Add(PauliString.Single('Z', i) * PauliString.Single('Z', j), 0.3 * (rng.NextDouble() - 0.5));
                // Spin-conserving hops only connect qubits of equal parity (same spin) when spin = true.
                if (spin && (i - j) % 2 != 0) continue;
                double t = rng.NextDouble() - 0.5;
                var zs = PauliString.Identity;
                for (int k = i + 1; k < j; k++) zs *= PauliString.Single('Z', k);
                b.Add(PauliString.Single('X', i) * zs * PauliString.Single('X', j), t);
                b.Add(PauliString.Single('Y', i) * zs * PauliString.Single('Y', j), t);
            }
        }
        return b.ToPauliSum();
    }

    /// <summary>A random Hermitian Pauli sum with real coefficients in [−1, 1].</summary>
    public static PauliSum RandomHermitian(int n, int terms, int seed)
    {
        var rng = new Random(seed);
        var b = new PauliSumBuilder(n);
        ulong mask = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
        for (int k = 0; k < terms; k++)
            b.Add(new PauliString((ulong)rng.NextInt64() & mask, (ulong)rng.NextInt64() & mask), 2 * rng.NextDouble() - 1);
        return b.ToPauliSum();
    }

    /// <summary>Random 2×2 unitary from a random Hermitian generator (exp(−iH) via eigendecomposition).</summary>
    public static Matrix<Complex> RandomUnitary(int dim, int seed)
    {
        var rng = new Random(seed);
        var h = Matrix<Complex>.Build.Dense(dim, dim);
        for (int i = 0; i < dim; i++)
            for (int j = 0; j <= i; j++)
            {
                var c = i == j ? new Complex(rng.NextDouble(), 0) : new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5);
                h[i, j] = c;
                h[j, i] = Complex.Conjugate(c);
            }
        var evd = h.Evd(Symmetricity.Hermitian);
        var d = Matrix<Complex>.Build.DiagonalOfDiagonalArray(evd.EigenValues.Select(e => Complex.Exp(-I * e.Real)).ToArray());
        return evd.EigenVectors * d * evd.EigenVectors.ConjugateTranspose();
    }

    public static double MaxDiff(ReadOnlySpan<Complex> a, IList<Complex> b)
    {
        double m = 0;
        for (int i = 0; i < a.Length; i++) m = Math.Max(m, (a[i] - b[i]).Magnitude);
        return m;
    }

    public static MathNet.Numerics.LinearAlgebra.Vector<Complex> Vec(Complex[] v) => MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.DenseOfArray(v);
}
