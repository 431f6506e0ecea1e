using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps classify</c> (see the README section "Machine learning").</summary>
public sealed record ClassifyOptions(string Data, string? Label, string? Classes, int? Features, string Models, int Layers, int Shots,
    double TestFraction, int Folds, int Epochs, int Seed, OutputFormat Format, bool Quiet);
