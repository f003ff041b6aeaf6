#!/usr/bin/env python3
"""Make the synthetic sample data shipped in data/ (Long Biên district, Hà Nội).

How to run (Python 3.8+, standard library only), from the repository root:

    python3 scripts/make-sample-data.py            # (re)write the files below
    python3 scripts/make-sample-data.py --check    # print the 2024 per-ward table
                                                   # (exact Clopper–Pearson 95 %,
                                                   # threshold 109; uses scipy when
                                                   # installed, else a pure-Python
                                                   # computation of the same interval)
    python3 scripts/make-sample-data.py --search-seeds 0..500
                                                   # list seeds whose 2024 statuses
                                                   # meet the goals below (no files written)
    python3 scripts/make-sample-data.py --out DIR  # write under DIR instead of ./data

Writes:

    data/wards/long-bien.csv                          ward registry (14 wards)
    data/registers/long-bien-births-2021-2024.csv     one row per birth, Excel-style
                                                      (UTF-8 with BOM, CRLF, ';')
    data/registers/long-bien-monthly-counts-2024.csv  boys/girls per ward and month
                                                      of 2024, counted from the register

Everything is synthetic: no row describes a real person or a real birth.
Mothers' names are random combinations of common family, middle and given
names. The generator is deterministic: the same SEED gives the same bytes on
every run (it uses only random.Random.random(), whose sequence is stable
across Python 3 versions, and sorts everything it writes).

SEED was chosen with --search-seeds so that in 2024, with the exact 95 %
interval and the threshold 109, at least one ward is `significant`, at least
two are `over` and at least four are `ok` (see GOALS below and data/README.md).
"""

import argparse
import calendar
import csv
import io
import math
import os
import random
import sys
import unicodedata
from datetime import date

SEED = 105  # chosen with --search-seeds 0..150; see data/README.md

YEARS = [2021, 2022, 2023, 2024]
CHECK_YEAR = 2024
THRESHOLD = 109.0
CONFIDENCE = 0.95

DISTRICT = "Long Biên"
PROVINCE = "Hà Nội"

# The 14 wards of Long Biên (before the 2025 reorganisation), with their
# official 5-digit commune codes (danh mục đơn vị hành chính, district 004 of
# province 01), an unaccented alias, the mean number of births a year in this
# synthetic data, and the true SRB used for first and second births.
# Third and later births use the true SRB + THIRD_PLUS_EXTRA.
#        code     name            alias           births/yr  true SRB (orders 1-2)
WARDS = [
    ("00115", "Thượng Thanh", "Thuong Thanh", 350, 118.0),
    ("00118", "Ngọc Thụy",    "Ngoc Thuy",    360, 112.0),
    ("00121", "Giang Biên",   "Giang Bien",   130, 111.0),
    ("00124", "Đức Giang",    "Duc Giang",    200, 106.0),
    ("00127", "Việt Hưng",    "Viet Hung",    440, 119.0),
    ("00130", "Gia Thụy",     "Gia Thuy",     150, 105.0),
    ("00133", "Ngọc Lâm",     "Ngoc Lam",     190, 107.0),
    ("00136", "Phúc Lợi",     "Phuc Loi",     160, 113.0),
    ("00139", "Bồ Đề",        "Bo De",        400, 106.0),
    ("00142", "Sài Đồng",     "Sai Dong",     170, 104.0),
    ("00145", "Long Biên",    "Long Bien",    230, 108.0),
    ("00148", "Thạch Bàn",    "Thach Ban",    210, 105.0),
    ("00151", "Phúc Đồng",    "Phuc Dong",    260, 107.0),
    ("00154", "Cự Khối",      "Cu Khoi",      120, 114.0),
]
THIRD_PLUS_EXTRA = 8.0

# Births relative to the ward's mean, by year (2024 is a dragon year, Giáp Thìn,
# when Vietnamese families are known to have more children).
YEAR_FACTOR = {2021: 1.00, 2022: 0.99, 2023: 0.96, 2024: 1.04}
YEAR_JITTER = 0.05  # each ward-year count varies by up to ±5 % around that

# Mild seasonality by month of birth (more births in late summer and autumn).
MONTH_WEIGHT = [0.95, 0.86, 0.94, 0.95, 0.98, 1.00, 1.02, 1.06, 1.10, 1.10, 1.04, 1.00]

