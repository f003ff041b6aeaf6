#!/usr/bin/env python3
"""Random small birth registers for cross-checking `srb report`.

Usage: make_cases.py OUTDIR --seed S --count K [--skip leading-blank] [--skip day-range]

Writes OUTDIR/case_0001/ ... each with one to three register files and
case.json: {"files": [...], "args": [...], "truth": {...}, "notes": [...]}.
`args` are the options to pass to `srb report --format json`, before the files.
`truth` is what the generator meant (rows read, rejections by reason, rows
used and outside the period, boys and girls per unit key): compare.py checks
the reference against it, so the reference's own reading is checked too.

The inputs stay clear of the choices the SPEC leaves open (see the comment at
the top of reference_report.py): each bad row is bad in one way only,
duplicates are exact copies of good rows, bad rows never carry a later year
than the good ones, 0/0 count rows never sit in the latest year, yearly count
sheets only get whole-year periods and monthly sheets only month-aligned ones,
no empty month or year cell in year+month sheets, values are not padded with spaces (units and sex excepted, where the SPEC
says spacing does not matter), no whitespace-only lines.
"""
import argparse
import json
import os
import random
import unicodedata
from datetime import date, timedelta

# (name, kind) kind: P = phường, X = xã, T = thị trấn
WARDS = [
    ("Bồ Đề", "P"), ("Cự Khối", "P"), ("Đức Giang", "P"), ("Gia Thụy", "P"),
    ("Giang Biên", "P"), ("Long Biên", "P"), ("Ngọc Lâm", "P"), ("Ngọc Thụy", "P"),
    ("Phúc Đồng", "P"), ("Phúc Lợi", "P"), ("Sài Đồng", "P"), ("Thạch Bàn", "P"),
    ("Thượng Thanh", "P"), ("Việt Hưng", "P"), ("Bát Tràng", "X"), ("Đa Tốn", "X"),
    ("Trâu Quỳ", "T"), ("12", "P"), ("Cự Khối, Long Biên", "P"), ('Ngọc Thụy "cũ"', "P"),
    ("Ái Mộ", "P"), ("Yên Viên", "T"), ("Ủy ban Đông Dư", "X"),
]
PREFIXES = {
    "P": ["", "", "", "Phường ", "phường ", "PHƯỜNG ", "P. ", "P.", "p."],
    "X": ["", "", "Xã ", "xã ", "XÃ ", "X. ", "X.", "x. "],
    "T": ["", "", "Thị trấn ", "thị trấn ", "THỊ TRẤN ", "TT. ", "TT.", "tt. "],
}

HEADERS = {
    "unit": ["ward", "ward_code", "ward_name", "commune", "unit", "phường", "xã",
             "phường/xã", "xã/phường", "đơn vị", "tên phường", "mã phường"],
    "date": ["birth_date", "date_of_birth", "dob", "date", "ngày sinh"],
    "sex": ["sex", "gender", "giới tính"],
    "id": ["id", "record_id", "mã", "mã trẻ", "số định danh"],
    "order": ["birth_order", "order", "parity", "con thứ", "lần sinh"],
    "district": ["district", "quận", "huyện", "quận/huyện"],
    "province": ["province", "tỉnh", "thành phố", "tỉnh/thành phố"],
    "period": ["period", "kỳ", "tháng/năm"],
    "year": ["year", "năm"],
    "month": ["month", "tháng"],
    "boys": ["boys", "male", "males", "trai", "số trẻ trai"],
    "girls": ["girls", "female", "females", "gái", "số trẻ gái"],
}
EXTRA_HEADERS = ["mother_name", "họ tên mẹ", "ghi chú", "note", "địa chỉ", "tên mẹ", "nơi sinh"]
MALE = ["m", "male", "b", "boy", "1", "nam", "trai", "con trai"]
FEMALE = ["f", "female", "g", "girl", "2", "nữ", "gái", "con gái"]
BAD_SEX = ["", "x", "u", "3", "0", "unknown", "không rõ", "?", "nam nữ", "mf", "-"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
GIVEN = ["Thị Lan", "Thị Hoa", "Thu Hà", "Minh Anh", "Thị Hằng", "Ngọc Ánh", "Thúy", "Thị Mai"]
BAD_DATES = ["31/02/2024", "30/02/2023", "29/02/2023", "05/03/24", "5-3-24", "2024-13-01",
             "2024-02-30", "32/01/2024", "00/05/2024", "", "abc", "15/13/2024", "2024-00-10",
             "12.31.99", "31/04/2022"]
BAD_COUNTS = ["-3", "2.5", "", "abc", "1e2", "+4", "mười", "3,5"]
SKIP = set()
FEATURES = {"leading-blank": "a blank line before the header",
            "day-range": "--period ranges of days not aligned on months"}
BAD_PERIODS = ["2024-13", "13/2024", "24", "2024-00", "abcd", "00/2023", "2023-1-1", ""]


def strip_marks(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))


