#!/usr/bin/env python3
"""Expected results for TrendTestTests.swift, computed without the Swift code.

Usage: trend_cases.py

For each case (a list of (year, boys, births)) this takes the last five years
with births, as SPEC says, and computes:
  * chi_squared by SPEC's formula in exact rational arithmetic (fractions),
    the value printed, and checks it two independent ways to 1e-12:
      - N * r**2, r the Pearson correlation (numpy.corrcoef) between sex
        (boy = 1) and the score t = 1..5 over the N individual births;
      - statsmodels' Table.test_ordinal_association (the linear-by-linear
        association test, whose z**2 is (N - 1) r**2) rescaled by N / (N - 1);
  * p_value = scipy.stats.chi2.sf(chi_squared, 1);
  * direction: numpy.polyfit slope of logit(boys / births) on the calendar
    year (a year with 0 or all boys takes log((r + 1/2) / (n - r + 1/2))),
    required to keep its sign, strictly, in each of the five leave-one-out
    refits, and chi_squared > 9.5495 (SPEC's rounding of chi2.ppf(0.998, 1)).
Fewer than five years with births: cannot_calculate, nulls.  All boys or all
girls: chi-squared is 0/0, printed as null with no_significant_change (the
choice documented in TrendTest.swift).

Prints Swift argument lines: TrendCase("name", [(year, boys, births), ...],
chiSquared: x or nil, pValue: p or nil, direction: .case).
"""
import math
from fractions import Fraction

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import Table

CRITICAL = 9.5495

CASES = [
    ("rising by 2 points a year", [(2019, 480, 1000), (2020, 500, 1000), (2021, 520, 1000),
                                   (2022, 540, 1000), (2023, 560, 1000)]),
    ("falling by 2 points a year", [(2019, 560, 1000), (2020, 540, 1000), (2021, 520, 1000),
                                    (2022, 500, 1000), (2023, 480, 1000)]),
    ("a small ward's slow rise", [(2020, 50, 100), (2021, 52, 100), (2022, 54, 100),
                                  (2023, 56, 100), (2024, 58, 100)]),
    ("one outlying last year", [(2020, 500, 1000), (2021, 502, 1000), (2022, 499, 1000),
                                (2023, 501, 1000), (2024, 600, 1000)]),
    ("a district's rise, SRB 108 to 116", [(2020, 1557, 3000), (2021, 1570, 3000),
                                           (2022, 1586, 3020), (2023, 1590, 2990),
                                           (2024, 1612, 3000)]),
    ("a ward's year-to-year noise", [(2020, 160, 300), (2021, 149, 290), (2022, 171, 310),
                                     (2023, 152, 295), (2024, 165, 305)]),
    ("a year without births is skipped", [(2018, 100, 210), (2019, 300, 600), (2020, 320, 610),
                                          (2021, 0, 0), (2022, 345, 620), (2023, 360, 615),
                                          (2024, 380, 630)]),
    ("only the last five of eight years", [(2017, 700, 1000), (2018, 100, 1000), (2019, 505, 1000),
                                           (2020, 510, 1000), (2021, 515, 1000), (2022, 540, 1000),
                                           (2023, 548, 1000), (2024, 560, 1000)]),
    ("four years with births", [(2020, 50, 100), (2021, 52, 100), (2022, 0, 0),
                                (2023, 56, 100), (2024, 58, 100)]),
    ("all girls", [(2020, 0, 3), (2021, 0, 1), (2022, 0, 2), (2023, 0, 4), (2024, 0, 2)]),
    ("all boys", [(2020, 2, 2), (2021, 1, 1), (2022, 3, 3), (2023, 1, 1), (2024, 2, 2)]),
    ("years with no boys and all boys", [(2020, 0, 6), (2021, 1, 5), (2022, 3, 6),
                                         (2023, 4, 5), (2024, 7, 7)]),
    ("between SPEC's 9.5495 and chi2.ppf(0.998, 1)",
     [(2020, 1117, 2156), (2021, 1155, 2184), (2022, 1111, 2058), (2023, 1059, 1923), (2024, 1013, 1803)]),
    ("just below SPEC's 9.5495",
     [(2020, 916, 1800), (2021, 1013, 1948), (2022, 1026, 1932), (2023, 1151, 2124), (2024, 1170, 2116)]),
    ("no change at all", [(2020, 51, 100), (2021, 102, 200), (2022, 51, 100),
                          (2023, 153, 300), (2024, 51, 100)]),
]