# Birth order: 45 % first, 38 % second, 17 % third or later.
ORDER_WEIGHT = [(1, 0.45), (2, 0.38), (3, 0.13), (4, 0.033), (5, 0.007)]
ORDER_MISSING = 0.012     # share of rows whose "Con thứ" is left empty
PREFIX_SHARE = 0.05       # share of rows whose ward is typed with a prefix
QUOTED_NAME_SHARE = 0.01  # share of rows whose mother's name is double-quoted
QUOTED_WARD_SHARE = 0.003 # share of rows whose ward field is double-quoted

FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5),
          ("Vũ", 4), ("Đặng", 2.5), ("Bùi", 2.5), ("Đỗ", 2.5), ("Ngô", 1.5),
          ("Dương", 1.2), ("Đào", 1.2), ("Đinh", 1.0), ("Trịnh", 1.0),
          ("Phan", 1.0), ("Lý", 0.6), ("Mai", 0.6), ("Lưu", 0.5), ("Tạ", 0.5),
          ("Hà", 0.5), ("Chu", 0.4), ("Kiều", 0.3), ("Cao", 0.4), ("Lương", 0.4),
          ("Khuất", 0.2), ("Nghiêm", 0.2), ("Tô", 0.3), ("Vương", 0.3)]
MIDDLE = [("Thị", 45), ("Thu", 6), ("Thanh", 6), ("Ngọc", 6), ("Minh", 4),
          ("Thùy", 4), ("Phương", 3), ("Hồng", 3), ("Hải", 2), ("Kim", 2),
          ("Bích", 2), ("Diệu", 1.5), ("Khánh", 1.5), ("Mai", 1.5), ("Lan", 1),
          ("Quỳnh", 1.5), ("Thúy", 1.5), ("Hà", 1), ("Ánh", 1), ("Bảo", 1)]
GIVEN = ["Hương", "Lan", "Hà", "Linh", "Trang", "Thảo", "Hằng", "Nga", "Huyền",
         "Phương", "Anh", "Hoa", "Mai", "Ngọc", "Yến", "Thủy", "Dung", "Nhung",
         "Vân", "Loan", "Oanh", "Hạnh", "Hồng", "Giang", "Thu", "Nhàn", "Hiền",
         "Tâm", "Chi", "Ly", "Vy", "Trâm", "Quyên", "Uyên", "Duyên", "Nhi",
         "Thư", "Ngân", "Thắm", "Xuân", "Diệp", "Huế", "Liên", "Nguyệt", "Quế",
         "Minh", "Châu", "Hậu", "Lụa", "Thoa"]

REGISTER_HEADER = ["STT", "Mã trẻ", "Họ tên mẹ", "Ngày sinh", "Giới tính",
                   "Con thứ", "Phường/Xã", "Quận/Huyện", "Tỉnh/Thành phố", "Năm sinh mẹ"]
COUNTS_HEADER = ["Phường", "Tháng/Năm", "Số trẻ trai", "Số trẻ gái"]
WARDS_HEADER = ["code", "name", "district", "province", "aliases"]

GOALS = {"significant": 1, "over": 2, "ok": 4}  # minimum number of wards in 2024


# Mother's age at the birth: five-year groups weighted by births per 1000 women
# (15, 90, 130, 105, 40, 8, 1: TFR 1.945) times the age shares of
# data/population (13, 13, 15, 16, 15, 14, 14 %), as scripts/make-population-sample.py.
MOTHER_AGE_WEIGHTS = [(15, 15 * 13), (20, 90 * 13), (25, 130 * 15), (30, 105 * 16),
                      (35, 40 * 15), (40, 8 * 14), (45, 1 * 14)]
MOTHER_YEAR_MISSING = 0.02


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- generation

def pick(rng, weighted):
    """Choose from [(value, weight), ...] with one rng.random() call."""
    total = sum(w for _, w in weighted)
    u = rng.random() * total
    acc = 0.0
    for value, w in weighted:
        acc += w
        if u < acc:
            return value
    return weighted[-1][0]


def pick_uniform(rng, values):
    return values[min(int(rng.random() * len(values)), len(values) - 1)]