def vary_case(s, rng):
    r = rng.random()
    if r < 0.35:
        return s
    if r < 0.55:
        return s.upper()
    if r < 0.75:
        return s.lower()
    if r < 0.9:
        return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s)


def vary_header(name, rng):
    s = name
    if "_" in s and rng.random() < 0.4:
        s = s.replace("_", " ")
    elif " " in s and rng.random() < 0.3:
        s = s.replace(" ", "_")
    if rng.random() < 0.3:
        s = strip_marks(s)
    s = vary_case(s, rng)
    if " " in s and rng.random() < 0.2:
        s = s.replace(" ", "  ")
    if rng.random() < 0.1:
        s = " " + s
    if rng.random() < 0.1:
        s = s + " "
    if rng.random() < 0.15:
        s = unicodedata.normalize("NFD", s)
    return s


def vary_sex(word, rng):
    s = word
    if rng.random() < 0.25:
        s = strip_marks(s)
    s = vary_case(s, rng)
    if " " in s and rng.random() < 0.3:
        s = s.replace(" ", "   ")
    if rng.random() < 0.08:
        s = " " + s + " "
    if rng.random() < 0.1:
        s = unicodedata.normalize("NFD", s)
    return s


def vary_unit(name, kind, rng):
    s = rng.choice(PREFIXES[kind]) + name
    r = rng.random()
    if r < 0.1:
        s = s.upper()
    elif r < 0.2:
        s = s.lower()
    if " " in s and rng.random() < 0.15:
        i = rng.choice([i for i, c in enumerate(s) if c == " "])
        s = s[:i] + "  " + s[i:]
    if rng.random() < 0.08:
        s = "  " + s
    if rng.random() < 0.08:
        s = s + " "
    if rng.random() < 0.12:
        s = unicodedata.normalize("NFD", s)
    return s


def unit_truth_key(name):
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).lower())


def fmt_date(d, order, rng):
    y, m, dd = d.year, d.month, d.day
    r = rng.random()
    if r < 0.25:
        s = "%04d-%02d-%02d" % (y, m, dd)
        iso = True
    else:
        iso = False
        sep = rng.choice(["/", "/", "-", "."])
        pad = rng.random() < 0.6
        a = "%02d" if pad else "%d"
        if order == "dmy":
            s = (a % dd) + sep + (a % m) + sep + "%04d" % y
        elif order == "mdy":
            s = (a % m) + sep + (a % dd) + sep + "%04d" % y
        else:
            s = "%04d" % y + sep + (a % m) + sep + (a % dd)
    if rng.random() < 0.1:
        t = rng.choice([" %02d:%02d" % (rng.randrange(24), rng.randrange(60)),
                        " %d:%02d:%02d" % (rng.randrange(24), rng.randrange(60), rng.randrange(60))])
        if iso and rng.random() < 0.5:
            t = "T%02d:%02d:%02d" % (rng.randrange(24), rng.randrange(60), rng.randrange(60))
        s += t
    return s


def random_note(rng, delim):
    r = rng.random()
    base = rng.choice(FAMILY) + " " + rng.choice(GIVEN)
    if r < 0.5:
        return base
    if r < 0.62:
        return base + delim + " " + rng.choice(FAMILY)
    if r < 0.72:
        return base + ', "' + rng.choice(GIVEN) + '"'
    if r < 0.8:
        return base + "\n" + rng.choice(GIVEN)
    if r < 0.85:
        return base + "\r\n" + rng.choice(GIVEN)
    if r < 0.9:
        return ""
    return '"' + base + '"' + "|;,\t"


def month_iter(y0, y1):
    for y in range(y0, y1 + 1):
        for m in range(1, 13):
            yield y, m


