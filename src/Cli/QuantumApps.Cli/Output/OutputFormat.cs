namespace QuantumApps.Cli.Output;

/// <summary>How a results command prints: an aligned text table or a JSON document.</summary>
public enum OutputFormat
{
    Table,
    Json,
}