def mother_name(rng):
    family = pick(rng, FAMILY)
    middle = pick(rng, MIDDLE)
    given = pick_uniform(rng, GIVEN)
    while given == middle:
        given = pick_uniform(rng, GIVEN)
    return nfc(f"{family} {middle} {given}")


def generate(seed):
    """Return the list of births: dicts sorted as they are written."""
    rng = random.Random(seed)
    births = []
    for year in YEARS:
        for code, name, _alias, mean, srb in WARDS:
            jitter = 1.0 + YEAR_JITTER * (2.0 * rng.random() - 1.0)
            n = int(round(mean * YEAR_FACTOR[year] * jitter))
            for _ in range(n):
                month = pick(rng, list(zip(range(1, 13), MONTH_WEIGHT)))
                days = calendar.monthrange(year, month)[1]
                day = 1 + min(int(rng.random() * days), days - 1)
                order = pick(rng, ORDER_WEIGHT)
                s = srb + (THIRD_PLUS_EXTRA if order >= 3 else 0.0)
                boy = rng.random() < s / (100.0 + s)
                births.append({
                    "date": date(year, month, day),
                    "code": code,
                    "ward": name,
                    "boy": boy,
                    "order": order,
                    "tiebreak": rng.random(),
                })
    # A register export lists births by date; within a day the order is arbitrary.
    births.sort(key=lambda b: (b["date"], b["tiebreak"]))
    # Presentation details, drawn in file order so that they do not disturb
    # the births above.
    rng2 = random.Random(seed * 7919 + 1)
    seq = {}
    for i, b in enumerate(births, start=1):
        y = b["date"].year
        seq[y] = seq.get(y, 0) + 1
        b["stt"] = i
        b["id"] = f"LB-{y}-{seq[y]:06d}"
        b["mother"] = mother_name(rng2)
        b["order_text"] = "" if rng2.random() < ORDER_MISSING else str(b["order"])
        u = rng2.random()
        if u < PREFIX_SHARE * 0.6:
            b["ward_text"] = nfc("Phường " + b["ward"])
        elif u < PREFIX_SHARE:
            b["ward_text"] = nfc("P. " + b["ward"])
        else:
            b["ward_text"] = b["ward"]
        b["quote_name"] = rng2.random() < QUOTED_NAME_SHARE
        b["quote_ward"] = rng2.random() < QUOTED_WARD_SHARE
    # Mothers' years of birth from a third, independent stream, so that every
    # number above (and every SRB golden) stays as it was.
    rng3 = random.Random(seed * 104729 + 3)
    for b in births:
        if rng3.random() < MOTHER_YEAR_MISSING:
            rng3.random()
            b["mother_year"] = ""
            continue
        group = pick(rng3, MOTHER_AGE_WEIGHTS)
        age = group + min(int(rng3.random() * 5), 4)
        b["mother_year"] = str(b["date"].year - age)
    return births


# ------------------------------------------------------------------- writing

def quote(field):
    return '"' + field.replace('"', '""') + '"'


def plain_or_quoted(field, delimiter, force=False):
    if force or any(c in field for c in (delimiter, '"', "\r", "\n")):
        return quote(field)
    return field


def register_bytes(births):
    lines = [";".join(REGISTER_HEADER)]
    for b in births:
        d = b["date"]
        fields = [
            str(b["stt"]),
            b["id"],
            plain_or_quoted(b["mother"], ";", b["quote_name"]),
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            "Nam" if b["boy"] else "Nữ",
            b["order_text"],
            plain_or_quoted(b["ward_text"], ";", b["quote_ward"]),
            DISTRICT,
            PROVINCE,
            b["mother_year"],
        ]
        lines.append(";".join(fields))
    text = nfc("\r\n".join(lines) + "\r\n")
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def monthly_counts(births, year):
    counts = {}
    for b in births:
        if b["date"].year != year:
            continue
        key = (b["code"], b["date"].month)
        boys, girls = counts.get(key, (0, 0))
        counts[key] = (boys + 1, girls) if b["boy"] else (boys, girls + 1)
    return counts


def counts_bytes(births, year):
    counts = monthly_counts(births, year)
    lines = [";".join(COUNTS_HEADER)]
    for code, name, _alias, _mean, _srb in WARDS:
        for month in range(1, 13):
            boys, girls = counts.get((code, month), (0, 0))
            lines.append(f"{name};{month:02d}/{year};{boys};{girls}")
    return nfc("\r\n".join(lines) + "\r\n").encode("utf-8")


