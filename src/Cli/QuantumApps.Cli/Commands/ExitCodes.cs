namespace QuantumApps.Cli.Commands;

/// <summary>
/// The exit codes of every <c>quantumapps</c> command (documented in the README).
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything requested succeeded.</summary>
    public const int Ok = 0;

    /// <summary>A runtime failure: unreadable or malformed input file, work refused (e.g. too large for memory), internal error.</summary>
    public const int Failure = 1;

    /// <summary>A usage error: unknown command or option, an option value that is not one of its valid values.</summary>
    public const int Usage = 2;

    /// <summary>Some requested methods succeeded and some failed or were refused; the output carries every method with its status.</summary>
    public const int Partial = 3;

    /// <summary>Interrupted (Ctrl-C); results finished before the interruption were kept.</summary>
    public const int Cancelled = 130;
}
