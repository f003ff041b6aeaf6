"""Reference values for srb fertility (SPEC "Fertility"), computed with scipy
independently of the Swift code. Paste the printed numbers into
Tests/SRBKitTests/Statistics/FertilityEstimateTests.swift.

    python3 scripts/crosscheck/fertility_reference.py
"""
import math
import scipy
from scipy.stats import chi2

GROUPS = ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"]


def tfr(births, women, unknown, confidence):
    o = sum(births)
    alpha = 1 - confidence
    o_low = chi2.ppf(alpha / 2, 2 * o) / 2 if o > 0 else 0.0
    o_high = chi2.ppf(1 - alpha / 2, 2 * o + 2) / 2
    known = 5 * sum(b / w for b, w in zip(births, women))
    var = sum((5 / w) ** 2 * b for b, w in zip(births, women))
    scale = (o + unknown) / o
    s = math.sqrt(var / o)
    return known * scale, (known + s * (o_low - o)) * scale, (known + s * (o_high - o)) * scale


CASES = [
    # a ward-sized year: about 300 births to about 7,000 women
    ("ward", [6, 38, 110, 92, 40, 8, 1], [820, 950, 1100, 1150, 1050, 980, 900], 0, 0.95),
    # the same with 12 births of unknown age
    ("ward_unknown", [6, 38, 110, 92, 40, 8, 1], [820, 950, 1100, 1150, 1050, 980, 900], 12, 0.95),
    # a district-sized year at 99%
    ("district", [60, 410, 1420, 1260, 560, 95, 6],
     [11000, 12500, 14800, 15600, 14200, 13100, 12000], 0, 0.99),
    # a single birth
    ("one_birth", [0, 0, 1, 0, 0, 0, 0], [100, 100, 100, 100, 100, 100, 100], 0, 0.95),
]

print("scipy", scipy.__version__)
for name, b, w, u, c in CASES:
    t, lo, hi = tfr(b, w, u, c)
    print(f"{name}: tfr={t!r} low={lo!r} high={hi!r}")
