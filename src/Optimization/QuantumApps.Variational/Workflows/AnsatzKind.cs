namespace QuantumApps.Variational.Workflows;

/// <summary>The ansätze of a molecular VQE (<see cref="VqeMethod"/>); text names from <see cref="VqeMethod.AnsatzName"/>.</summary>
public enum AnsatzKind
{
    /// <summary>UCCSD on the Hartree–Fock determinant (name "uccsd").</summary>
    Uccsd,

    /// <summary>Hardware-efficient RY/RZ layers with a CNOT ladder (name "hea").</summary>
    Hea,

    /// <summary>k-UpCCGSD, k layers of paired generalized doubles and singles (name "kupccgsd").</summary>
    KUpCcgsd,

    /// <summary>ADAPT-VQE over the singles-and-doubles pool (name "adapt").</summary>
    Adapt,
}
