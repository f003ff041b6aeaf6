#!/usr/bin/env python3
"""Expected Holm corrections for HolmCorrectionTests.swift, from statsmodels.

Usage: holm_cases.py

For each list of p-values and alpha, prints
statsmodels.stats.multitest.multipletests(p, alpha, method='holm'):
the adjusted p-values and the rejections, in the order given.  One case has
eleven p-values of which the smallest is 0.05/11: statsmodels rejects it
(p <= alpha/11) although its adjusted p-value, 11 * (0.05/11) =
0.05000000000000001 in doubles, is above alpha; the Swift code must decide as
statsmodels does.
"""
import statsmodels
from statsmodels.stats.multitest import multipletests

CASES = [
    ("textbook four", [0.01, 0.04, 0.03, 0.005], 0.05),
    ("ties", [0.02, 0.01, 0.02, 0.04, 0.01], 0.05),
    ("adjusted values capped at 1", [0.5, 0.6, 0.9, 0.01], 0.05),
    ("a zero and a one", [0.0, 1.0, 0.2], 0.05),
    ("one p-value", [0.03], 0.05),
    ("the step-down stops at the first failure", [0.001, 0.2, 0.011, 0.012, 0.013], 0.05),
    ("alpha 0.01", [0.001, 0.004, 0.0026, 0.3, 0.0024], 0.01),
    ("a boundary in doubles", [0.05 / 11] + [0.5 + i / 100 for i in range(10)], 0.05),
    ("twelve wards' change p-values",
     [0.42, 0.0031, 0.87, 0.051, 0.00042, 0.19, 0.66, 0.0094, 0.33, 0.012, 0.98, 0.27], 0.05),
]


def swift_bools(values):
    return "[" + ", ".join("true" if v else "false" for v in values) + "]"


def main():
    print(f"// statsmodels {statsmodels.__version__}: "
          "stats.multitest.multipletests(p, alpha, method='holm')[:2]")
    for name, pvalues, alpha in CASES:
        reject, adjusted, _, _ = multipletests(pvalues, alpha=alpha, method="holm")
        print(f'        HolmCase("{name}", {[float(p) for p in pvalues]!r}, alpha: {alpha!r},\n'
              f"                 adjusted: {[float(p) for p in adjusted]!r},\n"
              f"                 rejected: {swift_bools(reject)}),")


if __name__ == "__main__":
    main()
