using System.Numerics;
using QuantumApps.Simulator.Compilation;
using QuantumApps.Ansatz.Excitations;
using QuantumApps.Ansatz.Hardware;
using QuantumApps.Ansatz.References;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Ansatz.Tests;

public class ExcitationAnsatzTests
{
    /// <summary>
    /// Fermionic kernel vs Pauli-rotation circuit: about a hundred rotations, each a few flops per amplitude, so
    /// rounding stays near 1e-14; the issue asks for agreement within 1e-10.
    /// </summary>
    private const double StateTolerance = 1e-10;

    /// <summary>
    /// Central differences with step 1e-5 have truncation error ~h²·|E'''|/6 ≈ 1e-11 and rounding ~1e-16·|E|/h ≈ 1e-10
    /// for |E| ≈ 8 Ha; 1e-7 leaves margin.
    /// </summary>
    private const double FiniteDifferenceTolerance = 1e-7;

    private const double FiniteDifferenceStep = 1e-5;

    private static double[] RandomPoint(int n, int seed, double scale = 0.3)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => scale * (2 * rng.NextDouble() - 1)).ToArray();
    }

    private static double MaxDifference(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b)
    {
        double worst = 0;
        for (int i = 0; i < a.Length; i++) worst = Math.Max(worst, (a[i] - b[i]).Magnitude);
        return worst;
    }

    [Fact]
    public void UccsdPoolSizesMatchCombinatorics()
    {
        // LiH/STO-3G: 6 orbitals, 2α+2β electrons. Singles 2·(2·4) = 16; doubles αα C(2,2)·C(4,2) = 6, ββ 6,
        // αβ (2·2)·(4·4) = 64; total 92 (the count quoted in the issue).
        Assert.Equal(16, ExcitationPool.Singles(6, 2, 2).Count);
        Assert.Equal(76, ExcitationPool.Doubles(6, 2, 2).Count);
        // H2/STO-3G: singles 0→2, 1→3; the one double (0,1→2,3).
        Assert.Equal(3, UccsdAnsatz.Create(2, 1, 1).NumParameters);
    }

    [Fact]
    public void HartreeFockStateEnergyEqualsClosedShellReference()
    {
        var sys = MoleculeSystems.LiH();
        var state = HartreeFockState.Create(sys.NumOrbitals, sys.NumAlpha, sys.NumBeta);
        Assert.Equal(0b1111UL, HartreeFockState.BasisIndex(6, 2, 2));
        // Independent path: E_ref from the integrals (ClosedShellReference) vs ⟨HF|H_JW|HF⟩.
        Assert.Equal(ClosedShellReference.Energy(sys.Molecular), state.Expectation(sys.Qubit), Tolerances.Accumulated);
    }

    [Theory]
    [InlineData(2, 1, 1, 11)]
    [InlineData(4, 2, 2, 12)]
    [InlineData(6, 2, 2, 13)]
    [InlineData(5, 2, 1, 14)]
    public void FermionicRotationsEqualPauliRotationCircuit(int orbitals, int alpha, int beta, int seed)
    {
        var ansatz = UccsdAnsatz.Create(orbitals, alpha, beta);
        var theta = RandomPoint(ansatz.NumParameters, seed, 1.0);
        var fermionic = ansatz.Prepare(theta);
        var circuit = ansatz.ToCircuit();
        var gates = circuit.Run(theta);
        Assert.True(MaxDifference(fermionic.Amplitudes, gates.Amplitudes) < StateTolerance);
        // Built once per ansatz and shared; a second run of the shared circuit gives the same state.
        Assert.Same(circuit, ansatz.ToCircuit());
        Assert.True(MaxDifference(fermionic.Amplitudes, ansatz.ToCircuit().Run(theta).Amplitudes) < StateTolerance);
        // The counts: 2 Pauli rotations per single, 8 per double (plus one X per occupied orbital).
        int singles = ansatz.Steps.Count(s => s.Excitation.Rank == 1), doubles = ansatz.Steps.Count - singles;
        Assert.Equal(2 * singles + 8 * doubles, circuit.GateCounts["pauli_rotation"]);
        // CNOT-level lowering is the same unitary.
        var lowered = CnotLowering.Lower(circuit);
        Assert.True(MaxDifference(fermionic.Amplitudes, lowered.Run(theta).Amplitudes) < StateTolerance);
        Assert.Equal(circuit.CnotCount, lowered.CnotCount);
    }

    [Fact]
    public void KUpCcgsdRotationsEqualPauliRotationCircuit()
    {
        var ansatz = UpCcgsdAnsatz.Create(4, 2, 2, 2);
        Assert.Equal(2 * 4 * 3, ansatz.NumParameters); // k·n(n−1)
        var theta = RandomPoint(ansatz.NumParameters, 21, 1.0);
        Assert.True(MaxDifference(ansatz.Prepare(theta).Amplitudes, ansatz.ToCircuit().Run(theta).Amplitudes) < StateTolerance);
    }

    [Fact]
    public void AdjointGradientMatchesFiniteDifferences()
    {
        var sys = MoleculeSystems.LiH();
        foreach (var ansatz in new[] { UccsdAnsatz.Create(6, 2, 2), UpCcgsdAnsatz.Create(6, 2, 2, 2) })
        {
            var theta = RandomPoint(ansatz.NumParameters, 5);
            var g = new double[ansatz.NumParameters];
            double e = ansatz.ValueAndGradient(sys.Qubit, theta, g);
            Assert.Equal(ansatz.Prepare(theta).Expectation(sys.Qubit), e, Tolerances.Accumulated);
            for (int k = 0; k < theta.Length; k += 7)
            {
                var plus = (double[])theta.Clone();
                var minus = (double[])theta.Clone();
                plus[k] += FiniteDifferenceStep;
                minus[k] -= FiniteDifferenceStep;
                double fd = (ansatz.Prepare(plus).Expectation(sys.Qubit) - ansatz.Prepare(minus).Expectation(sys.Qubit)) / (2 * FiniteDifferenceStep);
                Assert.True(Math.Abs(fd - g[k]) < FiniteDifferenceTolerance, $"{ansatz.Name} parameter {k}: adjoint {g[k]} vs FD {fd}");
            }
        }
    }

    /// <summary>
    /// The (N_α, N_β)-sector evaluation against the full-space kernels it replaces (fast path against slow oracle):
    /// value (also the gradient-free <see cref="ExcitationAnsatz.Value"/>) and every gradient component equal to
    /// rounding (<see cref="Tolerances.Accumulated"/>), for UCCSD and
    /// k-UpCCGSD on LiH (225 of 4,096 amplitudes) and UCCSD on H2, at random angles.
    /// </summary>
    [Fact]
    public void SectorEvaluationEqualsTheFullSpaceKernels()
    {
        var lih = MoleculeSystems.LiH();
        var h2 = MoleculeSystems.H2(0.7414);
        foreach (var (ansatz, h, dimension) in new (ExcitationAnsatz, QuantumApps.Simulator.Operators.PauliSum, int)[]
                 {
                     (UccsdAnsatz.Create(6, 2, 2), lih.Qubit, 225), (UpCcgsdAnsatz.Create(6, 2, 2, 2), lih.Qubit, 225), (UccsdAnsatz.Create(2, 1, 1), h2.Qubit, 4),
                 })
        {
            Assert.Equal(dimension, ansatz.SectorFor(h)!.Dimension);
            // One restricted operator per Hamiltonian instance and sector, shared by the ansätze (ADAPT builds one per iteration).
            int electronsPerSpin = BitOperations.PopCount(ansatz.ReferenceIndex) / 2;
            var other = UccsdAnsatz.Create(ansatz.NumQubits / 2, electronsPerSpin, electronsPerSpin);
            Assert.Same(other.SectorFor(h)!.Operator, ansatz.SectorFor(h)!.Operator);
            for (int seed = 11; seed <= 13; seed++)
            {
                var theta = RandomPoint(ansatz.NumParameters, seed, 1.0);
                var sector = new double[ansatz.NumParameters];
                var full = new double[ansatz.NumParameters];
                double e = ansatz.ValueAndGradient(h, theta, sector);
                Assert.Equal(ansatz.FullSpaceValueAndGradient(h, theta, full), e, Tolerances.Accumulated);
                Assert.Equal(ansatz.Prepare(theta).Expectation(h), ansatz.Value(h, theta, StateVector.Empty(ansatz.NumQubits)), Tolerances.Accumulated);
                for (int k = 0; k < full.Length; k++) Assert.Equal(full[k], sector[k], Tolerances.Accumulated);
            }
        }
    }

    /// <summary>
    /// The sector is used only when it is exact: a term that leaks out of it (X on one spin orbital changes N_α), or
    /// a number-conserving one with imaginary matrix elements (X0 Z1 Y2 − Y0 Z1 X2, an imaginary α hopping), sends
    /// the evaluation back to the full space, which then still agrees with finite differences of the full-space energy.
    /// </summary>
    [Fact]
    public void HamiltoniansThatLeaveTheSectorUseTheFullSpace()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var ansatz = UccsdAnsatz.Create(2, 1, 1);
        Assert.NotNull(ansatz.SectorFor(sys.Qubit));
        foreach (string extra in new[] { "0.05 X0", "0.05 X0 Z1 Y2\n-0.05 Y0 Z1 X2" })
        {
            var h = sys.Qubit + QuantumApps.Simulator.Operators.PauliSum.Parse(extra).WithNumQubitsAtLeast(4);
            Assert.Null(ansatz.SectorFor(h));
            var theta = RandomPoint(3, 21, 1.0);
            var g = new double[3];
            double e = ansatz.ValueAndGradient(h, theta, g);
            Assert.Equal(ansatz.Prepare(theta).Expectation(h), e, Tolerances.Accumulated);
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[1] += FiniteDifferenceStep;
            minus[1] -= FiniteDifferenceStep;
            double fd = (ansatz.Prepare(plus).Expectation(h) - ansatz.Prepare(minus).Expectation(h)) / (2 * FiniteDifferenceStep);
            Assert.True(Math.Abs(fd - g[1]) < FiniteDifferenceTolerance, $"{extra}: adjoint {g[1]} vs FD {fd}");
        }
    }

    [Fact]
    public void AdjointGradientMatchesCircuitAdjointOfDecomposition()
    {
        // Second independent path: the simulator's adjoint differentiation over the Pauli-rotation circuit.
        var sys = MoleculeSystems.H2(0.7414);
        var ansatz = UccsdAnsatz.Create(2, 1, 1);
        var theta = RandomPoint(3, 8, 1.0);
        var g = new double[3];
        ansatz.ValueAndGradient(sys.Qubit, theta, g);
        var reference = AdjointDifferentiation.Gradient(ansatz.ToCircuit(), sys.Qubit, theta);
        for (int k = 0; k < 3; k++) Assert.Equal(reference.Gradient[k], g[k], Tolerances.Accumulated);
    }

    [Fact]
    public void AppendGradientsEqualCommutatorExpectation()
    {
        // g_k = ⟨ψ|[H, A_k]|ψ⟩ computed with PauliSum algebra on the JW form of A_k (independent path).
        var sys = MoleculeSystems.LiH();
        var uccsd = UccsdAnsatz.Create(6, 2, 2);
        var psi = uccsd.Prepare(RandomPoint(uccsd.NumParameters, 3, 0.1));
        var pool = ExcitationPool.SinglesAndDoubles(6, 2, 2);
        var g = ExcitationAnsatz.AppendGradients(sys.Qubit, psi, pool);
        foreach (int k in new[] { 0, 5, 17, 40, 91 })
        {
            var terms = ExcitationDecomposition.PauliTerms(pool[k], 12);
            var a = Simulator.Operators.PauliSum.FromTerms(12, terms.Select(t => new Simulator.Operators.PauliTerm(t.Pauli, new Complex(0, t.Weight))));
            var commutator = Simulator.Operators.PauliSum.Commutator(sys.Qubit, a);
            // [H, A] is Hermitian for anti-Hermitian A; its expectation is real.
            Assert.Equal(psi.InnerProduct(psi.ApplyOperator(commutator)).Real, g[k], Tolerances.Accumulated);
        }
    }

    /// <summary>
    /// The ansatz's pool gradients at its own parameters (in the (N_α, N_β) sector for LiH's H) against the static
    /// full-vector form at the prepared state, which the test above checks against [H, A_k]: to rounding, for the whole
    /// UCCSD pool; and a spin-flipping candidate (α → β) sends the call to the full vector, where it agrees too.
    /// </summary>
    [Fact]
    public void AppendGradientsInTheSectorEqualTheFullVector()
    {
        var sys = MoleculeSystems.LiH();
        var uccsd = UccsdAnsatz.Create(6, 2, 2);
        var theta = RandomPoint(uccsd.NumParameters, 4, 0.1);
        var pool = ExcitationPool.SinglesAndDoubles(6, 2, 2);
        Assert.NotNull(uccsd.SectorFor(sys.Qubit));
        var sector = uccsd.AppendGradients(sys.Qubit, theta, pool);
        var full = ExcitationAnsatz.AppendGradients(sys.Qubit, uccsd.Prepare(theta), pool);
        for (int k = 0; k < pool.Count; k++) Assert.Equal(full[k], sector[k], Tolerances.Accumulated);
        var flip = new[] { pool[0], FermionicExcitation.Single(0, 3) };
        var mixed = uccsd.AppendGradients(sys.Qubit, theta, flip);
        var mixedFull = ExcitationAnsatz.AppendGradients(sys.Qubit, uccsd.Prepare(theta), flip);
        for (int k = 0; k < flip.Length; k++) Assert.Equal(mixedFull[k], mixed[k], Tolerances.Accumulated);
    }

    [Fact]
    public void Mp2StartLowersTheEnergyBelowHartreeFock()
    {
        var sys = MoleculeSystems.LiH();
        var ansatz = UccsdAnsatz.Create(6, 2, 2);
        var x0 = Mp2Amplitudes.InitialPoint(sys.Molecular, ansatz);
        double hf = ansatz.Prepare(new double[ansatz.NumParameters]).Expectation(sys.Qubit);
        double mp2Start = ansatz.Prepare(x0).Expectation(sys.Qubit);
        // First-order amplitudes give a correlated trial state: E_HF > E(t_MP2) ≥ E_FCI (variational).
        Assert.True(mp2Start < hf - 1e-3, $"MP2 start {mp2Start} vs HF {hf}");
        Assert.True(mp2Start >= sys.FciEnergy - 1e-9);
    }

    [Fact]
    public void LinearChainRoutingUsesNeighboursAndPreservesTheState()
    {
        var ansatz = UccsdAnsatz.Create(4, 2, 2);
        var theta = RandomPoint(ansatz.NumParameters, 4, 1.0);
        var lowered = CnotLowering.Lower(ansatz.ToCircuit());
        var routed = LinearChainRouter.Route(lowered);
        foreach (var gate in routed.Circuit.Gates.Where(g => g.Qubits.Count == 2))
            Assert.Equal(1, Math.Abs(gate.Qubits[0] - gate.Qubits[1]));
        Assert.Equal(lowered.CnotCount + 3 * routed.SwapCount, routed.Circuit.CnotCount);
        var logical = lowered.Run(theta).Amplitudes;
        var physical = routed.Circuit.Run(theta).Amplitudes;
        for (int b = 0; b < logical.Length; b++)
        {
            int mapped = 0;
            for (int l = 0; l < 8; l++)
                if (((b >> l) & 1) != 0) mapped |= 1 << routed.FinalLayout[l];
            Assert.True((logical[b] - physical[mapped]).Magnitude < StateTolerance);
        }
    }

    [Fact]
    public void HardwareEfficientGradientMatchesFiniteDifferences()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var hea = HardwareEfficientAnsatz.Create(4, 2, EntanglerKind.Ring, HartreeFockState.BasisIndex(2, 1, 1));
        Assert.Equal(2 * 4 * 3, hea.NumParameters);
        Assert.Equal(2 * 4, hea.ToCircuit().CnotCount); // a ring of 4 CNOTs per layer, 2 layers
        var theta = RandomPoint(hea.NumParameters, 9, 1.0);
        var g = new double[hea.NumParameters];
        hea.ValueAndGradient(sys.Qubit, theta, g);
        var state = StateVector.Zero(4);
        for (int k = 0; k < theta.Length; k++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[k] += FiniteDifferenceStep;
            minus[k] -= FiniteDifferenceStep;
            hea.Prepare(state, plus);
            double ep = state.Expectation(sys.Qubit);
            hea.Prepare(state, minus);
            double em = state.Expectation(sys.Qubit);
            Assert.True(Math.Abs((ep - em) / (2 * FiniteDifferenceStep) - g[k]) < FiniteDifferenceTolerance);
        }
    }
}
