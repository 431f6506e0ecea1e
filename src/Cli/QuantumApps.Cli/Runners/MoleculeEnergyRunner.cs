using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps molecule energy</c>: XYZ → RHF → active-space Hamiltonian (or an FCIDUMP Hamiltonian) →
/// requested energies (total energies in hartree). The qubit Hamiltonian (for the term count and FCI) is built with
/// the chosen mapping; FCI is the exact ground energy in the (N_α, N_β) sector.
/// </summary>
public static class MoleculeEnergyRunner
{
    private static readonly string[] KnownMethods = ["hf", "mp2", "ccsd", "fci", "vqe"];

    /// <summary>Largest spin-orbital count for which the qubit Hamiltonian is built (Pauli masks are 64-bit).</summary>
    public const int MaxMappedQubits = 64;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(MoleculeEnergyOptions o, TextWriter output)
    {
        var methods = ParseMethods(o.Methods);
        var mapping = ParseMapping(o.Mapping);
        var vqeOptions = o.Vqe ?? new VqeMethodOptions();
        if (methods.Contains("vqe"))
        {
            VqeMethod.Validate(vqeOptions);
            if (mapping != MappingKind.JordanWigner)
            {
                throw new QuantumAppsException("vqe: the ansätze act on Jordan–Wigner qubits; use --mapping jordan-wigner");
            }
        }
        else if (vqeOptions.Noise is not null)
        {
            throw new QuantumAppsException("--noise applies to the vqe method; add vqe to --methods");
        }

        var (h, mol, frozen) = LoadHamiltonian(o);

        if (methods.Contains("vqe"))
        {
            // Refuse an impossible register before the (possibly long) correlated calculations.
            VqeMethod.EnsureFits(h);
        }

        double? hf = null, mp2 = null, ccsd = null, fci = null;
        var closedShell = h.NumAlpha == h.NumBeta;
        if (methods.Contains("hf"))
        {
            hf = mol?.Scf.TotalEnergy ?? (closedShell ? ClosedShellReference.Energy(h) : throw new QuantumAppsException(
                "hf needs a closed-shell reference (MS2 = 0)"));
        }

        if (methods.Contains("mp2"))
        {
            mp2 = Mp2.Compute(h).TotalEnergy;
        }

        if (methods.Contains("ccsd"))
        {
            var cc = Ccsd.Compute(h);
            if (cc.ExitReason == CcsdExitReason.Diverged)
            {
                throw new QuantumAppsException(
                    $"CCSD diverged at iteration {cc.Iterations} (non-finite amplitudes): the reference is too close to degenerate for CCSD; use fci");
            }

            if (!cc.Converged)
            {
                throw new QuantumAppsException(
                    $"CCSD did not converge in {cc.Iterations} iterations (last |dE| = {cc.LastEnergyChange:E2}, max |dt| = {cc.LastAmplitudeChange:E2})");
            }

            ccsd = cc.TotalEnergy;
        }

        int? pauliTerms = null;
        VqeMethodResult? vqe = null;
        if (h.NumSpinOrbitals <= MaxMappedQubits)
        {
            var mapped = QubitHamiltonian.MapWithSector(h, mapping);
            pauliTerms = mapped.Hamiltonian.Count;
            if (methods.Contains("fci"))
            {
                fci = ExactSolver.GroundState(mapped.Hamiltonian, mapped.Sector).Energy;
            }

            if (methods.Contains("vqe"))
            {
                vqe = VqeMethod.Run(h, mapped.Hamiltonian, vqeOptions);
            }
        }
        else if (methods.Contains("fci"))
        {
            throw new QuantumAppsException($"fci: {h.NumSpinOrbitals} spin orbitals are too many; choose an active space");
        }

        var nuclear = mol?.NuclearRepulsion;
        var electrons = mol?.Molecule.NumElectrons ?? h.NumElectrons + 2 * frozen;
        var formula = mol?.Molecule.Formula;
        var basisName = mol?.BasisName;
        var basisFunctions = mol?.NumBasisFunctions;
        var mappingName = MappingName(mapping);
        if (o.Format == OutputFormat.Json)
        {
            JsonOutput.Write(output, new JsonObject
            {
                ["molecule"] = new JsonObject
                {
                    ["formula"] = formula,
                    ["charge"] = mol?.Molecule.Charge,
                    ["multiplicity"] = mol?.Molecule.Multiplicity ?? (h.NumAlpha - h.NumBeta + 1),
                    ["electrons"] = electrons,
                    ["basis"] = basisName,
                    ["basisFunctions"] = basisFunctions,
                },
                ["hamiltonian"] = new JsonObject
                {
                    ["qubits"] = h.NumSpinOrbitals,
                    ["pauliTerms"] = pauliTerms,
                    ["activeElectrons"] = h.NumElectrons,
                    ["activeOrbitals"] = h.NumOrbitals,
                    ["frozenOrbitals"] = frozen,
                    ["mapping"] = mappingName,
                },
                ["energies"] = new JsonObject
                {
                    ["nuclearRepulsion"] = Num(nuclear),
                    ["hf"] = Num(hf),
                    ["mp2"] = Num(mp2),
                    ["ccsd"] = Num(ccsd),
                    ["fci"] = Num(fci),
                    ["vqe"] = Num(vqe?.Energy),
                },
                ["scf"] = mol is null ? null : ScfReport.ToJson(mol.Scf),
                ["vqe"] = vqe is null ? null : VqeMethod.ToJson(vqe),
            });
            return 0;
        }

        var inv = CultureInfo.InvariantCulture;
        var table = new TextTable("quantity", "value")
            .Add("input", o.File)
            .Add("formula", formula ?? "(FCIDUMP)")
            .Add("electrons", electrons.ToString(inv));
        if (mol is not null)
        {
            table.Add("charge", mol.Molecule.Charge.ToString(inv))
                .Add("multiplicity", mol.Molecule.Multiplicity.ToString(inv))
                .Add("basis", $"{basisName} ({basisFunctions} Cartesian functions)");
        }

        table.Add("active space", $"{h.NumElectrons} electrons in {h.NumOrbitals} orbitals, {frozen} frozen")
            .Add("qubits", $"{h.NumSpinOrbitals} ({mappingName}, {(pauliTerms is int t ? t.ToString(inv) : "not built")} Pauli terms)");
        if (nuclear is double en)
        {
            table.Add("E_nuc / Ha", en.ToString("F10", inv));
        }

        if (mol is not null)
        {
            ScfReport.AddRows(table, mol.Scf);
        }

        AddEnergy(table, "E_HF / Ha", hf);
        AddEnergy(table, "E_MP2 / Ha", mp2);
        AddEnergy(table, "E_CCSD / Ha", ccsd);
        AddEnergy(table, "E_FCI / Ha", fci);
        if (vqe is not null)
        {
            VqeMethod.AddRows(table, vqe, fci);
        }

        table.Write(output);
        return 0;
    }