def month_end(y, m):
    return (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)


def encode_file(rows, delim, rng, notes):
    """rows: list of list of str (first is header). Returns bytes."""
    eol = rng.choice(["\n", "\n", "\r\n", "\r\n", "\r"])
    notes.append("eol=%r delim=%r" % (eol, delim))

    def q(v):
        need = any(c in v for c in (delim, '"', "\r", "\n"))
        if need or rng.random() < 0.08:
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [delim.join(q(v) for v in r) for r in rows]
    out = []
    if rng.random() < 0.05 and "leading-blank" not in SKIP:
        out.append("")  # blank line before the header
        notes.append("blank line before header")
    out.append(lines[0])
    for ln in lines[1:]:
        if rng.random() < 0.03:
            out.append("")
        out.append(ln)
    text = eol.join(out)
    r = rng.random()
    if r < 0.7:
        text += eol
    elif r < 0.8:
        text += eol + eol + eol
    else:
        notes.append("no final newline")
    data = text.encode("utf-8")
    if rng.random() < 0.3:
        data = b"\xef\xbb\xbf" + data
        notes.append("bom")
    return data


class Truth:
    def __init__(self):
        self.rows_read = 0
        self.rejected = {r: 0 for r in ["fields", "unit", "date", "sex", "count", "duplicate"]}
        self.usable = []  # (key, start, end, boys, girls)

    def as_dict(self, period):
        used = outside = 0
        per = {}
        for key, s, e, b, g in self.usable:
            per.setdefault(key, [0, 0])
            if period[0] <= s and e <= period[1]:
                used += 1
                per[key][0] += b
                per[key][1] += g
            else:
                outside += 1
        return {"rows_read": self.rows_read, "rows_used": used, "rows_outside_period": outside,
                "rows_rejected": sum(self.rejected.values()),
                "rejected_by_reason": dict(self.rejected),
                "period": [period[0].isoformat(), period[1].isoformat()],
                "units": per}


