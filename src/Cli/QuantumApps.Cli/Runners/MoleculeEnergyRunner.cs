using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps molecule energy</c>: XYZ → RHF → active-space Hamiltonian (or an FCIDUMP Hamiltonian) → the method
/// ladder (<see cref="MoleculeLadder"/>; total energies in hartree). In table mode each method's row is printed as soon
/// as it is known; JSON carries every requested method with its status and reason. Exit code 0 when every method
/// succeeded, 3 when some failed, 1 when none did, 130 when cancelled (finished methods are still printed).
/// </summary>
public static class MoleculeEnergyRunner
{
    /// <summary>Width of the quantity column of the streamed table.</summary>
    private const int LabelWidth = 30;

    /// <summary>Runs the command; returns the exit code. <paramref name="diagnostics"/> receives the FCI size estimate (null = none).</summary>
    public static int Run(MoleculeEnergyOptions o, TextWriter output, TextWriter? diagnostics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(o);
        var methods = o.Methods;
        if (methods == LadderMethods.None) throw new QuantumAppsException("molecule energy: --methods is empty");
        var vqeOptions = o.Vqe ?? new VqeMethodOptions();
        if (methods.HasFlag(LadderMethods.Vqe))
        {
            VqeMethod.Validate(vqeOptions);
            if (o.Mapping != MappingKind.JordanWigner)
            {
                throw new QuantumAppsException("vqe: the ansätze act on Jordan–Wigner qubits; use --mapping jordan-wigner");
            }
        }
        else if (vqeOptions.Noise is not null)
        {
            throw new QuantumAppsException("--noise applies to the vqe method; add vqe to --methods");
        }

        var (h, mol, frozen) = LoadHamiltonian(o);
        var header = Header(o, h, mol, frozen);
        bool table = o.Format != OutputFormat.Json;
        if (table) WriteHeader(output, header, mol);

        var results = new List<LadderMethodResult>();
        bool cancelled = false;
        int? mappedTerms = null;
        foreach (var method in LadderMethodNames.Expand(methods))
        {
            // ccsd and ccsd(t) run in one ladder call so that (T) reuses the CCSD amplitudes.
            if (method == LadderMethods.CcsdT && methods.HasFlag(LadderMethods.Ccsd)) continue;
            var step = method == LadderMethods.Ccsd ? methods & (LadderMethods.Ccsd | LadderMethods.CcsdT) : method;
            if (method == LadderMethods.Fci && !o.Quiet && diagnostics is not null)
            {
                var e = MoleculeLadder.EstimateFci(h, o.FciSymmetry);
                diagnostics.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fci: {e.Determinants:N0} determinants{(e.SymmetrySectors > 1 ? $", {e.SectorDeterminants:N0} in the largest of {e.SymmetrySectors} symmetry sectors" : "")}, about {MemoryGuard.FormatBytes((long)Math.Min(e.Bytes, long.MaxValue))}, roughly {Seconds(e.Seconds)}"));
            }

            var ladder = ConsoleProgress.Run($"{LadderMethodNames.Name(method)}", o.Quiet, report => MoleculeLadder.Run(h, mol?.Scf.TotalEnergy,
                new LadderOptions(step, o.Mapping, vqeOptions, FciMemoryLimitBytes: o.FciMemoryLimitBytes, FciSymmetry: o.FciSymmetry),
                ConsoleProgress.Reporter<LadderProgress>(report, p => p.Step), cancellationToken));
            mappedTerms ??= ladder.PauliTerms;
            foreach (var result in ladder.Methods)
            {
                results.Add(result);
                if (table) WriteMethod(output, result, results);
            }

            if (ladder.Cancelled)
            {
                cancelled = true;
                break;
            }
        }

        // The ladder's VQE already mapped the Hamiltonian (same mapping, same threshold): its term count is reused.
        int? pauliTerms = !cancelled && h.NumSpinOrbitals <= MoleculeLadder.MaxMappedQubits ? mappedTerms ?? QubitHamiltonian.Map(h, o.Mapping).Count : null;
        if (table)
        {
            Row(output, "Pauli terms", pauliTerms is int t ? t.ToString(CultureInfo.InvariantCulture) : "not built");
        }
        else
        {
            WriteJson(output, header, h, mol, frozen, pauliTerms, results);
        }

        return cancelled ? ExitCodes.Cancelled
            : results.All(r => r.Status == MethodStatus.Ok) ? ExitCodes.Ok
            : results.Any(r => r.Status == MethodStatus.Ok) ? ExitCodes.Partial
            : ExitCodes.Failure;
    }

