/// Excel workbooks read as tables: `--sheet`, and why a workbook cannot be read.
extension TextTables {
    static let workbook: [TextKey: Wording] = [
        .optionSheet: .en("the worksheet read from an .xlsx workbook: its name, or its number from 1 (default: the first)",
                  vi: "trang tính được đọc từ sổ .xlsx: tên của trang, hoặc số thứ tự từ 1 (mặc định: trang đầu tiên)"),
        .errorWorkbookLegacy: .en("{1}: this is a legacy Excel workbook (.xls); open it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8)",
                  vi: "{1}: đây là sổ Excel kiểu cũ (.xls); hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx hoặc CSV (UTF-8)"),
        .errorWorkbookEncrypted: .en("{1}: this workbook is protected by a password; remove the password in Excel and save it as .xlsx or CSV (UTF-8)",
                  vi: "{1}: sổ này được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu trong Excel rồi lưu thành .xlsx hoặc CSV (UTF-8)"),
        .errorWorkbookOpenDocument: .en("{1}: this is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV (UTF-8)",
                  vi: "{1}: đây là bảng tính OpenDocument (.ods); hãy lưu thành .xlsx hoặc CSV (UTF-8)"),
        .errorWorkbookBinary: .en("{1}: this is an Excel binary workbook (.xlsb); save it as .xlsx or CSV (UTF-8)",
                  vi: "{1}: đây là sổ Excel dạng nhị phân (.xlsb); hãy lưu thành .xlsx hoặc CSV (UTF-8)"),
        .errorWorkbookOtherArchive: .en("{1}: this is a ZIP archive but no Excel workbook; save the table as .xlsx or CSV (UTF-8)",
                  vi: "{1}: đây là tệp nén ZIP nhưng không phải sổ Excel; hãy lưu bảng thành .xlsx hoặc CSV (UTF-8)"),
        .errorWorkbookNoSuchSheet: .en("{1}: the workbook has no sheet '{2}'; its sheets: {3} (choose one with --sheet NAME or --sheet N)",
                  vi: "{1}: sổ không có trang tính '{2}'; các trang tính của sổ: {3} (hãy chọn bằng --sheet TÊN hoặc --sheet SỐ)"),
        .errorWorkbookNoSheets: .en("{1}: the workbook has no worksheet; save the table as .xlsx or CSV (UTF-8)",
                  vi: "{1}: sổ không có trang tính nào; hãy lưu bảng thành .xlsx hoặc CSV (UTF-8)"),
        .errorWorkbookPartTooLarge: .en("{1}: the part {2} of the workbook unpacks to {3} bytes, more than the {4} srb reads; save the table as CSV (UTF-8)",
                  vi: "{1}: phần {2} của sổ khi giải nén có {3} byte, quá giới hạn {4} byte mà srb đọc; hãy lưu bảng thành CSV (UTF-8)"),
        .errorWorkbookRatioTooHigh: .en("{1}: the part {2} of the workbook unpacks to more than {3} times its packed size (a ZIP bomb?); it was not read",
                  vi: "{1}: phần {2} của sổ khi giải nén lớn hơn {3} lần kích thước nén (có thể là bom ZIP?); không đọc phần này"),
        .errorWorkbookDamaged: .en("{1}: the workbook is damaged ({2}); open it in Excel and save it again as .xlsx or CSV (UTF-8)",
                  vi: "{1}: sổ bị hỏng ({2}); hãy mở bằng Excel rồi lưu lại thành .xlsx hoặc CSV (UTF-8)"),
        .positionWorkbookRow: .en("{1}, {2}, row {3}", vi: "{1}, {2}, hàng {3}"),
        .errorWorkbookStandardInputTooLarge: .en(
            "{1}: a workbook on standard input is held in memory, and this one is larger than {2} bytes; give the file's name instead",
            vi: "{1}: sổ Excel đọc từ đầu vào chuẩn được giữ trong bộ nhớ, mà sổ này lớn hơn {2} byte; hãy đưa tên tệp thay vào đó"),
    ]
}
