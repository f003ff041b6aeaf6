#!/usr/bin/env python3
"""Expected prediction intervals for LinearTrendPredictionIntervalTests.swift.

Usage: prediction_cases.py

For each case (points (x, y, weight), a target x0, a confidence and the new
observation's weight w0, by default the mean weight of the points) this fits
statsmodels' WLS(y, [1, x], weights=w).fit() and prints
get_prediction([[1, x0]], weights=w0).summary_frame(alpha=1 - confidence):
mean, obs_ci_lower, obs_ci_upper.  statsmodels takes the weights as inverse
variances (var_resid = scale / w0), which is the model LinearTrend's
PredictionInterval documents.  Points of weight 0 are dropped here before the
fit, as LinearTrend drops them.

statsmodels fits on the raw years (near 2020), so its last digits carry the
cancellation of a design matrix [1, 2019...]: each number is also computed
from the same model at 50 digits with mpmath (weighted means, Sxx, s^2, t by
root-finding on mpmath's betainc), the two must agree to 1e-9, and where they
differ by more than 1e-12 relative mpmath's value is printed, statsmodels' in
a comment.
"""
import mpmath as mp
import numpy as np
import statsmodels
import statsmodels.api as sm

CASES = [
    # name, [(x, y, w)], x0, confidence, w0 or None
    ("a ward's SRB by year, births as weights, to 2030",
     [(2019, 112.4, 310), (2020, 109.8, 295), (2021, 114.1, 322), (2022, 111.0, 301),
      (2023, 108.7, 288), (2024, 110.2, 305)], 2030, 0.95, None),
    ("the same, unweighted",
     [(2019, 112.4, 1), (2020, 109.8, 1), (2021, 114.1, 1), (2022, 111.0, 1),
      (2023, 108.7, 1), (2024, 110.2, 1)], 2030, 0.95, None),
    ("three points, one degree of freedom",
     [(2022, 118.0, 40), (2023, 111.5, 52), (2024, 109.0, 47)], 2030, 0.95, None),
    ("a district, 90%, inside the years",
     [(2016, 115.2, 3050), (2017, 114.0, 3120), (2018, 113.1, 2980), (2019, 112.7, 3010),
      (2020, 111.9, 2890), (2021, 111.2, 2760), (2022, 110.4, 2800), (2023, 110.1, 2710),
      (2024, 109.3, 2650)], 2021.5, 0.90, None),
    ("a new year of given weight",
     [(2019, 112.4, 310), (2020, 109.8, 295), (2021, 114.1, 322), (2022, 111.0, 301),
      (2023, 108.7, 288), (2024, 110.2, 305)], 2030, 0.95, 150.0),
    ("a point of weight 0 is left out",
     [(2019, 112.4, 310), (2020, 180.0, 0), (2021, 114.1, 322), (2022, 111.0, 301),
      (2023, 108.7, 288), (2024, 110.2, 305)], 2030, 0.95, None),
]


mp.mp.dps = 50


def t_quantile(p, nu):
    def cdf(t):
        x = nu / (nu + t * t)
        tail = mp.betainc(mp.mpf(nu) / 2, mp.mpf(1) / 2, 0, x, regularized=True) / 2
        return 1 - tail if t > 0 else tail
    return mp.findroot(lambda t: cdf(t) - p, mp.mpf(2))


def reference(used, x0, confidence, w0):
    x = [mp.mpf(p[0]) for p in used]
    y = [mp.mpf(p[1]) for p in used]
    w = [mp.mpf(p[2]) for p in used]
    total = sum(w)
    xbar = sum(a * b for a, b in zip(w, x)) / total
    ybar = sum(a * b for a, b in zip(w, y)) / total
    sxx = sum(a * (b - xbar) ** 2 for a, b in zip(w, x))
    slope = sum(a * (b - xbar) * (c - ybar) for a, b, c in zip(w, x, y)) / sxx
    ssr = sum(a * (c - ybar - slope * (b - xbar)) ** 2 for a, b, c in zip(w, x, y))
    s2 = ssr / (len(used) - 2)
    new_weight = total / len(used) if w0 is None else mp.mpf(w0)
    center = ybar + slope * (x0 - xbar)
    alpha = 1 - mp.mpf(confidence)
    t = t_quantile(1 - alpha / 2, len(used) - 2)
    half = t * mp.sqrt(s2 * (1 / new_weight + 1 / total + (x0 - xbar) ** 2 / sxx))
    return [center, center - half, center + half]


def pick(value, exact):
    exact = float(exact)
    assert abs(value - exact) <= 1e-9 * abs(exact), (value, exact)
    if abs(value - exact) <= 1e-12 * abs(exact):
        return value, None
    return exact, value


def main():
    print(f"// statsmodels {statsmodels.__version__}: WLS(y, add_constant(x), weights=w).fit()"
          ".get_prediction([[1, x0]], weights=w0).summary_frame(alpha)")
    for name, points, x0, confidence, w0 in CASES:
        used = [p for p in points if p[2] > 0]
        x = np.array([p[0] for p in used], dtype=float)
        y = np.array([p[1] for p in used], dtype=float)
        w = np.array([p[2] for p in used], dtype=float)
        fit = sm.WLS(y, sm.add_constant(x), weights=w).fit()
        new_weight = w.mean() if w0 is None else w0
        frame = fit.get_prediction(np.array([[1.0, x0]]), weights=new_weight) \
            .summary_frame(alpha=1 - confidence)
        row = frame.iloc[0]
        values = [float(row["mean"]), float(row["obs_ci_lower"]), float(row["obs_ci_upper"])]
        picked = [pick(v, e) for v, e in zip(values, reference(used, x0, confidence, w0))]
        replaced = [f"{label} {old!r}" for label, (_, old) in zip(("mean", "lower", "upper"), picked)
                    if old is not None]
        if replaced:
            print(f"        // mpmath 1.3.0, 50 digits, where statsmodels gives " + ", ".join(replaced))
        literal = ", ".join(f"({a}, {b}, {c})" for a, b, c in points)
        weight = "nil" if w0 is None else repr(w0)
        center, lower, upper = (v for v, _ in picked)
        print(f'        PredictionCase("{name}", [{literal}],\n'
              f"                       at: {x0}, confidence: {confidence}, newWeight: {weight},\n"
              f"                       center: {center!r}, lower: {lower!r}, upper: {upper!r}),")


if __name__ == "__main__":
    main()
