using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Exact amplitude encoding: a circuit U of one- and two-qubit gates with U|0…0⟩ = a/‖a‖ for a vector a of N = 2^n
/// numbers (qubit 0 = least significant bit of the basis index), built from uniformly controlled rotations
/// (Möttönen, Vartiainen, Bergholm &amp; Salomaa, Quantum Inf. Comput. 5, 467 (2005), arXiv:quant-ph/0407010).
/// <para>
/// Magnitudes: for target qubit t = n−1 down to 0, a rotation RY(θ_c) on t uniformly controlled by the qubits t+1…n−1
/// (control value c), with θ_c = 2·atan2(‖a_{c,1}‖, ‖a_{c,0}‖), where a_{c,b} is the block of amplitudes whose bits above
/// t spell c and whose bit t is b. For a real vector the lowest level (t = 0) uses the signed angle 2·atan2(a_{2c+1}, a_{2c}),
/// so real vectors of either sign need no phase stage. Phases (complex vectors): with φ_j = arg a_j, the diagonal
/// diag(e^{iφ_j}) factors level by level into RZ(φ_{2c+1} − φ_{2c}) on qubit t uniformly controlled by the qubits above it,
/// acting on the pairwise means (φ_{2c} + φ_{2c+1})/2 of the level below, down to one global phase. The RZ on the top
/// qubit and the global phase commute with every later gate (the top qubit is only ever a control), so they are merged
/// with the top qubit's RY into one exact one-qubit unitary at the start; the circuit reproduces a/‖a‖ including its
/// global phase.
/// </para>
/// <para>
/// A rotation uniformly controlled by k ≥ 1 qubits is 2^k rotations R(θ_i) on the target each followed by a CNOT from
/// the control whose bit changes between the Gray codes g_i = i ⊕ (i ≫ 1) and g_{i+1} (cyclically). A control value b
/// then sees Σ_i (−1)^{b·g_i} θ_i on the target (X·R(θ)·X = R(−θ) for RY and RZ; every control flips an even number of
/// times), so θ_i = 2^{−k}·Σ_b (−1)^{b·g_i} α_b: a Walsh–Hadamard transform of the wanted angles α, read at g_i
/// (O(k·2^k) per level). Such a rotation costs 2^k CNOTs; summing over the levels k = 1…n−1 gives
/// <see cref="CnotCount"/>: 2^n − 2 CNOTs for a real vector and 2^{n+1} − 4 for a complex one — of order N, the same
/// order as the N numbers a classical computer reads, and within a constant of the lower bound: a CNOT adds at most four
/// free parameters after one-qubit gates, and a state has 2^{n+1} − 2 real parameters (Shende, Bullock &amp; Markov,
/// IEEE TCAD 25, 1000 (2006), arXiv:quant-ph/0406176, whose best construction needs about 2^{n+1} − 2n CNOTs for complex
/// states). Computing the angles reads every amplitude once and costs O(N·log N) classically.
/// </para>
/// </summary>
public static class StatePreparation
{
    /// <summary>Largest register accepted: 2^20 amplitudes give a circuit of about 2^21 gates (a few hundred MB of gate objects).</summary>
    public const int MaxQubits = 20;

    /// <summary>CNOTs of <see cref="AmplitudeEncoding(ReadOnlySpan{double})"/> (real: 2^n − 2) or <see cref="AmplitudeEncoding(ReadOnlySpan{Complex})"/> (complex: 2^{n+1} − 4) for n ≥ 1 qubits.</summary>
    public static long CnotCount(int numQubits, bool complexAmplitudes)
    {
        if (numQubits < 1 || numQubits > 62) throw new QuantumAppsException($"amplitude encoding needs 1..62 qubits for a CNOT count, not {numQubits}");
        long perStage = (1L << numQubits) - 2;
        return complexAmplitudes ? 2 * perStage : perStage;
    }

    /// <summary>The circuit preparing a/‖a‖ from |0…0⟩ for a real vector (RY rotations and CNOTs only; 2^n − 2 CNOTs).</summary>
    public static Circuit AmplitudeEncoding(ReadOnlySpan<double> amplitudes)
    {
        int n = CheckLength(amplitudes.Length);
        double norm2 = 0;
        foreach (double x in amplitudes)
        {
            if (!double.IsFinite(x)) throw new QuantumAppsException("amplitude encoding: the vector has a non-finite entry");
            norm2 += x * x;
        }
        if (!(norm2 > 0)) throw new QuantumAppsException("amplitude encoding: the vector is zero and cannot be normalised");
        var squares = new double[amplitudes.Length];
        for (int j = 0; j < squares.Length; j++) squares[j] = amplitudes[j] * amplitudes[j];
        var b = new CircuitBuilder(n);
        var levels = MagnitudeAngles(squares, n);
        // signed lowest level: cos(θ/2) = a_{2c}/r, sin(θ/2) = a_{2c+1}/r
        var lowest = levels[0];
        for (int c = 0; c < lowest.Length; c++) lowest[c] = 2 * Math.Atan2(amplitudes[2 * c + 1], amplitudes[2 * c]);
        b.Ry(n - 1, levels[n - 1][0]);
        for (int t = n - 2; t >= 0; t--) AppendUniformlyControlled(b, GateKind.RY, t, levels[t]);
        return b.Build();
    }

