using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

namespace QuantumApps.Ansatz.References;

/// <summary>
/// The Hartree–Fock determinant under Jordan–Wigner with interleaved spin orbitals (2p = spatial p α,
/// 2p+1 = spatial p β): the lowest <c>numAlpha</c> α and <c>numBeta</c> β spin orbitals are occupied, i.e. bit
/// 2p is set for p &lt; numAlpha and bit 2p+1 for p &lt; numBeta. Qubit q = bit q of the basis index.
/// </summary>
public static class HartreeFockState
{
    /// <summary>Basis index of the HF determinant.</summary>
    public static ulong BasisIndex(int numOrbitals, int numAlpha, int numBeta)
    {
        if (numOrbitals < 1 || 2 * numOrbitals > 62) throw new QuantumAppsException($"Hartree–Fock state needs 1..31 spatial orbitals, got {numOrbitals}");
        if (numAlpha < 0 || numBeta < 0 || numAlpha > numOrbitals || numBeta > numOrbitals)
            throw new QuantumAppsException($"{numAlpha} α and {numBeta} β electrons do not fit into {numOrbitals} spatial orbitals");
        ulong index = 0;
        for (int p = 0; p < numAlpha; p++) index |= 1UL << (2 * p);
        for (int p = 0; p < numBeta; p++) index |= 1UL << (2 * p + 1);
        return index;
    }

    /// <summary>The occupied spin orbitals (ascending).</summary>
    public static int[] OccupiedSpinOrbitals(int numOrbitals, int numAlpha, int numBeta)
    {
        ulong index = BasisIndex(numOrbitals, numAlpha, numBeta);
        var list = new List<int>();
        for (int q = 0; q < 2 * numOrbitals; q++)
            if (((index >> q) & 1) != 0) list.Add(q);
        return list.ToArray();
    }

    /// <summary>The HF state as a 2·numOrbitals-qubit state vector.</summary>
    public static StateVector Create(int numOrbitals, int numAlpha, int numBeta) =>
        StateVector.Basis(2 * numOrbitals, BasisIndex(numOrbitals, numAlpha, numBeta));
}
