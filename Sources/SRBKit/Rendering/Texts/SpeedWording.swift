/// Texts added for registers shaped as systems export them (issue 16).
extension TextTables {
    static let speed: [TextKey: Wording] = [
        .optionGenerateOrder: .en("date (rows by birth date, default) or shuffled (each year's rows in a seeded random order, as a registration system exports them)",
                  vi: "date (các dòng theo ngày sinh, mặc định) hoặc shuffled (các dòng của mỗi năm theo thứ tự ngẫu nhiên từ hạt giống, như hệ thống đăng ký xuất ra)"),
    ]
}
