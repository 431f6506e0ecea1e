namespace QuantumApps.Cli.Commands;

/// <summary>
/// Ctrl-C handling of the process: the first Ctrl-C cancels <see cref="Token"/> (long library calls stop at their next
/// check, within a second, and commands keep the results finished so far); a second Ctrl-C ends the process at once.
/// SIGTERM (what <c>kill</c>, Slurm and Kubernetes send before SIGKILL) is handled like the first Ctrl-C, so a stopped
/// job keeps its finished results and leaves no temporary files.
/// </summary>
public static class CliCancellation
{
    private static readonly CancellationTokenSource Source = new();
    private static int _installed;
    private static System.Runtime.InteropServices.PosixSignalRegistration? _terminate;

    /// <summary>Cancelled by the first Ctrl-C once <see cref="Install"/> ran; never cancelled otherwise (tests).</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>Hooks Ctrl-C and SIGTERM (once per process).</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1) return;
        Console.CancelKeyPress += (_, e) =>
        {
            if (Source.IsCancellationRequested) return;
            e.Cancel = true;
            Console.Error.WriteLine("interrupted: stopping after the current step (Ctrl-C again to abort)");
            Source.Cancel();
        };
        _terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            if (Source.IsCancellationRequested) return;
            context.Cancel = true;
            Console.Error.WriteLine("terminated: stopping after the current step");
            Source.Cancel();
        });
    }
}
