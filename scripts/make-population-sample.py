"""Write data/population/long-bien-women-2021-2024.csv: a SYNTHETIC number of
women per ward, year and five-year age group for the 14 wards of Long Biên,
sized so that the sample register's births give a TFR near 1.9 (urban Hà Nội,
below replacement; the GSO Statistical Yearbook 2021 gives 2.19 for urban
Viet Nam as a whole, preliminary).

Method (deterministic, no random numbers): for each ward and year, women 15-49
= births in the sample register ÷ 0.0572, the general fertility rate of the
schedule 15, 90, 130, 105, 40, 8, 1 per 1000 (TFR 1.945) on the age shares
below; then split by those shares and rounded. Ward names come from
data/wards/long-bien.csv; register spellings `P. X` and unaccented aliases are
counted with their ward.

    python3 scripts/make-population-sample.py
"""
import csv
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"]
SHARES = [0.13, 0.13, 0.15, 0.16, 0.15, 0.14, 0.14]
GFR = 0.0572


def fold(name):
    name = name.strip()
    for prefix in ("Phường ", "P. ", "P."):
        if name.startswith(prefix):
            name = name[len(prefix):]
    text = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


wards = list(csv.DictReader(open(ROOT / "data/wards/long-bien.csv", encoding="utf-8")))
lookup = {}
for w in wards:
    lookup[fold(w["name"])] = w["name"]
    for alias in filter(None, w["aliases"].split("|")):
        lookup[fold(alias)] = w["name"]

births = Counter()
with open(ROOT / "data/registers/long-bien-births-2021-2024.csv", encoding="utf-8-sig") as f:
    rows = csv.reader(f, delimiter=";")
    header = next(rows)
    unit, date = header.index("Phường/Xã"), header.index("Ngày sinh")
    for row in rows:
        if len(row) != len(header):
            continue
        name = lookup.get(fold(row[unit]))
        year = row[date].strip()[-4:]
        if name and year in ("2021", "2022", "2023", "2024"):
            births[(name, int(year))] += 1

out = ROOT / "data/population/long-bien-women-2021-2024.csv"
with open(out, "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, delimiter=";", lineterminator="\n")
    writer.writerow(["Phường/Xã", "Năm", "Nhóm tuổi", "Số phụ nữ"])
    for w in wards:
        for year in range(2021, 2025):
            women = births[(w["name"], year)] / GFR
            for group, share in zip(GROUPS, SHARES):
                writer.writerow([w["name"], year, group, round(women * share)])
print("wrote", out.relative_to(ROOT))