    /// <summary>True when the file name ends in .fcidump or its first non-blank text is the &amp;FCI header.</summary>
    /// <summary>
    /// Reads the input (XYZ through the integral/RHF pipeline, or an FCIDUMP) and applies the frozen core and
    /// active space: the Hamiltonian, the pipeline result (null for FCIDUMP input) and the number of frozen orbitals.
    /// </summary>
    public static (MolecularHamiltonian H, MoleculeResult? Molecule, int Frozen) LoadHamiltonian(MoleculeEnergyOptions o)
    {
        var isFcidump = IsFcidump(o.File);
        MolecularHamiltonian h;
        MoleculeResult? mol = null;
        int frozen;
        if (isFcidump)
        {
            if (o.Charge != 0 || o.Multiplicity != 1)
            {
                throw new QuantumAppsException("--charge/--multiplicity do not apply to FCIDUMP input (NELEC and MS2 come from the file)");
            }

            var full = FcidumpReader.Parse(InputFile.ReadAllText(o.File), o.File);
            (h, frozen) = ApplyActiveSpace(full, o);
        }
        else
        {
            var molecule = XyzReader.Parse(InputFile.ReadAllText(o.File), o.File, o.Charge, o.Multiplicity);
            mol = MoleculePipeline.Build(new MoleculeOptions(molecule, o.Basis, o.FrozenCore, o.ActiveElectrons, o.ActiveOrbitals));
            h = mol.Hamiltonian;
            frozen = mol.FrozenOrbitals;
        }

        return (h, mol, frozen);
    }

    public static bool IsFcidump(string path) =>
        path.EndsWith(".fcidump", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(path).StartsWith("FCIDUMP", StringComparison.OrdinalIgnoreCase)
        || (File.Exists(path) && File.ReadLines(path).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0)?
            .StartsWith("&FCI", StringComparison.OrdinalIgnoreCase) == true);

    private static (MolecularHamiltonian, int) ApplyActiveSpace(MolecularHamiltonian full, MoleculeEnergyOptions o)
    {
        if (o.FrozenCore is null && o.ActiveElectrons is null && o.ActiveOrbitals is null)
        {
            return (full, 0);
        }

        if (full.NumAlpha != full.NumBeta)
        {
            throw new QuantumAppsException("active spaces of FCIDUMP input need MS2 = 0 (closed shell)");
        }

        int? frozen = o.FrozenCore is null ? null : ActiveSpaceSelector.ParseFrozenCore(o.FrozenCore, null);
        var space = ActiveSpaceSelector.Resolve(full.NumElectrons, full.NumOrbitals, frozen, o.ActiveElectrons, o.ActiveOrbitals);
        var k = space.FrozenOrbitals + space.ActiveOrbitals;
        var n = full.NumOrbitals;
        var h1 = new double[k * k];
        var g = new double[k * k * k * k];
        for (var p = 0; p < k; p++)
        {
            for (var q = 0; q < k; q++)
            {
                h1[p * k + q] = full.H(p, q);
                for (var r = 0; r < k; r++)
                {
                    for (var s = 0; s < k; s++)
                    {
                        g[((p * k + q) * k + r) * k + s] = full.TwoBody[((p * n + q) * n + r) * n + s];
                    }
                }
            }
        }

        return (HamiltonianBuilder.Build(full.Constant, h1, g, k, space), space.FrozenOrbitals);
    }

    private static HashSet<string> ParseMethods(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new QuantumAppsException("molecule energy: --methods is empty");
        return new HashSet<string>(MethodList.Parse(text, KnownMethods, "molecule energy"), StringComparer.OrdinalIgnoreCase);
    }

    internal static MappingKind ParseMapping(string text) => text.ToLowerInvariant() switch
    {
        "jordan-wigner" or "jw" => MappingKind.JordanWigner,
        "parity" => MappingKind.Parity,
        "bravyi-kitaev" or "bk" => MappingKind.BravyiKitaev,
        _ => throw new QuantumAppsException($"--mapping must be jordan-wigner, parity or bravyi-kitaev, got '{text}'"),
    };

    internal static string MappingName(MappingKind kind) => kind switch
    {
        MappingKind.JordanWigner => "jordan-wigner",
        MappingKind.Parity => "parity",
        _ => "bravyi-kitaev",
    };

    private static JsonNode? Num(double? v) => v is double d ? JsonOutput.Number(d) : null;

    private static void AddEnergy(TextTable table, string label, double? value)
    {
        if (value is double v)
        {
            table.Add(label, v.ToString("F10", CultureInfo.InvariantCulture));
        }
    }
}
