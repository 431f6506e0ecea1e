using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Noise;

/// <summary>
/// Symmetric readout error: each measured bit is reported flipped with probability r, independently. A Pauli term
/// of weight w is read as the parity of w bits, so its expected value becomes (1 − 2r)^w·⟨P⟩.
/// </summary>
public static class ReadoutError
{
    /// <summary>H' = Σ c_P (1 − 2r)^{w(P)} P: the operator whose exact expectation equals the noisy-readout average of H.</summary>
    public static PauliSum Attenuate(PauliSum h, double readout)
    {
        ArgumentNullException.ThrowIfNull(h);
        if (!(readout >= 0 && readout <= 1)) throw new QuantumAppsException($"readout error probability must lie in [0, 1], got {readout}");
        if (readout == 0) return h;
        double f = 1 - 2 * readout;
        return PauliSum.FromTerms(h.NumQubits, h.Terms.Select(t => new PauliTerm(t.Pauli, t.Coefficient * Math.Pow(f, t.Pauli.Weight))), threshold: 0);
    }

    /// <summary>Flips each bit of <paramref name="mask"/> in <paramref name="outcome"/> with probability <paramref name="readout"/>.</summary>
    public static ulong Corrupt(ulong outcome, ulong mask, double readout, Random rng)
    {
        if (readout == 0) return outcome;
        for (ulong m = mask; m != 0; m &= m - 1)
            if (rng.NextDouble() < readout) outcome ^= m & (~m + 1);
        return outcome;
    }
}
