#!/usr/bin/env python3
"""Writes the workbook fixtures of the tests, with writers independent of srb:
openpyxl (pip install openpyxl), LibreOffice (soffice, optional), msoffcrypto-tool
(pip install msoffcrypto-tool, optional) and Python's zipfile or hand-packed
ZIP records for the odd cases.

    python3 scripts/workbook/make_xlsx_fixtures.py

Output: Tests/SRBKitTests/Fixtures/workbooks/
  NAME.xlsx               a workbook
  NAME.expected.json      what a careful user expects from it, computed here:
                          {"sheets": [names in tab order], "date1904": bool,
                           "rows": {sheet: [[row number, [cell texts]], ...]}}
                          every row from 1 to the last one, empty rows as [];
                          trailing empty cells left out; numbers as JavaScript
                          writes them; date cells as YYYY-MM-DD.
  error fixtures          listed in errors.tsv with the error the reader must give.

A fixture that needs a missing tool is left as it was (and said so). The
hand-built files come out byte for byte the same each run; openpyxl and
LibreOffice stamp the time and msoffcrypto-tool draws a salt, so their files
differ in those bytes only (the expected rows do not change).
"""
import datetime
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

REGISTER_EXPECTED = None
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "SRBKitTests", "Fixtures", "workbooks")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
errors = []


# ----------------------------------------------------------------- expectations

def js_number(x):
    """ECMAScript Number::toString: shortest round-trip digits (Python's repr has
    the same digits), plain notation for 1e-7 <= |x| < 1e21."""
    if x == 0:
        return "0"
    if x < 0:
        return "-" + js_number(-x)
    if x == int(x) and x < 2 ** 53:
        return str(int(x))
    mantissa, _, exponent = repr(x).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    n = len(whole) + int(exponent or 0)  # the value is 0.DIGITS × 10^n
    stripped = digits.lstrip("0")
    n -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    return digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("-" if n - 1 < 0 else "+") + str(abs(n - 1))


def serial_date_1900(serial):
    """The ISO date of an Excel 1900-system serial, from the calendar (not a formula)."""
    day = int(serial)
    if day == 60:
        return "1900-02-29"
    start = datetime.date(1899, 12, 31) if day < 60 else datetime.date(1899, 12, 30)
    return (start + datetime.timedelta(days=day)).isoformat()


def expect(name, rows_by_sheet, sheets=None, date1904=False):
    # One row a line, so that a diff shows the row that changed.
    lines = ['{"sheets": %s, "date1904": %s, "rows": {' % (json.dumps(sheets or list(rows_by_sheet), ensure_ascii=False),
                                                       json.dumps(date1904))]
    for index, (sheet, rows) in enumerate(rows_by_sheet.items()):
        lines.append(' %s: [' % json.dumps(sheet, ensure_ascii=False))
        lines.append(",\n".join("  " + json.dumps([n, cells], ensure_ascii=False) for n, cells in rows))
        lines.append(" ]" + ("," if index < len(rows_by_sheet) - 1 else ""))
    lines.append("}}")
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    json.load(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8"))


def error(name, expected, note):
    errors.append((name, expected, note))


def rows_from(table):
    """[(row number, cells)] for every row 1..last, from {row number: cells}."""
    last = max(table)
    return [(n, table.get(n, [])) for n in range(1, last + 1)]


# ----------------------------------------------------------------- hand-built parts

def content_types(sheets=1, main=SHEET_MAIN, shared=True, styles=True, extra=""):
    overrides = ['<Override PartName="/xl/workbook.xml" ContentType="%s"/>' % main]
    for i in range(1, sheets + 1):
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType='
                         '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    if shared:
        overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType='
                         '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    if styles:
        overrides.append('<Override PartName="/xl/styles.xml" ContentType='
                         '"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + extra + '</Types>')


ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')


def workbook_xml(names, date1904=False):
    sheets = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i + 1, i + 1) for i, name in enumerate(names))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s">'
            '<workbookPr%s/><sheets>%s</sheets></workbook>' % (MAIN, REL, ' date1904="1"' if date1904 else "", sheets))


def workbook_rels(count, shared=True, styles=True, absolute=False):
    base = "/xl/" if absolute else ""
    rels = ['<Relationship Id="rId%d" Type="%s/worksheet" Target="%sworksheets/sheet%d.xml"/>' % (i, REL, base, i)
            for i in range(1, count + 1)]
    if shared:
        rels.append('<Relationship Id="rId%d" Type="%s/sharedStrings" Target="%ssharedStrings.xml"/>' % (count + 1, REL, base))
    if styles:
        rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="%sstyles.xml"/>' % (count + 2, REL, base))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join(rels))