def wards_bytes():
    lines = [",".join(WARDS_HEADER)]
    for code, name, alias, _mean, _srb in WARDS:
        fields = [code, name, DISTRICT, PROVINCE, alias]
        lines.append(",".join(plain_or_quoted(f, ",") for f in fields))
    return nfc("\n".join(lines) + "\n").encode("utf-8")


def write_atomically(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


# ---------------------------------------------------------------- statistics

def _log_binom_pmf(k, n, p):
    return (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
            + k * math.log(p) + (n - k) * math.log1p(-p))


def _upper_tail(k, n, p):  # P(X >= k)
    return sum(math.exp(_log_binom_pmf(j, n, p)) for j in range(k, n + 1))


def _lower_tail(k, n, p):  # P(X <= k)
    return sum(math.exp(_log_binom_pmf(j, n, p)) for j in range(0, k + 1))


def _bisect(f, lo=0.0, hi=1.0, iterations=60):
    """Root of an increasing function f on (lo, hi)."""
    for _ in range(iterations):
        mid = (lo + hi) / 2
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def clopper_pearson(b, n, confidence=CONFIDENCE):
    """Exact interval for p = b/n: (lower, upper, method)."""
    alpha = 1.0 - confidence
    try:
        from scipy.stats import beta
        lo = 0.0 if b == 0 else float(beta.ppf(alpha / 2, b, n - b + 1))
        hi = 1.0 if b == n else float(beta.ppf(1 - alpha / 2, b + 1, n - b))
        return lo, hi, "scipy"
    except ImportError:
        lo = 0.0 if b == 0 else _bisect(lambda p: _upper_tail(b, n, p) - alpha / 2)
        hi = 1.0 if b == n else _bisect(lambda p: alpha / 2 - _lower_tail(b, n, p))
        return lo, hi, "pure-python"


def to_srb(p):
    return None if p >= 1.0 else 100.0 * p / (1.0 - p)


def ward_table(births, year, use_scipy=True):
    counts = {}
    for b in births:
        if b["date"].year == year:
            boys, girls = counts.get(b["code"], (0, 0))
            counts[b["code"]] = (boys + 1, girls) if b["boy"] else (boys, girls + 1)
    rows = []
    method = None
    for code, name, _alias, _mean, srb in WARDS:
        boys, girls = counts.get(code, (0, 0))
        n = boys + girls
        if use_scipy:
            lo, hi, method = clopper_pearson(boys, n)
        else:
            alpha = 1.0 - CONFIDENCE
            lo = _bisect(lambda p: _upper_tail(boys, n, p) - alpha / 2)
            hi = _bisect(lambda p: alpha / 2 - _lower_tail(boys, n, p))
            method = "pure-python"
        ratio = 100.0 * boys / girls if girls else None
        low, high = to_srb(lo), to_srb(hi)
        if n == 0:
            status = "no_births"
        elif low is not None and low > THRESHOLD:
            status = "significant"
        elif ratio is None or ratio > THRESHOLD:
            status = "over"
        else:
            status = "ok"
        rows.append(dict(code=code, name=name, true_srb=srb, boys=boys,
                         girls=girls, births=n, srb=ratio, low=low,
                         high=high, status=status))
    return rows, method


def meets_goals(rows):
    tally = {}
    for r in rows:
        tally[r["status"]] = tally.get(r["status"], 0) + 1
    # A significant ward should be one whose true SRB is high, so the example
    # tells the intended story rather than a false alarm.
    sane = all(r["true_srb"] >= 111 for r in rows if r["status"] == "significant")
    return sane and all(tally.get(s, 0) >= k for s, k in GOALS.items()), tally


# ------------------------------------------------------------------ reading

def read_register(path):
    """Read the written register back (checks the bytes, not the model)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data.startswith(b"\xef\xbb\xbf"), "register must start with a UTF-8 BOM"
    text = data[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == REGISTER_HEADER, rows[0]
    by_name = {name: code for code, name, *_ in WARDS}
    births = []
    for r in rows[1:]:
        ward = r[6]
        for prefix in ("Phường ", "P. "):
            if ward.startswith(prefix):
                ward = ward[len(prefix):]
        d, m, y = (int(x) for x in r[3].split("/"))
        births.append({"date": date(y, m, d), "code": by_name[ward],
                       "boy": r[4] == "Nam"})
    return births


def read_counts(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == COUNTS_HEADER, rows[0]
    return rows[1:]


# --------------------------------------------------------------------- main

def fmt(x):
    return "null" if x is None else f"{x:.1f}"


def print_table(rows, method, out=sys.stdout):
    out.write(f"{CHECK_YEAR}, exact Clopper-Pearson {CONFIDENCE:.0%} interval "
              f"({method}), threshold {THRESHOLD:g}\n")
    out.write(f"{'code':<6} {'ward':<13} {'true':>5} {'B':>4} {'G':>4} {'N':>4} "
              f"{'SRB':>6} {'low':>6} {'high':>6}  status\n")
    tb = tg = 0
    for r in rows:
        tb += r["boys"]
        tg += r["girls"]
        out.write(f"{r['code']:<6} {r['name']:<13} {r['true_srb']:>5.0f} "
                  f"{r['boys']:>4} {r['girls']:>4} {r['births']:>4} "
                  f"{fmt(r['srb']):>6} {fmt(r['low']):>6} {fmt(r['high']):>6}  "
                  f"{r['status']}\n")
    lo, hi, _ = clopper_pearson(tb, tb + tg)
    out.write(f"{'':<6} {'total':<13} {'':>5} {tb:>4} {tg:>4} {tb + tg:>4} "
              f"{fmt(100.0 * tb / tg):>6} {fmt(to_srb(lo)):>6} {fmt(to_srb(hi)):>6}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=None,
                    help="directory to write into (default: data/ beside scripts/)")
    ap.add_argument("--check", action="store_true",
                    help="read the written files back and print the 2024 table")
    ap.add_argument("--search-seeds", metavar="A..B",
                    help="print the seeds in A..B that meet the 2024 goals")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = args.out or os.path.join(root, "data")
    wards_path = os.path.join(out, "wards", "long-bien.csv")
    register_path = os.path.join(out, "registers", "long-bien-births-2021-2024.csv")
    counts_path = os.path.join(out, "registers", f"long-bien-monthly-counts-{CHECK_YEAR}.csv")

    if args.search_seeds:
        a, b = (int(x) for x in args.search_seeds.split(".."))
        for seed in range(a, b + 1):
            rows, _ = ward_table(generate(seed), CHECK_YEAR, use_scipy=False)
            ok, tally = meets_goals(rows)
            if ok:
                print(seed, tally, flush=True)
        return 0

    if args.check:
        births = read_register(register_path)
        rows, method = ward_table(births, CHECK_YEAR)
        print_table(rows, method)
        # The count sheet must give exactly the register's 2024 numbers.
        expected = monthly_counts(births, CHECK_YEAR)
        name_to_code = {name: code for code, name, *_ in WARDS}
        mismatches = 0
        for ward, period, boys, girls in read_counts(counts_path):
            month = int(period.split("/")[0])
            if expected.get((name_to_code[ward], month), (0, 0)) != (int(boys), int(girls)):
                mismatches += 1
        per_year = {}
        ids = set()
        with open(register_path, "rb") as f:
            reg = list(csv.reader(io.StringIO(f.read()[3:].decode("utf-8"), newline=""),
                                  delimiter=";"))
        for r in reg[1:]:
            ids.add(r[1])
            y = r[3][-4:]
            per_year[y] = per_year.get(y, 0) + 1
        ok, tally = meets_goals(rows)
        print(f"births per year: {per_year}; ids unique: {len(ids) == len(reg) - 1}")
        print(f"monthly count sheet rows not matching the register: {mismatches}")
        print(f"statuses: {tally}; goals met: {ok}")
        return 0 if ok and mismatches == 0 and len(ids) == len(reg) - 1 else 1

    births = generate(args.seed)
    write_atomically(wards_path, wards_bytes())
    write_atomically(register_path, register_bytes(births))
    write_atomically(counts_path, counts_bytes(births, CHECK_YEAR))
    for p in (wards_path, register_path, counts_path):
        print(os.path.relpath(p, root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
