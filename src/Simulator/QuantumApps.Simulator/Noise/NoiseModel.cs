using System.Globalization;

namespace QuantumApps.Simulator.Noise;

/// <summary>
/// A gate-based noise model (immutable, value equality). After every gate of a circuit, in this order:
/// <list type="number">
/// <item>a gate on one qubit is followed by the depolarizing channel
/// ρ → (1 − p₁)ρ + (p₁/3)(XρX + YρY + ZρZ) on that qubit (total error probability p₁; p₁ = 3/4 fully depolarizes);
/// a gate on two qubits by ρ → (1 − p₂)ρ + (p₂/15) Σ_{P ≠ II} PρP over the 15 non-identity two-qubit Paulis;</item>
/// <item>amplitude damping with probability γ on every qubit the gate touches:
/// Kraus operators K₀ = diag(1, √(1 − γ)), K₁ = √γ·|0⟩⟨1| (energy relaxation |1⟩ → |0⟩).</item>
/// </list>
/// <see cref="Readout"/> r flips each measured bit independently with probability r (a classical channel after the
/// measurement), so a measured Pauli of weight w has its expectation multiplied by (1 − 2r)^w.
/// Gates on more than two qubits are refused by the simulators (decompose them first); gates on no qubit get no noise.
/// Parsed from <c>depolarizing:p1,p2[;damping:g][;readout:r]</c> by <see cref="Parse"/>.
/// </summary>
public sealed record NoiseModel
{
    /// <summary>Creates a model after checking that every probability lies in [0, 1].</summary>
    public NoiseModel(double depolarizing1, double depolarizing2 = 0, double amplitudeDamping = 0, double readout = 0)
    {
        Depolarizing1 = Check(depolarizing1, "one-qubit depolarizing probability p1");
        Depolarizing2 = Check(depolarizing2, "two-qubit depolarizing probability p2");
        AmplitudeDamping = Check(amplitudeDamping, "amplitude damping probability");
        Readout = Check(readout, "readout error probability");
    }

    /// <summary>The noiseless model.</summary>
    public static NoiseModel None { get; } = new(0, 0, 0, 0);

    /// <summary>p₁: probability of a random X, Y or Z (each p₁/3) after a one-qubit gate.</summary>
    public double Depolarizing1 { get; }

    /// <summary>p₂: probability of a random non-identity two-qubit Pauli (each p₂/15) after a two-qubit gate.</summary>
    public double Depolarizing2 { get; }

    /// <summary>γ: amplitude damping probability per gate on each touched qubit.</summary>
    public double AmplitudeDamping { get; }

    /// <summary>r: probability that a measured bit is reported flipped.</summary>
    public double Readout { get; }

    /// <summary>True when the circuit channels are all zero (readout may still be noisy).</summary>
    public bool IsGateNoiseless => Depolarizing1 == 0 && Depolarizing2 == 0 && AmplitudeDamping == 0;

    /// <summary>True when every probability is zero.</summary>
    public bool IsNoiseless => IsGateNoiseless && Readout == 0;

    /// <summary>The same model with depolarizing rates p₁ = p and p₂ = p (handy for sweeps).</summary>
    public static NoiseModel Depolarizing(double p) => new(p, p);

    /// <summary>
    /// Parses <c>depolarizing:p1,p2[;damping:g][;readout:r]</c> (items separated by ';', in any order, each at most
    /// once; "none" or "0" means no noise). Numbers use invariant culture. Throws a <see cref="QuantumAppsException"/>
    /// naming the offending item for bad syntax or a probability outside [0, 1].
    /// </summary>
    public static NoiseModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string spec = text.Trim();
        if (spec.Length == 0) throw new QuantumAppsException("noise spec is empty; expected depolarizing:p1,p2[;damping:g][;readout:r]");
        if (spec.Equals("none", StringComparison.OrdinalIgnoreCase) || spec == "0") return None;
        double p1 = 0, p2 = 0, g = 0, r = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string rawItem in spec.Split(';'))
        {
            string item = rawItem.Trim();
            int colon = item.IndexOf(':');
            if (colon <= 0) throw new QuantumAppsException($"noise spec '{text}': item '{item}' must look like name:value (expected depolarizing:p1,p2[;damping:g][;readout:r])");
            string name = item[..colon].Trim().ToLowerInvariant();
            string[] values = item[(colon + 1)..].Split(',');
            if (!seen.Add(name)) throw new QuantumAppsException($"noise spec '{text}': channel '{name}' is given twice");
            switch (name)
            {
                case "depolarizing":
                    if (values.Length != 2) throw new QuantumAppsException($"noise spec '{text}': depolarizing takes two probabilities p1,p2 (one- and two-qubit gates), got {values.Length}");
                    p1 = Number(text, "depolarizing p1", values[0]);
                    p2 = Number(text, "depolarizing p2", values[1]);
                    break;
                case "damping":
                    g = Single(text, name, values);
                    break;
                case "readout":
                    r = Single(text, name, values);
                    break;
                default:
                    throw new QuantumAppsException($"noise spec '{text}': unknown channel '{name}' (expected depolarizing, damping or readout)");
            }
        }
        return new NoiseModel(p1, p2, g, r);
    }

    /// <summary>Canonical text accepted by <see cref="Parse"/>.</summary>
    public override string ToString() => FormattableString.Invariant($"depolarizing:{Depolarizing1:R},{Depolarizing2:R};damping:{AmplitudeDamping:R};readout:{Readout:R}");

    private static double Single(string text, string name, string[] values)
    {
        if (values.Length != 1) throw new QuantumAppsException($"noise spec '{text}': {name} takes one probability, got {values.Length}");
        return Number(text, name, values[0]);
    }

    private static double Number(string text, string what, string value)
    {
        if (!double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            throw new QuantumAppsException($"noise spec '{text}': {what} '{value.Trim()}' is not a number");
        if (!(v >= 0 && v <= 1)) throw new QuantumAppsException($"noise spec '{text}': {what} = {value.Trim()} is outside [0, 1]");
        return v;
    }

    private static double Check(double p, string what)
    {
        if (!(p >= 0 && p <= 1)) throw new QuantumAppsException($"{what} must lie in [0, 1], got {p.ToString("R", CultureInfo.InvariantCulture)}");
        return p;
    }
}
