using System.Collections.Concurrent;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.TestSupport;

/// <summary>A molecular test system: the active-space Hamiltonian, its JW qubit form and the FCI energy (hartree).</summary>
public sealed record MoleculeSystem(MolecularHamiltonian Molecular, PauliSum Qubit, double FciEnergy)
{
    public int NumOrbitals => Molecular.NumOrbitals;

    public int NumAlpha => Molecular.NumAlpha;

    public int NumBeta => Molecular.NumBeta;
}

/// <summary>
/// Builds (and caches per test run) STO-3G systems through the chemistry pipeline. FCI comes from
/// <see cref="ExactSolver"/> in the (N_α, N_β) sector of the JW Hamiltonian — a path independent of every ansatz.
/// </summary>
public static class MoleculeSystems
{
    private static readonly ConcurrentDictionary<string, MoleculeSystem> Cache = new();

    public static MoleculeSystem H2(double bondAngstrom) =>
        FromXyz($"2\nH2\nH 0 0 0\nH 0 0 {bondAngstrom.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n");

    public static MoleculeSystem LiH() => FromXyz(File.ReadAllText(RepositoryData.Molecule("lih.xyz")));

    private static MoleculeSystem FromXyz(string xyz) => Cache.GetOrAdd(xyz, text =>
    {
        var result = MoleculePipeline.Build(new MoleculeOptions(XyzReader.Parse(text), "sto-3g"));
        var h = result.Hamiltonian;
        var qubit = QubitHamiltonian.Map(h, MappingKind.JordanWigner);
        double fci = ExactSolver.GroundState(qubit, BasisSector.SpinOrbitals(h.NumAlpha, h.NumBeta)).Energy;
        return new MoleculeSystem(h, qubit, fci);
    });
}
