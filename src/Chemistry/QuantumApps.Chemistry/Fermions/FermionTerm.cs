using System.Numerics;

namespace QuantumApps.Chemistry.Fermions;

/// <summary>One term c · O_1 ⋯ O_k of a <see cref="FermionOperator"/>.</summary>
/// <param name="Product">The ordered product of ladder operators.</param>
/// <param name="Coefficient">The complex coefficient c (hartree for Hamiltonians).</param>
public readonly record struct FermionTerm(FermionProduct Product, Complex Coefficient);
