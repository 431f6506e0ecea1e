using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator.Noise;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the noise section shows: the H2 VQE energy error E_noisy − E_FCI at each two-qubit depolarizing rate
/// p₂ (p₁ = p₂/10, exact density matrix) and without noise; the 8-node 3-regular QAOA instance (graph, optimised
/// angles, the driver's ⟨C⟩, the brute-force optimum C_max) with its gate-level ⟨C⟩ and the ratio ⟨C⟩/C_max at each rate;
/// the Goemans–Williamson and random-assignment (W/2) ratios; and the shots + trajectories cross-check at p₁ = 1e-3,
/// p₂ = 1e-2 against the density matrix.
/// </summary>
public sealed record NoiseOutcome(
    IReadOnlyList<double> Rates,
    IReadOnlyList<double> VqeErrors,
    double VqeErrorNoiseless,
    int H2Cnots,
    Graph QaoaGraph,
    IReadOnlyList<double> QaoaGammas,
    IReadOnlyList<double> QaoaBetas,
    double QaoaExpectation,
    double QaoaOptimum,
    int QaoaCnots,
    double QaoaGateLevelExpectation,
    IReadOnlyList<double> QaoaRatios,
    double GwRatio,
    double RandomRatio,
    NoisyEstimate CrossCheck,
    double CrossCheckExact)
{
    /// <summary>H2 VQE energy error at p₂ = 1e-3 (Ha).</summary>
    public double VqeErrorAt1e3 => VqeErrors[2];

    /// <summary>Noiseless QAOA ratio ⟨C⟩/C_max from the driver.</summary>
    public double QaoaRatioNoiseless => QaoaExpectation / QaoaOptimum;

    /// <summary>QAOA ratio at p₂ = 1e-2.</summary>
    public double QaoaRatioAt1e2 => QaoaRatios[4];

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>noise.*</c>): the H2 VQE energy error (Ha) at p₂ = 1e-3 and
    /// 1e-2 and without noise, the CNOTs of both circuits, and the 8-node QAOA ratio noiseless, at p₂ = 1e-2 and 0.1,
    /// against Goemans–Williamson and a random assignment.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements() => new Dictionary<string, double>
    {
        ["noise.h2.vqe_error_p2_1e-3_ha"] = VqeErrorAt1e3,
        ["noise.h2.vqe_error_p2_1e-2_ha"] = VqeErrors[4],
        ["noise.h2.vqe_error_noiseless_ha"] = VqeErrorNoiseless,
        ["noise.h2.cnots"] = H2Cnots,
        ["noise.qaoa.cnots"] = QaoaCnots,
        ["noise.qaoa.ratio_noiseless"] = QaoaRatioNoiseless,
        ["noise.qaoa.ratio_p2_1e-2"] = QaoaRatioAt1e2,
        ["noise.qaoa.ratio_p2_1e-1"] = QaoaRatios[^1],
        ["noise.gw_ratio"] = GwRatio,
        ["noise.random_ratio"] = RandomRatio,
    };
}
