using System.Runtime.Intrinsics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// The arithmetic of a one-qubit rotation on vectors of two complex amplitudes (re, im, re, im), for the shared
/// sweep in <see cref="RotationSweep"/>: the new values of a pair of partner vectors, and the target-0 form where
/// one vector holds a whole pair (a0, a1). Implemented by structs so the sweep is specialised per rotation.
/// </summary>
internal interface IRotationArithmetic
{
    /// <summary>a0' from the vectors a0 (target bit 0) and a1 (target bit 1).</summary>
    Vector256<double> First(Vector256<double> a0, Vector256<double> a1);

    /// <summary>a1' from a0 and a1.</summary>
    Vector256<double> Second(Vector256<double> a0, Vector256<double> a1);

    /// <summary>Target 0: v = (a0, a1) → (a0', a1').</summary>
    Vector256<double> Adjacent(Vector256<double> v);
}
