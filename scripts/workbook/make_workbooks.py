#!/usr/bin/env python3
"""Writes the .xlsx workbooks srb's tests and sample data use, with openpyxl
(an independent writer), and for each test workbook a CSV twin written by this
script from the same Python rows (not by srb), so that tests can assert that
srb's JSON for the workbook equals its JSON for the twin.

    pip install openpyxl   # not a test-time dependency: the outputs are committed
    python3 scripts/workbook/make_workbooks.py

Outputs:
  Tests/SRBKitTests/Fixtures/workbooks/twins/register.xlsx  + register.csv
  Tests/SRBKitTests/Fixtures/workbooks/twins/sheet.ods, truncated.xlsx (refused)
  data/registers/long-bien-births-2021-2024.xlsx, data/wards/long-bien.xlsx,
  data/plans/long-bien-2024.xlsx (the shipped synthetic CSVs, cell for cell, as text)
"""
import csv
import datetime
import os
import zipfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "SRBKitTests", "Fixtures", "workbooks", "twins")
FIXED_TIME = datetime.datetime(2026, 1, 1)


def save(book, path):
    """Saves with fixed document times, so that rerunning gives the same bytes."""
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.save(path)
    # openpyxl stamps ZIP entries with the current time: rewrite them with a fixed one.
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def write_csv(path, rows):
    """As Excel saves a sheet as CSV: every row that is not empty has the width
    of the widest row (empty trailing cells as empty fields)."""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) if row else row for row in rows]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def register_fixture():
    """A register as staff keep it in Excel: a merged title row, a blank row,
    then the header on row 3; ward codes as numbers shown as 00115 by their
    format, dates as date cells (dd/mm/yyyy) and as typed text, a blank row
    between records, a missing sex cell and a #N/A error cell for a date (both
    rejected: sex empty, date unreadable)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sổ sinh"
    twin = []

    def put(row_number, values, twin_values):
        for column, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=column, value=value)
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
            if column == 1 and isinstance(value, int):
                cell.number_format = "00000"
        twin.append(twin_values)

    put(1, ["Sổ đăng ký khai sinh năm 2024"], ["Sổ đăng ký khai sinh năm 2024"])
    sheet.merge_cells("A1:D1")
    put(2, [], [])
    put(3, ["Mã phường", "Phường", "Ngày sinh", "Giới tính"], ["Mã phường", "Phường", "Ngày sinh", "Giới tính"])
    births = [
        (115, "Thượng Thanh", datetime.date(2024, 1, 5), "Nam"),
        (115, "Thượng Thanh", datetime.date(2024, 1, 9), "Nữ"),
        (115, "Thượng Thanh", "13/02/2024", "Nam"),
        (118, "Ngọc Thụy", datetime.date(2024, 3, 1), "Nam"),
        (118, "Ngọc Thụy", datetime.date(2024, 3, 2), "Nữ"),
        (118, "Ngọc Thụy", datetime.date(2023, 12, 31), "Nam"),
    ]
    row = 4
    for code, ward, day, sex in births:
        # A date cell reads as its ISO date (SPEC "Excel workbooks"); typed text as typed.
        text_day = day.isoformat() if isinstance(day, datetime.date) else day
        put(row, [code, ward, day, sex], ["%05d" % code, ward, text_day, sex])
        row += 1
    put(row, [], [])  # a blank row between records: a blank line in the twin
    row += 1
    put(row, [118, "Ngọc Thụy", datetime.date(2024, 4, 4)], ["00118", "Ngọc Thụy", "2024-04-04"])  # no sex
    row += 1
    put(row, [115, "Thượng Thanh", "#N/A", "Nữ"], ["00115", "Thượng Thanh", "#N/A", "Nữ"])
    row += 1
    save(book, os.path.join(FIXTURES, "register.xlsx"))
    write_csv(os.path.join(FIXTURES, "register.csv"), twin)


def odd_files():
    """Files srb must refuse with exit 65: an OpenDocument spreadsheet (a ZIP
    whose first entry is its mimetype), and a workbook cut short (its central
    directory gone)."""
    with zipfile.ZipFile(os.path.join(FIXTURES, "sheet.ods"), "w") as target:
        target.writestr(zipfile.ZipInfo("mimetype", date_time=(2026, 1, 1, 0, 0, 0)),
                        "application/vnd.oasis.opendocument.spreadsheet")
        target.writestr(zipfile.ZipInfo("content.xml", date_time=(2026, 1, 1, 0, 0, 0)), "<office:document-content/>")
    with open(os.path.join(FIXTURES, "register.xlsx"), "rb") as handle:
        whole = handle.read()
    with open(os.path.join(FIXTURES, "truncated.xlsx"), "wb") as handle:
        handle.write(whole[: len(whole) // 2])


def text_twin(csv_path, xlsx_path, sheet_name, delimiter):
    """The shipped CSV as a workbook, every cell as text (leading zeros kept)."""
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name)
    for values in rows:
        sheet.append(values)
    save(book, xlsx_path)
    return rows


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    register_fixture()
    odd_files()
    data = os.path.join(ROOT, "data")
    text_twin(os.path.join(data, "registers", "long-bien-births-2021-2024.csv"),
              os.path.join(data, "registers", "long-bien-births-2021-2024.xlsx"), "Sổ sinh", ";")
    text_twin(os.path.join(data, "wards", "long-bien.csv"), os.path.join(data, "wards", "long-bien.xlsx"), "Phường", ",")
    text_twin(os.path.join(data, "plans", "long-bien-2024.csv"), os.path.join(data, "plans", "long-bien-2024.xlsx"),
              "Biểu 1", ",")


if __name__ == "__main__":
    main()
