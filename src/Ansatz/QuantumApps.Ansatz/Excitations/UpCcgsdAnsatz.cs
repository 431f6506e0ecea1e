using QuantumApps.Ansatz.References;
using QuantumApps.Simulator;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// k-UpCCGSD (Lee, Huggins, Head-Gordon, Whaley, JCTC 15, 311 (2019)): k layers, each with generalised singles
/// (every spatial pair p &lt; q, the α and β rotations p → q sharing one parameter, so the layer is spin-adapted)
/// followed by generalised paired doubles (p α, p β → q α, q β for every p &lt; q), each layer with its own
/// parameters: k·n(n−1) parameters for n spatial orbitals, on the Hartree–Fock determinant.
/// </summary>
public static class UpCcgsdAnsatz
{
    /// <summary>The k-UpCCGSD ansatz with <paramref name="layers"/> = k ≥ 1.</summary>
    public static ExcitationAnsatz Create(int numOrbitals, int numAlpha, int numBeta, int layers)
    {
        if (layers < 1) throw new QuantumAppsException($"k-UpCCGSD needs at least one layer, got {layers}");
        var steps = new List<ExcitationStep>();
        int parameter = 0;
        for (int layer = 0; layer < layers; layer++)
        {
            for (int p = 0; p < numOrbitals; p++)
                for (int q = p + 1; q < numOrbitals; q++)
                {
                    steps.Add(new ExcitationStep(FermionicExcitation.Single(2 * p, 2 * q), parameter));
                    steps.Add(new ExcitationStep(FermionicExcitation.Single(2 * p + 1, 2 * q + 1), parameter));
                    parameter++;
                }
            for (int p = 0; p < numOrbitals; p++)
                for (int q = p + 1; q < numOrbitals; q++)
                    steps.Add(new ExcitationStep(FermionicExcitation.Double(2 * p, 2 * p + 1, 2 * q, 2 * q + 1), parameter++));
        }
        return new ExcitationAnsatz($"{layers}-upccgsd", 2 * numOrbitals, HartreeFockState.BasisIndex(numOrbitals, numAlpha, numBeta), steps, parameter);
    }
}
