using System.Numerics;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Tests.Circuits;

/// <summary>
/// A slow dense-matrix oracle for the circuit tests, written from textbook definitions only: full operators are
/// Kronecker products σ_{n−1} ⊗ … ⊗ σ_0 (qubit 0 = least significant bit), k-qubit gates are embedded by
/// reading their local index from the listed qubits with the first qubit most significant.
/// </summary>
internal static class Dense
{
    internal static readonly Complex I = Complex.ImaginaryOne;

    internal static Complex[,] M2(Complex a, Complex b, Complex c, Complex d) => new Complex[,] { { a, b }, { c, d } };

    internal static Complex[,] Identity(int d)
    {
        var m = new Complex[d, d];
        for (int i = 0; i < d; i++) m[i, i] = 1;
        return m;
    }

    internal static Complex[,] Mul(Complex[,] a, Complex[,] b)
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

    internal static Complex[,] Kron(Complex[,] a, Complex[,] b)
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

    internal static Complex[,] Add(Complex[,] a, Complex[,] b, Complex sb)
    {
        var r = (Complex[,])a.Clone();
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++) r[i, j] += sb * b[i, j];
        return r;
    }

    internal static Complex[,] Scale(Complex[,] a, Complex s) => Add(new Complex[a.GetLength(0), a.GetLength(1)], a, s);

    internal static Complex[,] Adjoint(Complex[,] a)
    {
        int n = a.GetLength(0);
        var r = new Complex[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[i, j] = Complex.Conjugate(a[j, i]);
        return r;
    }

    internal static Complex[,] Pauli(char c) => c switch
    {
        'X' => M2(0, 1, 1, 0),
        'Y' => M2(0, -I, I, 0),
        'Z' => M2(1, 0, 0, -1),
        _ => Identity(2),
    };

    /// <summary>σ_{n−1} ⊗ … ⊗ σ_0 for the letters of p (phase ignored).</summary>
    internal static Complex[,] PauliMatrix(PauliString p, int n)
    {
        var m = Pauli(p[n - 1]);
        for (int q = n - 2; q >= 0; q--) m = Kron(m, Pauli(p[q]));
        return m;
    }

    /// <summary>exp(−iθ/2·P) = cos(θ/2)·I − i·sin(θ/2)·P for a Hermitian Pauli matrix (P² = I).</summary>
    internal static Complex[,] PauliExp(Complex[,] p, double theta) =>
        Add(Scale(Identity(p.GetLength(0)), Math.Cos(theta / 2)), p, -I * Math.Sin(theta / 2));

    internal static Complex[,] Rx(double t) => PauliExp(Pauli('X'), t);
    internal static Complex[,] Ry(double t) => PauliExp(Pauli('Y'), t);
    internal static Complex[,] Rz(double t) => PauliExp(Pauli('Z'), t);

    /// <summary>Embeds a 2^k×2^k matrix acting on <paramref name="qubits"/> (first = most significant local bit) into n qubits.</summary>
    internal static Complex[,] Embed(int n, int[] qubits, Complex[,] u)
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
    internal static Complex[,] Controlled(Complex[,] u)
    {
        var r = Identity(4);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++) r[2 + i, 2 + j] = u[i, j];
        return r;
    }

    internal static Complex[] Apply(Complex[,] m, Complex[] v)
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

    internal static Complex[] RandomState(int n, Random rng)
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
    internal static Complex[,] RandomUnitary(int d, Random rng)
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

    internal static Complex[] RowMajor(Complex[,] m)
    {
        int d = m.GetLength(0);
        var r = new Complex[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) r[i * d + j] = m[i, j];
        return r;
    }

    internal static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    internal static double MaxDiff(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b)
    {
        double m = 0;
        for (int i = 0; i < a.Length; i++) m = Math.Max(m, (a[i] - b[i]).Magnitude);
        return m;
    }

    /// <summary>A random Hermitian-coefficient Pauli string on n qubits that is not the identity.</summary>
    internal static PauliString RandomPauli(int n, Random rng)
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
    internal static double Expectation(Complex[,] m, Complex[] v)
    {
        var mv = Apply(m, v);
        Complex s = 0;
        for (int i = 0; i < v.Length; i++) s += Complex.Conjugate(v[i]) * mv[i];
        return s.Real;
    }
}
