namespace QuantumApps.Variational.Workflows;

/// <summary>Starting parameters of a molecular VQE; text names "hf" and "mp2" (<see cref="VqeMethod.InitialPointName"/>).</summary>
public enum InitialPointKind
{
    /// <summary>All angles 0: the Hartree–Fock determinant for the excitation ansätze.</summary>
    Hf,

    /// <summary>UCCSD doubles from the MP2 amplitudes (UCCSD only).</summary>
    Mp2,
}