    /// <summary>
    /// Reads the input (XYZ through the integral/RHF pipeline, or an FCIDUMP) and applies the frozen core and
    /// active space: the Hamiltonian, the pipeline result (null for FCIDUMP input) and the number of frozen orbitals.
    /// </summary>
    public static (MolecularHamiltonian H, MoleculeResult? Molecule, int Frozen) LoadHamiltonian(MoleculeEnergyOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (IsFcidump(o.File))
        {
            if (o.Charge != 0 || o.Multiplicity != 1)
            {
                throw new QuantumAppsException("--charge/--multiplicity do not apply to FCIDUMP input (NELEC and MS2 come from the file)");
            }

            if (o.Basis is not null)
            {
                throw new QuantumAppsException("--basis does not apply to FCIDUMP input (the integrals come in the file's orbital basis)");
            }

            var full = FcidumpReader.Parse(InputFile.ReadAllText(o.File), o.File);
            var (h, frozen) = ActiveSpaceSlicer.Apply(full, o.FrozenCore, o.ActiveElectrons, o.ActiveOrbitals);
            return (h, null, frozen);
        }

        var molecule = XyzReader.Parse(InputFile.ReadAllText(o.File), o.File, o.Charge, o.Multiplicity);
        var mol = MoleculePipeline.Build(new MoleculeOptions(molecule, o.BasisName, o.FrozenCore, o.ActiveElectrons, o.ActiveOrbitals, o.Scf));
        return (mol.Hamiltonian, mol, mol.FrozenOrbitals);
    }

    /// <summary>True when the file name ends in .fcidump or its first non-blank text is the &amp;FCI header.</summary>
    public static bool IsFcidump(string path) =>
        path.EndsWith(".fcidump", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(path).StartsWith("FCIDUMP", StringComparison.OrdinalIgnoreCase)
        || (File.Exists(path) && File.ReadLines(path).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0)?
            .StartsWith("&FCI", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The JSON "status" spelling of a method status.</summary>
    public static string StatusName(MethodStatus status) => status switch
    {
        MethodStatus.Ok => "ok",
        MethodStatus.Failed => "failed",
        _ => "skipped",
    };

    /// <summary>One entry of the JSON "methods" array: method, status, reason, energy (null unless ok), seconds.</summary>
    public static JsonObject MethodJson(LadderMethodResult r) => new()
    {
        ["method"] = r.Name,
        ["status"] = StatusName(r.Status),
        ["reason"] = r.Reason,
        ["energy"] = Num(r.EnergyHartree),
        ["seconds"] = r.Seconds,
    };

    private sealed record HeaderInfo(string? Formula, int Electrons, string? BasisName, int? BasisFunctions, double? Nuclear, string Mapping, int Frozen, MolecularHamiltonian H, MoleculeEnergyOptions O);

    private static HeaderInfo Header(MoleculeEnergyOptions o, MolecularHamiltonian h, MoleculeResult? mol, int frozen) =>
        new(mol?.Molecule.Formula, mol?.Molecule.NumElectrons ?? h.NumElectrons + 2 * frozen, mol?.BasisName, mol?.NumBasisFunctions,
            mol?.NuclearRepulsion, QubitHamiltonian.KindName(o.Mapping), frozen, h, o);

    private static void WriteHeader(TextWriter output, HeaderInfo x, MoleculeResult? mol)
    {
        var inv = CultureInfo.InvariantCulture;
        TextTable.Stream(output, ["quantity", "value"], [LabelWidth, 20]);
        Row(output, "input", x.O.File);
        Row(output, "formula", x.Formula ?? "(FCIDUMP)");
        Row(output, "electrons", x.Electrons.ToString(inv));
        if (mol is not null)
        {
            Row(output, "charge", mol.Molecule.Charge.ToString(inv));
            Row(output, "multiplicity", mol.Molecule.Multiplicity.ToString(inv));
            Row(output, "basis", $"{x.BasisName} ({x.BasisFunctions} Cartesian functions)");
        }

        Row(output, "active space", $"{x.H.NumElectrons} electrons in {x.H.NumOrbitals} orbitals, {x.Frozen} frozen");
        Row(output, "qubits", $"{x.H.NumSpinOrbitals} ({x.Mapping})");
        if (x.Nuclear is double en) Row(output, "E_nuc / Ha", en.ToString("F10", inv));
        if (mol is not null)
        {
            var scf = new TextTable("quantity", "value");
            ScfReport.AddRows(scf, mol.Scf);
            var text = new StringWriter(inv);
            scf.Write(text);
            foreach (var line in text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2))
            {
                var cells = line.TrimEnd('\r').Split("  ", 2, StringSplitOptions.TrimEntries);
                Row(output, cells[0], cells.Length > 1 ? cells[1].Trim() : "");
            }
        }

        output.Flush();
    }

    private static void WriteMethod(TextWriter output, LadderMethodResult r, IReadOnlyList<LadderMethodResult> sofar)
    {
        string label = $"E_{r.Name.ToUpperInvariant()} / Ha";
        if (r.Status != MethodStatus.Ok)
        {
            Row(output, label, $"{StatusName(r.Status)}: {r.Reason}");
        }
        else if (r.Vqe is null)
        {
            Row(output, label, r.EnergyHartree!.Value.ToString("F10", CultureInfo.InvariantCulture));
        }

        if (r.Vqe is { } vqe)
        {
            double? fci = sofar.FirstOrDefault(m => m.Method == LadderMethods.Fci && m.Status == MethodStatus.Ok)?.EnergyHartree;
            var rows = new TextTable("quantity", "value");
            VqeMethodReport.AddRows(rows, vqe, fci);
            var text = new StringWriter(CultureInfo.InvariantCulture);
            rows.Write(text);
            foreach (var line in text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2))
            {
                var cells = line.TrimEnd('\r').Split("  ", 2, StringSplitOptions.TrimEntries);
                Row(output, cells[0], cells.Length > 1 ? cells[1].Trim() : "");
            }
        }

        output.Flush();
    }

