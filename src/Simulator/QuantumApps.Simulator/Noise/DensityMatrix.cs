using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Noise;

/// <summary>
/// An exact n-qubit density matrix ρ (2^n × 2^n complex, n ≤ <see cref="MaxQubits"/>), evolved gate by gate with
/// the channels of a <see cref="NoiseModel"/>: ρ → UρU† for each gate, then the gate's noise channels. Storage: ρ is
/// vectorised row-major into a 2n-qubit <see cref="StateVector"/>, element (r, c) at index c + r·2^n, so UρU† is U on
/// the row qubits (q + n) and U* on the column qubits (q) and the fast state-vector kernels do the work.
/// Qubit q is bit q of a basis index (qubit 0 least significant). Mutable on purpose, like <see cref="StateVector"/>.
/// </summary>
public sealed class DensityMatrix
{
    /// <summary>Largest supported register: 4^12 amplitudes × 16 bytes = 256 MiB.</summary>
    public const int MaxQubits = 12;

    private readonly StateVector _vec;

    private DensityMatrix(int numQubits, StateVector vec)
    {
        NumQubits = numQubits;
        _vec = vec;
    }

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>Bytes the density matrix of <paramref name="numQubits"/> qubits needs: 16·4^n.</summary>
    public static long BytesNeeded(int numQubits) => MemoryGuard.BytesNeeded(2 * numQubits, 16);

    /// <summary>|0…0⟩⟨0…0|. Refuses n &gt; <see cref="MaxQubits"/>, naming the memory that would be needed.</summary>
    public static DensityMatrix Zero(int numQubits)
    {
        if (numQubits < 1) throw new QuantumAppsException($"a density matrix needs at least 1 qubit, not {numQubits}");
        if (numQubits > MaxQubits)
            throw new QuantumAppsException($"a density matrix on {numQubits} qubits needs {MemoryGuard.FormatBytes(BytesNeeded(numQubits))} (4^{numQubits} × 16 bytes); the exact noisy simulator is limited to {MaxQubits} qubits — use noisy trajectories instead");
        return new DensityMatrix(numQubits, StateVector.Zero(2 * numQubits));
    }

    /// <summary>|ψ⟩⟨ψ| for a pure state.</summary>
    public static DensityMatrix FromPure(StateVector psi)
    {
        var rho = Zero(psi.NumQubits);
        var a = psi.Amplitudes;
        var d = rho._vec.Amplitudes;
        int dim = a.Length;
        for (int r = 0; r < dim; r++)
            for (int c = 0; c < dim; c++)
                d[c + r * dim] = a[r] * Complex.Conjugate(a[c]);
        return rho;
    }

    /// <summary>ρ[row, column].</summary>
    public Complex this[int row, int column] => _vec.Amplitudes[column + (row << NumQubits)];

