/// The Vietnamese wording of every help text, keyed by its English text as
/// written in the command's option table or in `Help` (as a gettext catalogue
/// is keyed by msgid): one place for a translator to review. A test fails when
/// an English help text has no entry here, or an entry is no longer used.
enum HelpVietnamese {
    static let table: [String: String] = [
        // Overview
        "srb: sex ratio at birth (boys per 100 girls) per ward, from birth registers.":
            "srb: tỷ số giới tính khi sinh (số bé trai trên 100 bé gái) theo phường/xã, từ sổ đăng ký khai sinh.",
        "Usage": "Cách dùng",
        "Commands:": "Lệnh:",
        "Options:": "Tùy chọn:",
        """
        FILE may be - for standard input; several files are read as one register.
        'srb help COMMAND' or 'srb COMMAND --help' shows a command's options.
        'srb --version' shows the version.

        Exit codes: 0 done (check: nothing flagged; validate: no row rejected);
        1 check: a unit flagged; validate: some rows rejected;
        64 usage; 65 data (no header, a required column missing, no usable row);
        66 an input file cannot be opened; 73 the output file cannot be created.
        """: """
        FILE có thể là - để đọc từ đầu vào chuẩn; nhiều tệp được đọc như một sổ.
        'srb help LỆNH' hoặc 'srb LỆNH --help' cho xem các tùy chọn của một lệnh.
        'srb --version' cho xem phiên bản.

        Mã thoát: 0 xong (check: không đơn vị nào vượt ngưỡng; validate: không dòng nào bị loại);
        1 check: có đơn vị vượt ngưỡng; validate: có dòng bị loại;
        64 sai cách dùng; 65 lỗi dữ liệu (không có dòng tiêu đề, thiếu cột bắt buộc, không có dòng dùng được);
        66 không mở được tệp đầu vào; 73 không tạo được tệp kết quả.
        """,
        // Commands
        "SRB per unit for one period (the monthly report)":
            "tỷ số giới tính khi sinh theo đơn vị trong một kỳ (báo cáo hằng tháng)",
        "the same numbers; prints only flagged units; exit 1 if any":
            "cùng các số liệu; chỉ in đơn vị vượt ngưỡng; mã thoát 1 nếu có",
        "SRB per unit and year against the targets":
            "tỷ số giới tính khi sinh theo đơn vị và theo năm so với chỉ tiêu",
        "progress of the plan's activities as of a date":
            "tiến độ các hoạt động của kế hoạch tính đến một ngày",
        "data quality of registers: what was read, used, rejected and why":
            "chất lượng dữ liệu của sổ: đã đọc, đã dùng, bị loại những gì và vì sao",
        "a synthetic register with chosen SRB per ward (trials, training, benchmarks)":
            "tạo sổ khai sinh giả lập với tỷ số giới tính khi sinh chọn trước cho từng phường/xã (thử nghiệm, tập huấn, đo tốc độ)",
        // Options
        "ward registry CSV, or a number of wards named Phường 001, Phường 002…":
            "danh mục phường/xã dạng CSV, hoặc số phường/xã, đặt tên Phường 001, Phường 002…",
        "years to cover, such as 2020..2024 or 2024": "các năm cần tạo, ví dụ 2020..2024 hoặc 2024",
        "births a year, over all wards": "số trẻ sinh mỗi năm, tính chung mọi phường/xã",
        "boys per 100 girls expected in every ward": "số bé trai trên 100 bé gái mong đợi ở mọi phường/xã",
        "another SRB for one ward (repeatable)": "tỷ số riêng cho một phường/xã (dùng được nhiều lần)",
        "seed of the generator, 0 to 18446744073709551615: same seed, same bytes":
            "hạt giống của bộ sinh số, từ 0 đến 18446744073709551615: cùng hạt giống, cùng kết quả",
        "births (one row per birth, default) or counts (one row per ward and month)":
            "births (mỗi trẻ sinh một dòng, mặc định) hoặc counts (mỗi phường/xã và tháng một dòng)",
        "leave the id column out of a births register": "bỏ cột mã định danh khỏi sổ khai sinh",
        "points per year the SRB must fall (default 0.2)":
            "số điểm tỷ số giới tính khi sinh phải giảm mỗi năm (mặc định 0,2)",
        "date the activities are judged at: 2024-09-30 or 30/09/2024 (default today)":
            "ngày đánh giá các hoạt động: 2024-09-30 hoặc 30/09/2024 (mặc định hôm nay)",
        "date the activity states are judged at: 2024-09-30 or 30/09/2024 (default today)":
            "ngày đánh giá tình trạng các hoạt động: 2024-09-30 hoặc 30/09/2024 (mặc định hôm nay)",
        "year the path starts from (default: first year with births)":
            "năm bắt đầu lộ trình (mặc định: năm đầu tiên có trẻ sinh)",
        "ward, district, province or total (default ward)":
            "ward (phường/xã), district (quận/huyện), province (tỉnh/thành phố) hoặc total (toàn bộ) (mặc định ward)",
        "1 or 2: read a large file on one or on two threads (default 2; same result)":
            "1 hoặc 2: đọc tệp lớn bằng một hay hai luồng (mặc định 2; kết quả như nhau)",
        "split each unit's numbers by birth order: 1, 2, 3+, unknown":
            "tách số liệu mỗi đơn vị theo lần sinh: con thứ 1, 2, 3 trở lên, không rõ",
        "exact (Clopper–Pearson, default) or wilson":
            "exact (chính xác, Clopper–Pearson, mặc định) hoặc wilson",
        "name the column for a role (repeatable)":
            "chỉ rõ tên cột cho một vai trò (dùng được nhiều lần)",
        "level of the intervals, 0.5 ≤ C < 1 (default 0.95)":
            "mức tin cậy của khoảng, 0.5 ≤ C < 1 (mặc định 0.95)",
        "dmy, mdy or ymd for dates written with / - . (default dmy)":
            "dmy (ngày/tháng/năm), mdy hoặc ymd cho ngày viết bằng / - . (mặc định dmy)",
        ", ; tab | (default: detected from the header line)":
            ", ; tab | (mặc định: nhận ra từ dòng tiêu đề)",
        "utf8, utf16 or cp1258 (default: detected)":
            "utf8, utf16 hoặc cp1258 (mặc định: tự nhận ra)",
        "significant (default) or over, which counts over too":
            "significant (vượt ngưỡng có ý nghĩa thống kê, mặc định) hoặc over (tính cả vượt ngưỡng)",
        "table, csv, tsv, json, markdown or html (default table)":
            "table (bảng), csv, tsv, json, markdown hoặc html (mặc định table)",
        "show this help": "hiện hướng dẫn này",
        "en or vi (default from LC_ALL, LC_MESSAGES, LANG)":
            "en (tiếng Anh) hoặc vi (tiếng Việt) (mặc định theo LC_ALL, LC_MESSAGES, LANG)",
        "units with fewer births are shown but never flagged (default 0)":
            "đơn vị có ít trẻ sinh hơn vẫn được hiện nhưng không bị cảnh báo (mặc định 0)",
        "write there instead of standard output, atomically":
            "ghi vào tệp này thay vì đầu ra chuẩn, ghi trọn vẹn một lần",
        "2024, 2024-Q2, 2024-03, 2021..2024, 2024-01..2024-06, 2024-01-15..2024-02-14":
            "kỳ báo cáo: 2024, 2024-Q2 (quý), 2024-03 (tháng), 2021..2024, 2024-01..2024-06, 2024-01-15..2024-02-14",
        "an activity table, as for srb plan":
            "bảng hoạt động của kế hoạch, như cho lệnh srb plan",
        "no summary on standard error (errors still print)":
            "không in dòng tóm tắt ra luồng lỗi chuẩn (lỗi vẫn được in)",
        "write each rejected row's file, line, column, reason and field as CSV":
            "ghi mỗi dòng bị loại (tệp, dòng, cột, lý do và ô dữ liệu) ra tệp CSV",
        "year by which SRB must be ≤ threshold; the trend is projected to it (default 2030)":
            "năm mà tỷ số giới tính khi sinh phải ≤ ngưỡng; xu hướng được dự báo đến năm đó (mặc định 2030)",
        "SRB above which a unit is flagged (default 109)":
            "ngưỡng tỷ số giới tính khi sinh, trên ngưỡng thì đơn vị bị cảnh báo (mặc định 109)",
        "ward registry CSV: code,name,district,province,aliases (aliases separated by ;)":
            "danh mục phường/xã dạng CSV: code,name,district,province,aliases (các tên khác cách nhau bởi ;)",
    ]
}
