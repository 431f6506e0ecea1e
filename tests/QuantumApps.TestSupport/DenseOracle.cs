using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.TestSupport;

/// <summary>
/// The one slow, obviously-correct dense oracle of the test projects, written from textbook definitions only.
/// Two representations: MathNet matrices (<see cref="Of(PauliSum)"/>, <see cref="Embed1"/>, …), where gates are embedded
/// into the full 2^n space by explicit Kronecker products with qubit q = bit q (qubit 0 is the rightmost factor) and
/// Pauli strings are built letter by letter from the 2×2 Pauli matrices; and plain Complex[,] arrays for the circuit
/// tests (<see cref="Embed"/>, <see cref="Mul"/>, …), where k-qubit gates read their local index from the listed
/// qubits with the first qubit most significant. <see cref="BitwiseMatrix"/> builds a Pauli sum a second way, by the
/// mask formula, and <see cref="LowestEigenvalue(PauliSum)"/> diagonalises it.
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

    /// <summary>
    /// Dense matrix of a Pauli sum, one term and one basis column at a time, letter by letter: a tensor product of
    /// 2×2 Pauli matrices has exactly one non-zero entry per column, so column b of σ_(n−1) ⊗ … ⊗ σ_0 has its entry
    /// in row r with bit q of r the row of the non-zero entry in column (bit q of b) of σ_q, and value the product of
    /// those entries. The entries are read from the textbook matrices of <see cref="Pauli"/> — no masks, no i^|x∧z|
    /// formula (that is <see cref="BitwiseMatrix"/>'s path) and no library kernel. O(T·2^n·n) instead of the
    /// O(T·4^n) of summing explicit Kronecker products (<see cref="OfByKronecker"/>, kept as the cross-check).
    /// </summary>
    public static Matrix<Complex> Of(PauliSum s)
    {
        int n = s.NumQubits, dim = 1 << n;
        var letters = new[] { 'I', 'X', 'Y', 'Z' }.ToDictionary(c => c, c => Pauli(c));
        var columnMajor = new Complex[dim * dim];
        foreach (var t in s.Terms)
        {
            var factors = new Matrix<Complex>[n];
            for (int q = 0; q < n; q++) factors[q] = letters[t.Pauli[q]];
            Complex scale = t.Pauli.PhaseFactor * t.Coefficient;
            for (int col = 0; col < dim; col++)
            {
                int row = 0;
                Complex value = scale;
                for (int q = 0; q < n; q++)
                {
                    int cb = (col >> q) & 1;
                    int rb = factors[q][0, cb] != Complex.Zero ? 0 : 1;
                    row |= rb << q;
                    value *= factors[q][rb, cb];
                }
                columnMajor[(long)col * dim + row] += value;
            }
        }
        return Matrix<Complex>.Build.DenseOfColumnMajor(dim, dim, columnMajor);
    }

    /// <summary>Dense matrix of a Pauli sum as the sum of explicit Kronecker products (slow; the cross-check of <see cref="Of(PauliSum)"/>).</summary>
    public static Matrix<Complex> OfByKronecker(PauliSum s)
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

    /// <summary>max_ij |a_ij − b_ij| over the entries of a.</summary>
    public static double MaxDiff(Complex[,] a, Complex[,] b)
    {
        double max = 0;
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++) max = Math.Max(max, Complex.Abs(a[i, j] - b[i, j]));
        return max;
    }

    /// <summary>max_i |a_i − b_i| over the entries of a.</summary>
    public static double MaxDiff(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b)
    {
        double m = 0;
        for (int i = 0; i < a.Length; i++) m = Math.Max(m, (a[i] - b[i]).Magnitude);
        return m;
    }

    public static MathNet.Numerics.LinearAlgebra.Vector<Complex> Vec(Complex[] v) => MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.DenseOfArray(v);

    public static Complex[,] M2(Complex a, Complex b, Complex c, Complex d) => new Complex[,] { { a, b }, { c, d } };

    public static Complex[,] Identity(int d)
    {
        var m = new Complex[d, d];
        for (int i = 0; i < d; i++) m[i, i] = 1;
        return m;
    }

    public static Complex[,] Mul(Complex[,] a, Complex[,] b)
    {
        int n = a.GetLength(0), k = a.GetLength(1), m = b.GetLength(1);
        var r = new Complex[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                Complex s = 0;
                for (int l = 0; l < k; l++) s += a[i, l] * b[l, j];
                r[i, j] = s;
            }
        return r;
    }

    public static Complex[,] Kron(Complex[,] a, Complex[,] b)
    {
        int ar = a.GetLength(0), br = b.GetLength(0);
        var r = new Complex[ar * br, ar * br];
        for (int i = 0; i < ar; i++)
            for (int j = 0; j < ar; j++)
                for (int k = 0; k < br; k++)
                    for (int l = 0; l < br; l++)
                        r[i * br + k, j * br + l] = a[i, j] * b[k, l];
        return r;
    }

    public static Complex[,] Add(Complex[,] a, Complex[,] b, Complex sb)
    {
        var r = (Complex[,])a.Clone();
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++) r[i, j] += sb * b[i, j];
        return r;
    }

    public static Complex[,] Scale(Complex[,] a, Complex s) => Add(new Complex[a.GetLength(0), a.GetLength(1)], a, s);

    public static Complex[,] Adjoint(Complex[,] a)
    {
        int n = a.GetLength(0);
        var r = new Complex[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[i, j] = Complex.Conjugate(a[j, i]);
        return r;
    }

    /// <summary>The 2×2 Pauli matrix of a letter as an array (I for any other letter).</summary>
    public static Complex[,] PauliArray(char c) => c switch
    {
        'X' => M2(0, 1, 1, 0),
        'Y' => M2(0, -I, I, 0),
        'Z' => M2(1, 0, 0, -1),
        _ => Identity(2),
    };

    /// <summary>σ_{n−1} ⊗ … ⊗ σ_0 for the letters of p (phase ignored).</summary>
    public static Complex[,] PauliMatrix(PauliString p, int n)
    {
        var m = PauliArray(p[n - 1]);
        for (int q = n - 2; q >= 0; q--) m = Kron(m, PauliArray(p[q]));
        return m;
    }

    /// <summary>exp(−iθ/2·P) = cos(θ/2)·I − i·sin(θ/2)·P for a Hermitian Pauli matrix (P² = I).</summary>
    public static Complex[,] PauliExp(Complex[,] p, double theta) =>
        Add(Scale(Identity(p.GetLength(0)), Math.Cos(theta / 2)), p, -I * Math.Sin(theta / 2));

    public static Complex[,] Rx(double t) => PauliExp(PauliArray('X'), t);
    public static Complex[,] Ry(double t) => PauliExp(PauliArray('Y'), t);
    public static Complex[,] Rz(double t) => PauliExp(PauliArray('Z'), t);

    /// <summary>Embeds a 2^k×2^k matrix acting on <paramref name="qubits"/> (first = most significant local bit) into n qubits.</summary>
    public static Complex[,] Embed(int n, int[] qubits, Complex[,] u)
    {
        int dim = 1 << n, k = qubits.Length;
        ulong mask = 0;
        foreach (int q in qubits) mask |= 1UL << q;
        int Local(int b)
        {
            int l = 0;
            for (int i = 0; i < k; i++) l = (l << 1) | ((b >> qubits[i]) & 1);
            return l;
        }
        var r = new Complex[dim, dim];
        for (int i = 0; i < dim; i++)
            for (int j = 0; j < dim; j++)
                if (((ulong)(i ^ j) & ~mask) == 0) r[i, j] = u[Local(i), Local(j)];
        return r;
    }

    /// <summary>|0⟩⟨0| ⊗ I + |1⟩⟨1| ⊗ u (control first) as a 4×4 matrix.</summary>
    public static Complex[,] Controlled(Complex[,] u)
    {
        var r = Identity(4);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++) r[2 + i, 2 + j] = u[i, j];
        return r;
    }

    public static Complex[] Apply(Complex[,] m, Complex[] v)
    {
        var r = new Complex[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            Complex s = 0;
            for (int j = 0; j < v.Length; j++) s += m[i, j] * v[j];
            r[i] = s;
        }
        return r;
    }

    public static Complex[] RandomState(int n, Random rng)
    {
        var v = new Complex[1 << n];
        double norm = 0;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = new Complex(Gaussian(rng), Gaussian(rng));
            norm += v[i].Real * v[i].Real + v[i].Imaginary * v[i].Imaginary;
        }
        for (int i = 0; i < v.Length; i++) v[i] /= Math.Sqrt(norm);
        return v;
    }

    /// <summary>A random d×d unitary: Gram–Schmidt on the columns of a complex Gaussian matrix.</summary>
    public static Complex[,] RandomUnitary(int d, Random rng)
    {
        var m = new Complex[d, d];
        for (int j = 0; j < d; j++)
        {
            for (int i = 0; i < d; i++) m[i, j] = new Complex(Gaussian(rng), Gaussian(rng));
            for (int k = 0; k < j; k++)
            {
                Complex dot = 0;
                for (int i = 0; i < d; i++) dot += Complex.Conjugate(m[i, k]) * m[i, j];
                for (int i = 0; i < d; i++) m[i, j] -= dot * m[i, k];
            }
            double norm = 0;
            for (int i = 0; i < d; i++) norm += m[i, j].Magnitude * m[i, j].Magnitude;
            for (int i = 0; i < d; i++) m[i, j] /= Math.Sqrt(norm);
        }
        return m;
    }

    public static Complex[] RowMajor(Complex[,] m)
    {
        int d = m.GetLength(0);
        var r = new Complex[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) r[i * d + j] = m[i, j];
        return r;
    }

    public static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    /// <summary>A random Hermitian-coefficient Pauli string on n qubits that is not the identity.</summary>
    public static PauliString RandomPauli(int n, Random rng)
    {
        while (true)
        {
            ulong x = 0, z = 0;
            for (int q = 0; q < n; q++)
            {
                int l = rng.Next(4);
                if (l == 1 || l == 2) x |= 1UL << q;
                if (l == 2 || l == 3) z |= 1UL << q;
            }
            if ((x | z) != 0) return new PauliString(x, z);
        }
    }

    /// <summary>⟨v|M|v⟩ real part.</summary>
    public static double Expectation(Complex[,] m, Complex[] v)
    {
        var mv = Apply(m, v);
        Complex s = 0;
        for (int i = 0; i < v.Length; i++) s += Complex.Conjugate(v[i]) * mv[i];
        return s.Real;
    }

    /// <summary>
    /// The matrix of a Pauli sum by the bit formula P(x, z)|b⟩ = i^|x∧z| (−1)^|z∧b| |b ⊕ x⟩ (Y = iXZ): a second path,
    /// independent of the letter-by-letter Kronecker products of <see cref="Of(PauliSum)"/>.
    /// </summary>
    public static Complex[,] BitwiseMatrix(PauliSum op)
    {
        int dim = 1 << op.NumQubits;
        var m = new Complex[dim, dim];
        foreach (var t in op.Terms)
        {
            var p = t.Pauli;
            Complex phase = PauliString.PhaseToComplex(BitOperations.PopCount(p.X & p.Z) + p.Phase) * t.Coefficient;
            for (ulong b = 0; b < (ulong)dim; b++)
            {
                double sign = (BitOperations.PopCount(p.Z & b) & 1) == 0 ? 1 : -1;
                m[b ^ p.X, b] += sign * phase;
            }
        }
        return m;
    }

    /// <summary>Lowest eigenvalue of a Hermitian Pauli sum (full 2^n space).</summary>
    public static double LowestEigenvalue(PauliSum op)
    {
        var m = BitwiseMatrix(op);
        int dim = m.GetLength(0);
        var dense = Matrix<Complex>.Build.Dense(dim, dim, (i, j) => m[i, j]);
        var evd = dense.Evd(Symmetricity.Hermitian);
        return evd.EigenValues.Select(e => e.Real).Min();
    }

    /// <summary>Lowest eigenvalue restricted to the given basis states (exact when the span is invariant).</summary>
    public static double LowestEigenvalue(PauliSum op, Func<ulong, bool> keep)
    {
        var m = BitwiseMatrix(op);
        var states = Enumerable.Range(0, m.GetLength(0)).Select(i => (ulong)i).Where(keep).ToArray();
        var dense = Matrix<Complex>.Build.Dense(states.Length, states.Length,
            (i, j) => m[states[i], states[j]]);
        return dense.Evd(Symmetricity.Hermitian).EigenValues.Select(e => e.Real).Min();
    }
}