# Cell formats: 0 general, 1 dd/mm/yyyy (164), 2 built-in 14, 3 text @, 4 h:mm (20), 5 "[$-42A]dd/mm/yyyy;@" (165)
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '<numFmt numFmtId="165" formatCode="[$-42A]dd/mm/yyyy;@"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1">'
          '<alignment horizontal="left"/></xf>'
          '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>' % MAIN)


def shared_strings(items):
    """items: raw XML of each <si> content."""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (MAIN, len(items), len(items), "".join("<si>%s</si>" % item for item in items)))


def sheet_xml(rows_xml, prefix=""):
    p = prefix + ":" if prefix else ""
    ns = ' xmlns:%s="%s"' % (prefix, MAIN) if prefix else ' xmlns="%s"' % MAIN
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<%sworksheet%s xmlns:r="%s"><%ssheetData>%s'
            '</%ssheetData></%sworksheet>' % (p, ns, REL, p, rows_xml, p, p))


def package(sheets, strings=None, styles=STYLES, names=None, date1904=False, main=SHEET_MAIN, absolute=False):
    names = names or ["Sheet%d" % (i + 1) for i in range(len(sheets))]
    parts = [("[Content_Types].xml", content_types(len(sheets), main, strings is not None, styles is not None)),
             ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook_xml(names, date1904)),
             ("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets), strings is not None, styles is not None, absolute))]
    for i, xml in enumerate(sheets):
        parts.append(("xl/worksheets/sheet%d.xml" % (i + 1), xml))
    if strings is not None:
        parts.append(("xl/sharedStrings.xml", shared_strings(strings)))
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    return [(name, data.encode("utf-8") if isinstance(data, str) else data) for name, data in parts]


def write_zip(name, parts, compression=zipfile.ZIP_DEFLATED, comment=b""):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", compression) as zf:
        for part, data in parts:
            zf.writestr(zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)), data, compress_type=compression)
        zf.comment = comment
    return path


# ----------------------------------------------------------------- ZIP64 by hand

def write_zip64(name, parts):
    """Every size and offset in ZIP64 extra fields (0xFFFFFFFF in the records),
    a ZIP64 end record and locator, and an end record saturated with 0xFFFF."""
    out = bytearray()
    central = bytearray()
    for part, data in parts:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = compressor.compress(data) + compressor.flush()
        crc = zlib.crc32(data)
        offset = len(out)
        name_bytes = part.encode("utf-8")
        extra = struct.pack("<HHQQ", 1, 16, len(data), len(packed))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0x0800, 8, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                           len(name_bytes), len(extra)) + name_bytes + extra + packed
        extra = struct.pack("<HHQQQ", 1, 24, len(data), len(packed), offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45 | (3 << 8), 45, 0x0800, 8, 0, 0x21, crc,
                               0xFFFFFFFF, 0xFFFFFFFF, len(name_bytes), len(extra), 0, 0, 0, 0, 0xFFFFFFFF)
        central += name_bytes + extra
    directory_offset = len(out)
    out += central
    end64 = len(out)
    out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(parts), len(parts), len(central), directory_offset)
    out += struct.pack("<IIQI", 0x07064B50, 0, end64, 1)
    comment = b"ZIP64 by hand"
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, len(comment)) + comment
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(out)
    with zipfile.ZipFile(path) as zf:  # Python's reader agrees
        assert [zf.read(part) for part, _ in parts] == [data for _, data in parts]


class Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek back in, so it writes data descriptors (flag bit 3)."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


def patch_central_entry(path, part, flags_or=0, crc=None, size=None, method=None):
    """Changes fields of one entry in the central directory (and the flags in its local header)."""
    data = bytearray(open(path, "rb").read())
    name = part.encode("utf-8")
    position = 0
    while True:
        position = data.find(b"PK\x01\x02", position)
        assert position >= 0, part
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46:position + 46 + name_length] == name:
            break
        position += 4
    flags = struct.unpack_from("<H", data, position + 8)[0] | flags_or
    struct.pack_into("<H", data, position + 8, flags)
    local = struct.unpack_from("<I", data, position + 42)[0]
    struct.pack_into("<H", data, local + 6, flags)
    if crc is not None:
        struct.pack_into("<I", data, position + 16, crc)
    if size is not None:
        struct.pack_into("<I", data, position + 24, size)
    if method is not None:
        struct.pack_into("<H", data, position + 10, method)
        struct.pack_into("<H", data, local + 8, method)
    open(path, "wb").write(bytes(data))


