#!/usr/bin/env python3
"""Writes hand-built .xlsx workbooks with the odd cells real ones have, each
with the CSV twin Excel would save from it, for the binary tests that compare
srb's output on the two (Tests/srbTests/WorkbookTwinTests.swift).

Each workbook's XML is written here by hand (no spreadsheet library), from
the same Python rows as its twin: the twin holds what Excel shows in each cell
(dates as dd/mm/yyyy, a code under format 00000 as 00115, booleans as TRUE and
FALSE, errors as #N/A), and a blank line for an empty row.

    python3 scripts/workbook/make_twin_workbooks.py

Output: Tests/SRBKitTests/Fixtures/workbooks/twins/odd-*.xlsx and odd-*.csv
The files come out byte for byte the same on every run (seeded, fixed ZIP times).
"""
import csv
import datetime
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_xlsx_fixtures as fx  # noqa: E402  (the hand-built parts: content types, rels, sheets)

OUT = os.path.join(fx.OUT, "twins")
WARDS = ["Bồ Đề", "Phúc Đồng", "Ngọc Lâm", "Gia Thụy", "Việt Hưng", "Thạch Bàn"]
AGE_GROUPS = ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"]
EPOCH_1900 = datetime.date(1899, 12, 30)   # serial 61 is 1900-03-01: right for every date after February 1900
EPOCH_1904 = datetime.date(1904, 1, 1)

# Cell formats (the s attribute): 0 General, 1 dd/mm/yyyy, 2 built-in 14, 3 text @,
# 4 00000 (a code), 5 [$-42A]dd/mm/yyyy;@, 6 dd/mm/yyyy hh:mm, 7 yyyy-mm-dd, 8 d/m/yyyy.
CUSTOM = [(164, "dd/mm/yyyy"), (165, "00000"), (166, "[$-42A]dd/mm/yyyy;@"), (167, "dd/mm/yyyy hh:mm"),
          (168, "yyyy-mm-dd"), (169, "d/m/yyyy")]
XF_FORMATS = [0, 164, 14, 49, 165, 166, 167, 168, 169]
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
          '<numFmts count="%d">%s</numFmts>'
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="%d">%s</cellXfs></styleSheet>'
          % (fx.MAIN, len(CUSTOM), "".join('<numFmt numFmtId="%d" formatCode="%s"/>' % (i, escape(code, {'"': "&quot;"}))
                                           for i, code in CUSTOM),
             len(XF_FORMATS), "".join('<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"%s/>'
                                      % (f, ' applyNumberFormat="1"' if f else "") for f in XF_FORMATS)))


