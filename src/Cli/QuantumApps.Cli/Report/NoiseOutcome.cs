using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator.Noise;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the noise section shows: the H2 VQE energy error E_noisy − E_FCI at each two-qubit depolarizing rate
/// p₂ (p₁ = p₂/10, exact density matrix) and without noise; the 8-node 3-regular QAOA instance (graph, optimised
/// angles, the driver's ⟨C⟩, the brute-force optimum C_max) with its gate-level ⟨C⟩ and the ratio ⟨C⟩/C_max at each rate;
/// the Goemans–Williamson and random-assignment (W/2) ratios; and the shots + trajectories cross-check at p₁ = 1e-3,
/// p₂ = 1e-2 against the density matrix; and the three H2 circuits (<see cref="NoiseCircuitRun"/>: UCCSD, 4-qubit 3-CNOT,
/// 2-qubit 1-CNOT) without and with zero-noise extrapolation over the scan and at <see cref="DeviceNoise"/>.
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
    double CrossCheckExact,
    IReadOnlyList<NoiseCircuitRun> H2Circuits,
    NoiseModel DeviceNoise)
{
    /// <summary>QAOA ratio after zero-noise extrapolation (Richardson, λ = 1, 3, 5) at each rate of the scan (empty when not computed).</summary>
    public IReadOnlyList<double> QaoaZneRatios { get; init; } = [];

    /// <summary>QAOA ratio after linear zero-noise extrapolation at each rate of the scan.</summary>
    public IReadOnlyList<double> QaoaZneLinearRatios { get; init; } = [];

    /// <summary>QAOA ratio at the device's error rates (<see cref="DeviceNoise"/>), unmitigated.</summary>
    public double QaoaDeviceRatio { get; init; } = double.NaN;

    /// <summary>QAOA ratio at the device's error rates with zero-noise extrapolation (Richardson).</summary>
    public double QaoaDeviceZneRatio { get; init; } = double.NaN;

    /// <summary>The LiH noisy curve (the chemistry section's circuits under its noise) without and with zero-noise extrapolation.</summary>
    public IReadOnlyList<NoiseZnePoint> LiH { get; init; } = [];

    /// <summary>H2 VQE energy error at p₂ = 1e-3 (Ha).</summary>
    public double VqeErrorAt1e3 => VqeErrors[2];

    /// <summary>Noiseless QAOA ratio ⟨C⟩/C_max from the driver.</summary>
    public double QaoaRatioNoiseless => QaoaExpectation / QaoaOptimum;

    /// <summary>QAOA ratio at p₂ = 1e-2.</summary>
    public double QaoaRatioAt1e2 => QaoaRatios[4];

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>noise.*</c>): the H2 VQE energy error (Ha) at p₂ = 1e-3 and
    /// 1e-2 and without noise, the CNOTs of both circuits, and the 8-node QAOA ratio noiseless, at p₂ = 1e-2 and 0.1,
    /// against Goemans–Williamson and a random assignment; for each H2 circuit k (uccsd, minimal4q, minimal2q)
    /// <c>noise.h2.k.*</c>: CNOTs, the error (Ha) at p₂ = 1e-3 without and with ZNE (|Richardson − FCI|), at the device's
    /// rates without and with ZNE, and the largest p₂ of the scan up to which it stays within chemical accuracy without and
    /// with ZNE (0 when none); the 8-node QAOA ratio with ZNE at p₂ = 1e-2 and 0.1 and at the device's rates without and
    /// with ZNE (<c>noise.qaoa.zne_*</c>, <c>noise.qaoa.ratio_device</c>); for the LiH curve (<c>noise.lih.*</c>) the number of
    /// points, the largest |error| (Ha) without and with ZNE, the largest standard error of the ZNE estimate, the points
    /// shown within chemical accuracy after ZNE (|error| + 2σ ≤ 1.6 mHa), the trajectories per scale factor used and the most
    /// the worst point would need for σ = 1.6 mHa; and the device depolarizing probabilities.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var m = Headline();
        double acc = QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree;
        foreach (var r in H2Circuits)
        {
            string k = "noise.h2." + r.Key;
            m[k + ".cnots"] = r.Cnots;
            m[k + ".qubits"] = r.Qubits;
            m[k + ".error_p2_1e-3_ha"] = r.Errors[2];
            m[k + ".zne_abs_error_p2_1e-3_ha"] = Math.Abs(r.ZneErrors[2]);
            m[k + ".error_device_ha"] = r.DeviceError;
            m[k + ".zne_abs_error_device_ha"] = Math.Abs(r.DeviceZneError);
            m[k + ".max_p2_within_accuracy"] = NoiseCircuitRun.LargestRateWithin(Rates, r.Errors, acc);
            m[k + ".zne_max_p2_within_accuracy"] = NoiseCircuitRun.LargestRateWithin(Rates, r.ZneErrors, acc);
        }
        if (QaoaZneRatios.Count == Rates.Count)
        {
            m["noise.qaoa.zne_ratio_p2_1e-2"] = QaoaZneRatios[4];
            m["noise.qaoa.zne_ratio_p2_1e-1"] = QaoaZneRatios[^1];
            m["noise.qaoa.ratio_device"] = QaoaDeviceRatio;
            m["noise.qaoa.zne_ratio_device"] = QaoaDeviceZneRatio;
        }
        if (LiH.Count > 0)
        {
            m["noise.lih.points"] = LiH.Count;
            m["noise.lih.max_abs_error_ha"] = LiH.Max(p => Math.Abs(p.Error));
            m["noise.lih.zne_max_abs_error_ha"] = LiH.Max(p => Math.Abs(p.ZneError));
            m["noise.lih.zne_max_standard_error_ha"] = LiH.Max(p => p.RichardsonStandardError);
            m["noise.lih.zne_within_accuracy"] = LiH.Count(p => p.ZneWithinAccuracy);
            m["noise.lih.zne_trajectories_for_accuracy"] = LiH.Max(p => p.TrajectoriesForAccuracy);
            m["noise.lih.trajectories"] = LiH[0].Trajectories;
        }
        m["noise.device.p1"] = DeviceNoise.Depolarizing1;
        m["noise.device.p2"] = DeviceNoise.Depolarizing2;
        return m;
    }

    private Dictionary<string, double> Headline() => new()
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
