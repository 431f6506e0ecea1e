using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.IO;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Runners;

/// <summary>Reads a Pauli sum and prints its lowest eigenvalue (in a sector if asked).</summary>
public static class PauliGroundStateRunner
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(PauliGroundStateOptions o, TextWriter output)
    {
        string text = InputFile.ReadAllText(o.File);
        PauliSum h = o.File.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? PauliSumJson.Read(text, o.File) : PauliSum.Parse(text, o.File);
        if (!h.IsHermitian()) throw new QuantumAppsException($"{o.File}: the operator is not Hermitian (some coefficients have imaginary parts); a ground state needs a Hermitian operator");
        if ((o.Alpha is null) != (o.Beta is null)) throw new QuantumAppsException("--alpha and --beta must be given together");
        if (o.Sector is not null && o.Alpha is not null) throw new QuantumAppsException("give either --sector or --alpha/--beta, not both");
        BasisSector sector = o.Sector is int n ? BasisSector.HammingWeight(n)
            : o.Alpha is int a ? BasisSector.SpinOrbitals(a, o.Beta!.Value)
            : BasisSector.Full;
        if (o.Sector is int w && (w < 0 || w > h.NumQubits)) throw new QuantumAppsException($"--sector {w} is outside 0..{h.NumQubits} for a {h.NumQubits}-qubit operator");
        var sw = Stopwatch.StartNew();
        EigenResult r = ExactSolver.GroundState(h, sector);
        double seconds = sw.Elapsed.TotalSeconds;
        if (o.Format == OutputFormat.Json)
        {
            JsonOutput.Write(output, new JsonObject
            {
                ["file"] = o.File,
                ["qubits"] = h.NumQubits,
                ["pauliTerms"] = h.Count,
                ["sector"] = sector.Description,
                ["dimension"] = r.Dimension,
                ["method"] = r.Method,
                ["groundEnergy"] = r.Energy,
                ["residual"] = r.Residual,
                ["matrixVectorProducts"] = r.Iterations,
                ["seconds"] = seconds,
            });
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        new TextTable("quantity", "value")
            .Add("file", o.File)
            .Add("qubits", h.NumQubits.ToString(inv))
            .Add("Pauli terms", h.Count.ToString(inv))
            .Add("sector", sector.Description)
            .Add("dimension", r.Dimension.ToString(inv))
            .Add("method", r.Method)
            .Add("ground energy", r.Energy.ToString("F12", inv))
            .Add("residual", r.Residual.ToString("E2", inv))
            .Add("matrix-vector products", r.Iterations.ToString(inv))
            .Add("seconds", seconds.ToString("F3", inv))
            .Write(output);
        return 0;
    }
}