    /// <summary>The circuit preparing a/‖a‖ (global phase included) from |0…0⟩ for a complex vector (2^{n+1} − 4 CNOTs).</summary>
    public static Circuit AmplitudeEncoding(ReadOnlySpan<Complex> amplitudes)
    {
        int n = CheckLength(amplitudes.Length);
        var squares = new double[amplitudes.Length];
        var phases = new double[amplitudes.Length];
        double norm2 = 0;
        for (int j = 0; j < amplitudes.Length; j++)
        {
            var a = amplitudes[j];
            if (!double.IsFinite(a.Real) || !double.IsFinite(a.Imaginary)) throw new QuantumAppsException("amplitude encoding: the vector has a non-finite entry");
            squares[j] = a.Real * a.Real + a.Imaginary * a.Imaginary;
            phases[j] = squares[j] > 0 ? Math.Atan2(a.Imaginary, a.Real) : 0;
            norm2 += squares[j];
        }
        if (!(norm2 > 0)) throw new QuantumAppsException("amplitude encoding: the vector is zero and cannot be normalised");
        var ry = MagnitudeAngles(squares, n);
        // rz[t][c] = ψ_t[2c+1] − ψ_t[2c] with ψ_0 = φ and ψ_{t+1}[c] = (ψ_t[2c] + ψ_t[2c+1])/2
        var rz = new double[n][];
        var psi = phases;
        for (int t = 0; t < n; t++)
        {
            var next = new double[psi.Length / 2];
            rz[t] = new double[next.Length];
            for (int c = 0; c < next.Length; c++)
            {
                rz[t][c] = psi[2 * c + 1] - psi[2 * c];
                next[c] = 0.5 * (psi[2 * c] + psi[2 * c + 1]);
            }
            psi = next;
        }
        double global = psi[0];
        var b = new CircuitBuilder(n);
        // top qubit: e^{iψ}·RZ(α)·RY(θ) = e^{iψ}·[[e^{−iα/2}cos, −e^{−iα/2}sin], [e^{iα/2}sin, e^{iα/2}cos]] (θ/2 arguments)
        double half = ry[n - 1][0] / 2, alpha = rz[n - 1][0];
        var lo = Complex.FromPolarCoordinates(1, global - alpha / 2);
        var hi = Complex.FromPolarCoordinates(1, global + alpha / 2);
        b.Unitary1(n - 1, [lo * Math.Cos(half), -lo * Math.Sin(half), hi * Math.Sin(half), hi * Math.Cos(half)]);
        for (int t = n - 2; t >= 0; t--) AppendUniformlyControlled(b, GateKind.RY, t, ry[t]);
        for (int t = 0; t <= n - 2; t++) AppendUniformlyControlled(b, GateKind.RZ, t, rz[t]);
        return b.Build();
    }

    /// <summary>
    /// levels[t][c] = 2·atan2(√s_t[2c+1], √s_t[2c]) with s_0 = |a|² and s_{t+1}[i] = s_t[2i] + s_t[2i+1]: the RY angles of
    /// target qubit t for each value c of the qubits above it.
    /// </summary>
    private static double[][] MagnitudeAngles(double[] squares, int n)
    {
        var levels = new double[n][];
        var s = squares;
        for (int t = 0; t < n; t++)
        {
            var next = new double[s.Length / 2];
            levels[t] = new double[next.Length];
            for (int c = 0; c < next.Length; c++)
            {
                levels[t][c] = 2 * Math.Atan2(Math.Sqrt(s[2 * c + 1]), Math.Sqrt(s[2 * c]));
                next[c] = s[2 * c] + s[2 * c + 1];
            }
            s = next;
        }
        return levels;
    }

    /// <summary>
    /// Appends R_axis(α_b) on <paramref name="target"/> uniformly controlled by the qubits target+1 … target+k (bit j of the
    /// control value b = qubit target+1+j), k = log2 |α|, as 2^k rotations and 2^k CNOTs (Gray-code construction, see the
    /// type remarks); k = 0 is one rotation.
    /// </summary>
    private static void AppendUniformlyControlled(CircuitBuilder b, GateKind axis, int target, double[] alpha)
    {
        int count = alpha.Length;
        int k = BitOperations.Log2((uint)count);
        if (k == 0)
        {
            Rotate(alpha[0]);
            return;
        }
        var w = (double[])alpha.Clone();
        WalshHadamardKernel.Transform(w);
        for (int i = 0; i < count; i++)
        {
            int gray = i ^ (i >> 1);
            Rotate(w[gray] / count);
            int flipped = i == count - 1 ? k - 1 : BitOperations.TrailingZeroCount(i + 1);
            b.Cnot(target + 1 + flipped, target);
        }

        void Rotate(double theta)
        {
            if (axis == GateKind.RY) b.Ry(target, theta);
            else b.Rz(target, theta);
        }
    }

    private static int CheckLength(int length)
    {
        if (length < 2 || !BitOperations.IsPow2(length))
            throw new QuantumAppsException($"amplitude encoding needs 2^n numbers (n ≥ 1; pad with zeros), not {length}");
        int n = BitOperations.Log2((uint)length);
        if (n > MaxQubits) throw new QuantumAppsException($"amplitude encoding is limited to {MaxQubits} qubits (2^{MaxQubits} numbers), not {n}");
        return n;
    }
}
