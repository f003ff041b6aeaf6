#!/usr/bin/env python3
"""Independent TFR of the shipped sample (stdlib csv + scipy), to pin `srb fertility`.

Reads data/registers/long-bien-births-2021-2024.csv (';', day-first dates,
'Năm sinh mẹ') and data/population/long-bien-women-2021-2024.csv, counts births
per ward, year and five-year age group of the mother (age = year of birth −
mother's year of birth; under 15 → 15-19, 50+ → 45-49; empty → unknown), and
prints for the total and for one ward: births, unknown, women, TFR and
Dobson's limits on exact Poisson limits (scipy.stats.chi2.ppf).
"""
import csv, sys
from collections import defaultdict
from math import sqrt
from scipy.stats import chi2

GROUPS = ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"]

def ward(name):
    """The register writes a ward three ways ('Cự Khối', 'Phường Cự Khối', 'P. Cự Khối')."""
    name = name.strip()
    for prefix in ("Phường ", "P. "):
        if name.startswith(prefix): name = name[len(prefix):]
    return name

def group(age):
    if age < 15: return GROUPS[0]
    if age >= 50: return GROUPS[-1]
    return GROUPS[(age - 15) // 5]

births = defaultdict(lambda: defaultdict(int))   # (ward, year) -> group|None -> n
with open("data/registers/long-bien-births-2021-2024.csv", encoding="utf-8-sig") as f:
    rows = csv.reader(f, delimiter=";")
    header = next(rows)
    w, d, m = header.index("Phường/Xã"), header.index("Ngày sinh"), header.index("Năm sinh mẹ")
    for r in rows:
        year = int(r[d].split("/")[2])
        mother = r[m].strip()
        age = year - int(mother) if mother else None
        key = None if age is None or not 10 <= age <= 60 else group(age)
        births[(ward(r[w]), year)][key] += 1

women = defaultdict(lambda: defaultdict(int))
with open("data/population/long-bien-women-2021-2024.csv", encoding="utf-8-sig") as f:
    rows = csv.reader(f, delimiter=";")
    next(rows)
    for unit, year, g, n in rows:
        women[(unit.strip(), int(year))][g] += int(n)

def tfr(b, wmn, conf=0.95):
    known = sum(b[g] for g in GROUPS)
    unknown = b[None]
    scale = (known + unknown) / known
    t = 5 * sum(b[g] / wmn[g] for g in GROUPS)
    var = sum((5 / wmn[g]) ** 2 * b[g] for g in GROUPS)
    a = 1 - conf
    lo, hi = chi2.ppf(a / 2, 2 * known) / 2, chi2.ppf(1 - a / 2, 2 * known + 2) / 2
    s = sqrt(var / known)
    return known + unknown, unknown, sum(wmn.values()), t * scale, (t + s * (lo - known)) * scale, (t + s * (hi - known)) * scale

for year in (2021, 2024):
    b = defaultdict(int); wm = defaultdict(int)
    for (unit, y), groups in births.items():
        if y == year:
            for g, n in groups.items(): b[g] += n
    for (unit, y), groups in women.items():
        if y == year:
            for g, n in groups.items(): wm[g] += n
    print("total", year, *tfr(b, wm))
for unit, year in (("Cự Khối", 2021), ("Bồ Đề", 2024)):
    print(unit, year, *tfr(births[(unit, year)], women[(unit, year)]))
