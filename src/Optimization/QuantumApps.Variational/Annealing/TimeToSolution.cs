namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Time to solution with 99 % confidence (Rønnow et al., Science 345, 420 (2014), eq. 1): a run of length τ that
/// succeeds with probability p must be repeated R = ln(1 − 0.99)/ln(1 − p) times, so TTS99(τ) = τ·ln(0.01)/ln(1 − p).
/// Convention: one run is the least one can do, so TTS99 = τ when p ≥ 0.99; p = 0 gives +∞. The optimal TTS is the
/// minimum over the run lengths tried.
/// </summary>
public static class TimeToSolution
{
    /// <summary>Target confidence, 0.99.</summary>
    public const double Confidence = 0.99;

    /// <summary>TTS99(τ) for a run of length <paramref name="runLength"/> that succeeds with probability <paramref name="successProbability"/>.</summary>
    public static double Tts99(double runLength, double successProbability)
    {
        if (!(successProbability >= 0 && successProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(successProbability), successProbability, "a probability must be in [0, 1]");
        }

        if (successProbability >= Confidence)
        {
            return runLength;
        }

        return successProbability <= 0 ? double.PositiveInfinity : runLength * Math.Log(1 - Confidence) / Math.Log(1 - successProbability);
    }
}