# ----------------------------------------------------------------- openpyxl fixtures

def register_workbook():
    """A birth register as a district would keep it: a merged title above the
    header, Vietnamese headers, date cells, a code kept as text, and a summary sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sổ sinh"
    ws["A1"] = "SỔ ĐĂNG KÝ KHAI SINH — PHƯỜNG BỒ ĐỀ, NĂM 2024"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:G1")
    header = ["Mã", "Họ và tên", "Ngày sinh", "Giới tính", "Phường/xã", "Lần sinh", "Ghi chú"]
    for col, text in enumerate(header, start=1):
        ws.cell(row=3, column=col, value=text)
    data = [
        ["00115", "Nguyễn Văn Ánh", datetime.date(2024, 3, 5), "Nam", "Bồ Đề", 1, None],
        ["00116", "Trần Thị Ngọc Ánh", datetime.date(2024, 12, 31), "Nữ", "Ngọc Thụy", 2, "sinh đôi"],
        ["00117", "Lê Hoàng Đức", datetime.datetime(2024, 2, 29, 14, 30), "Nam", "Việt Hưng", 3.0, None],
        ["00118", "Phạm Thu Hằng", "05/03/2024", "Nữ", "Long Biên", 2.5, None],
        ["00119", None, datetime.date(2024, 1, 1), "Nam", None, 12345678901, ""],
        ["00120", "Vũ Minh Khôi", datetime.date(2023, 11, 20), "Nam", "Thạch Bàn", -7.25, True],
        ["00121", "Đỗ Thị Lan", datetime.date(2024, 6, 1), "Nữ", "Gia Thụy", 0.1, False],
        ["00122", "#N/A", "#N/A", "Nữ", "Sài Đồng", 1e20, 1 / 3],
    ]
    for offset, values in enumerate(data):
        for col, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = ws.cell(row=4 + offset, column=col, value=value)
            if isinstance(value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    ws["A4"].number_format = "@"
    ws["C5"].number_format = "mm-dd-yy"  # built-in 14
    ws["B11"] = "#N/A"                    # openpyxl writes this as an error cell (t="e")
    ws["C11"].value = "#N/A"
    ws["C11"].data_type = "s"              # ...and this one as the text "#N/A"
    ws.cell(row=6, column=9).font = Font(italic=True)   # a styled empty cell past the last value
    ws.cell(row=13, column=2, value="dòng sau hai dòng trống")
    ws.cell(row=14, column=3, value=datetime.time(14, 30)).number_format = "hh:mm"
    ws.cell(row=14, column=4).font = Font(bold=True)    # trailing styled empty cell

    summary = wb.create_sheet("Tổng hợp")
    summary.append(["Phường/xã", "Trai", "Gái"])
    summary.append(["Bồ Đề", 217, 209])
    summary.append(["Ngọc Thụy", 220, 171])
    rich = CellRichText([TextBlock(InlineFont(b=True), "Tổng"), " cộng"])
    summary.cell(row=4, column=1, value=rich)
    summary.cell(row=4, column=2, value=437)
    summary.cell(row=4, column=3, value=380)
    wb.save(os.path.join(OUT, "register-vietnamese.xlsx"))

    sheet = {
        1: ["SỔ ĐĂNG KÝ KHAI SINH — PHƯỜNG BỒ ĐỀ, NĂM 2024"],
        3: header,
        4: ["00115", "Nguyễn Văn Ánh", "2024-03-05", "Nam", "Bồ Đề", "1"],
        5: ["00116", "Trần Thị Ngọc Ánh", "2024-12-31", "Nữ", "Ngọc Thụy", "2", "sinh đôi"],
        6: ["00117", "Lê Hoàng Đức", "2024-02-29", "Nam", "Việt Hưng", "3"],
        7: ["00118", "Phạm Thu Hằng", "05/03/2024", "Nữ", "Long Biên", "2.5"],
        8: ["00119", "", "2024-01-01", "Nam", "", "12345678901"],
        9: ["00120", "Vũ Minh Khôi", "2023-11-20", "Nam", "Thạch Bàn", "-7.25", "TRUE"],
        10: ["00121", "Đỗ Thị Lan", "2024-06-01", "Nữ", "Gia Thụy", "0.1", "FALSE"],
        11: ["00122", "#N/A", "#N/A", "Nữ", "Sài Đồng", "100000000000000000000", js_number(1 / 3)],
        13: ["", "dòng sau hai dòng trống"],
        14: ["", "", js_number((14 * 60 + 30) / 1440)],
    }
    assert js_number(1 / 3) == "0.3333333333333333"
    global REGISTER_EXPECTED
    REGISTER_EXPECTED = {
        "Sổ sinh": rows_from(sheet),
        "Tổng hợp": rows_from({1: ["Phường/xã", "Trai", "Gái"], 2: ["Bồ Đề", "217", "209"],
                                 3: ["Ngọc Thụy", "220", "171"], 4: ["Tổng cộng", "437", "380"]}),
    }
    expect("register-vietnamese", REGISTER_EXPECTED)


def date1904_workbook():
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append(["Ngày sinh", "Số"])
    for day in (datetime.date(2024, 3, 5), datetime.date(1904, 1, 1), datetime.date(1904, 1, 2)):
        ws.append([day, 1])
        ws.cell(row=ws.max_row, column=1).number_format = "dd/mm/yyyy"
    wb.save(os.path.join(OUT, "date1904.xlsx"))
    expect("date1904", {"Mac": rows_from({1: ["Ngày sinh", "Số"], 2: ["2024-03-05", "1"],
                                          3: ["1904-01-01", "1"], 4: ["1904-01-02", "1"]})}, date1904=True)


def date_serials_workbook():
    """Serial numbers under a date format, around the 1900 system's edges."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Serials"
    serials = [1, 59, 60, 61, 45356, 45000.9999999999, 45000.75, 2958465, 0, -5, 2958466]
    table = {}
    for row, serial in enumerate(serials, start=1):
        ws.cell(row=row, column=1, value=serial)
        ws.cell(row=row, column=2, value=serial).number_format = "dd/mm/yyyy"
        shown = js_number(serial)
        if 1 <= serial < 2958466:
            rounded = round(serial * 86400000) / 86400000
            date = serial_date_1900(rounded)
        else:
            date = shown  # no date in the 1900 system: the number stays
        table[row] = [shown, date]
    wb.save(os.path.join(OUT, "date-serials-1900.xlsx"))
    expect("date-serials-1900", {"Serials": rows_from(table)})


