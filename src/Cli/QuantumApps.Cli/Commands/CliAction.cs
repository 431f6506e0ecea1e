using QuantumApps.Cli.Output;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// Runs a command body and turns failures into one-line messages on stderr with a non-zero exit code
/// (<see cref="ExitCodes"/>): 1 for bad input files, impossible requests (<see cref="QuantumAppsException"/>) and internal
/// errors (reported without a stack trace; set QUANTUMAPPS_DEBUG=1 to see it), 2 for an invalid setting rejected by a
/// library (<see cref="ArgumentException"/>: a usage error), 130 when cancelled by Ctrl-C.
/// </summary>
public static class CliAction
{
    /// <summary>Runs <paramref name="body"/> and maps exceptions to exit codes.</summary>
    public static int Run(Func<int> body) => Run(body, Console.Error);

    /// <summary>As <see cref="Run(Func{int})"/> with the error line written to <paramref name="error"/> (tests pass
    /// their own writer instead of redirecting the process-wide <see cref="Console.Error"/>).</summary>
    internal static int Run(Func<int> body, TextWriter error)
    {
        try
        {
            return body();
        }
        catch (QuantumAppsException e)
        {
            error.WriteLine($"error: {ErrorText.Clean(e.Message)}");
            return ExitCodes.Failure;
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // Libraries below the CLI (e.g. the optimizers) reject invalid settings with ArgumentException.
            error.WriteLine($"error: {ErrorText.Clean(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("error: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (OutOfMemoryException)
        {
            error.WriteLine("error: out of memory; try a smaller problem");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            error.WriteLine($"internal error: {e.GetType().Name}: {ErrorText.Clean(e.Message)}");
            if (Environment.GetEnvironmentVariable("QUANTUMAPPS_DEBUG") == "1") error.WriteLine(e);
            return ExitCodes.Failure;
        }
    }
}
