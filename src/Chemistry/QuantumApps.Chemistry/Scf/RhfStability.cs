using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Real RHF → RHF (singlet, internal) stability analysis of a closed-shell determinant and the rotation that
/// follows an instability.
/// <para>
/// Orbital Hessian (Seeger &amp; Pople, J. Chem. Phys. 66, 3045 (1977); the real singlet case of the
/// A/B matrices of Bauernschmitt &amp; Ahlrichs, J. Chem. Phys. 104, 9047 (1996), both cited by PySCF's
/// <c>pyscf/scf/stability.py</c>, <c>rhf_internal</c>): for occupied i, j and virtual a, b of the orbitals C,
/// (A+B)_{ia,jb} = δ_ij f_ab − δ_ab f_ij + 4(ia|jb) − (ib|ja) − (ij|ab), chemists' notation, with the Fock matrix
/// f = Cᵀ F[P] C of the density P = 2 C_occ C_occᵀ of these orbitals. For canonical orbitals f is diagonal and the
/// first two terms become δ_ij δ_ab (ε_a − ε_i). The second derivative of the energy of the real rotation
/// exp(κ), κ_ai = −κ_ia = x_ia, is 4 xᵀ(A+B)x; only the sign of the lowest eigenvalue and its eigenvector are used.
/// The scale is psi4's: psi4 1.3.2 prints the lowest singlet (RHF→RHF) eigenvalue 0.748147 Ha for
/// H2/STO-3G σ_g² at 20 Å, which is J_aa − J_ab of this matrix.
/// </para>
/// <para>
/// The full (pq|rs) MO transform (O(m n⁴)) and a dense (o·v)² eigen-decomposition are used; this is meant for the
/// small bases the pipeline handles.
/// </para>
/// </summary>
public static class RhfStability
{
    /// <summary>Largest number o·v of occupied–virtual rotations for which the dense Hessian is built (8 × 4096² bytes = 128 MiB).</summary>
    public const int MaxHessianDimension = 4096;

    /// <summary>Trial rotation angles θ_k = k·π/16, k = 1..8, of the follow-up line search (radians).</summary>
    public const int LineSearchSteps = 8;

    /// <summary>Builds A + B for the orbitals <paramref name="coefficients"/> (n × m) and returns its lowest eigenpair.</summary>
    /// <exception cref="QuantumAppsException">No occupied or no virtual orbital.</exception>
    public static RhfStabilityResult Analyse(Matrix<double> core, double[] eri, Matrix<double> coefficients, int numOccupied)
    {
        var hessian = Hessian(core, eri, coefficients, numOccupied);
        var evd = hessian.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Real();
        var lowest = 0;
        for (var k = 1; k < values.Count; k++)
        {
            if (values[k] < values[lowest])
            {
                lowest = k;
            }
        }

        var o = numOccupied;
        var v = coefficients.ColumnCount - o;
        return new RhfStabilityResult(values[lowest], evd.EigenVectors.Column(lowest).ToArray(), o, v);
    }

    /// <summary>The orbital Hessian A + B, rows and columns ia = i·v + a.</summary>
    /// <exception cref="QuantumAppsException">No occupied or no virtual orbital, or o·v above <see cref="MaxHessianDimension"/>.</exception>
    public static Matrix<double> Hessian(Matrix<double> core, double[] eri, Matrix<double> coefficients, int numOccupied)
    {
        var n = coefficients.RowCount;
        var m = coefficients.ColumnCount;
        var o = numOccupied;
        var v = m - o;
        if (o <= 0 || v <= 0)
        {
            throw new QuantumAppsException($"stability analysis needs occupied and virtual orbitals, got {o} occupied of {m}");
        }

        if (o * v > MaxHessianDimension)
        {
            throw new QuantumAppsException($"stability analysis: {o}·{v} = {o * v} rotations exceed the {MaxHessianDimension} of a dense Hessian");
        }

        var fock = RhfSteps.Fock(core, RhfSteps.Density(coefficients, o), eri);
        var f = coefficients.Transpose() * fock * coefficients;
        var cOcc = coefficients.SubMatrix(0, n, 0, o).ToRowMajorArray();
        var cVir = coefficients.SubMatrix(0, n, o, v).ToRowMajorArray();
        var ovov = Transform(eri, n, cOcc, o, cVir, v, cOcc, o, cVir, v);
        var oovv = Transform(eri, n, cOcc, o, cOcc, o, cVir, v, cVir, v);
        var ov = o * v;
        var h = Matrix<double>.Build.Dense(ov, ov);
        for (var i = 0; i < o; i++)
        {
            for (var a = 0; a < v; a++)
            {
                for (var j = 0; j < o; j++)
                {
                    for (var b = 0; b < v; b++)
                    {
                        var iajb = ovov[((i * v + a) * o + j) * v + b];
                        var ibja = ovov[((i * v + b) * o + j) * v + a];
                        var ijab = oovv[((i * o + j) * v + a) * v + b];
                        var val = 4 * iajb - ibja - ijab;
                        if (i == j)
                        {
                            val += f[o + a, o + b];
                        }

                        if (a == b)
                        {
                            val -= f[i, j];
                        }

                        h[i * v + a, j * v + b] = val;
                    }
                }
            }
        }

        return 0.5 * (h + h.Transpose());
    }

