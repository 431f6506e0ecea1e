using System.Numerics;

using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Euler angles of a 2×2 unitary: U = e^{i·GlobalPhase}·U3(Theta, Phi, Lambda), where
/// U3(θ, φ, λ) = e^{i(φ+λ)/2}·RZ(φ)·RY(θ)·RZ(λ) (OpenQASM 2). Derivation: with α = ½·arg det U the matrix
/// V = e^{−iα}U = [[a, −b*], [b, a*]] is in SU(2) and RZ(φ)RY(θ)RZ(λ) = [[e^{−i(φ+λ)/2}c, −e^{i(λ−φ)/2}s], [e^{i(φ−λ)/2}s, e^{i(φ+λ)/2}c]],
/// so θ = 2·atan2(|b|, |a|), φ = arg b − arg a, λ = −arg a − arg b, GlobalPhase = α − (φ + λ)/2.
/// </summary>
public readonly record struct ZyzDecomposition(double Theta, double Phi, double Lambda, double GlobalPhase)
{
    /// <summary>Decomposes the row-major 2×2 unitary [m00, m01, m10, m11].</summary>
    public static ZyzDecomposition Of(ReadOnlySpan<Complex> u)
    {
        if (u.Length != 4) throw new QuantumAppsException($"a one-qubit unitary has 4 entries, not {u.Length}");
        Complex det = u[0] * u[3] - u[1] * u[2];
        double alpha = det.Phase / 2;
        var rot = Complex.FromPolarCoordinates(1, -alpha);
        Complex a = u[0] * rot, b = u[2] * rot;
        double theta = 2 * Math.Atan2(b.Magnitude, a.Magnitude);
        double argA = a.Magnitude > 0 ? a.Phase : 0, argB = b.Magnitude > 0 ? b.Phase : 0;
        double phi = argB - argA, lambda = -argA - argB;
        return new ZyzDecomposition(theta, phi, lambda, alpha - (phi + lambda) / 2);
    }
}
