#!/usr/bin/env python3
"""Show how the reference and the tool answer the questions the SPEC leaves open.

Usage: probe_ambiguities.py --srb PATH_TO_BINARY

Each probe is a tiny register built in a temporary folder; for each one the
script prints the reference's answer and the tool's, side by side, marking
with `*` where they differ.  A difference here is not a failure: it is a
point to settle in the README (see the comment at the top of
reference_report.py for the reference's choices).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference_report as R  # noqa: E402

H = "id,ward,dob,sex\n"
PROBES = [
    # (title, files {name: text}, args, what to show)
    ("ids '007' and '7' are different ids", {"a.csv": H + "007,A,01/01/2024,m\n7,A,02/01/2024,f\n"}, [], "acc"),
    ("line of bare delimiters ',,,'", {"a.csv": H + "1,A,01/01/2024,m\n,,,\n"}, [], "acc"),
    ("whitespace-only line", {"a.csv": H + "1,A,01/01/2024,m\n   \n"}, [], "acc"),
    ("header 'birthdate' (separator deleted)", {"a.csv": "ward,birthdate,sex\nA,01/01/2024,m\n"}, [], "acc"),
    ("header 'birth-date' (hyphen)", {"a.csv": "ward,birth-date,sex\nA,01/01/2024,m\n"}, [], "acc"),
    ("count ' 12' with spaces", {"c.csv": "ward,period,boys,girls\nA,2024-01, 12,10\n"}, [], "acc"),
    ("count '007'", {"c.csv": "ward,period,boys,girls\nA,2024-01,007,10\n"}, [], "acc"),
    ("date ' 01/01/2024 ' with spaces", {"a.csv": H + "1,A, 01/01/2024 ,m\n"}, [], "acc"),
    ("date '2024/03/05' with dmy", {"a.csv": H + "1,A,2024/03/05,m\n"}, [], "acc"),
    ("date '2024-3-5' (ISO unpadded)", {"a.csv": H + "1,A,2024-3-5,m\n"}, [], "acc"),
    ("date '05/03/2024T10:00'", {"a.csv": H + "1,A,05/03/2024T10:00,m\n"}, [], "acc"),
    ("date '2024-03-05 garbage'", {"a.csv": H + "1,A,2024-03-05 xyz,m\n"}, [], "acc"),
    ("sex '01'", {"a.csv": H + "1,A,01/01/2024,01\n2,A,01/01/2024,f\n"}, [], "acc"),
    ("sex 'contrai' (space deleted)", {"a.csv": H + "1,A,01/01/2024,contrai\n2,A,01/01/2024,f\n"}, [], "acc"),
    ("unit that is only 'Phường'", {"a.csv": H + "1,Phường,01/01/2024,m\n2,A,01/01/2024,m\n"}, [], "acc"),
    ("unit 'Phuong A' (prefix without diacritics)", {"a.csv": H + "1,Phuong A,01/01/2024,m\n2,A,01/01/2024,f\n"}, [], "units"),
    ("id of a rejected row used again", {"a.csv": H + "1,A,31/02/2024,m\n1,A,01/01/2024,m\n"}, [], "acc"),
    ("duplicate of a row outside the period",
     {"a.csv": H + "1,A,01/01/2023,m\n1,A,01/01/2023,m\n2,A,01/01/2024,m\n"}, [], "acc"),
    ("ids compared after trimming ' 1' vs '1'", {"a.csv": H + "1,A,01/01/2024,m\n 1,A,01/01/2024,m\n"}, [], "acc"),
    ("ids compared case-sensitively 'a1' vs 'A1'", {"a.csv": H + "a1,A,01/01/2024,m\nA1,A,01/01/2024,m\n"}, [], "acc"),
    ("two unit columns (ward_code, ward_name): which one",
     {"a.csv": "ward_code,ward_name,dob,sex\n001,Bồ Đề,01/01/2024,m\n"}, [], "units"),
    ("row rejected for sex with a later year: default period",
     {"a.csv": H + "1,A,01/01/2023,m\n2,A,01/01/2025,x\n"}, [], "period"),
    ("0/0 count row in a later year: default period",
     {"c.csv": "ward,period,boys,girls\nA,2023-01,5,5\nA,2025-01,0,0\n"}, [], "period"),
    ("yearly count row, monthly --period", {"c.csv": "ward,period,boys,girls\nA,2024,50,40\nA,2024-03,5,4\n"},
     ["--period", "2024-03"], "acc"),
    ("monthly count row, day-range --period",
     {"c.csv": "ward,period,boys,girls\nA,2024-03,5,4\n"}, ["--period", "2024-03-10..2024-04-10"], "acc"),
    ("empty month cell in a year+month sheet",
     {"c.csv": "ward,year,month,boys,girls\nA,2024,,5,4\nA,2024,3,1,1\n"}, [], "acc"),
    ("year column alone (no month)", {"c.csv": "ward,year,boys,girls\nA,2024,5,4\n"}, [], "acc"),
    ("header has unit+date+sex and boys+girls", {"a.csv": "ward,dob,sex,boys,girls\nA,01/01/2024,m,5,5\n"}, [], "acc"),
    ("all rows outside the period", {"a.csv": H + "1,A,01/01/2023,m\n"}, ["--period", "2024"], "acc"),
    ("blank line before the header", {"a.csv": "\n" + H + "1,A,01/01/2024,m\n"}, [], "acc"),
    ("blank line before a ';' header", {"a.csv": "\nid;ward;dob;sex\n1;A;01/01/2024;m\n"}, [], "acc"),
    ("header only", {"a.csv": H}, [], "acc"),
    ("reversed --period 2024..2023", {"a.csv": H + "1,A,01/01/2024,m\n"}, ["--period", "2024..2023"], "acc"),
    ("--period 2024-q2 (lower-case q)", {"a.csv": H + "1,A,01/04/2024,m\n"}, ["--period", "2024-q2"], "period"),
    ("--period 2023..2024-06 (mixed forms)", {"a.csv": H + "1,A,01/04/2024,m\n"}, ["--period", "2023..2024-06"], "period"),
    ("quote inside an unquoted field", {"a.csv": H + '1,A"B,01/01/2024,m\n'}, [], "units"),
    ("fields fixed: code, level, parent, total name, files", {"a.csv": H + "1,P. Bồ Đề,01/01/2024,m\n"}, [], "fixed"),
]


def show(obj, what):
    if obj is None:
        return "-"
    if isinstance(obj, int):
        return "exit %d" % obj
    if what == "acc":
        i = obj["input"]
        r = ",".join("%s=%d" % (k, v) for k, v in sorted(i["rejected_by_reason"].items()) if v)
        return "read=%s used=%s out=%s rej=%s %s B/G=%s/%s" % (
            i["rows_read"], i["rows_used"], i["rows_outside_period"], i["rows_rejected"], r,
            obj["total"]["boys"], obj["total"]["girls"])
    if what == "units":
        return " | ".join("%s %d/%d" % (u["name"], u["boys"], u["girls"]) for u in obj["units"])
    if what == "period":
        return "%s..%s" % (obj["period"]["from"], obj["period"]["to"])
    u = obj["units"][0] if obj["units"] else {}
    t = obj["total"]
    return "unit code=%r name=%r level=%r parent=%r; total code=%r name=%r level=%r; files=%r" % (
        u.get("code"), u.get("name"), u.get("level"), u.get("parent"),
        t.get("code"), t.get("name"), t.get("level"), obj["input"].get("files"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--srb", required=True)
    a = ap.parse_args()
    srb = os.path.abspath(a.srb)
    for title, files, args, what in PROBES:
        with tempfile.TemporaryDirectory() as d:
            for n, t in files.items():
                with open(os.path.join(d, n), "w", encoding="utf-8", newline="") as fh:
                    fh.write(t)
            names = list(files)
            try:
                f, o = R.parse_args(args + [os.path.join(d, n) for n in names])
                ref = R.report(f, o)
            except R.SrbError as e:
                ref = e.code
            p = subprocess.run([srb, "report", "--format", "json"] + args + names, cwd=d,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=dict(os.environ, NO_COLOR="1", LANG="C.UTF-8"))
            tool = json.loads(p.stdout) if p.returncode == 0 else p.returncode
        rs, ts = show(ref, what), show(tool, what)
        print("%s %s\n    ref : %s\n    tool: %s" % ("*" if rs != ts else " ", title, rs, ts))


if __name__ == "__main__":
    main()