# ----------------------------------------------------------------- hand-built fixtures

def rich_shared_strings():
    strings = [
        "<t>Mã</t>",
        '<r><rPr><b/></rPr><t>Bồ</t></r><r><t xml:space="preserve"> Đề</t></r>',
        "<t>Ngọc Thụy</t><rPh sb=\"0\" eb=\"2\"><t>ふりがな</t></rPh><phoneticPr fontId=\"1\"/>",
        "<t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;</t>",
        "<t>Vi&#7879;t H&#x01B0;ng</t>",
        "<t>dòng một_x000D__x000A_dòng hai</t>",
        "<t>_x005F_x0041_ is not A</t>",
        "<t/>",
        '<t xml:space="preserve">  có khoảng trắng  </t>',
        "<t><![CDATA[<không phải thẻ> & vẫn là chữ]]></t>",
        "<t>dòng\r\nmới</t>",
    ]
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>7</v></c><c r="C3" t="s"><v>8</v></c>'
            '<c r="D3" t="s"><v>9</v></c><c r="E3" t="s"><v>10</v></c></row>'
            '<row r="4"><c r="A4" t="inlineStr"><is><r><t>Thạch</t></r><r><rPr><i/></rPr><t xml:space="preserve"> Bàn</t></r>'
            '</is></c><c r="B4" t="inlineStr"><is><t>x_x0009_y</t></is></c>'
            '<c r="C4" t="str"><f>A1&amp;"!"</f><v>Mã!</v></c><c r="D4" t="b"><f>TRUE()</f><v>1</v></c>'
            '<c r="E4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F4" t="d"><v>2024-03-05T00:00:00</v></c>'
            '<c r="G4" t="n"><v>0.10000000000000001</v></c><c r="H4"><v>1.5E-8</v></c>'
            '<c r="I4" s="1"><v>45356</v></c><c r="J4" s="2"><v>45357.5</v></c><c r="K4" s="3"><v>115</v></c>'
            '<c r="L4" s="4"><v>0.5</v></c><c r="M4" s="5"><v>45358</v></c><c r="N4" s="99"><v>7</v></c></row>')
    path = write_zip("rich-and-typed-cells.xlsx", package([sheet_xml(rows)], strings))
    expect("rich-and-typed-cells", {"Sheet1": [
        (1, ["Mã", "Bồ Đề", "Ngọc Thụy"]),
        (2, ["A & B <C> \"D\" 'E'", "Việt Hưng", "dòng một\r\ndòng hai"]),
        (3, ["_x0041_ is not A", "", "  có khoảng trắng  ", "<không phải thẻ> & vẫn là chữ", "dòng\nmới"]),
        (4, ["Thạch Bàn", "x\ty", "Mã!", "TRUE", "#DIV/0!", "2024-03-05", "0.1", "1.5e-8",
             "2024-03-05", "2024-03-06", "115", "0.5", "2024-03-07", "7"]),
    ]})
    return path


