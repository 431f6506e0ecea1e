namespace QuantumApps.Simulator;

/// <summary>
/// An error caused by the user's input or request (malformed file, impossible option, problem too large
/// for memory). Its <see cref="Exception.Message"/> is a complete one-line explanation naming the file,
/// line and problem; the CLI prints it to stderr and exits with a non-zero code, never a stack trace.
/// </summary>
public class QuantumAppsException : Exception
{
    /// <summary>Creates the exception with a complete, user-facing one-line message.</summary>
    public QuantumAppsException(string message) : base(message) { }

    /// <summary>Creates the exception with a user-facing message and the underlying cause.</summary>
    public QuantumAppsException(string message, Exception inner) : base(message, inner) { }
}
