using System.Globalization;
using QuantumApps.Simulator.Operators;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Cli.Report;

/// <summary>
/// The run files of the QAOA depths a report section ran, so another tool can check them: per depth p an angles file in
/// the `--angles FILE` format (a <c>#</c> comment line, then γ_1 … γ_p, then β_1 … β_p in radians, round-trip
/// formatted) and the gate-level circuit of <see cref="QaoaGateCircuit.Build"/> as OpenQASM 2.0.
/// </summary>
public static class QaoaRunFiles
{
    /// <summary>
    /// Adds <c>{stem}-p{p}-angles.txt</c> and <c>{stem}-p{p}.qasm</c> to <paramref name="doc"/> for every run and returns the
    /// two lists of file names (markdown code spans) for the section's table.
    /// </summary>
    /// <param name="doc">The report document whose <see cref="ReportDocument.Files"/> receive the files.</param>
    /// <param name="stem">Path of the files without the depth suffix, e.g. <c>maxcut-runs/n8</c>.</param>
    /// <param name="cost">The cost operator the circuits exponentiate.</param>
    /// <param name="qubits">Number of qubits of the circuits.</param>
    /// <param name="runs">Depth, angles and expectation value of each run.</param>
    /// <param name="comment">The rest of the comment line after "# QAOA p={p} on ", given the run's expectation value.</param>
    public static (List<string> Angles, List<string> Circuits) Add(ReportDocument doc, string stem, PauliSum cost, int qubits,
        IEnumerable<(int Depth, IReadOnlyList<double> Gammas, IReadOnlyList<double> Betas, double Expectation)> runs,
        Func<double, string> comment)
    {
        var inv = CultureInfo.InvariantCulture;
        var angleFiles = new List<string>();
        var circuitFiles = new List<string>();
        foreach (var (depth, gammas, betas, expectation) in runs)
        {
            string angles = $"{stem}-p{depth}-angles.txt";
            doc.Files[angles] = $"# QAOA p={depth} on {comment(expectation)}\n" +
                                string.Join(" ", gammas.Select(v => v.ToString("R", inv))) + "\n" + string.Join(" ", betas.Select(v => v.ToString("R", inv))) + "\n";
            string qasm = $"{stem}-p{depth}.qasm";
            doc.Files[qasm] = QaoaGateCircuit.Build(cost, qubits, gammas, betas).ToQasm([]);
            angleFiles.Add($"`{angles}`");
            circuitFiles.Add($"`{qasm}`");
        }

        return (angleFiles, circuitFiles);
    }
}