    /// <summary>Runs <paramref name="circuit"/> with the noise channels after every gate (see <see cref="NoiseModel"/>).</summary>
    public void Apply(Circuit circuit, ReadOnlySpan<double> parameters, NoiseModel noise)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(noise);
        if (circuit.NumQubits != NumQubits) throw new QuantumAppsException($"the circuit acts on {circuit.NumQubits} qubits but the density matrix has {NumQubits}");
        circuit.ValidateParameters(parameters);
        GateNoise.Validate(circuit, noise);
        var starts = GateNoise.OperationStarts(circuit);
        var ops = circuit.Operations;
        for (int g = 0; g < circuit.Gates.Count; g++)
        {
            for (int k = starts[g]; k < starts[g + 1]; k++)
            {
                double angle = GateNoise.AngleOf(ops[k], parameters);
                ApplyOperation(ops[k], angle, NumQubits, conjugate: false);
                ApplyOperation(ops[k], angle, 0, conjugate: true);
            }
            ApplyGateNoise(circuit.Gates[g], noise);
        }
    }

    /// <summary>Applies the channels that follow <paramref name="gate"/>.</summary>
    private void ApplyGateNoise(Gate gate, NoiseModel noise)
    {
        var rho = _vec.Amplitudes;
        var qs = gate.Qubits;
        if (qs.Count == 1 && noise.Depolarizing1 > 0) NoiseKernels.Depolarize1(rho, NumQubits, qs[0], 4 * noise.Depolarizing1 / 3);
        if (qs.Count == 2 && noise.Depolarizing2 > 0) NoiseKernels.Depolarize2(rho, NumQubits, qs[0], qs[1], 16 * noise.Depolarizing2 / 15);
        if (noise.AmplitudeDamping > 0)
            foreach (int q in qs) NoiseKernels.AmplitudeDamp(rho, NumQubits, q, noise.AmplitudeDamping);
    }

    /// <summary>Tr(ρH) for a Hermitian Pauli sum (ideal measurement; see <see cref="ReadoutError.Attenuate"/> for readout).</summary>
    public double Expectation(PauliSum h)
    {
        ArgumentNullException.ThrowIfNull(h);
        if (h.NumQubits > NumQubits) throw new QuantumAppsException($"operator acts on {h.NumQubits} qubits; the density matrix has {NumQubits}");
        if (!h.IsHermitian()) throw new QuantumAppsException("expectation needs a Hermitian operator (real Pauli coefficients)");
        Complex s = Complex.Zero;
        foreach (var t in h.Terms)
            s += t.Coefficient * t.Pauli.PhaseFactor * NoiseKernels.PauliTrace(_vec.Amplitudes, NumQubits, t.Pauli.X, t.Pauli.Z);
        return s.Real;
    }

    /// <summary>Tr ρ (1 for a valid state).</summary>
    public Complex Trace()
    {
        Complex s = Complex.Zero;
        int dim = 1 << NumQubits;
        for (int r = 0; r < dim; r++) s += this[r, r];
        return s;
    }

    /// <summary>max |ρ[r, c] − conj(ρ[c, r])| (0 for a Hermitian matrix).</summary>
    public double HermiticityError()
    {
        double e = 0;
        int dim = 1 << NumQubits;
        for (int r = 0; r < dim; r++)
            for (int c = r; c < dim; c++)
                e = Math.Max(e, (this[r, c] - Complex.Conjugate(this[c, r])).Magnitude);
        return e;
    }

    /// <summary>Tr ρ² (1 for a pure state, 2^−n for the maximally mixed state).</summary>
    public double Purity() => _vec.NormSquared();

    /// <summary>Fidelity ⟨ψ|ρ|ψ⟩ with a pure state (1 when ρ = |ψ⟩⟨ψ|).</summary>
    public double Fidelity(StateVector pure)
    {
        ArgumentNullException.ThrowIfNull(pure);
        if (pure.NumQubits != NumQubits) throw new QuantumAppsException($"fidelity: the state has {pure.NumQubits} qubits, the density matrix {NumQubits}");
        var a = pure.Amplitudes;
        int dim = 1 << NumQubits;
        Complex s = Complex.Zero;
        for (int r = 0; r < dim; r++)
        {
            if (a[r] == Complex.Zero) continue;
            Complex row = Complex.Zero;
            for (int c = 0; c < dim; c++) row += this[r, c] * a[c];
            s += Complex.Conjugate(a[r]) * row;
        }
        return s.Real;
    }

    /// <summary>Diagonal ρ[b, b]: the probability of measuring basis state b (before readout error).</summary>
    public double[] Probabilities()
    {
        int dim = 1 << NumQubits;
        var p = new double[dim];
        for (int b = 0; b < dim; b++) p[b] = this[b, b].Real;
        return p;
    }

    /// <summary>
    /// Applies one primitive operation to the row qubits (shift n, U) or the column qubits (shift 0, U*). Conjugates:
    /// fixed matrices entrywise; exp(−iθ/2·P)* = exp(+iθ/2·P*) with P* = (−1)^{#Y}P, so the angle flips sign unless P has
    /// an odd number of Y; diag(1, e^{iφ})* = diag(1, e^{−iφ}); exp(−iγD)* = exp(iγD).
    /// </summary>
    private void ApplyOperation(Operation op, double angle, int shift, bool conjugate)
    {
        int q0 = op.Q0 + shift, q1 = op.Q1 + shift;
        switch (op.Kind)
        {
            case OperationKind.Fixed1:
            {
                var m = op.Matrix!;
                if (conjugate) _vec.ApplyMatrix1(q0, Complex.Conjugate(m[0]), Complex.Conjugate(m[1]), Complex.Conjugate(m[2]), Complex.Conjugate(m[3]));
                else _vec.ApplyMatrix1(q0, m[0], m[1], m[2], m[3]);
                break;
            }
            case OperationKind.Fixed2:
            {
                var m = op.Matrix!;
                if (conjugate)
                {
                    Span<Complex> c = stackalloc Complex[16];
                    for (int i = 0; i < 16; i++) c[i] = Complex.Conjugate(m[i]);
                    _vec.ApplyMatrix2(q0, q1, c);
                }
                else _vec.ApplyMatrix2(q0, q1, m);
                break;
            }
            case OperationKind.Cnot: _vec.ApplyCnot(q0, q1); break;
            case OperationKind.Cz: _vec.ApplyCz(q0, q1); break;
            case OperationKind.Swap: _vec.ApplySwap(q0, q1); break;
            case OperationKind.Rotation:
            {
                var p = op.Pauli;
                if (p.IsIdentity) break;
                bool oddY = (BitOperations.PopCount(p.X & p.Z) & 1) == 1;
                double theta = conjugate && !oddY ? -angle : angle;
                _vec.ApplyPauliRotation(new PauliString(p.X << shift, p.Z << shift), theta);
                break;
            }
            case OperationKind.ControlledRotation:
            {
                var (sn, c) = Math.SinCos(angle / 2);
                ReadOnlySpan<int> control = [q0];
                double sign = conjugate ? -1 : 1;
                switch (op.Pauli[op.Q1])
                {
                    case 'X': _vec.ApplyControlledMatrix1(control, q1, c, new Complex(0, -sign * sn), new Complex(0, -sign * sn), c); break;
                    case 'Y': _vec.ApplyControlledMatrix1(control, q1, c, -sn, sn, c); break;
                    default: _vec.ApplyDiagonal1(q1, new Complex(c, -sign * sn), new Complex(c, sign * sn), control); break;
                }
                break;
            }
            case OperationKind.PhaseShift:
                _vec.ApplyDiagonal1(q0, Complex.One, Complex.FromPolarCoordinates(1, conjugate ? -angle : angle));
                break;
            case OperationKind.DiagonalPhase:
                // exp(−iγD) = Π_k exp(−iγ c_k Z_k): commuting Z strings, each a Pauli rotation by 2γc_k; the identity
                // term is a global phase that cancels between U and U*.
                foreach (var t in op.DiagonalTerms!.Terms)
                {
                    if (t.Pauli.IsIdentity) continue;
                    double theta = 2 * angle * t.Coefficient.Real;
                    _vec.ApplyPauliRotation(new PauliString(0, t.Pauli.Z << shift), conjugate ? -theta : theta);
                }
                break;
        }
    }
}
