namespace QuantumApps.Cli.Report;

/// <summary>Headline numbers of the noise section, for the claims table.</summary>
public sealed record NoiseOutcome(double VqeErrorAt1e3, double QaoaRatioNoiseless, double QaoaRatioAt1e2, double RandomRatio, double GwRatio);