class Sheet:
    """Rows of hand-written cells and, beside them, the twin's rows of shown text."""

    def __init__(self):
        self.strings = []          # raw <si> contents
        self.index = {}
        self.rows = {}             # row number -> [cell xml]
        self.shown = {}            # row number -> [text]
        self.merges = []

    def shared(self, raw):
        if raw not in self.index:
            self.index[raw] = len(self.strings)
            self.strings.append(raw)
        return self.index[raw]

    def put(self, row, column, xml, shown):
        ref = "%s%d" % (column_letters(column), row)
        self.rows.setdefault(row, []).append(xml.replace("REF", ref))
        cells = self.shown.setdefault(row, [])
        cells += [""] * (column - 1 - len(cells))
        cells.append(shown)

    def text(self, row, column, text, how="shared"):
        """Text as a shared string (plain or in rich runs), an inline string or a formula's result."""
        if how == "shared":
            self.put(row, column, '<c r="REF" t="s"><v>%d</v></c>' % self.shared("<t>%s</t>" % escape(text)), text)
        elif how == "rich":   # split in two runs, the second bold, with a phonetic run Excel ignores
            cut = max(1, len(text) // 2)
            raw = ('<r><t xml:space="preserve">%s</t></r><r><rPr><b/></rPr><t xml:space="preserve">%s</t></r>'
                   '<rPh sb="0" eb="1"><t>x</t></rPh>' % (escape(text[:cut]), escape(text[cut:])))
            self.put(row, column, '<c r="REF" t="s"><v>%d</v></c>' % self.shared(raw), text)
        elif how == "inline":
            self.put(row, column, '<c r="REF" t="inlineStr"><is><t>%s</t></is></c>' % escape(text), text)
        elif how == "formula":
            self.put(row, column, '<c r="REF" t="str"><f>TRIM("%s")</f><v>%s</v></c>'
                     % (escape(text.replace('"', '""')), escape(text)), text)
        else:
            raise ValueError(how)

    def number(self, row, column, value, style=0, shown=None):
        self.put(row, column, '<c r="REF"%s><v>%s</v></c>' % (' s="%d"' % style if style else "", value),
                 shown if shown is not None else value)

    def boolean(self, row, column, value):
        self.put(row, column, '<c r="REF" t="b"><v>%d</v></c>' % value, "TRUE" if value else "FALSE")

    def error(self, row, column, value="#N/A"):
        self.put(row, column, '<c r="REF" t="e"><f>NA()</f><v>%s</v></c>' % value, value)

    def xml(self):
        body = []
        for number in sorted(self.rows):
            cells = self.rows[number]
            body.append('<row r="%d">%s</row>' % (number, "".join(cells)) if cells else '<row r="%d"/>' % number)
        merged = ("<mergeCells count=\"%d\">%s</mergeCells>" % (len(self.merges), "".join(
            '<mergeCell ref="%s"/>' % m for m in self.merges))) if self.merges else ""
        return fx.sheet_xml("".join(body)).replace("</sheetData>", "</sheetData>" + merged)

    def empty_row(self, row):
        self.rows[row] = []
        self.shown[row] = []

    def twin_rows(self):
        last = max(self.shown)
        width = max(len(cells) for cells in self.shown.values())
        rows = []
        for number in range(1, last + 1):
            cells = self.shown.get(number, [])
            rows.append(cells + [""] * (width - len(cells)) if cells else [])
        return rows


def column_letters(column):
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def serial(day, epoch=EPOCH_1900):
    return (day - epoch).days


def write(name, sheet, sheet_name, date1904=False):
    parts = fx.package([sheet.xml()], sheet.strings, styles=STYLES, names=[sheet_name], date1904=date1904)
    path = os.path.join(OUT, name + ".xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, data in parts:
            zf.writestr(zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_twin(name, sheet):
    """As Excel saves a sheet as CSV (UTF-8): every row that is not empty has the
    width of the widest row; an empty row is an empty line."""
    with open(os.path.join(OUT, name + ".csv"), "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(sheet.twin_rows())


def register(epoch, rng):
    """A year and a half of births in export order (not by date), every cell kind a register has."""
    sheet = Sheet()
    title = "SỔ ĐĂNG KÝ KHAI SINH — QUẬN LONG BIÊN"
    sheet.text(1, 1, title, "rich")
    sheet.merges.append("A1:I1")
    sheet.empty_row(2)
    header = ["STT", "Mã trẻ", "Phường/xã", "Ngày sinh", "Giới tính", "Lần sinh", "Năm sinh mẹ", "Đã xác minh", "Ghi chú"]
    for column, text in enumerate(header, start=1):
        sheet.text(3, column, text, "inline" if column % 3 == 0 else "shared")
    row = 4
    start = datetime.date(2023, 1, 1)
    for number in range(1, 421):
        if number % 97 == 0:        # an empty row inside the table, and a skipped row number
            sheet.empty_row(row)
            row += 2
        day = start + datetime.timedelta(days=rng.randrange(0, 546))
        sheet.number(row, 1, str(number))
        code = 115000 + number
        if number % 4 == 0:
            sheet.number(row, 2, str(number), style=4, shown="%05d" % number)     # a code under 00000
        elif number % 4 == 1:
            sheet.text(row, 2, "VN%07d" % code)
        else:
            sheet.number(row, 2, str(code))                                       # a whole number, no .0
        sheet.text(row, 3, WARDS[rng.randrange(len(WARDS))], ["shared", "rich", "inline", "formula"][number % 4])
        kind = number % 9
        shown_dmy = day.strftime("%d/%m/%Y")
        if number == 200:
            sheet.error(row, 4)                                                   # #N/A: rejected for date
        elif kind == 0:
            sheet.number(row, 4, str(serial(day, epoch)), style=2, shown=shown_dmy)
        elif kind == 1:
            sheet.number(row, 4, str(serial(day, epoch)), style=1, shown=shown_dmy)
        elif kind == 2:
            sheet.number(row, 4, str(serial(day, epoch)), style=5, shown=shown_dmy)
        elif kind == 3:   # a time after the date
            minutes = rng.randrange(0, 1440)
            value = serial(day, epoch) + minutes / 1440
            sheet.number(row, 4, repr(value), style=6, shown="%s %02d:%02d" % (shown_dmy, minutes // 60, minutes % 60))
        elif kind == 4:
            sheet.number(row, 4, str(serial(day, epoch)), style=7, shown=day.isoformat())
        elif kind == 5:
            sheet.number(row, 4, str(serial(day, epoch)), style=8, shown="%d/%d/%d" % (day.day, day.month, day.year))
        elif kind == 6:   # typed as text, day first
            sheet.text(row, 4, shown_dmy)
        elif kind == 7:   # an ISO date cell (t="d"), as some writers store dates
            sheet.put(row, 4, '<c r="REF" t="d"><v>%sT00:00:00</v></c>' % day.isoformat(), day.isoformat())
        else:
            sheet.text(row, 4, day.isoformat(), "inline")
        boy = rng.random() < 112 / 212
        if number == 150:
            sheet.error(row, 5)                                                   # #N/A: rejected for sex
        elif number == 250:
            pass                                                                  # no sex cell: rejected
        elif number % 5 == 0:
            sheet.number(row, 5, "1" if boy else "2")
        else:
            sheet.text(row, 5, ("Nam" if boy else "Nữ") if number % 7 else ("nam" if boy else "nữ"),
                       "inline" if number % 3 == 0 else "shared")
        order = rng.choice([1, 1, 2, 2, 3])
        if number % 11 == 0:
            sheet.number(row, 6, "%d.0" % order, shown=str(order))               # 2.0 is shown as 2
        elif number % 13 != 0:
            sheet.number(row, 6, str(order))
        age = rng.randrange(17, 46)
        if number == 300:
            sheet.error(row, 7, "#VALUE!")                                        # unknown age, the row counts
        elif number % 17 != 0:
            sheet.number(row, 7, str(day.year - age))
        sheet.boolean(row, 8, number % 3 != 0)
        if number % 23 == 0:
            sheet.text(row, 9, 'sinh đôi, "bé lớn"')                              # a comma and quotes
        row += 1
    return sheet


def population(negative_at=None):
    """Women per ward, year and age group, wide, under a title, counts as numbers
    (with `negative_at` = (row, column), that count is -5: the file must be refused)."""
    sheet = Sheet()
    sheet.text(1, 1, "SỐ PHỤ NỮ 15-49 TUỔI THEO NHÓM TUỔI", "shared")
    sheet.merges.append("A1:I1")
    header = ["Phường/xã", "Năm"] + AGE_GROUPS
    for column, text in enumerate(header, start=1):
        sheet.text(2, column, text, "shared")
    row = 3
    for year in (2023, 2024):
        for index, ward in enumerate(WARDS):
            sheet.text(row, 1, ward, "rich" if index % 2 else "shared")
            sheet.number(row, 2, str(year))
            for offset, group in enumerate(AGE_GROUPS):
                count = 600 + 37 * index + 11 * offset + (year - 2023) * 5
                sheet.number(row, 3 + offset, "-5" if (row, 3 + offset) == negative_at else str(count))
            row += 1
    return sheet


def plan():
    """Biểu 1 as kept in Excel: two title rows, sections in Roman numerals,
    TT as numbers, completion dates as date cells, a status in rich runs."""
    sheet = Sheet()
    sheet.text(1, 1, "Biểu 1", "shared")
    sheet.text(2, 1, "KẾ HOẠCH KIỂM SOÁT MẤT CÂN BẰNG GIỚI TÍNH KHI SINH NĂM 2024", "rich")
    sheet.merges += ["A2:H2"]
    header = ["TT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị phối hợp",
              "Tiến độ", "Ngày hoàn thành", "Ghi chú"]
    for column, text in enumerate(header, start=1):
        sheet.text(4, column, text, "shared")
    rows = [
        ("I", "Công tác chỉ đạo điều hành", None, None, None, None, None),
        (1, "Xây dựng kế hoạch, triển khai đến các ban, ngành", "Tháng 3/2024", "Trung tâm Y tế", "Phòng Y tế",
         "Đã hoàn thành", datetime.date(2024, 3, 20)),
        (2, "Kiểm tra các cơ sở siêu âm, chẩn đoán giới tính thai nhi", "Quý II/2024", "Phòng Y tế",
         "Trung tâm Y tế, UBND các phường", "đang thực hiện", None),
        ("II", "Truyền thông thay đổi hành vi", None, None, None, None, None),
        (1, "Viết tin bài trên cổng thông tin của quận", "Hàng tháng", "Trung tâm Y tế", "Các phường",
         "Đang thực hiện", None),
        (2, "Nói chuyện chuyên đề tại cộng đồng", "Tháng 3 - 10/2024", "Trung tâm Y tế", "Hội Phụ nữ",
         "Hoàn thành", datetime.date(2024, 10, 2)),
        (3, "Tập huấn cho cộng tác viên dân số", "Tháng 9/2024", "Trung tâm Y tế", "", "", None),
    ]
    row = 5
    for tt, content, timeframe, lead, partners, status, done_on in rows:
        if isinstance(tt, int):
            sheet.number(row, 1, str(tt))
        else:
            sheet.text(row, 1, tt)
        sheet.text(row, 2, content, "inline" if row % 2 else "shared")
        for column, value in ((3, timeframe), (4, lead), (5, partners)):
            if value:
                sheet.text(row, column, value)
        if status:
            sheet.text(row, 6, status, "rich")
        if done_on:
            sheet.number(row, 7, str(serial(done_on)), style=1, shown=done_on.strftime("%d/%m/%Y"))
        row += 1
    return sheet


def main():
    os.makedirs(OUT, exist_ok=True)
    odd = register(EPOCH_1900, random.Random(20241))
    write("odd-register", odd, "Sổ sinh 2023-2024")
    write_twin("odd-register", odd)
    # The same table in the 1904 date system: other serials, the same dates.
    mac = register(EPOCH_1904, random.Random(20241))
    assert mac.twin_rows() == odd.twin_rows()
    write("odd-register-1904", mac, "Sổ sinh 2023-2024", date1904=True)
    women = population()
    write("odd-population", women, "Phụ nữ")
    write_twin("odd-population", women)
    write("odd-population-negative", population(negative_at=(9, 4)), "Phụ nữ")   # D9: Bồ Đề, 2024, 20-24
    activities = plan()
    write("odd-plan", activities, "Biểu 1")
    write_twin("odd-plan", activities)


if __name__ == "__main__":
    main()
