using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// Fast path from the (h, g) tensors straight to Pauli terms, for any linear encoding (JW, parity, BK).
/// Each ladder operator is two masked Pauli strings; pair products a†_i a†_j and a_k a_l are tabulated once
/// (4 strings each), so every two-body spin-orbital term costs 16 mask multiplications and dictionary
/// updates keyed on (X, Z) — no generic sum multiplication, no O(terms²) merging. The operator
/// a†_pσ a†_rτ a_sτ a_qσ with weight ½(pq|rs) equals a†_rτ a†_pσ a_qσ a_sτ (two swaps), the term of
/// (rs|pq) = (pq|rs); so each unordered pair of one-body indices (pqσ), (rsτ) is visited once with weight (pq|rs).
/// Its adjoint a†_qσ a†_sτ a_rτ a_pσ is the term of the pair (qpσ), (srτ) with the same weight (qp|sr) = (pq|rs);
/// a term T = Σ c_k P_k and T† = Σ c̄_k P_k together give Σ 2 Re(c_k) P_k, so only the first of each adjoint
/// pair is expanded. Self-adjoint terms are expanded in full and their imaginary parts must cancel (asserted).
/// </summary>
internal static class MolecularMappingKernel
{
    /// <summary>Imaginary parts of the summed coefficients must cancel (H is Hermitian): the validator allows
    /// 1e-9 asymmetry in the integrals, so anything above 1e-8 signals a bug, not round-off.</summary>
    private const double ImaginaryTolerance = 1e-8;

    // Called once per Hamiltonian (often once per process, e.g. from the CLI): skip tier-0 code for the hot loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PauliSum Map(MolecularHamiltonian h, QubitMapping mapping, double threshold)
    {
        int n = h.NumOrbitals;
        int nq = 2 * n;
        var create = new MaskTerm[nq * 2];
        var annihilate = new MaskTerm[nq * 2];
        for (int k = 0; k < nq; k++)
        {
            int mode = mapping.ModeOf(k);
            var (p0, c0, p1, c1) = mapping.Encoding.LadderTerms(mode, creation: true);
            create[2 * k] = new MaskTerm(p0.X, p0.Z, c0);
            create[2 * k + 1] = new MaskTerm(p1.X, p1.Z, c1);
            (p0, c0, p1, c1) = mapping.Encoding.LadderTerms(mode, creation: false);
            annihilate[2 * k] = new MaskTerm(p0.X, p0.Z, c0);
            annihilate[2 * k + 1] = new MaskTerm(p1.X, p1.Z, c1);
        }

        // Distinct strings before cancellation are O(nq⁴/8); sizing up front avoids repeated rehashing.
        var acc = new Dictionary<PauliMaskKey, Complex>(Math.Min(1 << 20, Math.Max(64, nq * nq * nq * nq / 2)));
        Add(acc, new MaskTerm(0, 0, h.Constant));

        for (int p = 0; p < n; p++)
        {
            for (int q = 0; q < n; q++)
            {
                double hpq = h.OneBody[p * n + q];
                if (hpq == 0)
                {
                    continue;
                }
                for (int sigma = 0; sigma < 2; sigma++)
                {
                    int i = SpinOrbital.Index(p, sigma), j = SpinOrbital.Index(q, sigma);
                    for (int a = 0; a < 2; a++)
                    {
                        for (int b = 0; b < 2; b++)
                        {
                            var t = MaskTerm.Multiply(create[2 * i + a], annihilate[2 * j + b]);
                            Add(acc, t with { C = hpq * t.C });
                        }
                    }
                }
            }
        }

        var cc = PairTable(create, nq);
        var aa = PairTable(annihilate, nq);
        int pairs = n * n * 2;
        var g = h.TwoBody;
        Span<MaskTerm> left = stackalloc MaskTerm[4];
        for (int first = 0; first < pairs; first++)
        {
            int p = first / (2 * n), q = first / 2 % n, sigma = first & 1;
            int ps = SpinOrbital.Index(p, sigma), qs = SpinOrbital.Index(q, sigma);
            for (int second = first + 1; second < pairs; second++)
            {
                int r = second / (2 * n), s = second / 2 % n, tau = second & 1;
                double w = g[((p * n + q) * n + r) * n + s];
                if (w == 0)
                {
                    continue;
                }
                int rt = SpinOrbital.Index(r, tau), st = SpinOrbital.Index(s, tau);
                if (ps == rt || qs == st)
                {
                    continue;
                }
                int adjFirst = (q * n + p) * 2 + sigma, adjSecond = (s * n + r) * 2 + tau;
                int adjLow = Math.Min(adjFirst, adjSecond), adjHigh = Math.Max(adjFirst, adjSecond);
                bool selfAdjoint = adjLow == first && adjHigh == second;
                if (!selfAdjoint && (adjLow < first || (adjLow == first && adjHigh < second)))
                {
                    continue; // expanded together with its adjoint partner
                }
                // a†_ps a†_rt a_st a_qs, weight (pq|rs) (both orderings of the pair folded together).
                int ci = (ps * nq + rt) * 4, ai = (st * nq + qs) * 4;
                for (int a = 0; a < 4; a++)
                {
                    left[a] = cc[ci + a] with { C = w * cc[ci + a].C };
                }
                for (int a = 0; a < 4; a++)
                {
                    for (int b = 0; b < 4; b++)
                    {
                        var t = MaskTerm.Multiply(left[a], aa[ai + b]);
                        if (selfAdjoint)
                        {
                            Add(acc, t);
                        }
                        else if (t.C.Real != 0)
                        {
                            // Every product is w·¼·i^k, exactly real or exactly imaginary; T + T† keeps 2·Re only.
                            Add(acc, new MaskTerm(t.X, t.Z, 2 * t.C.Real));
                        }
                    }
                }
            }
        }

        var builder = new PauliSumBuilder(nq);
        foreach (var (key, c) in acc)
        {
            if (Math.Abs(c.Imaginary) > ImaginaryTolerance)
            {
                throw new InvalidOperationException(
                    $"mapped Hamiltonian term {new PauliString(key.X, key.Z).ToLabel()} kept an imaginary coefficient {c.Imaginary:R}; H is not Hermitian");
            }
            // Most accumulated strings cancel exactly (JW Z-strings of different products); skip them here so
            // the builder only sees surviving terms.
            if (Math.Abs(c.Real) >= threshold)
            {
                builder.Add(new PauliString(key.X, key.Z), c.Real);
            }
        }
        return builder.ToPauliSum(threshold);
    }

    /// <summary>Table of O_i O_j (i ≠ j) as 4 masked strings at index (i·nq + j)·4.</summary>
    private static MaskTerm[] PairTable(MaskTerm[] single, int nq)
    {
        var table = new MaskTerm[nq * nq * 4];
        for (int i = 0; i < nq; i++)
        {
            for (int j = 0; j < nq; j++)
            {
                if (i == j)
                {
                    continue;
                }
                int o = (i * nq + j) * 4;
                table[o] = MaskTerm.Multiply(single[2 * i], single[2 * j]);
                table[o + 1] = MaskTerm.Multiply(single[2 * i], single[2 * j + 1]);
                table[o + 2] = MaskTerm.Multiply(single[2 * i + 1], single[2 * j]);
                table[o + 3] = MaskTerm.Multiply(single[2 * i + 1], single[2 * j + 1]);
            }
        }
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Dictionary<PauliMaskKey, Complex> acc, in MaskTerm t)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(acc, new PauliMaskKey(t.X, t.Z), out _);
        slot += t.C;
    }
}
