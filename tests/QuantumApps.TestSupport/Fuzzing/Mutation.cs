namespace QuantumApps.TestSupport.Fuzzing;

/// <summary>The kinds of damage <see cref="InputMutator"/> does to a file (one or more per mutant).</summary>
public enum Mutation
{
    /// <summary>One bit of one byte flipped.</summary>
    BitFlip,

    /// <summary>The file cut at a random byte.</summary>
    Truncate,

    /// <summary>One line repeated right after itself.</summary>
    DuplicateLine,

    /// <summary>One line removed.</summary>
    DeleteLine,

    /// <summary>One number replaced by a huge or extreme one (1e308, 2147483647, 99999999999999999999, 1e16, …).</summary>
    HugeNumber,

    /// <summary>One number replaced by NaN, Infinity or -Infinity.</summary>
    NonFiniteNumber,

    /// <summary>A line of tens of thousands of characters inserted (digits, letters or a repeated token).</summary>
    LongLine,

    /// <summary>Bytes that are not UTF-8 (0xFF, a lone continuation byte, a cut multi-byte sequence) or control characters (NUL, ESC) inserted.</summary>
    InvalidUtf8,
}
