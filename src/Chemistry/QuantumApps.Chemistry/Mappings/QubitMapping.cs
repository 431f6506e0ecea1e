using System.Numerics;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// A complete fermion-to-qubit mapping for a given number of spin orbitals: a spin ordering (spin orbital
/// k, numbered interleaved 2p = p alpha / 2p+1 = p beta, goes to mode <see cref="ModeOf"/>(k)) followed by a
/// linear <see cref="FermionEncoding"/> of the modes onto qubits. Jordan–Wigner and Bravyi–Kitaev keep the
/// interleaved order; parity uses the spin-block order (so that the two-qubit reduction applies).
/// <see cref="Map(FermionOperator)"/> is the general path: every ladder operator becomes its two-term
/// Pauli sum and products are multiplied out with <see cref="PauliSum"/> algebra.
/// </summary>
public sealed class QubitMapping
{
    private readonly int[] _modeOf;

    private QubitMapping(FermionEncoding encoding, SpinOrdering ordering)
    {
        Encoding = encoding;
        Ordering = ordering;
        int n = encoding.NumModes;
        _modeOf = new int[n];
        for (int k = 0; k < n; k++)
        {
            _modeOf[k] = ordering == SpinOrdering.Interleaved ? k : SpinOrbital.Spin(k) * (n / 2) + SpinOrbital.Spatial(k);
        }
    }

    /// <summary>The encoding of modes onto qubits.</summary>
    public FermionEncoding Encoding { get; }

    /// <summary>How spin orbitals are placed on modes.</summary>
    public SpinOrdering Ordering { get; }

    /// <summary>The mapping family.</summary>
    public MappingKind Kind => Encoding.Kind;

    /// <summary>Number of spin orbitals = qubits.</summary>
    public int NumQubits => Encoding.NumModes;

    /// <summary>
    /// The standard mapping of a kind on numSpinOrbitals spin orbitals: JW and BK interleaved, parity
    /// spin-blocked (numSpinOrbitals must then be even).
    /// </summary>
    public static QubitMapping Create(MappingKind kind, int numSpinOrbitals) =>
        Create(kind, numSpinOrbitals, kind == MappingKind.Parity ? SpinOrdering.Blocked : SpinOrdering.Interleaved);

    /// <summary>A mapping with an explicit spin ordering (Blocked needs an even number of spin orbitals).</summary>
    public static QubitMapping Create(MappingKind kind, int numSpinOrbitals, SpinOrdering ordering)
    {
        if (ordering == SpinOrdering.Blocked && numSpinOrbitals % 2 != 0)
        {
            throw new QuantumAppsException($"spin-blocked ordering needs an even number of spin orbitals, not {numSpinOrbitals}");
        }
        return new QubitMapping(FermionEncoding.For(kind, numSpinOrbitals), ordering);
    }

    /// <summary>The encoding mode that holds spin orbital k.</summary>
    public int ModeOf(int spinOrbital) => _modeOf[spinOrbital];

    /// <summary>a†_k (creation) or a_k on spin orbital k as a Pauli sum.</summary>
    public PauliSum Ladder(int spinOrbital, bool creation)
    {
        CheckSpinOrbital(spinOrbital);
        return Encoding.Ladder(_modeOf[spinOrbital], creation);
    }

    /// <summary>Qubit basis index of the determinant with spin-orbital occupation bits (bit k = spin orbital k).</summary>
    public ulong EncodeOccupation(ulong spinOrbitalOccupation)
    {
        ulong modes = 0;
        for (int k = 0; k < _modeOf.Length; k++)
        {
            modes |= ((spinOrbitalOccupation >> k) & 1) << _modeOf[k];
        }
        return Encoding.Encode(modes);
    }

    /// <summary>Spin-orbital occupation bits (bit k = spin orbital k, interleaved) of qubit basis index b.</summary>
    public ulong DecodeBasisIndex(ulong basisIndex)
    {
        ulong modes = Encoding.Decode(basisIndex);
        ulong occ = 0;
        for (int k = 0; k < _modeOf.Length; k++)
        {
            occ |= ((modes >> _modeOf[k]) & 1) << k;
        }
        return occ;
    }

    /// <summary>
    /// General path: Σ_t c_t Π_i (ladder_i mapped) multiplied out term by term with PauliSum products, then
    /// merged; coefficients with |c| &lt; 1e-12 are dropped. Works for any operator (Hermitian or not).
    /// </summary>
    public PauliSum Map(FermionOperator op)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (op.NumModes > NumQubits)
        {
            throw new QuantumAppsException($"operator acts on spin orbital {op.NumModes - 1}, outside this {NumQubits}-qubit mapping");
        }
        var cache = new Dictionary<LadderOperator, PauliSum>();
        var result = new PauliSumBuilder(NumQubits);
        foreach (var term in op.Terms)
        {
            var product = PauliSum.Identity(NumQubits, Complex.One);
            foreach (var ladder in term.Product.Operators)
            {
                if (!cache.TryGetValue(ladder, out var mapped))
                {
                    mapped = Ladder(ladder.Mode, ladder.IsCreation);
                    cache[ladder] = mapped;
                }
                product *= mapped;
            }
            result.Add(product, term.Coefficient);
        }
        return result.ToPauliSum();
    }

    private void CheckSpinOrbital(int k)
    {
        if ((uint)k >= (uint)_modeOf.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"spin orbital must be in 0..{_modeOf.Length - 1}");
        }
    }
}
