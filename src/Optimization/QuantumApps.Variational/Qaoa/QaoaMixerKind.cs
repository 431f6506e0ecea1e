namespace QuantumApps.Variational.Qaoa;

/// <summary>The mixing Hamiltonian family of a <see cref="QaoaMixer"/>.</summary>
public enum QaoaMixerKind
{
    /// <summary>B = Σ_j X_j, U_B(β) = exp(−iβ Σ_j X_j) = ⊗_j exp(−iβX_j).</summary>
    TransverseField,

    /// <summary>
    /// XY (hopping) mixer: U_B(β) = Π_(a,b) exp(−iβ(X_aX_b + Y_aY_b)/2) over the listed qubit pairs, applied
    /// in list order (the pair terms do not commute on a ring, so the order is part of the definition).
    /// It conserves the number of 1s inside every ring and so keeps one-hot constraints.
    /// </summary>
    Xy,
}