def births_file(rng, ctx, n_rows, truth, notes, seen_good):
    delim = ctx["delims"].pop()
    lang_vi = rng.random() < 0.5
    cols = ["unit", "date", "sex"]
    has_id = rng.random() < 0.7
    if has_id:
        cols.append("id")
    for opt, p in (("order", 0.4), ("district", 0.3), ("province", 0.2)):
        if rng.random() < p:
            cols.append(opt)
    extras = rng.sample(EXTRA_HEADERS, rng.choice([0, 0, 1, 1, 2]))
    cols += ["x:" + e for e in extras]
    rng.shuffle(cols)

    def header_for(c):
        if c.startswith("x:"):
            return vary_header(c[2:], rng)
        names = HEADERS[c]
        if lang_vi and rng.random() < 0.8:
            pool = [n for n in names if n != strip_marks(n) or n in ("kỳ",)] or names
        else:
            pool = [n for n in names if n == strip_marks(n)] or names
        return vary_header(rng.choice(pool), rng)

    header = [header_for(c) for c in cols]
    rows = [header]
    good = []  # generate the good rows first
    for _ in range(n_rows):
        wi = rng.choices(range(len(ctx["wards"])), weights=ctx["wweights"])[0]
        name, kind, pboy = ctx["wards"][wi]
        d = ctx["d0"] + timedelta(days=rng.randrange((ctx["d1"] - ctx["d0"]).days + 1))
        boy = rng.random() < pboy
        good.append((name, kind, d, boy))
    max_good_year = max(g[2].year for g in good)

    def make_row(name, kind, d, boy, rid):
        vals = {}
        for c in cols:
            if c == "unit":
                vals[c] = vary_unit(name, kind, rng)
            elif c == "date":
                vals[c] = fmt_date(d, ctx["order"], rng)
            elif c == "sex":
                vals[c] = vary_sex(rng.choice(MALE if boy else FEMALE), rng)
            elif c == "id":
                vals[c] = rid
            elif c == "order":
                vals[c] = rng.choice(["1", "2", "3", "4", "", "1"])
            elif c == "district":
                vals[c] = rng.choice(["Long Biên", "Q. Long Biên", "Gia Lâm"])
            elif c == "province":
                vals[c] = rng.choice(["Hà Nội", "TP. Hà Nội"])
            else:
                vals[c] = random_note(rng, delim)
        return vals

    for name, kind, d, boy in good:
        # maybe a bad row first
        if rng.random() < ctx["bad_rate"]:
            reasons = ["fields", "unit", "date", "sex"] + (["duplicate"] * 2 if has_id and seen_good else [])
            reason = rng.choice(reasons)
            bw = rng.choice(ctx["wards"])
            bd = ctx["d0"] + timedelta(days=rng.randrange((ctx["d1"] - ctx["d0"]).days + 1))
            if bd.year > max_good_year:
                bd = bd.replace(year=max_good_year, day=min(bd.day, 28))
            truth.rows_read += 1
            truth.rejected[reason] += 1
            if reason == "duplicate":
                orig = rng.choice(seen_good)
                v = make_row(bw[0], bw[1], bd, True, "")
                v.update(orig)
                rows.append([v[c] for c in cols])
            else:
                v = make_row(bw[0], bw[1], bd, rng.random() < 0.5, ctx["new_id"]())
                if reason == "unit":
                    v["unit"] = rng.choice(["", "", "   "])
                elif reason == "date":
                    v["date"] = rng.choice(BAD_DATES)
                elif reason == "sex":
                    v["sex"] = rng.choice(BAD_SEX)
                r = [v[c] for c in cols]
                if reason == "fields":
                    if rng.random() < 0.5 and len(r) > 1:
                        r = r[:-1]
                    else:
                        r = r + [rng.choice(["", "x", "thừa"])]
                rows.append(r)
        v = make_row(name, kind, d, boy, ctx["new_id"]())
        r = [v[c] for c in cols]
        rows.append(r)
        truth.rows_read += 1
        truth.usable.append((unit_truth_key(name), d, d, 1 if boy else 0, 0 if boy else 1))
        if has_id:
            seen_good.append({k: v[k] for k in ("unit", "date", "sex", "id")})
        elif rng.random() < 0.03:  # twins: identical rows, no id: both used
            rows.append(list(r))
            truth.rows_read += 1
            truth.usable.append((unit_truth_key(name), d, d, 1 if boy else 0, 0 if boy else 1))
    notes.append("births file: %d cols%s%s" % (len(cols), " id" if has_id else "", " extras" if extras else ""))
    return rows, delim


def counts_file(rng, ctx, truth, notes, form):
    delim = ctx["delims"].pop()
    lang_vi = rng.random() < 0.5
    if form == "yearmonth":
        cols = ["unit", "year", "month", "boys", "girls"]
    else:
        cols = ["unit", "period", "boys", "girls"]
    extras = rng.sample(EXTRA_HEADERS, rng.choice([0, 0, 1]))
    cols += ["x:" + e for e in extras]
    rng.shuffle(cols)

    def header_for(c):
        if c.startswith("x:"):
            return vary_header(c[2:], rng)
        names = HEADERS[c]
        if lang_vi:
            pool = [n for n in names if n != strip_marks(n)] or names
        else:
            pool = [n for n in names if n == strip_marks(n)] or names
        return vary_header(rng.choice(pool), rng)

    rows = [[header_for(c) for c in cols]]
    y0, y1 = ctx["d0"].year, ctx["d1"].year
    if form == "year":
        spans = [(date(y, 1, 1), date(y, 12, 31), y, None) for y in range(y0, y1 + 1)]
    else:
        spans = [(date(y, m, 1), month_end(y, m), y, m) for y, m in month_iter(y0, y1)]
    cells = [(w, s) for w in ctx["wards"] for s in spans]
    if len(cells) > 300:
        cells = rng.sample(cells, 300)
        cells.sort(key=lambda c: (c[1][0], c[0][0]))
    if rng.random() < 0.5:
        rng.shuffle(cells)
    knife = ctx.get("knife")
    big = rng.random() < 0.3
    if big:
        notes.append("big counts")

    def period_vals(y, m):
        if form == "year":
            return {"period": "%04d" % y}
        if form == "ym":
            return {"period": "%04d-%02d" % (y, m)}
        if form == "my":
            return {"period": "%02d/%04d" % (m, y)}
        return {"year": "%04d" % y, "month": rng.choice(["%d" % m, "%02d" % m])}

    def row_from(vals):
        return [vals[c] if not c.startswith("x:") else random_note(rng, delim) for c in cols]

    for (name, kind, pboy), (s, e, y, m) in cells:
        scale = 12 if form == "year" else 1
        if knife and name == knife:
            k = rng.randint(1, 3)
            b, g = 109 * k, 100 * k
        else:
            n = rng.randint(0, 25 if not big else 2500) * scale
            if y == y1 and n == 0:
                n = 1
            b = sum(1 for _ in range(n) if rng.random() < pboy)
            g = n - b
        if rng.random() < ctx["bad_rate"]:
            reason = rng.choice(["fields", "unit", "date", "count"])
            vals = {"unit": vary_unit(name, kind, rng), "boys": str(b), "girls": str(g)}
            vals.update(period_vals(y, m if m else 1))
            if reason == "unit":
                vals["unit"] = ""
            elif reason == "date":
                if form == "yearmonth":
                    if rng.random() < 0.5:
                        vals["month"] = rng.choice(["13", "0", "x", "00"])
                    else:
                        vals["year"] = rng.choice(["24", "202", "x"])
                else:
                    vals["period"] = rng.choice(BAD_PERIODS)
            elif reason == "count":
                vals[rng.choice(["boys", "girls"])] = rng.choice(BAD_COUNTS)
            r = row_from(vals)
            if reason == "fields":
                r = r[:-1] if rng.random() < 0.5 else r + [""]
            rows.append(r)
            truth.rows_read += 1
            truth.rejected[reason] += 1
        vals = {"unit": vary_unit(name, kind, rng), "boys": str(b), "girls": str(g)}
        vals.update(period_vals(y, m))
        rows.append(row_from(vals))
        truth.rows_read += 1
        truth.usable.append((unit_truth_key(name), s, e, b, g))
    notes.append("counts file form=%s" % form)
    return rows, delim


