#!/usr/bin/env python3
"""Reference values for Tests/SRBKitTests/Analysis/MonthlyReportTests.swift.

The register: two wards, months 2022-01..2024-03; in month index k (0 = 2022-01)
Bồ Đề has 5 + k % 4 boys and 4 + k % 5 girls, Gia Thụy 3 + k % 5 boys and
5 + k % 2 girls, each birth on day 1 + (i % 28) of its month; rows written
newest month first (export order, not by date). The monthly view for M =
2024-03 is computed here by plain sums, scipy's Clopper–Pearson (beta
quantiles) and scipy.stats.fisher_exact, independent of srb.
"""
import scipy
from scipy.stats import beta, fisher_exact

def counts(ward, k):
    return (5 + k % 4, 4 + k % 5) if ward == 0 else (3 + k % 5, 5 + k % 2)

def index(y, m):
    return (y - 2022) * 12 + (m - 1)

M = index(2024, 3)
windows = {
    "month": (M, M),
    "year_to_date": (index(2024, 1), M),
    "last_12_months": (M - 11, M),
    "previous_12_months": (M - 23, M - 12),
}

def cp(b, g, conf=0.95):
    n = b + g
    a = (1 - conf) / 2
    lo = beta.ppf(a, b, g + 1) if b > 0 else 0.0
    hi = beta.ppf(1 - a, b + 1, g) if g > 0 else 1.0
    return 100 * lo / (1 - lo), (100 * hi / (1 - hi) if hi < 1 else None)

print("scipy", scipy.__version__)
for ward, name in [(0, "Bồ Đề"), (1, "Gia Thụy"), (None, "total")]:
    sums = {}
    for w, (a, b) in windows.items():
        boys = girls = 0
        for k in range(max(a, 0), b + 1):
            for u in ([ward] if ward is not None else [0, 1]):
                bb, gg = counts(u, k)
                boys += bb; girls += gg
        sums[w] = (boys, girls)
        lo, hi = cp(boys, girls)
        print(name, w, boys, girls, repr(100 * boys / girls), repr(lo), repr(hi))
    (b1, g1), (b0, g0) = sums["last_12_months"], sums["previous_12_months"]
    print(name, "change", repr(100 * b1 / g1 - 100 * b0 / g0),
          "p", repr(fisher_exact([[b1, g1], [b0, g0]], alternative="two-sided").pvalue))

# Where the rows go: months 2022-01..2024-03 are in the register; the four
# windows span 2022-04..2024-03, so the first three months are outside.
rows = lambda ks: sum(sum(counts(u, k)) for u in (0, 1) for k in ks)
print("rows_read", rows(range(0, M + 1)), "rows_used", rows(range(M - 23, M + 1)),
      "rows_outside", rows(range(0, M - 23)))
# The rolling chart: 12 months ending at 2022-12 (the first with 12 months of
# data) for the total.
b = sum(counts(u, k)[0] for u in (0, 1) for k in range(0, 12))
g = sum(counts(u, k)[1] for u in (0, 1) for k in range(0, 12))
print("rolling 2022-12 total", b, g, repr(100 * b / g))

# The shipped sample, March 2024, counted with the csv module (names folded as
# SPEC "Units" says, enough for its spellings) for srbTests/MonthlyCommandTests.
import csv, re, unicodedata
from collections import Counter
from pathlib import Path
sample = Path(__file__).resolve().parents[2] / "data/registers/long-bien-births-2021-2024.csv"
table = list(csv.reader(open(sample, encoding="utf-8-sig"), delimiter=";"))
head = table[0]
unit_at, date_at, sex_at = head.index("Phường/Xã"), head.index("Ngày sinh"), head.index("Giới tính")
def fold(name):
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name).strip()).lower()
    return re.sub(r"^(phường|p\.)\s*", "", name)
tally = Counter()
for row in table[1:]:
    day = row[date_at].split()[0]
    y, m = (int(day[:4]), int(day[5:7])) if "-" in day else tuple(map(int, day.split("/")[2:0:-1]))
    tally[(fold(row[unit_at]), y * 12 + m - 1, row[sex_at] == "Nam")] += 1
def window(unit, a, b):
    return tuple(sum(v for (u, k, s), v in tally.items() if u == unit and a <= k <= b and s == boy) for boy in (True, False))
end = 2024 * 12 + 2
for unit in ["bồ đề", "việt hưng"]:
    spans = [window(unit, end, end), window(unit, 2024 * 12, end), window(unit, end - 11, end), window(unit, end - 23, end - 12)]
    print("sample", unit, spans, repr(fisher_exact([list(spans[2]), list(spans[3])]).pvalue))
