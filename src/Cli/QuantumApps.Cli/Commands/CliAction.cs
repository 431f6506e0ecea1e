using QuantumApps.Simulator;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// Runs a command body and turns failures into one-line messages on stderr with a non-zero exit code:
/// 1 for bad input or impossible requests (<see cref="QuantumAppsException"/>), 2 for internal errors
/// (reported without a stack trace; set QUANTUMAPPS_DEBUG=1 to see it).
/// </summary>
public static class CliAction
{
    /// <summary>Runs <paramref name="body"/> and maps exceptions to exit codes.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (QuantumAppsException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // Libraries below the CLI (e.g. the optimizers) reject invalid settings with ArgumentException.
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: cancelled");
            return 130;
        }
        catch (OutOfMemoryException)
        {
            Console.Error.WriteLine("error: out of memory; try a smaller problem");
            return 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("QUANTUMAPPS_DEBUG") == "1") Console.Error.WriteLine(e);
            return 2;
        }
    }
}
