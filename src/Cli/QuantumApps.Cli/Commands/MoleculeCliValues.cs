using QuantumApps.Cli.Output;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// Converts the named option values of the molecule commands (--mapping, --ansatz, --optimizer, --initial,
/// --noise-method, --methods) into library enums at the CLI edge. An invalid value is a usage error: one line
/// <c>error: …</c> listing the valid values, exit code 2 (<see cref="ExitCodes.Usage"/>).
/// </summary>
public static class MoleculeCliValues
{
    /// <summary>Help name of --mapping.</summary>
    public const string MappingHelp = "jordan-wigner|parity|bravyi-kitaev";

    /// <summary>Help name of --methods.</summary>
    public static string MethodsHelp => string.Join(",", LadderMethodNames.Names);

    /// <summary>Parses a --mapping value.</summary>
    public static MappingKind Mapping(string text)
    {
        try
        {
            return QubitHamiltonian.ParseKind(text);
        }
        catch (QuantumAppsException)
        {
            throw new QuantumAppsException($"--mapping must be one of jordan-wigner, parity, bravyi-kitaev, not '{text}'");
        }
    }

    /// <summary>Checks an --scf-max-iterations value (null = default; at least 1, else a usage error).</summary>
    public static int? ScfMaxIterations(int? value) =>
        value is < 1 ? throw new QuantumAppsException($"--scf-max-iterations must be at least 1, got {value}") : value;

    /// <summary>Parses an --optimizer value.</summary>
    public static OptimizerKind Optimizer(string text) =>
        OptimizerFactory.TryParse(text, out var kind) ? kind
            : throw new QuantumAppsException($"--optimizer: unknown optimizer '{text}'; valid optimizers: {string.Join(", ", OptimizerFactory.Names)}");

    /// <summary>
    /// Reads the values with <paramref name="read"/> and runs <paramref name="run"/> on them; a
    /// <see cref="QuantumAppsException"/> from <paramref name="read"/> is a usage error (stderr line, exit code 2).
    /// </summary>
    public static int Run<T>(Func<T> read, Func<T, int> run)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(run);
        T values;
        try
        {
            values = read();
        }
        catch (QuantumAppsException e)
        {
            Console.Error.WriteLine($"error: {ErrorText.Clean(e.Message)}");
            return ExitCodes.Usage;
        }

        return run(values);
    }
}
