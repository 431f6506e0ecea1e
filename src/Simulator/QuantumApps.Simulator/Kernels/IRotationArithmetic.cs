using System.Runtime.Intrinsics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// The arithmetic of a one-qubit rotation on vectors of complex amplitudes (re, im, re, im, …), for the shared
/// sweep in <see cref="RotationSweep"/>: the new values of a pair of partner vectors (two complex numbers per
/// Vector256, four per Vector512), and the target-0 form where a 256-bit half holds a whole pair (a0, a1).
/// Implemented by structs so the sweep is specialised per rotation.
/// </summary>
internal interface IRotationArithmetic
{
    /// <summary>Whether the sweep takes its 512-bit path (<see cref="ComplexVector.Use512"/> when the operation was made).</summary>
    bool Wide { get; }

    /// <summary>a0' from the vectors a0 (target bit 0) and a1 (target bit 1).</summary>
    Vector256<double> First(Vector256<double> a0, Vector256<double> a1);

    /// <summary>a1' from a0 and a1.</summary>
    Vector256<double> Second(Vector256<double> a0, Vector256<double> a1);

    /// <summary>Target 0: v = (a0, a1) → (a0', a1').</summary>
    Vector256<double> Adjacent(Vector256<double> v);

    /// <summary>a0' from a0 and a1, four complex numbers per vector.</summary>
    Vector512<double> First(Vector512<double> a0, Vector512<double> a1);

    /// <summary>a1' from a0 and a1, four complex numbers per vector.</summary>
    Vector512<double> Second(Vector512<double> a0, Vector512<double> a1);

    /// <summary>Target 0: each 256-bit half (a0, a1) → (a0', a1').</summary>
    Vector512<double> Adjacent(Vector512<double> v);
}
