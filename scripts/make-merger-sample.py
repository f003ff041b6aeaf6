#!/usr/bin/env python3
"""Writes data/registers/long-bien-births-2026-q1.csv: a small synthetic birth
register of January-March 2026, after the 2025 reorganisation, for trying the
merged-ward registry data/wards/long-bien-2025.csv.

All data is synthetic (seeded; the same bytes every run). Rows name the four
2025 wards (Bồ Đề, Việt Hưng, Phúc Lợi, Long Biên), written as staff do
(plain, with "Phường ", or by their code), and about one row in eight still
names the old ward out of habit (Ngọc Thụy, Thạch Bàn, …): the registry's
aliases bring those to the new ward. There is no district column: Hà Nội has
had no district level since 1 July 2025.

    python3 scripts/make-merger-sample.py          # writes the file
    python3 scripts/make-merger-sample.py --check  # prints boys/girls per new ward
"""
import random
import sys

SEED = 2026
OUT = "data/registers/long-bien-births-2026-q1.csv"
# new ward: (code, births per month, true SRB, old wards merged into it)
WARDS = {
    "Bồ Đề": ("00139", 110, 110, ["Ngọc Thụy", "Ngọc Lâm", "Gia Thụy", "Thượng Thanh"]),
    "Việt Hưng": ("00127", 70, 116, ["Đức Giang", "Giang Biên"]),
    "Phúc Lợi": ("00136", 50, 107, ["Sài Đồng", "Phúc Đồng"]),
    "Long Biên": ("00145", 45, 109, ["Thạch Bàn", "Cự Khối"]),
}
DAYS = {1: 31, 2: 28, 3: 31}


def rows():
    rng = random.Random(SEED)
    births = []
    for ward, (code, per_month, srb, old) in WARDS.items():
        for month in (1, 2, 3):
            count = per_month if month != 2 else int(per_month * 0.8)  # Tết in February
            for _ in range(count):
                day = rng.randint(1, DAYS[month])
                sex = "Nam" if rng.random() < srb / (100 + srb) else "Nữ"
                draw = rng.random()
                if draw < 0.125:
                    written = rng.choice(old)
                elif draw < 0.2:
                    written = "Phường " + ward
                elif draw < 0.25:
                    written = code
                else:
                    written = ward
                births.append((f"2026-{month:02d}-{day:02d}", ward, written, sex))
    births.sort(key=lambda b: b[0])
    return births


def main():
    births = rows()
    if "--check" in sys.argv:
        for ward in WARDS:
            boys = sum(1 for b in births if b[1] == ward and b[3] == "Nam")
            girls = sum(1 for b in births if b[1] == ward and b[3] == "Nữ")
            print(f"{ward}: {boys} boys, {girls} girls, {boys + girls} births")
        return
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("Mã trẻ;Ngày sinh;Giới tính;Phường/Xã;Tỉnh/Thành phố\r\n")
        for number, (date, _, written, sex) in enumerate(births, 1):
            year, month, day = date.split("-")
            f.write(f"LB-2026-{number:06d};{day}/{month}/{year};{sex};{written};Hà Nội\r\n")


if __name__ == "__main__":
    main()
