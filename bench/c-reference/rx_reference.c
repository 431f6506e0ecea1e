/*
 * Plain C reference loops for docs/benchmarks.md: the yardstick the issue quotes ("a plain C loop reaches
 * 0.35 ns/amplitude for RX at n = 20"), measured on the same machine in the same session as our kernels, because
 * this VM's cache and memory bandwidth vary from day to day.
 *
 * RX(theta) on qubit t of an n-qubit state of interleaved doubles: a0' = c a0 - i s a1, a1' = c a1 - i s a0,
 * written as the obvious scalar loop over blocks of 2^(t+1) amplitudes (the compiler vectorises it), and an
 * in-place scale over the same array (streaming bandwidth = 32 bytes per amplitude / time).
 * Build and run: gcc -O3 -march=native -o rx_reference rx_reference.c && ./rx_reference 20
 * Prints, per target, the minimum over 15 repetitions of 20 applications, in ns per amplitude.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

/* Each repetition must really sweep the array: without noinline and this barrier, gcc -O3 fuses pairs of the
 * repeated scale passes into one pass with two multiplies (p*f*f), halving the traffic and doubling the reported
 * bandwidth (seen in the assembly of the 2026-11-22/12-01 builds, whose stream figures were therefore 2x too high). */
#define BARRIER(p) __asm__ __volatile__("" : : "r"(p) : "memory")

static double now(void) { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); return ts.tv_sec + 1e-9 * ts.tv_nsec; }

__attribute__((noinline)) static void rx(double *restrict psi, long dim, int t, double c, double s)
{
    long half = 1L << t;
    for (long blk = 0; blk < dim; blk += 2 * half)
    {
        double *restrict p0 = psi + 2 * blk;
        double *restrict p1 = p0 + 2 * half;
        for (long k = 0; k < half; k++)
        {
            double ar = p0[2 * k], ai = p0[2 * k + 1], br = p1[2 * k], bi = p1[2 * k + 1];
            p0[2 * k] = c * ar + s * bi;
            p0[2 * k + 1] = c * ai - s * br;
            p1[2 * k] = c * br + s * ai;
            p1[2 * k + 1] = c * bi - s * ar;
        }
    }
}

__attribute__((noinline)) static void scale(double *restrict psi, long doubles, double f)
{
    for (long i = 0; i < doubles; i++) psi[i] *= f;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 20;
    long dim = 1L << n;
    double *psi = aligned_alloc(64, (size_t)dim * 16);
    for (long i = 0; i < 2 * dim; i++) psi[i] = (i & 1) ? 0.0 : 1.0 / sqrt((double)dim);
    double c = cos(0.15), s = sin(0.15);
    volatile double one = 1.0;
    double unit = one; /* not a compile-time 1.0, so the scale loop is not folded away */
    int targets[] = {0, 1, 2, 3, 5, 7, 8, 9, 12, 15, 19, 23};
    for (unsigned k = 0; k < sizeof targets / sizeof targets[0]; k++)
    {
        int t = targets[k];
        if (t >= n) continue;
        double best = 1e30;
        for (int r = 0; r < 15; r++)
        {
            double t0 = now();
            for (int i = 0; i < 20; i++) { rx(psi, dim, t, c, s); BARRIER(psi); }
            double dt = (now() - t0) / 20;
            if (dt < best) best = dt;
        }
        printf("rx n=%d target=%d: %.3f ns/amplitude\n", n, t, best * 1e9 / dim);
    }
    double best = 1e30;
    for (int r = 0; r < 15; r++)
    {
        double t0 = now();
        for (int i = 0; i < 20; i++) { scale(psi, 2 * dim, unit); BARRIER(psi); }
        double dt = (now() - t0) / 20;
        if (dt < best) best = dt;
    }
    printf("in-place scale n=%d (%ld MiB): %.3f ns/amplitude = %.1f GB/s\n", n, dim * 16 >> 20, best * 1e9 / dim, 32.0 * dim / best / 1e9);
    free(psi);
    return 0;
}
