using QuantumApps.Variational.Experiments;

namespace QuantumApps.Cli.Report;

/// <summary>Everything the data-loading section shows: the seed of the random vectors, the largest size simulated as a check, and one row per n.</summary>
public sealed record DataLoadingOutcome(long Seed, int SimulatedUpTo, IReadOnlyList<DataLoadingRow> Rows)
{
    /// <summary>Smallest n of the CNOT-growth fit (below it the −4 of 2^{n+1} − 4 bends the log-log line).</summary>
    public const int FitFromQubits = 4;

    /// <summary>Slope b of log2(CNOTs) = a + b·log2(N) over the rows with n ≥ <see cref="FitFromQubits"/>: CNOTs ∝ N^b.</summary>
    public double CnotExponent
    {
        get
        {
            var fit = Rows.Where(r => r.NumQubits >= FitFromQubits).ToList();
            return LinearFit.Fit(fit.Select(r => (double)r.NumQubits).ToArray(), fit.Select(r => Math.Log2(r.Cnots)).ToArray()).Slope;
        }
    }

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>dataload.*</c>): largest n and N; the CNOT exponent b
    /// (CNOTs ∝ N^b); at the largest N the CNOTs per number, one load's schedule against one classical read of the N numbers
    /// (<c>load_over_read_largest</c>), the device time of one shot, the classical read and compile times, the expected
    /// fidelity all-to-all and on a linear chain; the largest n whose circuit is feasible all-to-all (0 when none); the
    /// largest |prepared − input| amplitude over the simulated sizes.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var last = Rows[^1];
        var feasible = Rows.Where(r => r.Feasible).Select(r => r.NumQubits).DefaultIfEmpty(0).Max();
        var errors = Rows.Where(r => !double.IsNaN(r.MaxStateError)).Select(r => r.MaxStateError).DefaultIfEmpty(double.NaN).Max();
        return new Dictionary<string, double>
        {
            ["dataload.largest_n"] = last.NumQubits,
            ["dataload.largest_features"] = last.Features,
            ["dataload.cnot_exponent"] = CnotExponent,
            ["dataload.cnots_largest"] = last.Cnots,
            ["dataload.cnots_per_feature_largest"] = (double)last.Cnots / last.Features,
            ["dataload.load_seconds_largest"] = last.LoadSeconds,
            ["dataload.shot_seconds_largest"] = last.ShotSeconds,
            ["dataload.read_seconds_largest"] = last.ReadSeconds,
            ["dataload.compile_seconds_largest"] = last.CompileSeconds,
            ["dataload.load_over_read_largest"] = last.LoadSeconds / last.ReadSeconds,
            ["dataload.fidelity_largest"] = last.FidelityAllToAll,
            ["dataload.fidelity_chain_largest"] = last.FidelityLinearChain,
            ["dataload.largest_feasible_n"] = feasible,
            ["dataload.max_state_error"] = errors,
            ["dataload.simulated_up_to"] = SimulatedUpTo,
        };
    }
}
