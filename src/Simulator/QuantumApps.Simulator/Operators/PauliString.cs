using System.Numerics;
using System.Text;

namespace QuantumApps.Simulator.Operators;

/// <summary>
/// A Pauli string on up to 64 qubits, stored as two bit masks plus a phase:
/// <c>P = i^Phase ⊗_q σ_q</c>, where on qubit q the pair (x_q, z_q) of bits of <see cref="X"/> and
/// <see cref="Z"/> selects σ_q: (0,0) = I, (1,0) = X, (1,1) = Y, (0,1) = Z. Y is the Hermitian Pauli Y
/// (Y = i·X·Z). Qubit q is bit q of a basis index (qubit 0 = least significant bit) and text labels
/// are written qubit 0 first.
/// <para>
/// Products follow from X^a Z^b X^c Z^d = (-1)^(b·c) X^(a⊕c) Z^(b⊕d) and σ(x,z) = i^(x·z) X^x Z^z:
/// σ1·σ2 = i^(|x1∧z1| + |x2∧z2| + 2|z1∧x2| − |x3∧z3|) σ3 with x3 = x1⊕x2, z3 = z1⊕z2.
/// Two strings commute iff |x1∧z2| + |z1∧x2| is even.
/// </para>
/// </summary>
public readonly struct PauliString : IEquatable<PauliString>, IComparable<PauliString>
{
    /// <summary>Bit q set when qubit q carries X or Y.</summary>
    public ulong X { get; }

    /// <summary>Bit q set when qubit q carries Z or Y.</summary>
    public ulong Z { get; }

    /// <summary>Global phase exponent k in i^k, 0..3.</summary>
    public int Phase { get; }

    /// <summary>Creates i^phase ⊗ σ(x_q, z_q).</summary>
    public PauliString(ulong x, ulong z, int phase = 0)
    {
        X = x;
        Z = z;
        Phase = phase & 3;
    }

    /// <summary>The identity string (no qubits acted on, phase 1).</summary>
    public static PauliString Identity => default;

    /// <summary>Single-qubit Pauli 'I', 'X', 'Y' or 'Z' on <paramref name="qubit"/>.</summary>
    public static PauliString Single(char pauli, int qubit)
    {
        if ((uint)qubit >= 64) throw new QuantumAppsException($"qubit index {qubit} is out of range 0..63");
        ulong bit = 1UL << qubit;
        return char.ToUpperInvariant(pauli) switch
        {
            'I' => Identity,
            'X' => new PauliString(bit, 0),
            'Y' => new PauliString(bit, bit),
            'Z' => new PauliString(0, bit),
            _ => throw new QuantumAppsException($"'{pauli}' is not a Pauli letter (expected I, X, Y or Z)"),
        };
    }

    /// <summary>Number of qubits acted on non-trivially.</summary>
    public int Weight => BitOperations.PopCount(X | Z);

    /// <summary>Highest qubit acted on non-trivially, or -1 for the identity.</summary>
    public int MaxQubit => (X | Z) == 0 ? -1 : 63 - BitOperations.LeadingZeroCount(X | Z);

    /// <summary>True when the string acts as the identity on every qubit (phase may differ).</summary>
    public bool IsIdentity => (X | Z) == 0;

    /// <summary>True when the string contains only I and Z (diagonal in the computational basis).</summary>
    public bool IsDiagonal => X == 0;

    /// <summary>The same string with phase i^0.</summary>
    public PauliString WithoutPhase() => new(X, Z);

    /// <summary>The phase i^Phase as a complex number.</summary>
    public Complex PhaseFactor => PhaseToComplex(Phase);

    /// <summary>The Pauli letter on one qubit.</summary>
    public char this[int qubit]
    {
        get
        {
            ulong bit = 1UL << qubit;
            bool x = (X & bit) != 0, z = (Z & bit) != 0;
            return x ? (z ? 'Y' : 'X') : (z ? 'Z' : 'I');
        }
    }

    /// <summary>The operator product this·other with its phase.</summary>
    public PauliString Multiply(PauliString other)
    {
        ulong x3 = X ^ other.X, z3 = Z ^ other.Z;
        int k = Phase + other.Phase
                + BitOperations.PopCount(X & Z) + BitOperations.PopCount(other.X & other.Z)
                + 2 * BitOperations.PopCount(Z & other.X)
                - BitOperations.PopCount(x3 & z3);
        return new PauliString(x3, z3, k);
    }

    /// <summary>Operator product with phase.</summary>
    public static PauliString operator *(PauliString a, PauliString b) => a.Multiply(b);

    /// <summary>True when [this, other] = 0.</summary>
    public bool CommutesWith(PauliString other) =>
        (BitOperations.PopCount((X & other.Z) ^ (Z & other.X)) & 1) == 0;

    /// <summary>True when on every qubit the two letters are equal or one is I (measurable in one basis).</summary>
    public bool QubitWiseCommutesWith(PauliString other)
    {
        ulong both = (X | Z) & (other.X | other.Z);
        return ((X ^ other.X) & both) == 0 && ((Z ^ other.Z) & both) == 0;
    }

    /// <summary>i^k as a complex number.</summary>
    public static Complex PhaseToComplex(int k) => (k & 3) switch
    {
        0 => Complex.One,
        1 => Complex.ImaginaryOne,
        2 => -Complex.One,
        _ => -Complex.ImaginaryOne,
    };

    /// <summary>
    /// Parses "X0 Y2 Z5" (letters with qubit indices, any order, each qubit once), the compact form
    /// "XIYZ" (qubit 0 first), or "I" / "" for the identity.
    /// </summary>
    public static PauliString Parse(string label)
    {
        if (!TryParse(label, out var p, out var error)) throw new QuantumAppsException(error!);
        return p;
    }

    /// <summary>Parses like <see cref="Parse"/>; on failure returns false and a message (with 1-based column).</summary>
    public static bool TryParse(string label, out PauliString result, out string? error)
    {
        result = Identity;
        error = null;
        string s = label.Trim();
        if (s.Length == 0 || s == "I") return true;
        bool indexed = s.Any(char.IsDigit);
        ulong x = 0, z = 0;
        if (!indexed)
        {
            if (s.Length > 64) { error = $"compact Pauli label has {s.Length} letters; at most 64 qubits"; return false; }
            for (int q = 0; q < s.Length; q++)
            {
                if (!ApplyLetter(s[q], q, ref x, ref z)) { error = $"column {q + 1}: '{s[q]}' is not a Pauli letter (I, X, Y, Z)"; return false; }
            }
            result = new PauliString(x, z);
            return true;
        }
        int i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) { i++; continue; }
            int col = i + 1;
            char letter = s[i++];
            int start = i;
            while (i < s.Length && char.IsDigit(s[i])) i++;
            if (start == i) { error = $"column {col}: expected a qubit index after '{letter}'"; return false; }
            if (!int.TryParse(s.AsSpan(start, i - start), out int q) || q > 63) { error = $"column {start + 1}: qubit index {s[start..i]} is out of range 0..63"; return false; }
            if ((((x | z) >> q) & 1) != 0) { error = $"column {col}: qubit {q} appears twice"; return false; }
            if (!ApplyLetter(letter, q, ref x, ref z)) { error = $"column {col}: '{letter}' is not a Pauli letter (I, X, Y, Z)"; return false; }
        }
        result = new PauliString(x, z);
        return true;
    }

    private static bool ApplyLetter(char c, int q, ref ulong x, ref ulong z)
    {
        ulong bit = 1UL << q;
        switch (char.ToUpperInvariant(c))
        {
            case 'I': return true;
            case 'X': x |= bit; return true;
            case 'Y': x |= bit; z |= bit; return true;
            case 'Z': z |= bit; return true;
            default: return false;
        }
    }

    /// <summary>Indexed label "X0 Y2" (qubit 0 first), "I" for the identity; a non-trivial phase is prefixed ("-i X0").</summary>
    public override string ToString()
    {
        string body = ToLabel();
        return Phase switch { 0 => body, 1 => "i " + body, 2 => "- " + body, _ => "-i " + body };
    }

    /// <summary>Indexed label without phase, "I" for the identity.</summary>
    public string ToLabel()
    {
        if (IsIdentity) return "I";
        var sb = new StringBuilder();
        ulong m = X | Z;
        while (m != 0)
        {
            int q = BitOperations.TrailingZeroCount(m);
            m &= m - 1;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(this[q]).Append(q);
        }
        return sb.ToString();
    }

    /// <summary>Compact label over <paramref name="numQubits"/> qubits, qubit 0 first ("XIYZ").</summary>
    public string ToCompactLabel(int numQubits)
    {
        var chars = new char[numQubits];
        for (int q = 0; q < numQubits; q++) chars[q] = this[q];
        return new string(chars);
    }

    public bool Equals(PauliString other) => X == other.X && Z == other.Z && Phase == other.Phase;
    public override bool Equals(object? obj) => obj is PauliString p && Equals(p);
    public override int GetHashCode() => HashCode.Combine(X, Z, Phase);
    public static bool operator ==(PauliString a, PauliString b) => a.Equals(b);
    public static bool operator !=(PauliString a, PauliString b) => !a.Equals(b);

    /// <summary>Canonical order: by X mask, then Z mask, then phase (terms sharing an X mask are adjacent).</summary>
    public int CompareTo(PauliString other)
    {
        int c = X.CompareTo(other.X);
        if (c != 0) return c;
        c = Z.CompareTo(other.Z);
        return c != 0 ? c : Phase.CompareTo(other.Phase);
    }
}
