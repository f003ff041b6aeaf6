#!/usr/bin/env python3
"""Hand-worked checks of reference_report.py.  Run: python3 test_reference.py

The expected numbers below were worked out by hand (closed forms of the
Clopper-Pearson bounds for tiny n, the Wilson formula written out), not by
calling the code under test.
"""
import math
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_report as R  # noqa: E402

FAILS = 0


def check(what, got, want, tol=1e-9):
    global FAILS
    if isinstance(want, float):
        ok = isinstance(got, float) and abs(got - want) <= tol * max(1.0, abs(want))
    else:
        ok = got == want and type(got) is type(want)
    if not ok:
        FAILS += 1
        print("FAIL %s: got %r want %r" % (what, got, want))


def write(d, name, data):
    p = os.path.join(d, name)
    with open(p, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def run(files, *args):
    f, opts = R.parse_args(list(args) + files)
    return R.report(f, opts)


def srb_scale(p):
    return 100 * p / (1 - p)


def bisect(f, lo, hi):
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


def z975():
    # inverse of the normal cdf by bisection on erf, independent of scipy
    return bisect(lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2))) - 0.975, 0, 5)


with tempfile.TemporaryDirectory() as d:
    # ---- case 1: per-birth, comma, LF, one bad row of every reason -------
    c1 = (
        "\ufeffID,Phường/Xã,Ngày Sinh,GIỚI_TÍNH,ho ten me\n"
        "1,Phường Bồ Đề,05/03/2024,Nam,\"Nguyễn, Thị \"\"A\"\"\"\n"
        "2,bồ  đề,2024-03-06,nữ,x\n"
        "\n"
        "3,P.Bồ Đề,06/03/2024 08:30,con trai,\"two\nlines\"\n"
        "4,Bồ Đề,31/02/2024,nam,x\n"          # date
        "5,,01/01/2024,nam,x\n"               # unit
        "6,Bồ Đề,01/01/2024,x,x\n"            # sex
        "1,Bồ Đề,05/03/2024,Nam,x\n"          # duplicate
        "7,Bồ Đề,01/01/2023,nam,x\n"          # outside
        "8,Gia Thụy,01.01.2023,NỮ,x\n"        # outside
        "9,Bồ Đề,01/01/24,nam,x\n"            # date (2-digit year)
        "10,Bồ Đề,1/1/2024,m\n"               # fields
    )
    p1 = write(d, "c1.csv", c1)
    r = run([p1])
    check("c1 period from", r["period"]["from"], "2024-01-01")
    check("c1 period to", r["period"]["to"], "2024-12-31")
    inp = r["input"]
    check("c1 rows_read", inp["rows_read"], 11)
    check("c1 rows_used", inp["rows_used"], 3)
    check("c1 outside", inp["rows_outside_period"], 2)
    check("c1 rejected", inp["rows_rejected"], 6)
    for k, v in {"fields": 1, "unit": 1, "date": 2, "sex": 1, "count": 0, "duplicate": 1}.items():
        check("c1 reason " + k, inp["rejected_by_reason"][k], v)
    names = [u["name"] for u in r["units"]]
    check("c1 names", "|".join(names), "Gia Thụy|Phường Bồ Đề")
    bd = r["units"][1]
    check("c1 B", bd["boys"], 2)
    check("c1 G", bd["girls"], 1)
    check("c1 srb", bd["srb"], 200.0)
    # CP for 2 of 3: lower solves 3p^2-2p^3 = 0.025, upper 1-p^3 = 0.025
    lo = bisect(lambda p: 3 * p * p - 2 * p ** 3 - 0.025, 0, 1)
    hi = 0.975 ** (1 / 3)
    check("c1 ci_low", bd["ci_low"], srb_scale(lo), 1e-9)
    check("c1 ci_high", bd["ci_high"], srb_scale(hi), 1e-9)
    check("c1 status", bd["status"], "over")  # ci_low ~10.4 < 109 < srb 200
    gt = r["units"][0]
    check("c1 GT status", gt["status"], "no_births")
    check("c1 GT srb", gt["srb"], None)
    check("c1 total births", r["total"]["births"], 3)

    # wilson, same data, 0.95
    r = run([p1], "--ci", "wilson")
    bd = r["units"][1]
    z = z975()
    n, ph = 3, 2 / 3
    cen = (ph + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(ph * (1 - ph) / n + z * z / (4 * n * n))
    check("c1w ci_low", bd["ci_low"], srb_scale(cen - half), 1e-7)
    check("c1w ci_high", bd["ci_high"], srb_scale(cen + half), 1e-7)

    # period 2023 -> Gia Thụy has 1 girl; Bồ Đề 1 boy (row 7)
    r = run([p1], "--period", "2023")
    check("c1 2023 used", r["input"]["rows_used"], 2)
    check("c1 2023 outside", r["input"]["rows_outside_period"], 3)
    gt = r["units"][0]
    check("c1 2023 GT girls", gt["girls"], 1)
    check("c1 2023 GT srb", gt["srb"], 0.0)
    check("c1 2023 GT ci_low", gt["ci_low"], 0.0)
    check("c1 2023 GT ci_high (upper 1-0.025 -> 39)", gt["ci_high"], srb_scale(0.975))
    bd = r["units"][1]
    check("c1 2023 BD srb null", bd["srb"], None)
    check("c1 2023 BD ci_high null", bd["ci_high"], None)
    check("c1 2023 BD ci_low", bd["ci_low"], srb_scale(0.025))
    check("c1 2023 BD status", bd["status"], "over")
    # day range, one day
    r = run([p1], "--period", "2024-03-06..2024-03-06")
    check("c1 day used", r["input"]["rows_used"], 2)
    # min-births
    r = run([p1], "--min-births", "4")
    check("c1 few", r["units"][1]["status"], "few_births")
    r = run([p1], "--by", "total")
    check("c1 total units", len(r["units"]), 0)
    check("c1 total boys", r["total"]["boys"], 2)

    # ---- case 2: count sheets; exact threshold; G = 0; yearly row ------
    c2a = ("Xã/Phường;NĂM;thang;Số trẻ trai;so tre gai\r\n"
           "Ngọc Lâm;2024;1;109;100\r\n"
           "NGỌC LÂM;2024;02;218;200\r\n"
           "ngọc lâm;2024;13;1;1\r\n"          # date
           "Ngọc Lâm;2024;3;-1;5\r\n"          # count
           "Ngọc Lâm;2024;3;5;\r\n"            # count (empty)
           "Ngọc Lâm;2023;3;5;5")              # outside, no final newline
    c2b = ("ky\tunit\tboys\tgirls\r"
           "2024-03\tX. Đông\t10\t0\r"
           "04/2024\tX.Đông\t0\t0\r"
           "2024\tThị trấn Trâu Quỳ\t30\t20\r"
           "2024-00\tTrâu Quỳ\t1\t1\r")         # date
    pa = write(d, "c2a.csv", c2a)
    pb = write(d, "c2b.tsv", c2b)
    r = run([pa, pb])
    names = [u["name"] for u in r["units"]]
    check("c2 names", "|".join(names), "Ngọc Lâm|Thị trấn Trâu Quỳ|X. Đông")
    nl, tq, dg = r["units"]
    check("c2 NL srb exact 109", nl["srb"], 109.0)
    check("c2 NL status", nl["status"], "ok")
    check("c2 Dong srb", dg["srb"], None)
    check("c2 Dong ci_low", dg["ci_low"], srb_scale(0.025 ** 0.1))
    check("c2 Dong status", dg["status"], "significant")
    check("c2 TQ births", tq["births"], 50)
    inp = r["input"]
    check("c2 read", inp["rows_read"], 10)
    check("c2 used", inp["rows_used"], 5)
    check("c2 outside", inp["rows_outside_period"], 1)
    check("c2 date", inp["rejected_by_reason"]["date"], 2)
    check("c2 count", inp["rejected_by_reason"]["count"], 2)
    check("c2 total", (r["total"]["boys"], r["total"]["girls"]) == (327 + 10 + 30, 300 + 20), True)
    # Q1: yearly row of Trâu Quỳ is outside; April row of Đông outside
    r = run([pa, pb], "--period", "2024-Q1")
    check("c2 Q1 from", r["period"]["from"], "2024-01-01")
    check("c2 Q1 to", r["period"]["to"], "2024-03-31")
    check("c2 Q1 used", r["input"]["rows_used"], 3)
    check("c2 Q1 outside", r["input"]["rows_outside_period"], 3)
    check("c2 Q1 TQ", r["units"][1]["status"], "no_births")
    r = run([pa, pb], "--period", "2023..2024", "--threshold", "108.8")
    check("c2 range used", r["input"]["rows_used"], 6)
    check("c2 NL srb", r["units"][0]["srb"], 33200 / 305)  # 108.852...
    check("c2 NL over", r["units"][0]["status"], "over")

    # ---- case 3: pipe, CR, quoted unit with delimiter, mdy ----------------
    c3 = ('"ward"|"dob"|"sex"\r"A|B"|03/05/2024|m\r"A|B"|12/31/2024|F\r\r')
    p3 = write(d, "c3.txt", c3)
    r = run([p3], "--date-order", "mdy")
    check("c3 read", r["input"]["rows_read"], 2)
    check("c3 used", r["input"]["rows_used"], 2)
    check("c3 name", r["units"][0]["name"], "A|B")
    r = run([p3])  # dmy: 12/31/2024 does not exist
    check("c3 dmy date", r["input"]["rejected_by_reason"]["date"], 1)

    # ---- errors ------------------------------------------------------------
    p4 = write(d, "c4.csv", "ward,foo\nA,1\n")
    try:
        run([p4])
        check("c4 error", "none", "65")
    except R.SrbError as e:
        check("c4 code", e.code, 65)

print("all hand checks passed" if FAILS == 0 else "%d FAILED" % FAILS)
sys.exit(1 if FAILS else 0)