def last_five(years):
    with_births = sorted((y for y in years if y[2] > 0), key=lambda y: y[0])
    return with_births[-5:] if len(with_births) >= 5 else None


def chi_squared_by_correlation(five):
    sex = np.concatenate([np.r_[np.ones(r), np.zeros(n - r)] for _, r, n in five])
    score = np.concatenate([np.full(n, t) for t, (_, _, n) in enumerate(five, start=1)])
    r = np.corrcoef(sex, score)[0, 1]
    return len(sex) * r * r


def chi_squared_by_statsmodels(five):
    table = np.array([[r for _, r, _ in five], [n - r for _, r, n in five]])
    res = Table(table, shift_zeros=False).test_ordinal_association(row_scores=np.array([1, 0]),
                                                col_scores=np.arange(1, 6))
    total = table.sum()
    return res.zscore ** 2 * total / (total - 1)


def chi_squared_exact(five):
    t = range(1, 6)
    n = [n for _, _, n in five]
    r = [r for _, r, _ in five]
    N, R = sum(n), sum(r)
    srt = sum(a * b for a, b in zip(r, t))
    snt = sum(a * b for a, b in zip(n, t))
    sntt = sum(a * b * b for a, b in zip(n, t))
    return Fraction(N * (N * srt - R * snt) ** 2, R * (N - R) * (N * sntt - snt ** 2))


def logit(r, n):
    if r == 0 or r == n:
        return math.log((r + 0.5) / (n - r + 0.5))
    return math.log(r / (n - r))


def slope(points):
    x = np.array([float(y) for y, _, _ in points])
    z = np.array([logit(r, n) for _, r, n in points])
    return np.polyfit(x, z, 1)[0]


def direction(five, chi2):
    if not chi2 > CRITICAL:
        return "noSignificantChange"
    full = slope(five)
    if full == 0:
        return "noSignificantChange"
    for i in range(5):
        s = slope(five[:i] + five[i + 1:])
        if s == 0 or np.sign(s) != np.sign(full):
            return "noSignificantChange"
    return "increasing" if full > 0 else "decreasing"


def main():
    print(f"// scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, "
          f"numpy {np.__version__}: see scripts/crosscheck/trend_cases.py")
    for name, years in CASES:
        five = last_five(years)
        literal = ", ".join(f"({y}, {r}, {n})" for y, r, n in years)
        if five is None:
            chi2 = p = None
            verdict = "cannotCalculate"
        else:
            boys = sum(r for _, r, _ in five)
            total = sum(n for _, _, n in five)
            if boys in (0, total):
                chi2 = p = None
                verdict = "noSignificantChange"
            else:
                chi2 = float(chi_squared_exact(five))
                for other in (chi_squared_by_correlation(five), chi_squared_by_statsmodels(five)):
                    assert abs(chi2 - other) <= 1e-12 * chi2 + 1e-15, (name, chi2, other)
                p = float(stats.chi2.sf(chi2, 1))
                verdict = direction(five, chi2)
                slopes = [slope(five[:i] + five[i + 1:]) for i in range(5)]
                print(f"        // {name}: logit slope {slope(five):.6g}, leave-one-out "
                      + ", ".join(f"{s:.3g}" for s in slopes))
        c = "nil" if chi2 is None else repr(float(chi2))
        q = "nil" if p is None else repr(p)
        print(f'        TrendCase("{name}", [{literal}],\n'
              f"                  chiSquared: {c}, pValue: {q}, direction: .{verdict}),")


if __name__ == "__main__":
    main()
