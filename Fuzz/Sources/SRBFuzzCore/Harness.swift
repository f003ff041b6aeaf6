import Foundation
import SRBKit

/// One fuzz input through the reader and every analysis and format, checking
/// what must always hold. A broken invariant stops the process (`fatalError`),
/// which the fuzzer records as a crash with the input that caused it.
///
/// The first byte chooses the settings (delimiter, encoding, period, registry,
/// a tiny field limit, date order); the rest is the register. An input of odd
/// length is read twice, as two files, so that ids repeat across files.
/// The same register is also read from a temporary file on one thread and on
/// two, which must agree exactly.
public enum Harness {
    public static func run(_ bytes: [UInt8]) {
        let control = bytes.first ?? 0
        let body = Array(bytes.dropFirst())
        let delimiters: [Delimiter?] = [nil, .semicolon, .tab, nil]
        let encodings: [TextEncoding?] = [nil, .utf8, .utf16, .cp1258]
        let period = control & 0x10 != 0 ? Period(parsing: "2024") : nil
        let settings = ReadSettings(
            delimiter: delimiters[Int(control & 3)],
            encoding: encodings[Int(control >> 2 & 3)],
            dateOrder: control & 0x80 != 0 ? .mdy : .dmy,
            period: period,
            maximumFieldLength: control & 0x40 != 0 ? 16 : ReadSettings.defaultMaximumFieldLength,
            registry: control & 0x20 != 0 ? registry : nil,
            latestDate: CalendarDay(year: 2026, month: 12, day: 2)
        )
        let source = InputSource.memory(name: "register.csv", bytes: body)
        let sources = body.count % 2 == 1 ? [source, InputSource.memory(name: "again.csv", bytes: body)] : [source]
        compareSplitRead(body, settings: settings, twice: body.count % 2 == 1)

        var rejectionsSeen = 0
        let scan: RegisterScan
        do throws(SRBError) {
            scan = try RegisterReader(settings: settings).read(sources) { _ in rejectionsSeen += 1 }
        } catch {
            _ = Diagnostics(language: .vi).message(for: error)
            readRegistry(body)
            return
        }
        require(rejectionsSeen == scan.rowsRejected, "every rejection reaches the callback")
        require(scan.rowsRead == scan.rowsUsable + scan.rowsRejected, "scan: read = usable + rejected")
        for rejection in scan.firstRejections {
            let message = Diagnostics(language: .en).message(for: rejection)
            require(isVisible(message), "a message shows no control character")
            require((rejection.field?.unicodeScalars.count ?? 0) <= Rejection.quotedFieldLimit + 1,
                    "a message quotes at most one field")
            if rejection.reason == .fields { require(rejection.field == nil, "a fields rejection quotes no field") }
        }
        for warning in scan.warnings { require(isVisible(Diagnostics(language: .vi).message(for: warning)), "warnings are visible") }

        for level in UnitLevel.allCases {
            let reportSettings = ReportSettings(period: period, level: level, splitsByBirthOrder: level == .ward)
            do throws(SRBError) {
                let report = try Report(scan: scan, settings: reportSettings)
                require(report.input.isBalanced, "report: rows_read = used + outside + rejected")
                require(report.input.rowsRead == scan.rowsRead, "report: rows read as scanned")
                let renderer = ReportRenderer(options: RenderOptions(language: level == .ward ? .vi : .en))
                for format in OutputFormat.allCases {
                    let text = renderer.render(report, as: format)
                    if format != .csv && format != .tsv { require(isVisible(text), "\(format) shows no control character") }
                }
                if level == .total { require(report.units.isEmpty, "--by total: no units") }
            } catch {
                _ = Diagnostics(language: .en).message(for: error)
            }
            do throws(SRBError) {
                let validation = try Validation(scan: scan, period: period, level: level)
                require(validation.input.isBalanced, "validate: rows_read = used + outside + rejected")
                let renderer = ValidationRenderer(options: RenderOptions(language: level == .ward ? .en : .vi))
                for format in OutputFormat.allCases { _ = renderer.render(validation, as: format) }
            } catch {
                _ = Diagnostics(language: .en).message(for: error)
            }
        }
        do throws(SRBError) {
            let progress = try ProgressReport(scan: scan, settings: ReportSettings(period: period), targets: Targets())
            require(progress.input.isBalanced, "progress: rows_read = used + outside + rejected")
            let renderer = ProgressRenderer(options: RenderOptions())
            for format in OutputFormat.allCases { _ = renderer.render(progress, as: format) }
        } catch {
            _ = Diagnostics(language: .en).message(for: error)
        }
        readRegistry(body)
    }

