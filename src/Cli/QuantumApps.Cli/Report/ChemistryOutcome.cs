using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the chemistry section shows and later sections need: the seed and mode of the run, both dissociation
/// curves, the H2 (0.74 Å) UCCSD circuit lowered to CNOTs and one-qubit gates with its optimised parameters and
/// Hamiltonian, headline numbers of the curves, and the H4 chain (four correlated electrons, where CCSD is not exact;
/// null in outcomes made before it was added).
/// </summary>
public sealed record ChemistryOutcome(
    long Seed,
    bool Quick,
    DissociationCurve H2,
    DissociationCurve LiH,
    Circuit H2Circuit,
    double[] H2Parameters,
    PauliSum H2Hamiltonian,
    double H2Fci,
    double H2FciSeconds,
    double MaxVqeErrorHartree,
    int LargestVqeQubits,
    double LiHFciSeconds,
    double LiHVqeSeconds,
    double H2NoisyError,
    double LiHNoisyError,
    DissociationCurve? H4 = null)
{
    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>chemistry.*</c>; energies in hartree, times in seconds):
    /// noiseless and noisy VQE errors against FCI, the largest |CCSD − FCI| over both curves, and the FCI and VQE wall
    /// times of the curves; for H4 (<c>chemistry.h4.*</c>) the largest |CCSD − FCI| over converged points, the spacings
    /// where CCSD did not converge, the largest E_VQE − E_FCI, the spacings where VQE is closer to FCI than CCSD (or
    /// CCSD failed), the number of spacings and qubits, and the FCI and VQE times.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var all = H2.Points.Concat(LiH.Points).ToList();
        var ccsd = all.Where(p => !double.IsNaN(p.Ccsd)).Select(p => Math.Abs(p.Ccsd - p.Fci)).DefaultIfEmpty(double.NaN).Max();
        var m = new Dictionary<string, double>
        {
            ["chemistry.chemical_accuracy_ha"] = QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree,
            ["chemistry.max_vqe_error_ha"] = MaxVqeErrorHartree,
            ["chemistry.h2.noisy_error_ha"] = H2NoisyError,
            ["chemistry.lih.noisy_error_ha"] = LiHNoisyError,
            ["chemistry.lih.qubits"] = LiH.Qubits,
            ["chemistry.max_ccsd_error_ha"] = ccsd,
            ["chemistry.h2.fci_seconds"] = H2.FciSeconds,
            ["chemistry.h2.vqe_seconds"] = H2.VqeSeconds,
            ["chemistry.lih.fci_seconds"] = LiHFciSeconds,
            ["chemistry.lih.vqe_seconds"] = LiHVqeSeconds,
            ["chemistry.lih.vqe_over_fci_time"] = LiHVqeSeconds / LiHFciSeconds,
        };
        if (H4 is { } h4)
        {
            m["chemistry.h4.max_ccsd_error_ha"] = h4.MaxCcsdError;
            m["chemistry.h4.ccsd_unconverged"] = h4.Points.Count(p => double.IsNaN(p.Ccsd));
            m["chemistry.h4.max_vqe_error_ha"] = h4.MaxVqeError;
            m["chemistry.h4.vqe_closer_than_ccsd"] = h4.Points.Count(p => double.IsNaN(p.Ccsd) || Math.Abs(p.Vqe.Energy - p.Fci) < Math.Abs(p.Ccsd - p.Fci));
            m["chemistry.h4.points"] = h4.Points.Count;
            m["chemistry.h4.qubits"] = h4.Qubits;
            m["chemistry.h4.fci_seconds"] = h4.FciSeconds;
            m["chemistry.h4.vqe_seconds"] = h4.VqeSeconds;
        }
        return m;
    }
}