    /// <summary>
    /// C exp(θκ) with κ_{o+a,i} = x_ia, κ_{i,o+a} = −x_ia (zero elsewhere): occupied orbital i acquires
    /// θ Σ_a x_ia φ_a to first order. The exponential of the antisymmetric matrix is evaluated by scaling and
    /// squaring of its Taylor series, so the result stays S-orthonormal to rounding.
    /// </summary>
    public static Matrix<double> Rotate(Matrix<double> coefficients, int numOccupied, IReadOnlyList<double> x, double angle)
    {
        var m = coefficients.ColumnCount;
        var o = numOccupied;
        var v = m - o;
        var kappa = Matrix<double>.Build.Dense(m, m);
        for (var i = 0; i < o; i++)
        {
            for (var a = 0; a < v; a++)
            {
                kappa[o + a, i] = angle * x[i * v + a];
                kappa[i, o + a] = -angle * x[i * v + a];
            }
        }

        return coefficients * Exponential(kappa);
    }

    /// <summary>
    /// Follows an instability: among θ_k = k·π/16 (k = 1..<see cref="LineSearchSteps"/>) the rotation
    /// <see cref="Rotate"/> along the unit eigenvector with the lowest closed-shell electronic energy
    /// ½ tr P(H + F[P]). A negative Hessian eigenvalue guarantees that small θ lowers the energy; the coarse search
    /// lets one step cross a large barrier-free distance (σ_g from the ionic H⁻H⁺ orbitals is θ = π/4).
    /// </summary>
    public static (Matrix<double> Coefficients, double Angle, double ElectronicEnergy) Follow(
        Matrix<double> core, double[] eri, Matrix<double> coefficients, RhfStabilityResult analysis)
    {
        Matrix<double>? best = null;
        var bestAngle = 0.0;
        var bestEnergy = double.PositiveInfinity;
        for (var k = 1; k <= LineSearchSteps; k++)
        {
            var angle = k * Math.PI / 16;
            var c = Rotate(coefficients, analysis.NumOccupied, analysis.Eigenvector, angle);
            var p = RhfSteps.Density(c, analysis.NumOccupied);
            var e = RhfSteps.ElectronicEnergy(p, core, RhfSteps.Fock(core, p, eri));
            if (e < bestEnergy)
            {
                best = c;
                bestAngle = angle;
                bestEnergy = e;
            }
        }

        return (best!, bestAngle, bestEnergy);
    }

    /// <summary>
    /// (pq|rs) = Σ A_μp B_νq C_λr D_σs (μν|λσ) for coefficient blocks given row-major n × k (AO μ, MO p at μ·k + p),
    /// one index at a time; result at ((p·kb + q)·kc + r)·kd + s.
    /// </summary>
    private static double[] Transform(double[] eri, int n, double[] a, int ka, double[] b, int kb, double[] c, int kc, double[] d, int kd)
    {
        var q1 = ContractMiddle(eri, 1, n, n * n * n, a, ka);
        var q2 = ContractMiddle(q1, ka, n, n * n, b, kb);
        var q3 = ContractMiddle(q2, ka * kb, n, n, c, kc);
        return ContractMiddle(q3, ka * kb * kc, n, 1, d, kd);
    }

    /// <summary>
    /// One index of the transform: out[o, r, i] = Σ_λ coef[λ·k + r] · in[o, λ, i], with the input viewed as
    /// outer × n × inner and the output as outer × k × inner (row-major).
    /// </summary>
    private static double[] ContractMiddle(double[] input, int outer, int n, int inner, double[] coef, int k)
    {
        var output = new double[outer * k * inner];
        for (var o = 0; o < outer; o++)
        {
            for (var la = 0; la < n; la++)
            {
                var source = input.AsSpan((o * n + la) * inner, inner);
                for (var r = 0; r < k; r++)
                {
                    var coefficient = coef[la * k + r];
                    if (coefficient == 0)
                    {
                        continue;
                    }

                    var target = output.AsSpan((o * k + r) * inner, inner);
                    for (var i = 0; i < inner; i++)
                    {
                        target[i] += coefficient * source[i];
                    }
                }
            }
        }

        return output;
    }

    /// <summary>exp(A) by scaling A to norm ≤ ½, a 16-term Taylor series and repeated squaring.</summary>
    private static Matrix<double> Exponential(Matrix<double> a)
    {
        var norm = a.InfinityNorm();
        var squarings = norm > 0.5 ? (int)Math.Ceiling(Math.Log2(norm / 0.5)) : 0;
        var scaled = a / Math.Pow(2, squarings);
        var result = Matrix<double>.Build.DenseIdentity(a.RowCount);
        var term = Matrix<double>.Build.DenseIdentity(a.RowCount);
        for (var k = 1; k <= 16; k++)
        {
            term = term * scaled / k;
            result += term;
        }

        for (var s = 0; s < squarings; s++)
        {
            result *= result;
        }

        return result;
    }
}
