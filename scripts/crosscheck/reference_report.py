#!/usr/bin/env python3
"""Independent reference implementation of `srb report --format json`.

Written from /work/shared/SPEC.md alone (never from the Swift sources), to
cross-check the Swift tool.  Python 3 stdlib + scipy.

Usage:
  reference_report.py FILE... [--period P] [--threshold X] [--confidence C]
      [--ci exact|wilson] [--min-births N] [--by ward|total]
      [--date-order dmy|mdy|ymd] [--delimiter D] [--rejects FILE]

Scope: UTF-8 files (BOM or not; UTF-16 by BOM and a plain cp1258 fallback are
read too, without the warning), no --wards registry, no --by-order, no
--column, no `-` for standard input.

Exit codes as SPEC: 0 ok, 64 usage, 65 data (no header, a required column
missing, no usable row), 66 a file cannot be opened.

CHOICES WHERE THE SPEC IS SILENT OR AMBIGUOUS
(fields marked [don't care] are ignored by compare.py; the others are
 compared, and the generator, make_cases.py, avoids producing inputs that
 hit the choice, so a mismatch there is a real finding)

 1. [don't care] Unit `code` without a registry: null.  `level`: the --by
    level ("ward").  `parent`: null.
 2. [don't care] The total object: code null, name "total", level "total",
    parent null; it carries a status computed like a unit's (min-births
    included).
 3. [don't care] Display name of a unit: its first spelling among *usable*
    rows (used or outside the period), in file order then line order, after
    NFC, trimming and folding runs of whitespace to one space; a leading
    "Phường"/"P."/... is kept in the display.  compare.py matches units by
    the normalised key, not by the display string, and checks only that the
    tool's own list is sorted by its own names in NFC code-point order.
 4. [don't care] input.files: the number of files (compare.py also accepts a
    list and compares its length).  rejected_by_reason always lists the six
    reasons, zeros included (compare.py treats a missing reason as 0).
 5. Rejection order for one row: fields -> unit -> date -> sex (per-birth) or
    count (count rows) -> duplicate.  The first failing check names the
    reason.  (The generator makes each bad row bad in one way only.)
 6. Duplicates: an id is "seen" only once its row passed every value check;
    so a corrected re-entry of a rejected row is not a duplicate.  The
    duplicate check comes before the period check: a second copy of a row
    outside the period is a `duplicate`, not `outside`.  Ids are compared
    after trimming, case-sensitively; an empty id is never a duplicate.
    The rule applies to count-shaped files with an id column too.
 7. Default period: the latest calendar year among the usable (not rejected)
    rows, including count rows whose counts are 0/0.  Rejected rows never
    move it.  (Generator: bad rows never carry a later year than good ones,
    zero-count rows never sit in the latest year.)
 8. Count rows cover a whole month (YYYY-MM, MM/YYYY, year+month) or a whole
    year (YYYY).  Such a row is used only when its whole span lies inside the
    period; otherwise (partial overlap included) it is outside the period.
    A yearly count row is therefore outside a monthly or quarterly report.
    (Generator: yearly count sheets only get whole-year periods, monthly
    sheets only month-aligned periods.)
 9. Shape: a header with unit + date + sex is per-birth (even if it also has
    boys/girls); else unit + boys + girls + (period | year and month) is the
    count shape; else exit 65.  A lone year column without month is not
    accepted as a period, and in a year+month sheet an empty month (or
    year) cell rejects the row for `date` -- it is not read as "the whole
    year".  (Generator: never writes an empty month or year cell, nor a
    header with both shapes.)  If several columns match one role, the
    first one (leftmost) is used.
10. Header matching: NFD, combining marks removed, đ/Đ -> d, lower case, and
    all whitespace and underscores removed ("Birth Date" = "birth_date" =
    "BIRTHDATE").  The generator only varies case, diacritics, NFD, `_` <->
    space and extra/leading/trailing spaces, never deletes a separator.
11. Sex values: NFD, combining marks removed, đ -> d, lower case, all
    whitespace removed ("Con  Trai" = "contrai" = "con trai"; "NỮ" = "nu").
    "01" is not 1.  Empty rejects for `sex`.
12. Dates: after trimming, D<sep>M<sep>YYYY with one separator kind among
    `/ - .`, 1-2 digit day and month, exactly 4-digit year, in --date-order;
    a 4-digit first component means year first whatever the order (ISO
    2024-03-05 is always read as ISO).  A time is anything after the date
    following a space or `T`; it is not checked.  Anything else rejects the
    row for `date`.
13. Counts: after trimming, ASCII digits only ("+3", "3.0", "1 000", "" all
    reject for `count`).  Count periods: YYYY-MM, M/YYYY or MM/YYYY, YYYY;
    month column 1-2 digits, year column exactly 4 digits.
14. Blank lines: a line with no characters at all (outside quotes) is
    skipped and not counted, also before the header.  A line holding only
    spaces is *not* blank (it is a row with the wrong number of fields, or
    an empty unit...), nor is a line of bare delimiters (",,,," as Excel
    leaves after deleted rows): it is a row, normally rejected for `unit`.
    Generator: writes neither.
15. Quotes: a `"` opens a quoted field only at the start of a field; a `"`
    inside an unquoted field, or text after a closing quote, is kept
    literally.  An unterminated quote runs to the end of the file.
16. Delimiter detection: on the header line, i.e. the first non-blank line
    (outside quotes), the candidate
    among `,` `;` tab `|` that occurs most often; ties go in that order.
17. A unit whose name is only a prefix ("Phường") normalises to empty and is
    rejected for `unit`.  Prefixes are matched case-insensitively but with
    their diacritics ("Phuong X" keeps "phuong"); word prefixes ("Phường",
    "Xã", "Thị trấn") must be followed by whitespace, "P." "X." "TT." need
    not be.
18. A period in which a unit has no used rows gives it no_births with srb,
    ci_low, ci_high null.  All rows outside the period is not an error
    (units still appear); only zero usable rows is (exit 65).
19. Intervals: Clopper-Pearson via scipy.stats.beta.ppf (lower 0 when B=0,
    upper 1 when B=N); Wilson score without continuity correction, z =
    norm.ppf(1-(1-C)/2), clamped to [0,1], exactly 0 / 1 when B=0 / B=N.  The
    SRB-scale upper bound is null when B = N (p upper = 1).
20. Status order: no_births, few_births, significant (ci_low > threshold),
    over (srb > threshold, or G = 0 with B > 0), ok.

probe_ambiguities.py --srb BINARY runs a tiny register for each of these
questions and prints the reference's answer next to the tool's.
"""

