using System.Globalization;
using System.Text;
using QuantumApps.Chemistry.Hamiltonians;

namespace QuantumApps.Chemistry.IO;

/// <summary>
/// Writes a <see cref="MolecularHamiltonian"/> in the FCIDUMP text format of Molpro/PySCF:
/// a namelist header <c>&amp;FCI NORB=n,NELEC=N,MS2=2S, ORBSYM=1,..., ISYM=1, &amp;END</c> (no point-group
/// symmetry: every ORBSYM is 1), then lines <c>value i j k l</c> with 1-based indices: the unique two-electron
/// integrals (ij|kl) with i ≥ j, k ≥ l, ij ≥ kl (compound indices), the one-body h_ij as <c>value i j 0 0</c>
/// (i ≥ j), and the constant as <c>value 0 0 0 0</c>. Values use the shortest round-trip representation, so
/// reading the file back reproduces the doubles exactly; |value| ≤ <see cref="Threshold"/> is omitted.
/// </summary>
public static class FcidumpWriter
{
    /// <summary>Integrals of smaller magnitude are not written.</summary>
    public const double Threshold = 1e-15;

    /// <summary>FCIDUMP text of the Hamiltonian.</summary>
    public static string Format(MolecularHamiltonian h)
    {
        var n = h.NumOrbitals;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $" &FCI NORB={n},NELEC={h.NumElectrons},MS2={h.NumAlpha - h.NumBeta},\n");
        sb.Append("  ORBSYM=").Append(string.Join(",", Enumerable.Repeat("1", n))).Append(",\n");
        sb.Append("  ISYM=1,\n &END\n");
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var ij = i * (i + 1) / 2 + j;
                for (var k = 0; k < n; k++)
                {
                    for (var l = 0; l <= k; l++)
                    {
                        if (k * (k + 1) / 2 + l > ij)
                        {
                            continue;
                        }

                        Line(sb, h.G(i, j, k, l), i + 1, j + 1, k + 1, l + 1);
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                Line(sb, h.H(i, j), i + 1, j + 1, 0, 0);
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"{h.Constant.ToString("R", CultureInfo.InvariantCulture)} 0 0 0 0\n");
        return sb.ToString();
    }

    /// <summary>Writes the FCIDUMP file atomically.</summary>
    public static void Write(string path, MolecularHamiltonian h) => AtomicFile.WriteAllText(path, Format(h));

    private static void Line(StringBuilder sb, double value, int i, int j, int k, int l)
    {
        if (Math.Abs(value) <= Threshold)
        {
            return;
        }

        sb.Append(value.ToString("R", CultureInfo.InvariantCulture))
            .Append(CultureInfo.InvariantCulture, $" {i} {j} {k} {l}\n");
    }
}