def prefixed_and_sparse():
    """x: prefixes, rows and cells without r, single quotes, comments and a
    processing instruction, a cell at XFD and gaps in rows and columns."""
    rows = ("<!-- a comment --><?some-pi data?>"
            "<x:row><x:c t='inlineStr'><x:is><x:t>một</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c>"
            "<x:c r='E1'><x:v>5</x:v></x:c><x:c><x:v>6</x:v></x:c></x:row>"
            "<x:row r='3' spans='1:3'><x:c r='C3' s='0'><x:v>3</x:v></x:c><x:c r='D3' s='1'/></x:row>"
            "<x:row><x:c r='XFD4'><x:v>16384</x:v></x:c></x:row>"
            "<x:row r='6'/>"
            "<x:row r='7'><x:c r='b7' t=\"inlineStr\"><x:is><x:t>chữ thường</x:t></x:is></x:c></x:row>")
    write_zip("prefixed-and-sparse.xlsx", package([sheet_xml(rows, prefix="x")], None))
    xfd = [""] * 16383 + ["16384"]
    expect("prefixed-and-sparse", {"Sheet1": [
        (1, ["một", "2", "", "", "5", "6"]), (2, []), (3, ["", "", "3"]), (4, xfd), (5, []), (6, []),
        (7, ["", "chữ thường"])]})


def simple_parts(names=("Một", "Hai")):
    strings = ["<t>tên</t>", "<t>Bồ Đề</t>"]
    first = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>'
                      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45356</v></c></row>')
    second = sheet_xml('<row r="2"><c r="B2"><v>42</v></c></row>')
    expected = {names[0]: [(1, ["tên", "1"]), (2, ["Bồ Đề", "2024-03-05"])], names[1]: [(1, []), (2, ["", "42"])]}
    return [first, second], strings, expected


