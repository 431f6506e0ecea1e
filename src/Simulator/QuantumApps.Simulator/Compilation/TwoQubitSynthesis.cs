using System.Numerics;

using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Exact (not CNOT-optimal) synthesis of an arbitrary two-qubit unitary into u1, u3 and cx, for OpenQASM export.
/// Local index m = 2·bit(first) + bit(second). Steps (Nielsen &amp; Chuang §4.5.1):
/// <list type="number">
/// <item>Givens elimination: two-level unitaries G_k on basis pairs (j, i) zero the sub-diagonal column by column,
/// G_K⋯G_1·U = D diagonal, so U = G_1†⋯G_K†·D (D is applied first).</item>
/// <item>D = diag(e^{iφ_m}) = e^{iφ_00}·u1(α)_first·u1(β)_second·CPhase(γ) with α = φ_10 − φ_00, β = φ_01 − φ_00,
/// γ = φ_11 − φ_10 − φ_01 + φ_00.</item>
/// <item>A two-level unitary on states differing in one bit is a controlled-V (X on the control when the control
/// value is 0); on states differing in both bits it is conjugated by CNOT(first → second) into that case.</item>
/// <item>Controlled-V with V = e^{iα}RZ(β)RY(γ)RZ(δ) (<see cref="ZyzDecomposition"/>) is C; cx; B; cx; A on the target and
/// u1(α) on the control, with A = RZ(β)RY(γ/2), B = RY(−γ/2)RZ(−(δ+β)/2), C = RZ((δ−β)/2) (N&amp;C Cor. 4.2); A, B, C
/// act unconditionally, so writing them as u3 up to phase only changes the global phase.</item>
/// </list>
/// At most 6 two-level unitaries, each ≤ 4 CNOTs, plus 2 for D: more than the KAK optimum of 3 but exact.
/// </summary>
internal static class TwoQubitSynthesis
{
    /// <summary>Sub-diagonal entries smaller than this are already zero (unitarity is checked to 1e-10 on input).</summary>
    private const double ZeroTolerance = 1e-14;

    internal static List<QasmInstruction> Decompose(ReadOnlySpan<Complex> unitary, int first, int second)
    {
        var m = unitary.ToArray();
        var levels = new List<(int J, int I, Complex[] G)>();
        for (int j = 0; j < 3; j++)
            for (int i = 3; i > j; i--)
            {
                Complex a = m[4 * j + j], b = m[4 * i + j];
                if (b.Magnitude < ZeroTolerance) continue;
                double norm = Math.Sqrt(a.Magnitude * a.Magnitude + b.Magnitude * b.Magnitude);
                Complex[] g = [Complex.Conjugate(a) / norm, Complex.Conjugate(b) / norm, -b / norm, a / norm];
                for (int c = 0; c < 4; c++)
                {
                    Complex rj = m[4 * j + c], ri = m[4 * i + c];
                    m[4 * j + c] = g[0] * rj + g[1] * ri;
                    m[4 * i + c] = g[2] * rj + g[3] * ri;
                }
                levels.Add((j, i, g));
            }
        var output = new List<QasmInstruction>();
        Diagonal(output, m[0].Phase, m[5].Phase, m[10].Phase, m[15].Phase, first, second);
        for (int k = levels.Count - 1; k >= 0; k--)
        {
            var (j, i, g) = levels[k];
            Complex[] w = [Complex.Conjugate(g[0]), Complex.Conjugate(g[2]), Complex.Conjugate(g[1]), Complex.Conjugate(g[3])];
            TwoLevel(output, j, i, w, first, second);
        }
        return output;
    }

    private static void Diagonal(List<QasmInstruction> output, double p00, double p01, double p10, double p11, int first, int second)
    {
        output.Add(new("u1", first, -1, [p10 - p00]));
        output.Add(new("u1", second, -1, [p01 - p00]));
        Controlled(output, first, true, second, [Complex.One, Complex.Zero, Complex.Zero, Complex.FromPolarCoordinates(1, p11 - p10 - p01 + p00)]);
    }

    /// <summary>The unitary acting as w on span(|j⟩, |i⟩) (w in that basis order) and as the identity elsewhere.</summary>
    private static void TwoLevel(List<QasmInstruction> output, int j, int i, Complex[] w, int first, int second)
    {
        int diff = j ^ i;
        if (diff == 3)
        {
            // CNOT(first → second) maps local k to k ^ (bit 2 of k ? 1 : 0), turning both-bit pairs into first-bit pairs.
            static int Map(int k) => (k & 2) != 0 ? k ^ 1 : k;
            output.Add(new("cx", first, second, []));
            TwoLevel(output, Map(j), Map(i), w, first, second);
            output.Add(new("cx", first, second, []));
            return;
        }
        bool targetIsFirst = diff == 2;
        int controlBit = 3 - diff;
        bool controlValue = (j & controlBit) != 0;
        var v = (j & diff) == 0 ? w : [w[3], w[2], w[1], w[0]];
        Controlled(output, targetIsFirst ? second : first, controlValue, targetIsFirst ? first : second, v);
    }

    private static void Controlled(List<QasmInstruction> output, int control, bool controlValue, int target, Complex[] v)
    {
        if (!controlValue) output.Add(new("x", control, -1, []));
        var e = ZyzDecomposition.Of(v);
        double alpha = e.GlobalPhase + (e.Phi + e.Lambda) / 2, beta = e.Phi, gamma = e.Theta, delta = e.Lambda;
        U3(output, target, Rz((delta - beta) / 2));
        output.Add(new("cx", control, target, []));
        U3(output, target, Mul(Ry(-gamma / 2), Rz(-(delta + beta) / 2)));
        output.Add(new("cx", control, target, []));
        U3(output, target, Mul(Rz(beta), Ry(gamma / 2)));
        output.Add(new("u1", control, -1, [alpha]));
        if (!controlValue) output.Add(new("x", control, -1, []));
    }

    private static void U3(List<QasmInstruction> output, int q, Complex[] m)
    {
        var e = ZyzDecomposition.Of(m);
        output.Add(new("u3", q, -1, [e.Theta, e.Phi, e.Lambda]));
    }

    private static Complex[] Rz(double t) => [Complex.FromPolarCoordinates(1, -t / 2), 0, 0, Complex.FromPolarCoordinates(1, t / 2)];

    private static Complex[] Ry(double t)
    {
        var (s, c) = Math.SinCos(t / 2);
        return [c, -s, s, c];
    }

    private static Complex[] Mul(Complex[] a, Complex[] b) =>
        [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3]];
}