import json
import re
import sys
import unicodedata
from datetime import date, timedelta

try:
    from scipy.stats import beta as _beta, norm as _norm
except Exception:  # pragma: no cover
    _beta = _norm = None

REASONS = ["fields", "unit", "date", "sex", "count", "duplicate"]


class SrbError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
        self.msg = msg


# --------------------------------------------------------------------------
# folding

def fold_header(s):
    s = unicodedata.normalize("NFD", s.replace("\ufeff", ""))
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return re.sub(r"[\s_]+", "", s)


def fold_value(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return re.sub(r"\s+", "", s)


ROLE_HEADERS = {
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
HEADER_ROLE = {}
for _role, _names in ROLE_HEADERS.items():
    for _n in _names:
        HEADER_ROLE.setdefault(fold_header(_n), _role)

MALE = {fold_value(x) for x in ["m", "male", "b", "boy", "1", "nam", "trai", "con trai"]}
FEMALE = {fold_value(x) for x in ["f", "female", "g", "girl", "2", "nữ", "gái", "con gái"]}

UNIT_PREFIXES_WORD = ["phường", "xã", "thị trấn"]
UNIT_PREFIXES_DOT = ["p.", "x.", "tt."]


def unit_display(s):
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.split())


def unit_key(s):
    s = unit_display(s)
    s = unicodedata.normalize("NFC", s.lower())
    for p in UNIT_PREFIXES_WORD:
        if s == p:
            return ""
        if s.startswith(p + " "):
            return s[len(p) + 1:].strip()
    for p in UNIT_PREFIXES_DOT:
        if s.startswith(p):
            return s[len(p):].strip()
    return s


# --------------------------------------------------------------------------
# values

_DATE_RE = re.compile(r"([0-9]+)([-/.])([0-9]+)\2([0-9]+)(?:[ T].*)?", re.S)


def parse_date(s, order="dmy"):
    s = s.strip()
    m = _DATE_RE.fullmatch(s)
    if not m:
        return None
    a, _sep, b, c = m.group(1), m.group(2), m.group(3), m.group(4)
    if len(a) == 4:
        y, mo, d = a, b, c
    elif order == "dmy":
        d, mo, y = a, b, c
    elif order == "mdy":
        mo, d, y = a, b, c
    else:  # ymd with a first component that is not 4 digits
        return None
    if len(y) != 4 or not (1 <= len(mo) <= 2) or not (1 <= len(d) <= 2):
        return None
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def parse_sex(s):
    f = fold_value(s)
    if f in MALE:
        return "m"
    if f in FEMALE:
        return "f"
    return None


def parse_count(s):
    s = s.strip()
    if re.fullmatch(r"[0-9]+", s):
        return int(s)
    return None


def month_span(y, m):
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    start = date(y, m, 1)
    end = date(y + 1, 1, 1) - timedelta(days=1) if m == 12 else date(y, m + 1, 1) - timedelta(days=1)
    return start, end


def year_span(y):
    if not (1 <= y <= 9999):
        return None
    return date(y, 1, 1), date(y, 12, 31)


def parse_count_period(s):
    s = s.strip()
    m = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", s)
    if m:
        return month_span(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"([0-9]{1,2})/([0-9]{4})", s)
    if m:
        return month_span(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([0-9]{4})", s)
    if m:
        return year_span(int(m.group(1)))
    return None


def parse_year_month(ys, ms):
    ys, ms = ys.strip(), ms.strip()
    if not re.fullmatch(r"[0-9]{4}", ys) or not re.fullmatch(r"[0-9]{1,2}", ms):
        return None
    return month_span(int(ys), int(ms))


# --------------------------------------------------------------------------
# --period

def _single_period(s):
    m = re.fullmatch(r"([0-9]{4})", s)
    if m:
        return year_span(int(m.group(1)))
    m = re.fullmatch(r"([0-9]{4})-[Qq]([1-4])", s)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        a = month_span(y, 3 * q - 2)
        b = month_span(y, 3 * q)
        return a[0], b[1]
    m = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", s)
    if m:
        return month_span(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", s)
    if m:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return d, d
    return None


def parse_period(s):
    s = s.strip()
    if ".." in s:
        left, right = s.split("..", 1)
        a, b = _single_period(left.strip()), _single_period(right.strip())
        if a is None or b is None:
            raise SrbError(64, "bad --period: %r" % s)
        if b[1] < a[0]:
            raise SrbError(64, "bad --period (ends before it starts): %r" % s)
        return a[0], b[1]
    a = _single_period(s)
    if a is None:
        raise SrbError(64, "bad --period: %r" % s)
    return a


# --------------------------------------------------------------------------
# the file

def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", errors="replace")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


CANDIDATES = [",", ";", "\t", "|"]


def detect_delimiter(text):
    """Count candidates on the first non-blank line, outside quotes."""
    i, n = 0, len(text)
    while i < n and text[i] in "\r\n":
        i += 1
    counts = {c: 0 for c in CANDIDATES}
    in_q = False
    while i < n:
        c = text[i]
        if in_q:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 2
                    continue
                in_q = False
        else:
            if c == '"':
                in_q = True
            elif c in "\r\n":
                break
            elif c in counts:
                counts[c] += 1
        i += 1
    best = ","
    for c in CANDIDATES:
        if counts[c] > counts[best]:
            best = c
    return best


def parse_records(text, delim):
    """RFC 4180.  Yields (line_number, fields); blank lines skipped."""
    out = []
    i, n = 0, len(text)
    line = 1
    rec_line = 1
    fields = []
    field = []
    field_quoted = False
    field_started = False  # any char or quote consumed for this field
    in_q = False

    def end_field():
        nonlocal field, field_quoted, field_started
        fields.append("".join(field))
        q = field_quoted
        field, field_quoted, field_started = [], False, False
        return q

    def end_record():
        nonlocal fields, rec_line
        if len(fields) == 1 and fields[0] == "" and not last_quoted[0]:
            pass  # blank line
        else:
            out.append((rec_line, fields))
        fields = []

    last_quoted = [False]
    while i < n:
        c = text[i]
        if in_q:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 2
                    continue
                in_q = False
                i += 1
                continue
            if c == "\r":
                line += 1
                if i + 1 < n and text[i + 1] == "\n":
                    field.append("\r\n")
                    i += 2
                    continue
            elif c == "\n":
                line += 1
            field.append(c)
            i += 1
            continue
        if c == '"' and not field_started:
            in_q = True
            field_quoted = True
            field_started = True
            i += 1
            continue
        if c == delim:
            end_field()
            i += 1
            continue
        if c == "\r" or c == "\n":
            last_quoted[0] = end_field()
            end_record()
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            i += 1
            line += 1
            rec_line = line
            continue
        field.append(c)
        field_started = True
        i += 1
    if field or fields or field_quoted:
        last_quoted[0] = end_field()
        end_record()
    return out


# --------------------------------------------------------------------------
# the register

class Unit:
    __slots__ = ("display", "boys", "girls")

    def __init__(self, display):
        self.display = display
        self.boys = 0
        self.girls = 0


def read_register(paths, period, date_order, delimiter):
    """Returns (units dict key->Unit, accounting dict, period tuple)."""
    usable = []  # (key, display, span_start, span_end, boys, girls)
    acc = {"rows_read": 0, "rejected": {r: 0 for r in REASONS}, "rejects": []}

    def reject(path, line, reason):
        acc["rejected"][reason] += 1
        acc["rejects"].append((path, line, reason))

    seen_ids = set()
    for path in paths:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            raise SrbError(66, "cannot open %s: %s" % (path, e.strerror))
        text = decode(data)
        delim = delimiter or detect_delimiter(text)
        records = parse_records(text, delim)
        if not records:
            raise SrbError(65, "%s: no header" % path)
        header = records[0][1]
        roles = {}
        for idx, h in enumerate(header):
            r = HEADER_ROLE.get(fold_header(h))
            if r and r not in roles:
                roles[r] = idx
        if all(r in roles for r in ("unit", "date", "sex")):
            shape = "births"
        elif all(r in roles for r in ("unit", "boys", "girls")) and (
                "period" in roles or ("year" in roles and "month" in roles)):
            shape = "counts"
        else:
            raise SrbError(65, "%s: a required column is missing" % path)
        nf = len(header)
        id_col = roles.get("id")
        for line, f in records[1:]:
            acc["rows_read"] += 1
            if len(f) != nf:
                reject(path, line, "fields")
                continue
            raw_unit = f[roles["unit"]]
            key = unit_key(raw_unit)
            if not key:
                reject(path, line, "unit")
                continue
            if shape == "births":
                d = parse_date(f[roles["date"]], date_order)
                if d is None:
                    reject(path, line, "date")
                    continue
                sx = parse_sex(f[roles["sex"]])
                if sx is None:
                    reject(path, line, "sex")
                    continue
                span = (d, d)
                b, g = (1, 0) if sx == "m" else (0, 1)
            else:
                if "period" in roles:
                    span = parse_count_period(f[roles["period"]])
                else:
                    span = parse_year_month(f[roles["year"]], f[roles["month"]])
                if span is None:
                    reject(path, line, "date")
                    continue
                b = parse_count(f[roles["boys"]])
                g = parse_count(f[roles["girls"]])
                if b is None or g is None:
                    reject(path, line, "count")
                    continue
            if id_col is not None:
                rid = f[id_col].strip()
                if rid:
                    if rid in seen_ids:
                        reject(path, line, "duplicate")
                        continue
                    seen_ids.add(rid)
            usable.append((key, unit_display(raw_unit), span[0], span[1], b, g))
    if not usable:
        raise SrbError(65, "no usable row")
    if period is None:
        y = max(u[3].year for u in usable)
        period = (date(y, 1, 1), date(y, 12, 31))
    units = {}
    used = outside = 0
    for key, disp, s, e, b, g in usable:
        u = units.get(key)
        if u is None:
            u = units[key] = Unit(disp)
        if period[0] <= s and e <= period[1]:
            used += 1
            u.boys += b
            u.girls += g
        else:
            outside += 1
    acc["rows_used"] = used
    acc["rows_outside_period"] = outside
    return units, acc, period


# --------------------------------------------------------------------------
# numbers

def interval(B, N, conf, method):
    if N == 0:
        return None, None
    alpha = 1.0 - conf
    if method == "exact":
        lo = 0.0 if B == 0 else float(_beta.ppf(alpha / 2, B, N - B + 1))
        hi = 1.0 if B == N else float(_beta.ppf(1 - alpha / 2, B + 1, N - B))
    else:
        z = float(_norm.ppf(1 - alpha / 2))
        p = B / N
        z2 = z * z
        denom = 1 + z2 / N
        center = (p + z2 / (2 * N)) / denom
        half = z * ((p * (1 - p) / N + z2 / (4 * N * N)) ** 0.5) / denom
        lo = 0.0 if B == 0 else max(0.0, center - half)
        hi = 1.0 if B == N else min(1.0, center + half)
    lo_s = 100 * lo / (1 - lo)
    hi_s = None if (B == N or hi >= 1.0) else 100 * hi / (1 - hi)
    return lo_s, hi_s


def numbers(B, G, opts):
    N = B + G
    srb = None if G == 0 else 100 * B / G
    lo, hi = interval(B, N, opts["confidence"], opts["ci"])
    thr = opts["threshold"]
    if N == 0:
        status = "no_births"
    elif N < opts["min_births"]:
        status = "few_births"
    elif lo is not None and lo > thr:
        status = "significant"
    elif (G == 0 and B > 0) or (srb is not None and srb > thr):
        status = "over"
    else:
        status = "ok"
    return {"births": N, "boys": B, "girls": G, "srb": srb,
            "ci_low": lo, "ci_high": hi, "status": status}


def report(paths, opts):
    period = parse_period(opts["period"]) if opts.get("period") else None
    units, acc, period = read_register(paths, period, opts["date_order"], opts["delimiter"])
    out_units = []
    tb = tg = 0
    for key, u in units.items():
        tb += u.boys
        tg += u.girls
        obj = {"code": None, "name": u.display, "level": opts["by"], "parent": None}
        obj.update(numbers(u.boys, u.girls, opts))
        out_units.append(obj)
    out_units.sort(key=lambda o: unicodedata.normalize("NFC", o["name"]))
    if opts["by"] == "total":
        out_units = []
    total = {"code": None, "name": "total", "level": "total", "parent": None}
    total.update(numbers(tb, tg, opts))
    rejected = sum(acc["rejected"].values())
    return {
        "schema": "srb.report/1",
        "period": {"from": period[0].isoformat(), "to": period[1].isoformat()},
        "threshold": opts["threshold"],
        "confidence": opts["confidence"],
        "ci_method": opts["ci"],
        "units": out_units,
        "total": total,
        "input": {
            "files": len(paths),
            "rows_read": acc["rows_read"],
            "rows_used": acc["rows_used"],
            "rows_outside_period": acc["rows_outside_period"],
            "rows_rejected": rejected,
            "rejected_by_reason": acc["rejected"],
        },
        "_rejects": acc["rejects"],
    }


# --------------------------------------------------------------------------
# command line

def parse_args(argv):
    opts = {"period": None, "threshold": 109.0, "confidence": 0.95, "ci": "exact",
            "min_births": 0, "by": "ward", "date_order": "dmy", "delimiter": None}
    files = []
    i = 0

    def val():
        nonlocal i
        if i + 1 >= len(argv):
            raise SrbError(64, "option %s needs a value" % argv[i])
        i += 1
        return argv[i]

    while i < len(argv):
        a = argv[i]
        name, eq, inline = a.partition("=") if a.startswith("--") else (a, "", "")
        if a.startswith("--") and eq:
            argv = argv[:i] + [name, inline] + argv[i + 1:]
            a = name
        if a == "--period":
            opts["period"] = val()
        elif a == "--threshold":
            try:
                opts["threshold"] = float(val())
            except ValueError:
                raise SrbError(64, "bad --threshold")
        elif a == "--confidence":
            try:
                c = float(val())
            except ValueError:
                raise SrbError(64, "bad --confidence")
            if not (0.5 <= c < 1):
                raise SrbError(64, "--confidence must be in [0.5, 1)")
            opts["confidence"] = c
        elif a == "--ci":
            v = val()
            if v not in ("exact", "wilson"):
                raise SrbError(64, "bad --ci")
            opts["ci"] = v
        elif a == "--min-births":
            v = val()
            if not re.fullmatch(r"[0-9]+", v):
                raise SrbError(64, "bad --min-births")
            opts["min_births"] = int(v)
        elif a == "--by":
            v = val()
            if v not in ("ward", "total"):
                raise SrbError(64, "--by: only ward and total in the reference")
            opts["by"] = v
        elif a == "--date-order":
            v = val()
            if v not in ("dmy", "mdy", "ymd"):
                raise SrbError(64, "bad --date-order")
            opts["date_order"] = v
        elif a == "--delimiter":
            v = val()
            m = {",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"}
            if v not in m:
                raise SrbError(64, "bad --delimiter")
            opts["delimiter"] = m[v]
        elif a == "--format":
            if val() != "json":
                raise SrbError(64, "reference only writes json")
        elif a == "--rejects":
            opts["rejects"] = val()
        elif a in ("--quiet",):
            pass
        elif a.startswith("--"):
            raise SrbError(64, "unknown option %s" % a)
        else:
            files.append(a)
        i += 1
    if not files:
        raise SrbError(64, "no input file")
    return files, opts


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        files, opts = parse_args(argv)
        out = report(files, opts)
    except SrbError as e:
        sys.stderr.write("srb: error: %s\n" % e.msg)
        return e.code
    rejects = out.pop("_rejects")
    if opts.get("rejects"):
        import csv
        with open(opts["rejects"], "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "line", "reason"])
            w.writerows(rejects)
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
