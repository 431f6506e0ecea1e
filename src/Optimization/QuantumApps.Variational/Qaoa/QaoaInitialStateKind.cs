namespace QuantumApps.Variational.Qaoa;

/// <summary>How a <see cref="QaoaInitialState"/> is prepared.</summary>
public enum QaoaInitialStateKind
{
    /// <summary>|+⟩^n, the uniform superposition (standard QAOA with the transverse-field mixer).</summary>
    UniformSuperposition,

    /// <summary>One computational basis state |b⟩.</summary>
    BasisState,

    /// <summary>Uniform superposition over a given set of distinct bitstrings.</summary>
    Superposition,

    /// <summary>Product of W states, one per block: uniform over bitstrings with exactly one 1 in each block and 0 elsewhere.</summary>
    OneHotBlocks,
}
