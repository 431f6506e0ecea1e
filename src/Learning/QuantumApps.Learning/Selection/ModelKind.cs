namespace QuantumApps.Learning.Selection;

/// <summary>The models of the classification benchmark (names as on the command line in <see cref="ModelNames"/>).</summary>
public enum ModelKind
{
    /// <summary>Variational quantum classifier.</summary>
    Vqc,

    /// <summary>SVM on the ZZ fidelity kernel.</summary>
    QKernel,

    /// <summary>SVM on the projected quantum kernel of the ZZ map.</summary>
    Projected,

    /// <summary>SVM on the fidelity kernel of the ZZ map without its entangling gates (control).</summary>
    Separable,

    /// <summary>L2 logistic regression.</summary>
    LogReg,

    /// <summary>Linear SVM.</summary>
    SvmLinear,

    /// <summary>RBF SVM.</summary>
    SvmRbf,

    /// <summary>k nearest neighbours.</summary>
    Knn,

    /// <summary>One-hidden-layer perceptron.</summary>
    Mlp,

    /// <summary>The VQC without its CNOT ring (control, Bowles et al. 2024); last so the other models keep their seeds.</summary>
    VqcSeparable,
}
