using System.Text.Json;

namespace QuantumApps.Cli.Tests;

public class MoleculeHamiltonianCommandTests
{
    private static string Molecule(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "molecules"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "data", "molecules", name);
    }

    [Fact]
    public void LiH_hamiltonian_file_and_fcidump_reproduce_the_reference_FCI_energy()
    {
        // LiH STO-3G 1.5949 Å: FCI −7.8824034103 Ha from psi4 1.3.2 (Chemistry.Tests/References/psi4-fci.{py,log});
        // 12 JW qubits and 631 Pauli terms are our mapping's counts (psi4 has no qubit mapping), checked by the general
        // mapping path in Chemistry QubitHamiltonianTests.LiH_TermCounts_AgreeBetweenFastAndGeneralPaths.
        // Two independent paths from the written files: the Pauli file through `pauli ground-state` (sector
        // Nα = Nβ = 2), and the FCIDUMP back through `molecule energy`.
        string dir = CliProcess.TempDir();
        string pauli = Path.Combine(dir, "lih.txt"), fcidump = Path.Combine(dir, "lih.fcidump");
        var r = CliProcess.Run("molecule", "hamiltonian", Molecule("lih.xyz"), "--out", pauli, "--fcidump", fcidump, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var ham = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("hamiltonian");
        Assert.Equal(12, ham.GetProperty("qubits").GetInt32());
        Assert.Equal(631, ham.GetProperty("pauliTerms").GetInt32());
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));

        var g = CliProcess.Run("pauli", "ground-state", pauli, "--alpha", "2", "--beta", "2", "--format", "json");
        // Tolerance 1e-8 Ha: HF/FCI agreement with psi4 limited by the SCF convergence and the bohr constant.
        Assert.Equal(-7.8824034103, JsonDocument.Parse(g.StdOut).RootElement.GetProperty("groundEnergy").GetDouble(), 8);
        var e = CliProcess.Run("molecule", "energy", fcidump, "--methods", "hf,fci", "--format", "json");
        Assert.Equal(-7.8824034103, JsonDocument.Parse(e.StdOut).RootElement.GetProperty("energies").GetProperty("fci").GetDouble(), 8);
    }

    [Fact]
    public void Frozen_core_LiH_has_10_qubits_and_276_terms()
    {
        // Frozen-core LiH: 10 qubits, 276 terms — our Jordan–Wigner counts (not psi4's), checked by the general mapping
        // path in Chemistry QubitHamiltonianTests.LiH_TermCounts_AgreeBetweenFastAndGeneralPaths.
        var r = CliProcess.Run("molecule", "hamiltonian", Molecule("lih.xyz"), "--frozen-core", "auto", "--format", "json");
        var ham = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("hamiltonian");
        Assert.Equal(10, ham.GetProperty("qubits").GetInt32());
        Assert.Equal(276, ham.GetProperty("pauliTerms").GetInt32());
    }

    [Fact]
    public void Unwritable_output_is_a_one_line_error()
    {
        var r = CliProcess.Run("molecule", "hamiltonian", Molecule("h2.xyz"), "--out", "/nonexistent-dir/h.txt");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("does not exist", r.StdErr);
    }
}
