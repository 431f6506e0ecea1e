using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// Pauli terms that pairwise qubit-wise commute, so one measurement setting yields all of them.
/// <see cref="Basis"/> holds, per qubit, the letter the group measures (I where no term acts). Measuring in
/// that basis means rotating the state by V with V σ V† = Z on each qubit — X: H; Y: H·S† (S† first) — and
/// reading computational-basis bits b; term c·P then contributes c·(−1)^|b ∧ supp P| to the shot's value.
/// <see cref="Weight"/> = Σ|c| of the terms.
/// </summary>
public sealed record MeasurementGroup(IReadOnlyList<PauliTerm> Terms, PauliString Basis)
{
    /// <summary>Σ|c| over the group's terms.</summary>
    public double Weight => Terms.Sum(t => t.Coefficient.Magnitude);

    /// <summary>The group's summed observable O_g = Σ c·P on <paramref name="numQubits"/> qubits.</summary>
    public PauliSum ToPauliSum(int numQubits) => PauliSum.FromTerms(numQubits, Terms);

    /// <summary>Applies the basis change V to <paramref name="state"/> in place (X → H; Y → S† then H; Z, I → nothing).</summary>
    public void RotateIntoBasis(StateVector state)
    {
        for (ulong m = Basis.X; m != 0; m &= m - 1)
        {
            int q = System.Numerics.BitOperations.TrailingZeroCount(m);
            if (((Basis.Z >> q) & 1) != 0) state.ApplyDiagonal1(q, 1, -System.Numerics.Complex.ImaginaryOne);
            state.ApplyH(q);
        }
    }

    /// <summary>Σ_t Re(c_t)·(−1)^|b ∧ supp P_t|: the value of O_g on outcome b after <see cref="RotateIntoBasis"/>.</summary>
    public double ValueOf(ulong outcome)
    {
        double v = 0;
        foreach (var t in Terms)
        {
            ulong support = t.Pauli.X | t.Pauli.Z;
            v += (System.Numerics.BitOperations.PopCount(outcome & support) & 1) == 0 ? t.Coefficient.Real : -t.Coefficient.Real;
        }
        return v;
    }

    public bool Equals(MeasurementGroup? other) => other is not null && Basis == other.Basis && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => HashCode.Combine(Basis, Terms.Count);
}
