using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.States;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// A data-encoding circuit |φ(x)⟩ = U(x)|0…0⟩ on one qubit per feature, every angle multiplied by the bandwidth c
/// (Shaydulin &amp; Wild 2022, "Importance of kernel bandwidth in quantum machine learning", PRA 106, 042407). Both maps
/// are R repetitions of [H on every qubit, then a diagonal layer]:
/// <list type="bullet">
/// <item><see cref="FeatureMapKind.ZZ"/> (Havlíček et al. 2019, Nature 567, 209; Qiskit <c>ZZFeatureMap</c>, reps 2, full
/// entanglement): P(2c·φ_i) on qubit i with φ_i = x_i, then for every pair i &lt; j (in order (0,1), (0,2), …, (1,2), …)
/// CNOT(i→j) · P(2c·φ_ij) on j · CNOT(i→j) with φ_ij = (π − x_i)(π − x_j); P(λ) = diag(1, e^(iλ)). The layer is the phase
/// e^(iθ(b)), θ(b) = Σ 2cφ_i b_i + Σ 2cφ_ij (b_i ⊕ b_j), exactly (no global phase dropped).</item>
/// <item><see cref="FeatureMapKind.Iqp"/> (Havlíček et al.; PennyLane <c>IQPEmbedding</c>, n_repeats 1 by default): RZ(c·x_i) on
/// qubit i, then MultiRZ(c·x_i x_j) = exp(−i c x_i x_j Z_i Z_j/2) on every pair i &lt; j (gate by gate CNOT·RZ·CNOT); the
/// layer is e^(iθ(b)), θ(b) = −Σ θ_i/2 − Σ θ_ij/2 + Σ θ_i b_i + Σ θ_ij (b_i ⊕ b_j), exactly.</item>
/// </list>
/// <see cref="Separable"/> removes every two-qubit term (the control of Bowles et al. 2024): the state is then a product
/// state. Qubit q is bit q of the basis index. The fast path (<see cref="Prepare(ReadOnlySpan{double}, StateVector, FeatureMapWorkspace)"/>)
/// computes the diagonal in O(2^n) complex products (no sin/cos per amplitude) and applies H^⊗n as a Walsh–Hadamard transform; <see cref="ToCircuit"/> is the same map gate by gate (tests, device cost).
/// </summary>
public sealed record FeatureMap(FeatureMapKind Kind, int Qubits, int Repetitions, double Bandwidth, bool Separable)
{
    /// <summary>The ZZ map with Qiskit's defaults (2 repetitions, full entanglement).</summary>
    public static FeatureMap ZZ(int qubits, double bandwidth = 1, bool separable = false) => Create(FeatureMapKind.ZZ, qubits, 2, bandwidth, separable);

    /// <summary>The IQP embedding with PennyLane's default of one repetition.</summary>
    public static FeatureMap Iqp(int qubits, double bandwidth = 1, bool separable = false) => Create(FeatureMapKind.Iqp, qubits, 1, bandwidth, separable);

    /// <summary>Validated constructor.</summary>
    public static FeatureMap Create(FeatureMapKind kind, int qubits, int repetitions, double bandwidth, bool separable)
    {
        if (qubits < 1) throw new QuantumAppsException($"a feature map needs at least one qubit, not {qubits}");
        if (qubits > StateVector.MaxQubits) throw new QuantumAppsException($"{qubits} qubits exceed the simulator's limit of {StateVector.MaxQubits}");
        if (repetitions < 1) throw new QuantumAppsException($"a feature map needs at least one repetition, not {repetitions}");
        if (!(bandwidth > 0) || !double.IsFinite(bandwidth)) throw new QuantumAppsException($"the bandwidth must be positive and finite, not {bandwidth}");
        return new FeatureMap(kind, qubits, repetitions, bandwidth, separable);
    }

    /// <summary>Name for output: zz, iqp, zz-separable, iqp-separable.</summary>
    public string Name => (Kind == FeatureMapKind.ZZ ? "zz" : "iqp") + (Separable ? "-separable" : "");

    /// <summary>Writes the layer's coefficients θ₀, a (n) and w (n×n, w[j·n+i] for i &lt; j) for sample <paramref name="x"/>.</summary>
    internal double Coefficients(ReadOnlySpan<double> x, Span<double> a, Span<double> w)
    {
        int n = Qubits;
        double c = Bandwidth;
        double theta0 = 0;
        w.Clear();
        for (int i = 0; i < n; i++)
        {
            if (Kind == FeatureMapKind.ZZ) a[i] = 2 * c * x[i];
            else
            {
                a[i] = c * x[i];
                theta0 -= a[i] / 2;
            }
        }
        if (Separable) return theta0;
        for (int j = 1; j < n; j++)
            for (int i = 0; i < j; i++)
            {
                double v = Kind == FeatureMapKind.ZZ ? 2 * c * (Math.PI - x[i]) * (Math.PI - x[j]) : c * x[i] * x[j];
                w[j * n + i] = v;
                if (Kind == FeatureMapKind.Iqp) theta0 -= v / 2;
            }
        return theta0;
    }

