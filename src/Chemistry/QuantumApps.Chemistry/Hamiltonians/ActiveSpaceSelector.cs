using QuantumApps.Chemistry.Molecules;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// Resolves user requests (frozen core "auto"/"none"/N, optional active electrons and orbitals) to an
/// <see cref="ActiveSpace"/> for a closed-shell reference with N electrons in m MOs.
/// "auto" freezes Σ_atoms core orbitals (0 for H–He, 1 for Li–Ne, 5 for Na–Ar). With active electrons E given,
/// the inactive count is (N − E)/2 (frozen core, if also given, must agree); active orbitals default to all
/// remaining MOs.
/// </summary>
public static class ActiveSpaceSelector
{
    /// <summary>Number of core orbitals "auto" freezes for the molecule.</summary>
    public static int AutoFrozenCore(Molecule molecule) => molecule.Atoms.Sum(a => a.Element.CoreOrbitals);

    /// <summary>Parses "auto", "none" or a non-negative integer; null/empty means none.</summary>
    public static int ParseFrozenCore(string? spec, Molecule? molecule)
    {
        if (string.IsNullOrWhiteSpace(spec) || spec.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (spec.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return molecule is null
                ? throw new QuantumAppsException("--frozen-core auto needs a molecule (not available for FCIDUMP input); give a number")
                : AutoFrozenCore(molecule);
        }

        if (int.TryParse(spec, out var n) && n >= 0)
        {
            return n;
        }

        throw new QuantumAppsException($"--frozen-core must be auto, none or a non-negative integer, got '{spec}'");
    }

    /// <summary>Resolves and validates the active space.</summary>
    /// <param name="numElectrons">Electrons N in the reference (even, closed shell).</param>
    /// <param name="numOrbitals">Available MOs m.</param>
    /// <param name="frozenOrbitals">Requested frozen core count (null = not requested).</param>
    /// <param name="activeElectrons">Requested active electrons (null = N − 2·frozen).</param>
    /// <param name="activeOrbitals">Requested active orbitals (null = all remaining).</param>
    public static ActiveSpace Resolve(int numElectrons, int numOrbitals, int? frozenOrbitals, int? activeElectrons, int? activeOrbitals)
    {
        int frozen;
        int electrons;
        if (activeElectrons is int e)
        {
            if (e < 0 || e > numElectrons)
            {
                throw new QuantumAppsException($"active electrons must be 0..{numElectrons}, got {e}");
            }

            if ((numElectrons - e) % 2 != 0)
            {
                throw new QuantumAppsException(
                    $"{numElectrons} electrons minus {e} active electrons is odd; inactive orbitals must be doubly occupied");
            }

            frozen = (numElectrons - e) / 2;
            if (frozenOrbitals is int f && f != 0 && f != frozen)
            {
                throw new QuantumAppsException(
                    $"--frozen-core {f} conflicts with {e} active electrons, which leave {frozen} inactive orbitals");
            }

            electrons = e;
        }
        else
        {
            frozen = frozenOrbitals ?? 0;
            electrons = numElectrons - 2 * frozen;
            if (electrons < 0)
            {
                throw new QuantumAppsException($"cannot freeze {frozen} orbitals: only {numElectrons} electrons");
            }
        }

        var available = numOrbitals - frozen;
        var orbitals = activeOrbitals ?? available;
        if (orbitals < 1)
        {
            throw new QuantumAppsException($"active space needs at least one orbital, got {orbitals}");
        }

        if (orbitals > available)
        {
            throw new QuantumAppsException(
                $"active space of {orbitals} orbitals is larger than the {available} available ({numOrbitals} MOs, {frozen} frozen)");
        }

        if (electrons > 2 * orbitals)
        {
            throw new QuantumAppsException($"{electrons} active electrons do not fit into {orbitals} active orbitals");
        }

        if (electrons % 2 != 0)
        {
            throw new QuantumAppsException($"{electrons} active electrons is odd; only closed-shell active spaces are supported");
        }

        return new ActiveSpace(frozen, orbitals, electrons);
    }
}
