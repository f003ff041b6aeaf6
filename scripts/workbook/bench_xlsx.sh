#!/usr/bin/env bash
# Measures reading a large .xlsx with SRBKit's Workbook (a throwaway
# measurement, not a test): rows/s, MB/s of sheet XML and peak RSS.
#
#   scripts/workbook/bench_xlsx.sh [ROWS]      (default 1 000 000)
#
# Everything generated goes to /tmp/srb-xlsx-bench (never into the repository):
# a register written as sheet XML by Python and deflated with zipfile (level 6,
# as Excel's own writer does about), with columns id (number), ward (shared
# string, Vietnamese), birth date (date cell, dd/mm/yyyy), sex (shared string)
# and birth order (number); and a small Swift package that depends on this
# checkout by path and reads the first sheet through the public API in a
# release build. Python's zlib inflating the same sheet is printed for scale.
set -euo pipefail

ROWS="${1:-1000000}"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
WORK=/tmp/srb-xlsx-bench
mkdir -p "$WORK/bench/Sources/bench"
BOOK="$WORK/register-$ROWS.xlsx"

if [ ! -f "$BOOK" ]; then
  python3 - "$BOOK" "$ROWS" <<'PY'
import random, sys, zipfile
path, rows = sys.argv[1], int(sys.argv[2])
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
wards = ["Bồ Đề", "Cự Khối", "Gia Thụy", "Giang Biên", "Long Biên", "Ngọc Lâm", "Ngọc Thụy",
         "Phúc Lợi", "Phúc Đồng", "Sài Đồng", "Thượng Thanh", "Thạch Bàn", "Việt Hưng", "Đức Giang"]
strings = ["mã", "phường/xã", "ngày sinh", "giới tính", "lần sinh", "Nam", "Nữ"] + wards
rng = random.Random(1)
def sheet():
    yield ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s" xmlns:r="%s">'
           '<dimension ref="A1:E%d"/><sheetData><row r="1" spans="1:5">' % (MAIN, REL, rows + 1))
    yield "".join('<c r="%s1" t="s"><v>%d</v></c>' % (c, i) for i, c in enumerate("ABCDE")) + "</row>"
    chunk = []
    for r in range(2, rows + 2):
        chunk.append('<row r="%d" spans="1:5"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>'
                     '<c r="C%d" s="1"><v>%d</v></c><c r="D%d" t="s"><v>%d</v></c><c r="E%d"><v>%d</v></c></row>'
                     % (r, r, 100000 + r, r, 7 + rng.randrange(14), r, 43831 + rng.randrange(1827),
                        r, 5 + rng.randrange(2), r, 1 + rng.randrange(4)))
        if len(chunk) == 10000:
            yield "".join(chunk); chunk = []
    yield "".join(chunk) + "</sheetData></worksheet>"
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % REL,
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Sổ sinh" sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN, REL),
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/></Relationships>' % (REL, REL, REL),
    "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s">%s</sst>' % (MAIN, "".join("<si><t>%s</t></si>" % s for s in strings)),
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>' % MAIN,
}
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
    for name, text in parts.items():
        zf.writestr(name, text)
    with zf.open("xl/worksheets/sheet1.xml", "w") as entry:
        for piece in sheet():
            entry.write(piece.encode("utf-8"))
PY
fi

cat > "$WORK/bench/Package.swift" <<EOF
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "bench",
    dependencies: [.package(path: "$REPO")],
    targets: [.executableTarget(name: "bench", dependencies: [.product(name: "SRBKit", package: "$(basename "$REPO")")])],
    swiftLanguageModes: [.v6]
)
EOF
cat > "$WORK/bench/Sources/bench/main.swift" <<'EOF'
import SRBKit

let path = CommandLine.arguments[1]
let clock = ContinuousClock()
let start = clock.now
var rows = 0
var cells = 0
var dates = 0
do {
    let workbook = try Workbook(path: path)
    try workbook.readRows(inSheet: .first) { row in
        rows += 1
        cells += row.cells.count
        if row.cells.count > 2, row.cells[2].utf8.count == 10 { dates += 1 }
        return true
    }
} catch {
    print("error: \(error)")
}
let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
print("rows \(rows) cells \(cells) dates \(dates) seconds \(seconds)")
EOF

echo "building the measurement (release)..." >&2
if ! swift build -c release --package-path "$WORK/bench" > "$WORK/build.log" 2>&1; then
  cat "$WORK/build.log" >&2
  exit 1
fi
grep -E "warning:" "$WORK/build.log" >&2 || true
BIN="$(swift build -c release --package-path "$WORK/bench" --show-bin-path)/bench"

read -r XML_BYTES COMPRESSED <<<"$(python3 -c "
import zipfile, sys
info = zipfile.ZipFile(sys.argv[1]).getinfo('xl/worksheets/sheet1.xml')
print(info.file_size, info.compress_size)" "$BOOK")"
PY_SECONDS="$(python3 -c "
import zipfile, sys, time
zf = zipfile.ZipFile(sys.argv[1]); start = time.perf_counter()
with zf.open('xl/worksheets/sheet1.xml') as f:
    while f.read(1 << 20): pass
print('%.3f' % (time.perf_counter() - start))" "$BOOK")"

for run in 1 2 3; do
  /usr/bin/time -v "$BIN" "$BOOK" 2> "$WORK/time-$run.txt" > "$WORK/out-$run.txt"
done
python3 - "$WORK" "$XML_BYTES" "$COMPRESSED" "$PY_SECONDS" "$BOOK" <<'PY'
import re, sys, os
work, xml, compressed, py_seconds, book = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
best = None
for run in (1, 2, 3):
    out = open(os.path.join(work, "out-%d.txt" % run)).read()
    m = re.search(r"rows (\d+) cells (\d+) dates (\d+) seconds ([\d.e-]+)", out)
    if not m:
        sys.exit("measurement failed: " + out)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(os.path.join(work, "time-%d.txt" % run)).read()).group(1))
    rows, seconds = int(m.group(1)), float(m.group(4))
    if best is None or seconds < best[1]:
        best = (rows, seconds, rss, int(m.group(2)), int(m.group(3)))
rows, seconds, rss, cells, dates = best
print("file            %s (%.1f MB, sheet XML %.1f MB deflated to %.1f MB)" % (book, os.path.getsize(book) / 1e6, xml / 1e6, compressed / 1e6))
print("rows read       %d (%d cells, %d date cells)" % (rows, cells, dates))
print("time            %.3f s (best of 3)" % seconds)
print("rows/s          %.0f" % (rows / seconds))
print("sheet XML MB/s  %.1f" % (xml / 1e6 / seconds))
print("peak RSS        %.1f MB" % (rss / 1024))
print("for scale: Python zlib inflates the same sheet in %.3f s (%.1f MB/s of XML)" % (py_seconds, xml / 1e6 / py_seconds))
PY
