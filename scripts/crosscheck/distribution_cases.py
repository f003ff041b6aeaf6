#!/usr/bin/env python3
"""Expected values for the incomplete gamma, chi-squared, Poisson and t tests.

Usage: distribution_cases.py gamma|chi2|poisson|t

Prints Swift argument lines for Tests/SRBKitTests/Statistics/*Tests.swift.
Each value is scipy's (1.17.1), checked against mpmath 1.3.0 at 60 digits:
where the two differ by more than 1e-13 relative the line carries mpmath's
value and says so, with scipy's in the comment (scipy's gammainc loses up to
3e-7 near the mean at a = 1e6, its chi2.ppf 5e-11 at p = 1e-10 there, its
t.ppf digits next to p = 1/2).
"""
import sys

import mpmath as mp
import scipy
from scipy import special, stats

mp.mp.dps = 60
SCIPY = f"scipy {scipy.__version__}"


def lower_gamma(a, x):
    a, x = mp.mpf(a), mp.mpf(x)
    return mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * mp.hyp1f1(1, a + 1, x, maxterms=10**8)


def upper_gamma(a, x):
    q = 1 - lower_gamma(a, x)
    if q < mp.mpf(10) ** -40:
        q = mp.gammainc(mp.mpf(a), mp.mpf(x), mp.inf, regularized=True)
    return q


def gamma_root(tail, a, upper, x0):
    """x with P(a, x) = tail (or Q when upper), Newton in logs from scipy's x0."""
    a, tail, x = mp.mpf(a), mp.mpf(tail), mp.mpf(x0)
    for _ in range(100):
        value = upper_gamma(a, x) if upper else lower_gamma(a, x)
        density = mp.exp((a - 1) * mp.log(x) - x - mp.loggamma(a))
        step = (mp.log(value) - mp.log(tail)) * value / density * (-1 if upper else 1)
        x -= step
        if abs(step) < x * mp.mpf(10) ** -40:
            return x
    raise RuntimeError("no convergence")


def t_cdf(t, nu):
    t = mp.mpf(t)
    x = nu / (nu + t * t)
    tail = mp.betainc(mp.mpf(nu) / 2, mp.mpf(1) / 2, 0, x, regularized=True) / 2
    return 1 - tail if t > 0 else tail


def pick(scipy_value, reference, source):
    """scipy's value and its source, or mpmath's when they differ."""
    reference = float(reference)
    if abs(scipy_value - reference) <= 1e-13 * abs(reference):
        return scipy_value, f"{SCIPY}: {source}"
    return reference, f"mpmath 1.3.0, 60 digits ({SCIPY}: {source} = {scipy_value!r})"


def gamma_cases():
    points = [(0.5, 1e-300), (0.5, 0.1), (0.5, 1.4), (0.5, 50), (1, 1e-10), (1, 3), (2.5, 2.4),
              (2.5, 3.6), (7.5, 20), (8, 1e-12), (10, 737.4143124556944), (50, 17.2), (100, 483.2),
              (300.5, 11.681278825685819), (1000, 999), (1000, 1001.5), (1e4, 9800), (31234.5, 29625.7),
              (1e5, 1e5), (1e6, 993651.8087766353), (1e6, 999999.5), (1e6, 1e6), (1e6, 1003000)]
    for a, x in points:
        p, q = float(special.gammainc(a, x)), float(special.gammaincc(a, x))
        p, ps = pick(p, lower_gamma(a, x), f"special.gammainc({a!r}, {x!r})")
        q, qs = pick(q, upper_gamma(a, x), f"special.gammaincc({a!r}, {x!r})")
        if ps.startswith(SCIPY) and qs.startswith(SCIPY):
            print(f"        // {SCIPY}: special.gammainc({a!r}, {x!r}), special.gammaincc({a!r}, {x!r})")
        else:
            print(f"        // {ps}\n        // {qs}")
        print(f"        GammaCase(a: {a!r}, x: {x!r}, lower: {p!r}, upper: {q!r}),")


def chi2_cases():
    counts = [0, 1, 5, 40, 1000, 1_000_000]
    dfs = sorted({1, 2} | {2 * o for o in counts if o} | {2 * o + 2 for o in counts})
    ps = [0.025, 0.975, 0.0005, 0.9995, 0.001, 0.999, 1e-10]
    for k in dfs:
        for p in ps:
            s = float(stats.chi2.ppf(p, k))
            upper = p > 0.5
            r = 2 * gamma_root(1 - p if upper else p, k / 2, upper, s / 2)
            value, source = pick(s, r, f"stats.chi2.ppf({p!r}, {k})")
            print(f"        // {source}\n        QuantileCase(p: {p!r}, k: {k}, x: {value!r}),")


def poisson_cases():
    for count in [0, 1, 2, 5, 10, 40, 1000, 1_000_000]:
        for confidence in [0.95, 0.999]:
            alpha = 1 - confidence
            low = float(stats.chi2.ppf(alpha / 2, 2 * count) / 2) if count else 0.0
            high = float(stats.chi2.ppf(1 - alpha / 2, 2 * count + 2) / 2)
            print(f"        // {SCIPY}: stats.chi2.ppf(α/2, {2 * count})/2, "
                  f"stats.chi2.ppf(1 − α/2, {2 * count + 2})/2, α = 1 − {confidence}")
            print(f"        PoissonCase(count: {count}, confidence: {confidence}, "
                  f"lower: {low!r}, upper: {high!r}),")


def t_cases():
    print(f"        // {SCIPY}: stats.t.ppf(0.975, ν) for ν = 1…200")
    values = [float(stats.t.ppf(0.975, nu)) for nu in range(1, 201)]
    for nu, v in zip(range(1, 201), values):
        r = mp.findroot(lambda t: t_cdf(t, nu) - mp.mpf(0.975), mp.mpf(v))
        assert abs(v - float(r)) <= 1e-14 * abs(v), (nu, v, r)
    for i in range(0, 200, 4):
        print("        " + ", ".join(repr(v) for v in values[i:i + 4]) + ",")
    print("    ]\n")
    for nu in [1, 2, 3, 5, 10, 30, 100, 1000, 100_000]:
        for p in [0.025, 0.9, 0.995, 0.9995, 1e-10, 0.6, 0.5001]:
            s = float(stats.t.ppf(p, nu))
            r = mp.findroot(lambda t: t_cdf(t, nu) - mp.mpf(p), mp.mpf(s))
            value, source = pick(s, r, f"stats.t.ppf({p!r}, {nu})")
            print(f"        // {source}\n        TCase(p: {p!r}, nu: {nu}, t: {value!r}),")


if __name__ == "__main__":
    {"gamma": gamma_cases, "chi2": chi2_cases, "poisson": poisson_cases, "t": t_cases}[sys.argv[1]]()