    /// The same bytes read as a ward registry: any outcome but a crash will do.
    private static func readRegistry(_ body: [UInt8]) {
        do throws(SRBError) {
            let read = try UnitRegistry.read(.memory(name: "wards.csv", bytes: body))
            for entry in read.entries.prefix(8) { _ = read.suggestion(for: entry.name + "x") }
        } catch {
            _ = Diagnostics(language: .vi).message(for: error)
        }
    }

    /// A regular file may be read on two threads (the second half merged, or
    /// read on after all when the cut was wrong); `.memory` sources never are,
    /// so the bytes go to a file and are read with `threads` 1 and 2, split
    /// whatever their size. Scans, rejections (in order) and errors must be
    /// the same. Read twice as two files when `twice`, as above.
    private static func compareSplitRead(_ body: [UInt8], settings: ReadSettings, twice: Bool) {
        guard FileManager.default.createFile(atPath: splitReadPath, contents: Data(body)) else {
            fatalError("split read: cannot write the temporary file")
        }
        defer { unlink(splitReadPath) }
        let sources = [InputSource](repeating: .file(splitReadPath), count: twice ? 2 : 1)
        let one = readCollectingRejections(sources, settings: settings, threads: 1)
        let two = readCollectingRejections(sources, settings: settings, threads: 2)
        switch (one.outcome, two.outcome) {
        case (.success(let scanOne), .success(let scanTwo)):
            require(scanOne == scanTwo, "split read: scans differ")
        case (.failure(let errorOne), .failure(let errorTwo)):
            require(errorOne == errorTwo, "split read: errors differ")
        default:
            fatalError("split read: one read threw, the other did not")
        }
        require(one.rejections == two.rejections, "split read: rejections differ")
    }

    private static func readCollectingRejections(
        _ sources: [InputSource],
        settings: ReadSettings,
        threads: Int
    ) -> (outcome: Result<RegisterScan, SRBError>, rejections: [Rejection]) {
        var settings = settings
        settings.threads = threads
        settings.minimumBytesToSplit = 0
        var rejections: [Rejection] = []
        do throws(SRBError) {
            let scan = try RegisterReader(settings: settings).read(sources) { rejections.append($0) }
            return (.success(scan), rejections)
        } catch {
            return (.failure(error), rejections)
        }
    }

    /// One file per process (several fuzzers may share the temporary directory).
    private static let splitReadPath =
        FileManager.default.temporaryDirectory.appendingPathComponent("srb-fuzz-\(getpid()).csv").path

    /// True when `text` holds no control character but line feeds (and tabs, for TSV).
    private static func isVisible(_ text: String) -> Bool {
        !text.unicodeScalars.contains { VisibleText.needsEscape($0) && $0 != "\n" }
    }

    private static func require(_ condition: Bool, _ what: String) {
        if !condition { fatalError("invariant broken: \(what)") }
    }

    /// Four wards, one merged from two old ones, one directly under its province.
    static let registry: UnitRegistry = {
        let entries = [
            UnitRegistry.Entry(code: "00139", name: "Bồ Đề", district: "Long Biên", province: "Hà Nội",
                               aliases: ["Bo De", "Ngọc Thụy"], line: 2),
            UnitRegistry.Entry(code: "00151", name: "Phúc Đồng", district: "Long Biên", province: "Hà Nội",
                               aliases: ["Phuc Dong"], line: 3),
            UnitRegistry.Entry(code: "1", name: "Ngọc Lâm", district: nil, province: "Hà Nội", aliases: [], line: 4),
            UnitRegistry.Entry(code: nil, name: "Gia Thụy", district: nil, province: nil, aliases: ["a"], line: 5),
        ]
        do throws(SRBError) {
            return try UnitRegistry(file: "wards.csv", entries: entries, hasDistrictColumn: true, hasProvinceColumn: true)
        } catch {
            fatalError("the harness's registry is valid")
        }
    }()
}