def container_variants():
    sheets, strings, expected = simple_parts()
    names = list(expected)
    parts = package(sheets, strings, names=names)
    write_zip("stored-entries.xlsx", parts, compression=zipfile.ZIP_STORED)
    expect("stored-entries", expected)
    write_zip("archive-comment.xlsx", parts, comment=b"PK\x05\x06 a fake end record in the comment " + b"x" * 900)
    expect("archive-comment", expected)
    write_zip64("zip64.xlsx", parts)
    expect("zip64", expected)

    path = os.path.join(OUT, "zip64-local-headers.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, data in parts:
            with zf.open(part, "w", force_zip64=True) as entry:
                entry.write(data)
    expect("zip64-local-headers", expected)

    stream = Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, data in parts:
            with zf.open(part, "w") as entry:
                entry.write(data)
    open(os.path.join(OUT, "data-descriptors.xlsx"), "wb").write(bytes(stream.data))
    with zipfile.ZipFile(os.path.join(OUT, "data-descriptors.xlsx")) as zf:
        assert all(info.flag_bits & 0x08 for info in zf.infolist())
    expect("data-descriptors", expected)

    write_zip("absolute-targets.xlsx", package(sheets, strings, names=names, absolute=True))
    expect("absolute-targets", expected)
    write_zip("macro-enabled.xlsm", package(sheets, strings, names=names,
                                             main="application/vnd.ms-excel.sheet.macroEnabled.main+xml"))
    expect("macro-enabled", expected)

    # A chart sheet first in tab order: not a worksheet, so neither named nor numbered.
    parts = package(sheets, strings, names=names)
    parts = [(n, d) for n, d in parts if n not in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")]
    parts.append(("xl/workbook.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets>'
        '<sheet name="Biểu đồ" sheetId="3" r:id="rId9"/><sheet name="Một" sheetId="1" r:id="rId1"/>'
        '<sheet name="Hai" sheetId="2" r:id="rId2"/></sheets></workbook>' % (MAIN, REL)).encode()))
    rels = workbook_rels(2).replace("</Relationships>", '<Relationship Id="rId9" Type="%s/chartsheet" '
                                    'Target="chartsheets/sheet1.xml"/></Relationships>' % REL)
    parts.append(("xl/_rels/workbook.xml.rels", rels.encode()))
    parts.append(("xl/chartsheets/sheet1.xml", b'<chartsheet xmlns="%s"/>' % MAIN.encode()))
    write_zip("chartsheet-first.xlsx", parts)
    expect("chartsheet-first", expected)

    # A workbook whose sheet is named like a number: --sheet 2 must find it by name.
    sheets2, strings2, _ = simple_parts()
    write_zip("sheet-named-2.xlsx", package(sheets2, strings2, names=["2", "1"]))
    expect("sheet-named-2", {"2": expected["Một"], "1": expected["Hai"]})

    errors_from(parts_for_errors=package(sheets, strings, names=names))


def errors_from(parts_for_errors):
    parts = parts_for_errors
    path = write_zip("error-encrypted-entry.xlsx", parts)
    patch_central_entry(path, "xl/worksheets/sheet1.xml", flags_or=1)
    error("error-encrypted-entry.xlsx", "unreadablePart(xl/worksheets/sheet1.xml, encrypted)", "flag bit 0 on the sheet")
    path = write_zip("error-bad-crc.xlsx", parts)
    patch_central_entry(path, "xl/worksheets/sheet1.xml", crc=0x12345678)
    error("error-bad-crc.xlsx", "unreadablePart(xl/worksheets/sheet1.xml, checksumMismatch)", "CRC changed")
    sheet1 = dict(parts)["xl/worksheets/sheet1.xml"]
    path = write_zip("error-size-too-large.xlsx", parts)
    patch_central_entry(path, "xl/worksheets/sheet1.xml", size=len(sheet1) + 10)
    error("error-size-too-large.xlsx", "unreadablePart(sheet1, sizeMismatch(%d, %d))" % (len(sheet1) + 10, len(sheet1)),
          "stated size 10 bytes over")
    path = write_zip("error-size-too-small.xlsx", parts)
    patch_central_entry(path, "xl/worksheets/sheet1.xml", size=len(sheet1) - 10)
    error("error-size-too-small.xlsx", "unreadablePart(sheet1, sizeMismatch(%d, %d))" % (len(sheet1) - 10, len(sheet1) - 9),
          "stated size 10 bytes under")
    write_zip("error-bzip2-entry.xlsx", parts, compression=zipfile.ZIP_BZIP2)
    error("error-bzip2-entry.xlsx", "unreadablePart([Content_Types].xml, unsupportedMethod(12))", "method 12")
    with open(os.path.join(OUT, "error-truncated.xlsx"), "wb") as f:
        data = open(os.path.join(OUT, "stored-entries.xlsx"), "rb").read()
        f.write(data[:len(data) // 2])
    error("error-truncated.xlsx", "corruptArchive(noEndRecord)", "first half of a workbook")

    bad = [(n, d) for n, d in parts if n != "xl/worksheets/sheet2.xml"]
    write_zip("error-missing-sheet-part.xlsx", bad)
    error("error-missing-sheet-part.xlsx", "missingPart(xl/worksheets/sheet2.xml)", "sheet 2 listed, not stored")

    def with_sheet(name, xml, expected, note, strings=None):
        write_zip(name, package([sheet_xml(xml)], strings))
        error(name, expected, note)

    with_sheet("error-row-past-limit.xlsx", '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
               "invalidSheet(row 1048577, rowOutOfRange)", "row 1 048 577")
    with_sheet("error-row-huge.xlsx", '<row r="999999999"><c><v>1</v></c></row>',
               "invalidSheet(row 999999999, rowOutOfRange)", "row 999 999 999")
    with_sheet("error-column-past-limit.xlsx", '<row r="1"><c r="XFE1"><v>1</v></c></row>',
               "invalidSheet(row 1, column 16385, columnOutOfRange)", "column XFE")
    with_sheet("error-rows-out-of-order.xlsx", '<row r="5"/><row r="3"/>',
               "invalidSheet(row 3, rowOutOfOrder)", "row 3 after row 5")
    with_sheet("error-cells-out-of-order.xlsx", '<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>1</v></c></row>',
               "invalidSheet(row 1, column 2, cellOutOfOrder)", "B1 after C1")
    with_sheet("error-shared-string-out-of-range.xlsx", '<row r="2"><c r="B2" t="s"><v>5</v></c></row>',
               "invalidSheet(row 2, column 2, sharedStringIndexOutOfRange(5, 1))", "index 5 of 1", strings=["<t>x</t>"])
    with_sheet("error-bad-cell-reference.xlsx", '<row r="1"><c r="1A"><v>1</v></c></row>',
               "invalidSheet(row 1, column 1, invalidCellReference(1A))", "r=\"1A\"")
    with_sheet("error-mismatched-tag.xlsx", '<row r="1"><c r="A1"><v>1</c></v></row>',
               "malformedXML(sheet1, mismatchedEndTag)", "</c> closes <v>")
    with_sheet("error-unknown-entity.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>',
               "malformedXML(sheet1, unknownEntity)", "&nbsp; is HTML, not XML")
    with_sheet("error-deep-nesting.xlsx", "<a>" * 300 + "</a>" * 300, "malformedXML(sheet1, nestedTooDeep(256))",
               "300 nested elements")
    write_zip("row-and-column-at-limit.xlsx", package([sheet_xml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')], None))
    error("row-and-column-at-limit.xlsx", "(no error) 1 048 576 rows, the last with 16 384 cells", "XFD1048576 is allowed")
    parts_cut = package([sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>')[:-30]], None)
    write_zip("error-sheet-xml-cut.xlsx", parts_cut)
    error("error-sheet-xml-cut.xlsx", "malformedXML(sheet1, unexpectedEnd)", "the sheet XML stops inside")
    bomb = sheet_xml(" " * 20_000_000)
    write_zip("error-compression-ratio.xlsx", package([bomb], None))
    error("error-compression-ratio.xlsx", "unreadablePart(sheet1, compressionRatioTooHigh(250))",
          "20 MB of spaces in about 20 KB")
    long_text = "ữ" * 30_000  # 90 000 bytes of UTF-8
    write_zip("long-cells.xlsx", package([sheet_xml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>%s</t></is></c>'
        '<c r="C1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>' % long_text)],
        ["<t>%s</t>" % long_text]))
    error("long-cells.xlsx", "(rows) A1 and B1 cut at 65 535 bytes (21 845 ữ), row 1 firstOversizedCell 0",
          "90 000-byte texts")


def not_workbooks():
    write_zip("error-plain.zip", [("readme.txt", b"not a workbook\n")])
    error("error-plain.zip", "notAWorkbook(otherArchive)", "a ZIP without [Content_Types].xml")
    write_zip("error-docx-like.zip", [("[Content_Types].xml", content_types(0, main=
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", shared=False,
        styles=False).replace("/xl/workbook.xml", "/word/document.xml").encode())])
    error("error-docx-like.zip", "notAWorkbook(otherArchive)", "a Word document's content types")
    write_zip("error-xlsb-like.xlsb", [("[Content_Types].xml", content_types(0, main=
        "application/vnd.ms-excel.sheet.binary.macroEnabled.main", shared=False, styles=False)
        .replace("/xl/workbook.xml", "/xl/workbook.bin").encode())])
    error("error-xlsb-like.xlsb", "notAWorkbook(binaryWorkbook)", "an .xlsb's content types")
    path = os.path.join(OUT, "error-ods-like.ods")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", date_time=(2024, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr(zipfile.ZipInfo("content.xml", date_time=(2024, 1, 1, 0, 0, 0)), "<office:document-content/>")
    error("error-ods-like.ods", "notAWorkbook(openDocumentSpreadsheet)", "mimetype entry, stored first")
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += bytes(512 - len(header))
    open(os.path.join(OUT, "error-ole2-header-only.xls"), "wb").write(header[:512])
    error("error-ole2-header-only.xls", "notAWorkbook(compoundFile)", "an OLE2 header and nothing else")
    open(os.path.join(OUT, "error-not-a-workbook.csv"), "wb").write("mã,phường\n1,Bồ Đề\n".encode())
    error("error-not-a-workbook.csv", "notAWorkbook(unknownFormat)", "a CSV")


def other_writers():
    soffice = shutil.which("soffice")
    if soffice:
        with tempfile.TemporaryDirectory() as work:
            converted = os.path.join(work, "converted")

            def convert(source, target_format, target):
                subprocess.run([soffice, "--headless", "--convert-to", target_format, "--outdir", converted, source],
                               check=True, capture_output=True)
                produced = os.path.join(converted, os.path.splitext(os.path.basename(source))[0] + "." + target_format.split(":")[0])
                shutil.move(produced, os.path.join(OUT, target))

            source = os.path.join(work, "formulas-libreoffice.xlsx")
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Công thức"
            ws.append(["Số", "Gấp đôi", "Ghép", "Ngày", "Lỗi", "Lớn hơn 1"])
            ws.append([3, "=A2*2", '=CONCATENATE("Bồ"," Đề")', "=DATE(2024,3,5)", "=1/0", "=A2>1"])
            ws.append([0.5, "=A3*2", '=A3&"x"', "=D2+1", "=NA()", "=A3>1"])
            ws.append([None, None, None, None, None, None, "=SUM(A2:A3)"])
            ws["D2"].number_format = ws["D3"].number_format = "dd/mm/yyyy"
            wb.save(source)
            convert(source, "xlsx", "formulas-libreoffice.xlsx")
            expect("formulas-libreoffice", {"Công thức": rows_from({
                1: ["Số", "Gấp đôi", "Ghép", "Ngày", "Lỗi", "Lớn hơn 1"],
                2: ["3", "6", "Bồ Đề", "2024-03-05", "#DIV/0!", "TRUE"],
                3: ["0.5", "1", "0.5x", "2024-03-06", "#N/A", "FALSE"],
                4: ["", "", "", "", "", "", "3.5"]})})
            # LibreOffice's own .xlsx of the register: shared strings, its styles, its booleans.
            shutil.copy(os.path.join(OUT, "register-vietnamese.xlsx"), os.path.join(work, "register-libreoffice.xlsx"))
            convert(os.path.join(work, "register-libreoffice.xlsx"), "xlsx", "register-libreoffice.xlsx")
            # LibreOffice writes 15 significant digits: 1/3 and 14:30 lose their last ones.
            lo_expected = json.loads(json.dumps(REGISTER_EXPECTED))
            lo_expected["Sổ sinh"][10][1][6] = js_number(float("0.333333333333333"))
            lo_expected["Sổ sinh"][13][1][2] = js_number(float("0.604166666666667"))
            expect("register-libreoffice", lo_expected)
            convert(os.path.join(OUT, "register-vietnamese.xlsx"), "xls", "error-legacy.xls")
            error("error-legacy.xls", "notAWorkbook(legacyWorkbook)", "LibreOffice's .xls of the register")
            convert(os.path.join(OUT, "register-vietnamese.xlsx"), "ods", "error-libreoffice.ods")
            error("error-libreoffice.ods", "notAWorkbook(openDocumentSpreadsheet)", "LibreOffice's .ods of the register")
    else:
        print("soffice not found: LibreOffice fixtures left as they were", file=sys.stderr)
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
        with open(os.path.join(OUT, "stored-entries.xlsx"), "rb") as plain, \
                open(os.path.join(OUT, "error-encrypted.xlsx"), "wb") as out:
            OOXMLFile(plain).encrypt("mật khẩu", out)
        error("error-encrypted.xlsx", "notAWorkbook(encryptedWorkbook)", "msoffcrypto-tool, ECMA-376 agile encryption")
    except ImportError:
        print("msoffcrypto-tool not installed: error-encrypted.xlsx left as it was", file=sys.stderr)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name not in ("deflate", "twins", "errors.tsv") and not name.startswith("error-legacy") \
                and not name.startswith("error-libreoffice") and "-libreoffice" not in name \
                and name != "error-encrypted.xlsx":
            os.remove(os.path.join(OUT, name))
    register_workbook()
    date1904_workbook()
    date_serials_workbook()
    rich_shared_strings()
    prefixed_and_sparse()
    container_variants()
    not_workbooks()
    other_writers()
    with open(os.path.join(OUT, "errors.tsv"), "w", encoding="utf-8") as f:
        f.write("file\texpected\tnote\n")
        for row in errors:
            f.write("\t".join(row) + "\n")
    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT) if n not in ("deflate", "twins"))
    print("workbook fixtures: %d bytes" % total, file=sys.stderr)


if __name__ == "__main__":
    main()