    /// <summary>One streamed row of the quantity/value table (the value column is not padded).</summary>
    private static void Row(TextWriter output, string label, string value) => new TextTable.StreamedRows(output, [LabelWidth, 0]).Row(label, value);

    private static void WriteJson(TextWriter output, HeaderInfo x, MolecularHamiltonian h, MoleculeResult? mol, int frozen, int? pauliTerms,
        IReadOnlyList<LadderMethodResult> results)
    {
        double? Energy(LadderMethods m) => results.FirstOrDefault(r => r.Method == m && r.Status == MethodStatus.Ok)?.EnergyHartree;
        var vqe = results.FirstOrDefault(r => r.Method == LadderMethods.Vqe)?.Vqe;
        JsonOutput.Write(output, new JsonObject
        {
            ["molecule"] = new JsonObject
            {
                ["formula"] = x.Formula,
                ["charge"] = mol?.Molecule.Charge,
                ["multiplicity"] = mol?.Molecule.Multiplicity ?? (h.NumAlpha - h.NumBeta + 1),
                ["electrons"] = x.Electrons,
                ["basis"] = x.BasisName,
                ["basisFunctions"] = x.BasisFunctions,
            },
            ["hamiltonian"] = new JsonObject
            {
                ["qubits"] = h.NumSpinOrbitals,
                ["pauliTerms"] = pauliTerms,
                ["activeElectrons"] = h.NumElectrons,
                ["activeOrbitals"] = h.NumOrbitals,
                ["frozenOrbitals"] = frozen,
                ["mapping"] = x.Mapping,
            },
            ["energies"] = new JsonObject
            {
                ["nuclearRepulsion"] = Num(x.Nuclear),
                ["hf"] = Num(Energy(LadderMethods.Hf)),
                ["mp2"] = Num(Energy(LadderMethods.Mp2)),
                ["ccsd"] = Num(Energy(LadderMethods.Ccsd)),
                ["ccsd(t)"] = Num(Energy(LadderMethods.CcsdT)),
                ["fci"] = Num(Energy(LadderMethods.Fci)),
                ["vqe"] = Num(Energy(LadderMethods.Vqe)),
            },
            ["methods"] = new JsonArray(results.Select(r => (JsonNode?)MethodJson(r)).ToArray()),
            ["scf"] = mol is null ? null : ScfReport.ToJson(mol.Scf),
            ["vqe"] = vqe is null ? null : VqeMethodReport.ToJson(vqe),
        });
    }

    private static string Seconds(double s) => s < 1 ? "under a second"
        : s < 120 ? FormattableString.Invariant($"{s:0} s") : s < 7200 ? FormattableString.Invariant($"{s / 60:0} min") : FormattableString.Invariant($"{s / 3600:0.#} h");

    private static JsonNode? Num(double? v) => v is double d ? JsonOutput.Number(d) : null;
}
