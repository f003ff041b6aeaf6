#!/usr/bin/env python3
"""Cross-check `srb report --format json` against reference_report.py.

Usage: compare.py [--srb PATH_TO_BINARY] [-v] CASEDIR

CASEDIR holds case_*/ folders written by make_cases.py (register files and
case.json with the options).  For every case:

  * the reference is first checked against what the generator meant
    (case.json "truth": accounting, period, boys/girls per unit) -- a failure
    there is marked REF and means the reference or the generator is wrong;
  * then, with --srb, the binary runs as
        PATH report --format json <args> <files>
    in the case folder, and is compared with the reference: exit code;
    schema; period; threshold, confidence, ci_method; input accounting
    exactly (a reason missing from rejected_by_reason counts 0; `files` may
    be a number or a list); units matched by normalised name (NFC, trim,
    spaces, case, leading Phường/P./Xã/X./Thị trấn/TT.), births, boys,
    girls, status exactly, srb/ci_low/ci_high to 1e-6 relative (null must
    match null); total likewise; the tool's unit list must be sorted by its
    own names in NFC code-point order.
  * Not compared ("don't care", see the top of reference_report.py): code,
    level, parent, the total's name, the exact display spelling of a name.

Prints a short diff per failing case (never rows of data) and a last line
`N passed, M failed`.  Exit 1 on any mismatch.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference_report as R  # noqa: E402
from reference_report import unit_key, REASONS  # noqa: E402

TOL = 1e-6
MAX_LINES = 20


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if math.isnan(a) or math.isnan(b):
        return False
    return abs(a - b) <= TOL * max(abs(a), abs(b)) or abs(a - b) < 1e-12


def run(cmd, cwd, timeout=120):
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    env["LANG"] = "C.UTF-8"
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout"
    except OSError as e:
        return None, b"", str(e).encode()
    return p.returncode, p.stdout, p.stderr


def compare_numbers(tag, ref, got, diffs):
    for k in ("births", "boys", "girls", "status"):
        if ref.get(k) != got.get(k):
            diffs.append("%s %s: ref %r tool %r" % (tag, k, ref.get(k), got.get(k)))
    for k in ("srb", "ci_low", "ci_high"):
        if k not in got:
            diffs.append("%s %s missing" % (tag, k))
        elif not close(ref.get(k), got.get(k)):
            diffs.append("%s %s: ref %r tool %r" % (tag, k, ref.get(k), got.get(k)))


def compare_input(ref, got, diffs, who="tool"):
    if not isinstance(got, dict):
        diffs.append("input missing")
        return
    for k in ("rows_read", "rows_used", "rows_outside_period", "rows_rejected"):
        if ref.get(k) != got.get(k):
            diffs.append("input.%s: ref %r %s %r" % (k, ref.get(k), who, got.get(k)))
    rr = ref.get("rejected_by_reason") or {}
    gr = got.get("rejected_by_reason") or {}
    for k in sorted(set(REASONS) | set(rr) | set(gr)):
        if rr.get(k, 0) != gr.get(k, 0):
            diffs.append("input.rejected_by_reason.%s: ref %r %s %r" % (k, rr.get(k, 0), who, gr.get(k, 0)))
    if "files" in ref and "files" in got:
        rf, gf = ref["files"], got["files"]
        rn = len(rf) if isinstance(rf, list) else rf
        gn = len(gf) if isinstance(gf, list) else gf
        if rn != gn:
            diffs.append("input.files: ref %r tool %r" % (rn, gn))
    elif "files" not in got:
        diffs.append("input.files missing")


def reject_diff(ref_rejects, srb, args, files, cdir):
    """Lines rejected differently, as file:line reason (no field values)."""
    import csv
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        rj = os.path.join(td, "rejects.csv")
        run([srb, "report", "--format", "json", "--rejects", rj] + args + files, cdir)
        tool = {}
        try:
            with open(rj, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
        except OSError:
            return ["(tool wrote no --rejects file)"]
    if not rows:
        return []
    head = [h.strip().lower() for h in rows[0]]
    fi = head.index("file") if "file" in head else 0
    li = head.index("line") if "line" in head else 1
    ri = head.index("reason") if "reason" in head else len(head) - 1
    for r in rows[1:]:
        if len(r) > max(fi, li, ri):
            tool[(os.path.basename(r[fi]), r[li].strip())] = r[ri].strip()
    ref = {(os.path.basename(f), str(l)): why for f, l, why in ref_rejects}
    out = []
    for k in sorted(set(ref) | set(tool), key=lambda k: (k[0], int(k[1]) if k[1].isdigit() else 0)):
        if ref.get(k) != tool.get(k):
            out.append("%s:%s ref %s, tool %s" % (k[0], k[1], ref.get(k, "not rejected"),
                                                   tool.get(k, "not rejected")))
    return out


def compare_reports(ref, got):
    diffs = []
    notes = []
    if not isinstance(got, dict):
        return ["tool output is not a JSON object"], notes
    if got.get("schema") != "srb.report/1":
        diffs.append("schema: %r" % got.get("schema"))
    if ref["period"] != got.get("period"):
        diffs.append("period: ref %s tool %s" % (json.dumps(ref["period"]), json.dumps(got.get("period"))))
    for k in ("threshold", "confidence"):
        if not close(ref[k], got.get(k)):
            diffs.append("%s: ref %r tool %r" % (k, ref[k], got.get(k)))
    if ref["ci_method"] != got.get("ci_method"):
        diffs.append("ci_method: ref %r tool %r" % (ref["ci_method"], got.get("ci_method")))
    compare_input(ref["input"], got.get("input"), diffs)
    gunits = got.get("units")
    if not isinstance(gunits, list):
        diffs.append("units is not a list")
        gunits = []
    rmap = {unit_key(u["name"]): u for u in ref["units"]}
    gmap = {}
    for u in gunits:
        k = unit_key(str(u.get("name", "")))
        if k in gmap:
            diffs.append("unit %r appears twice" % u.get("name"))
        gmap[k] = u
    for k in sorted(set(rmap) - set(gmap)):
        diffs.append("unit %r missing in tool" % rmap[k]["name"])
    for k in sorted(set(gmap) - set(rmap)):
        diffs.append("unit %r only in tool" % gmap[k].get("name"))
    for k in sorted(set(rmap) & set(gmap)):
        compare_numbers("unit %r" % rmap[k]["name"], rmap[k], gmap[k], diffs)
        if rmap[k]["name"] != gmap[k].get("name"):
            notes.append("display name: ref %r tool %r" % (rmap[k]["name"], gmap[k].get("name")))
    names = [unicodedata.normalize("NFC", str(u.get("name", ""))) for u in gunits]
    if names != sorted(names):
        diffs.append("units not sorted by name (NFC code points): %s" % names[:8])
    if not isinstance(got.get("total"), dict):
        diffs.append("total missing")
    else:
        compare_numbers("total", ref["total"], got["total"], diffs)
    return diffs, notes


def check_truth(ref, truth):
    diffs = []
    compare_input(truth, ref["input"], diffs, who="reference")
    if [ref["period"]["from"], ref["period"]["to"]] != truth["period"]:
        diffs.append("period: truth %s reference %s" % (truth["period"], ref["period"]))
    tb = tg = 0
    if ref["units"]:  # empty with --by total
        got = {unit_key(u["name"]): [u["boys"], u["girls"]] for u in ref["units"]}
        want = truth["units"]
        if set(got) != set(want):
            diffs.append("units: truth %s reference %s" % (sorted(want), sorted(got)))
        for k, v in want.items():
            if k in got and got[k] != v:
                diffs.append("unit %r boys/girls: truth %s reference %s" % (k, v, got[k]))
    for b, g in truth["units"].values():
        tb += b
        tg += g
    if [ref["total"]["boys"], ref["total"]["girls"]] != [tb, tg]:
        diffs.append("total boys/girls: truth %s reference %s" % ([tb, tg], [ref["total"]["boys"], ref["total"]["girls"]]))
    return diffs


def main():
    ap = argparse.ArgumentParser(description="cross-check srb report against the reference")
    ap.add_argument("--srb", help="path to the srb binary (without it: reference vs generator only)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print don't-care differences")
    ap.add_argument("casedir")
    a = ap.parse_args()
    srb = os.path.abspath(a.srb) if a.srb else None
    if srb and not os.access(srb, os.X_OK):
        print("compare: %s is not an executable file" % srb)
        return 2
    cases = sorted(d for d in os.listdir(a.casedir)
                   if os.path.isfile(os.path.join(a.casedir, d, "case.json")))
    passed = failed = 0
    for name in cases:
        cdir = os.path.join(a.casedir, name)
        with open(os.path.join(cdir, "case.json"), encoding="utf-8") as fh:
            case = json.load(fh)
        args, files = case["args"], case["files"]
        diffs = []
        notes = []
        ref = None
        try:
            fpaths, opts = R.parse_args(args + [os.path.join(cdir, f) for f in files])
            ref = R.report(fpaths, opts)
            rc, err = 0, b""
        except R.SrbError as e:
            rc, err = e.code, e.msg.encode("utf-8")
        if rc == 0:
            if "truth" in case:
                diffs += ["REF " + d for d in check_truth(ref, case["truth"])]
        elif "truth" in case:
            diffs.append("REF reference exited %r: %s" % (rc, err.decode("utf-8", "replace").strip()[:200]))
        if srb:
            trc, tout, terr = run([srb, "report", "--format", "json"] + args + files, cdir)
            if trc != rc:
                diffs.append("exit code: ref %r tool %r; tool stderr: %s"
                             % (rc, trc, terr.decode("utf-8", "replace").strip()[:300]))
            elif rc == 0:
                try:
                    got = json.loads(tout.decode("utf-8"))
                except (ValueError, UnicodeDecodeError) as e:
                    got = None
                    diffs.append("tool output is not JSON: %s" % str(e)[:100])
                if got is not None:
                    d, notes = compare_reports(ref, got)
                    if any(x.startswith("input.") for x in d):
                        rd = reject_diff(ref["_rejects"], srb, args, files, cdir)
                        extra = ["rejects: " + x for x in rd[:5]]
                        if len(rd) > 5:
                            extra.append("rejects: ... %d more lines differ" % (len(rd) - 5))
                        last = max(i for i, x in enumerate(d) if x.startswith("input."))
                        d = d[:last + 1] + extra + d[last + 1:]
                    diffs += d
        if diffs:
            failed += 1
            print("FAIL %s  (%s %s)" % (name, " ".join(args), " ".join(files)))
            for d in diffs[:MAX_LINES]:
                print("   " + d)
            if len(diffs) > MAX_LINES:
                print("   ... %d more" % (len(diffs) - MAX_LINES))
        else:
            passed += 1
        if a.verbose and notes:
            print("note %s: %s" % (name, "; ".join(notes[:4])))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
