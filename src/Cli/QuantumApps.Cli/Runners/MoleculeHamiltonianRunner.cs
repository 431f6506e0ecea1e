using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator.IO;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// Builds the qubit Hamiltonian of a molecule (or FCIDUMP) in the chosen mapping, prints its size and writes it:
/// the Pauli sum in the text format (qubit 0 first) or JSON, and optionally the FCIDUMP of the active-space
/// Hamiltonian. Files are written atomically (temporary file, then rename).
/// </summary>
public static class MoleculeHamiltonianRunner
{
    public static int Run(MoleculeHamiltonianOptions o, TextWriter output)
    {
        var kind = o.Input.Mapping;
        if (o.Out is not null) AtomicFile.RequireDirectory(o.Out);
        if (o.Fcidump is not null) AtomicFile.RequireDirectory(o.Fcidump);
        var (h, mol, frozen) = MoleculeEnergyRunner.LoadHamiltonian(o.Input);
        var mapped = QubitHamiltonian.MapWithSector(h, kind, o.TwoQubitReduction);
        var pauli = mapped.Hamiltonian;
        if (o.Out is not null)
            AtomicFile.WriteAllText(o.Out, o.Out.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? PauliSumJson.Write(pauli) : pauli.ToString());
        if (o.Fcidump is not null) AtomicFile.WriteAllText(o.Fcidump, FcidumpWriter.Format(h));
        string mapping = QubitHamiltonian.KindName(kind);
        if (o.Input.Format == OutputFormat.Json)
        {
            JsonOutput.Write(output, new JsonObject
            {
                ["molecule"] = mol is null ? null : new JsonObject
                {
                    ["formula"] = mol.Molecule.Formula,
                    ["basis"] = mol.BasisName,
                    ["basisFunctions"] = mol.NumBasisFunctions,
                },
                ["hamiltonian"] = new JsonObject
                {
                    ["qubits"] = mapped.NumQubits,
                    ["pauliTerms"] = pauli.Count,
                    ["activeElectrons"] = h.NumElectrons,
                    ["activeOrbitals"] = h.NumOrbitals,
                    ["frozenOrbitals"] = frozen,
                    ["mapping"] = mapping,
                    ["twoQubitReduction"] = o.TwoQubitReduction,
                    ["constant"] = h.Constant,
                },
                ["scf"] = mol is null ? null : ScfReport.ToJson(mol.Scf),
                ["out"] = o.Out,
                ["fcidump"] = o.Fcidump,
            });
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        var t = new TextTable("quantity", "value")
            .Add("input", o.Input.File)
            .Add("qubits", mapped.NumQubits.ToString(inv))
            .Add("Pauli terms", pauli.Count.ToString(inv))
            .Add("mapping", mapping + (o.TwoQubitReduction ? " (two-qubit reduction)" : ""))
            .Add("active space", $"{h.NumElectrons} electrons in {h.NumOrbitals} orbitals, {frozen} frozen");
        if (mol is not null) ScfReport.AddRows(t, mol.Scf);
        if (o.Out is not null) t.Add("Pauli sum written to", o.Out);
        if (o.Fcidump is not null) t.Add("FCIDUMP written to", o.Fcidump);
        t.Write(output);
        return 0;
    }
}