def pick_period(rng, ctx, align):
    """align: 'day', 'month', 'year'.  Returns (arg or None, (from, to))."""
    y0, y1 = ctx["d0"].year, ctx["d1"].year
    choices = ["none", "none", "year", "yrange"]
    if align in ("day", "month"):
        choices += ["q", "month", "mrange", "dmonth"]
    if align == "day" and "day-range" not in SKIP:
        choices += ["drange", "drange"]
    c = rng.choice(choices)
    if rng.random() < 0.03:
        y = y1 + 1
        return str(y), (date(y, 1, 1), date(y, 12, 31))
    y = rng.randint(y0, y1)
    if c == "none":
        return None, None
    if c == "year":
        return str(y), (date(y, 1, 1), date(y, 12, 31))
    if c == "yrange":
        a, b = sorted((rng.randint(y0, y1), rng.randint(y0, y1)))
        return "%d..%d" % (a, b), (date(a, 1, 1), date(b, 12, 31))
    if c == "q":
        q = rng.randint(1, 4)
        return "%d-Q%d" % (y, q), (date(y, 3 * q - 2, 1), month_end(y, 3 * q))
    if c == "month":
        m = rng.randint(1, 12)
        return "%d-%02d" % (y, m), (date(y, m, 1), month_end(y, m))
    months = sorted(rng.sample(list(month_iter(y0, y1)), 2))
    (ya, ma), (yb, mb) = months
    if c == "mrange":
        return "%d-%02d..%d-%02d" % (ya, ma, yb, mb), (date(ya, ma, 1), month_end(yb, mb))
    if c == "dmonth":
        a, b = date(ya, ma, 1), month_end(yb, mb)
        return "%s..%s" % (a.isoformat(), b.isoformat()), (a, b)
    span = (ctx["d1"] - ctx["d0"]).days
    a = ctx["d0"] + timedelta(days=rng.randrange(span + 1))
    b = a + timedelta(days=rng.randrange(1, 400))
    return "%s..%s" % (a.isoformat(), b.isoformat()), (a, b)


