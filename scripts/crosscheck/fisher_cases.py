#!/usr/bin/env python3
"""Expected p-values for FisherExactTestTests.swift, from scipy.

Usage: fisher_cases.py [--exact]

Prints one Swift line per 2x2 table [[a, b], [c, d]]:
    Case(a, b, c, d, expected: p),  // note
where p is repr(scipy.stats.fisher_exact(table, alternative='two-sided').pvalue)
(scipy 1.17.1), in hex when it is a subnormal double.  With --exact, each p is also recomputed from scipy's rule in
exact integer arithmetic (fractions of binomial coefficients, ties decided
exactly, tolerance 1 + 1e-14 as scipy's source has it) and the relative
difference is printed to stderr, so that the expected values are known to
measure the Swift code and not scipy's rounding.  The cases: empty rows and
columns, tiny tables, a double mode, wards' months (10-40 a cell) and years
(100-500), thousands of births, mirror-symmetric margins, both tails down to
p ~ 1e-300 and tables where scipy's p-value underflows to 0.
"""
import math
import random
import sys
from fractions import Fraction

import scipy
from scipy.stats import fisher_exact

GAMMA = Fraction(1 + 1e-14)   # the double scipy multiplies by
EPS = Fraction(1e-14)


def exact_rule(a, b, c, d):
    """scipy's two-sided rule, in exact arithmetic; returns a Fraction."""
    n1, n2, n = a + b, c + d, a + c
    N = n1 + n2
    if 0 in (n1, n2, n, N - n):
        return Fraction(1)
    lo, hi = max(0, n - n2), min(n, n1)
    w = {x: math.comb(n1, x) * math.comb(n2, n - x) for x in range(lo, hi + 1)}
    total = math.comb(N, n)
    mode = int((n + 1) * (n1 + 1) / (N + 2))
    pe, pm = w[a], w[mode]
    if Fraction(abs(pe - pm), max(pe, pm)) <= EPS:
        return Fraction(1)
    threshold = pe * GAMMA
    if a < mode:
        s = sum(w[x] for x in range(lo, a + 1))
        s += sum(w[x] for x in range(mode, hi + 1) if w[x] < threshold)
    else:
        s = sum(w[x] for x in range(a, hi + 1))
        s += sum(w[x] for x in range(lo, mode + 1) if w[x] <= threshold)
    return min(Fraction(s, total), Fraction(1))


CASES = [
    # (a, b, c, d, note)
    (0, 0, 0, 0, "all zero"),
    (0, 0, 3, 4, "a zero row"),
    (0, 5, 0, 7, "a zero column"),
    (1, 0, 0, 1, "tiny"),
    (3, 1, 1, 3, "the lady tasting tea"),
    (8, 2, 1, 5, "scipy's docstring"),
    (1, 9, 11, 3, "Wikipedia's example"),
    (1, 2, 2, 1, "observed at a double mode"),
    (0, 5, 5, 0, "tiny, extreme"),
    (2, 7, 8, 2, "tiny"),
    (0, 10, 7, 3, "a zero cell"),
    (10, 0, 0, 10, "tiny, extreme"),
    (15, 12, 11, 14, "a ward's month"),
    (20, 17, 18, 22, "a ward's month"),
    (30, 25, 22, 28, "a ward's month"),
    (12, 9, 10, 11, "a ward's month"),
    (25, 18, 17, 24, "a ward's month"),
    (40, 21, 19, 38, "a ward's month, both rows high"),
    (260, 240, 230, 245, "a ward's year"),
    (130, 110, 100, 120, "a ward's year"),
    (400, 350, 320, 360, "a ward's year"),
    (210, 190, 170, 230, "a ward's year"),
    (150, 140, 148, 139, "a ward's year, p near 1"),
    (1500, 1400, 1480, 1390, "thousands"),
    (5000, 4700, 4400, 4300, "thousands"),
    (2000, 1800, 1800, 2000, "mirror-symmetric rows and columns"),
    (3100, 2900, 3000, 3000, "equal rows"),
    (2600, 2400, 2400, 2700, "equal columns"),
    (0, 2729, 266, 2463, "equal rows: the mirror ties below an ulp of ln P"),
    (54, 182, 236, 0, "equal rows: the mirror ties below an ulp of ln P"),
    (1107, 2432, 2432, 1107, "mirror-symmetric, p ~ 1e-222"),
    (1, 1000, 10, 990, "unbalanced"),
    (50, 5, 20, 30, "a small tail"),
    (300, 50, 50, 300, "p ~ 1e-87"),
    (500, 0, 0, 500, "p ~ 1e-299"),
    (520, 10, 12, 515, "p ~ 1e-270"),
    (510, 0, 0, 510, "p ~ 1e-305"),
    (515, 0, 0, 515, "p below the normal doubles"),
    (1000, 0, 0, 1000, "scipy underflows to 0"),
    (5000, 100, 100, 5000, "scipy underflows to 0"),
]


def random_cases(rng):
    out = []
    for low, high, note in [(10, 40, "random, a month"), (100, 500, "random, a year"),
                            (1000, 5000, "random, thousands")]:
        for _ in range(6):
            out.append(tuple(rng.randint(low, high) for _ in range(4)) + (note,))
    return out


def main():
    check = "--exact" in sys.argv[1:]
    rng = random.Random(20261202)
    print(f"// scipy {scipy.__version__}: stats.fisher_exact([[a, b], [c, d]], "
          "alternative='two-sided').pvalue")
    for a, b, c, d, note in CASES + random_cases(rng):
        p = float(fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue)
        if 0 < p < 2.2250738585072014e-308:
            # A subnormal: as a hex literal, which Swift takes without a warning.
            print(f"Case({a}, {b}, {c}, {d}, expected: {p.hex()}),  // {note}: {p!r}")
        else:
            print(f"Case({a}, {b}, {c}, {d}, expected: {p!r}),  // {note}")
        if check:
            e = exact_rule(a, b, c, d)
            if float(e) < 2.2250738585072014e-308:
                print(f"{a} {b} {c} {d}: exact {float(e)!r} (below the normal doubles), "
                      f"scipy {p!r}", file=sys.stderr)
                continue
            diff = abs(Fraction(p) - e) / e
            print(f"{a} {b} {c} {d}: exact {float(e)!r}, scipy relative difference {float(diff):.2e}",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