    /// <summary>Prepares |φ(x)⟩ in <paramref name="state"/> (overwritten) using <paramref name="work"/> for scratch space.</summary>
    public void Prepare(ReadOnlySpan<double> x, StateVector state, FeatureMapWorkspace work)
    {
        CheckSample(x);
        if (state.NumQubits != Qubits) throw new QuantumAppsException($"state has {state.NumQubits} qubits, the map {Qubits}");
        ArgumentNullException.ThrowIfNull(work);
        Prepare(x, work.StateRe, work.StateIm, work);
        var amps = state.Amplitudes;
        for (int b = 0; b < amps.Length; b++) amps[b] = new Complex(work.StateRe[b], work.StateIm[b]);
    }

    /// <summary>
    /// |φ(x)⟩ = D (H^⊗n D)^(R−1) |+⟩^n, D = diag(e^(iθ(b))), written as real and imaginary parts: the phase table once per
    /// sample, R − 1 unnormalised Walsh–Hadamard transforms, and the factor 2^(−nR/2) of the R Hadamard layers applied once
    /// with the last phase.
    /// </summary>
    internal void Prepare(ReadOnlySpan<double> x, Span<double> re, Span<double> im, FeatureMapWorkspace work)
    {
        int n = Qubits;
        double theta0 = Coefficients(x, work.A, work.W);
        QuadraticPhaseKernel.Phases(n, theta0, work.A, work.W, work.PhaseRe, work.PhaseIm, work.ERe, work.EIm);
        double scale = Math.Pow(2, -0.5 * n * Repetitions);
        if (Repetitions == 1)
        {
            for (int b = 0; b < re.Length; b++)
            {
                re[b] = work.PhaseRe[b] * scale;
                im[b] = work.PhaseIm[b] * scale;
            }
            return;
        }
        work.PhaseRe.AsSpan().CopyTo(re);
        work.PhaseIm.AsSpan().CopyTo(im);
        for (int r = 1; r < Repetitions; r++)
        {
            QuadraticPhaseKernel.WalshHadamard(re, im);
            QuadraticPhaseKernel.MultiplyPhase(re, im, work.PhaseRe, work.PhaseIm, r == Repetitions - 1 ? scale : 1);
        }
    }

    /// <summary>|φ(x)⟩ as a new state.</summary>
    public StateVector State(ReadOnlySpan<double> x)
    {
        var s = StateVector.Zero(Qubits);
        Prepare(x, s, new FeatureMapWorkspace(Qubits));
        return s;
    }

    /// <summary>U(x) gate by gate (fixed angles): H, P/RZ, CNOT as described above.</summary>
    public Circuit ToCircuit(ReadOnlySpan<double> x)
    {
        var b = new CircuitBuilder(Qubits);
        AppendGates(b, x, inverse: false);
        return b.Build();
    }

    /// <summary>
    /// The compute–uncompute circuit U(x')†U(x): the probability of |0…0⟩ at its output is the fidelity kernel
    /// |⟨φ(x')|φ(x)⟩|², what a device estimates from shots.
    /// </summary>
    public Circuit ComputeUncompute(ReadOnlySpan<double> x, ReadOnlySpan<double> xPrime)
    {
        var b = new CircuitBuilder(Qubits);
        AppendGates(b, x, inverse: false);
        AppendGates(b, xPrime, inverse: true);
        return b.Build();
    }

    private void AppendGates(CircuitBuilder b, ReadOnlySpan<double> x, bool inverse)
    {
        CheckSample(x);
        int n = Qubits;
        var gates = new List<(int Kind, int Q0, int Q1, double Angle)>();
        double c = Bandwidth;
        for (int r = 0; r < Repetitions; r++)
        {
            for (int q = 0; q < n; q++) gates.Add((0, q, -1, 0));
            for (int i = 0; i < n; i++) gates.Add((1, i, -1, Kind == FeatureMapKind.ZZ ? 2 * c * x[i] : c * x[i]));
            if (Separable) continue;
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++)
                {
                    gates.Add((2, i, j, 0));
                    gates.Add((1, j, -1, Kind == FeatureMapKind.ZZ ? 2 * c * (Math.PI - x[i]) * (Math.PI - x[j]) : c * x[i] * x[j]));
                    gates.Add((2, i, j, 0));
                }
        }
        if (inverse) gates.Reverse();
        double sign = inverse ? -1 : 1;
        foreach (var (kind, q0, q1, angle) in gates)
        {
            if (kind == 0) b.H(q0);
            else if (kind == 2) b.Cnot(q0, q1);
            else if (Kind == FeatureMapKind.ZZ) b.PhaseShift(q0, sign * angle);
            else b.Rz(q0, sign * angle);
        }
    }

    private void CheckSample(ReadOnlySpan<double> x)
    {
        if (x.Length != Qubits) throw new QuantumAppsException($"the {Name} map on {Qubits} qubits takes {Qubits} features, not {x.Length}");
    }
}