def make_case(rng, outdir):
    notes = []
    kind = rng.choices(["births", "counts", "mixed"], weights=[65, 25, 10])[0]
    y0 = rng.randint(2018, 2023)
    y1 = y0 + rng.choice([0, 0, 1, 1, 2, 3])
    nw = rng.randint(1, 7)
    chosen = rng.sample(WARDS, nw)
    wards = []
    for name, k in chosen:
        p = rng.choice([0.5, 0.512, 0.52, 0.53, 0.545, 0.56, 0.6, 0.45])
        if rng.random() < 0.05:
            p = 1.0
            notes.append("all-boys ward")
        wards.append((name, k, p))
    ids = set()

    def new_id():
        while True:
            v = rng.choice(["%d", "BR%06d", "KS-%05d", "%08d"]) % rng.randrange(1, 10 ** 5)
            if v not in ids:
                ids.add(v)
                return v

    order = rng.choices(["dmy", "mdy", "ymd"], weights=[75, 12, 13])[0]
    nfiles = rng.choice([1, 1, 1, 2, 3]) if kind == "births" else (2 if kind == "mixed" else rng.choice([1, 1, 2]))
    delims = [rng.choice([",", ";", "\t", "|"]) for _ in range(nfiles)]
    same_delim = len(set(delims)) == 1
    ctx = {"wards": wards, "wweights": [rng.choice([1, 2, 5, 10]) for _ in wards],
           "d0": date(y0, 1, 1), "d1": date(y1, 12, 31), "order": order,
           "bad_rate": rng.choice([0, 0.02, 0.05, 0.1, 0.2]), "new_id": new_id,
           "delims": list(delims)}
    truth = Truth()
    files = []
    seen_good = []
    align = "day"
    args = []
    if kind in ("counts", "mixed"):
        form = rng.choice(["ym", "my", "yearmonth", "year"]) if kind == "counts" else rng.choice(["ym", "my", "yearmonth"])
        if form == "year":
            align = "year"
        else:
            align = "month"
        if form != "year" and rng.random() < 0.35:
            ctx["knife"] = rng.choice(wards)[0]
            notes.append("knife-edge ward at 109")
    total_rows = rng.randint(10, 400)
    per_file = max(3, total_rows // nfiles)
    for fi in range(nfiles):
        if kind == "births" or (kind == "mixed" and fi == 0):
            rows, delim = births_file(rng, ctx, per_file, truth, notes, seen_good)
        else:
            rows, delim = counts_file(rng, ctx, truth, notes, form)
        data = encode_file(rows, delim, rng, notes)
        fname = "reg%d.%s" % (fi + 1, rng.choice(["csv", "txt", "tsv" if delim == "\t" else "csv"]))
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(data)
        files.append(fname)
    parg, period = pick_period(rng, ctx, align)
    if parg is not None:
        args += ["--period", parg]
    if period is None:
        y = max(u[2].year for u in truth.usable)
        period = (date(y, 1, 1), date(y, 12, 31))
    if ctx.get("knife"):
        args += ["--threshold", "109"]
    elif rng.random() < 0.5:
        args += ["--threshold", rng.choice(["109", "110", "107", "112.5", "105", "115", "108.5"])]
    if rng.random() < 0.5:
        args += ["--confidence", rng.choice(["0.95", "0.9", "0.99", "0.8", "0.5", "0.999"])]
    if rng.random() < 0.6:
        args += ["--ci", rng.choice(["exact", "wilson", "wilson"])]
    if rng.random() < 0.3:
        args += ["--min-births", rng.choice(["0", "5", "10", "30"])]
    if rng.random() < 0.3:
        args += ["--by", rng.choice(["ward", "total", "total"])]
    if order != "dmy" or rng.random() < 0.1:
        args += ["--date-order", order]
    if same_delim and rng.random() < 0.15:
        args += ["--delimiter", {"\t": "tab"}.get(delims[0], delims[0])]
    case = {"files": files, "args": args, "truth": truth.as_dict(period), "notes": notes}
    with open(os.path.join(outdir, "case.json"), "w", encoding="utf-8") as fh:
        json.dump(case, fh, ensure_ascii=False, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--skip", action="append", default=[], choices=sorted(FEATURES),
                    help="leave a feature out (repeatable), to isolate a known difference")
    a = ap.parse_args()
    SKIP.update(a.skip)
    os.makedirs(a.outdir, exist_ok=True)
    for i in range(1, a.count + 1):
        d = os.path.join(a.outdir, "case_%04d" % i)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        make_case(random.Random("%s-%d" % (a.seed, i)), d)
    print("wrote %d cases to %s" % (a.count, a.outdir))


if __name__ == "__main__":
    main()
