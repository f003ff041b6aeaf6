#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SRBKit

/// `srb generate [options]`: a synthetic register with chosen SRB per ward.
enum GenerateCommand {
    static let name = "generate"
    static let summary = "a synthetic register with chosen SRB per ward (trials, training, benchmarks)"
    /// What follows the options on the command line, as the usage line shows it.
    static let operands = ""
    static let specs: [OptionSpec] = [
        OptionSpec("--wards", value: "FILE|N", "ward registry CSV, or a number of wards named Phường 001, Phường 002…"),
        OptionSpec("--years", value: "Y..Y", "years to cover, such as 2020..2024 or 2024"),
        OptionSpec("--births", value: "N", "births a year, over all wards"),
        OptionSpec("--srb", value: "X", "boys per 100 girls expected in every ward"),
        OptionSpec("--srb-of", value: "WARD=X", repeatable: true, "another SRB for one ward (repeatable)"),
        OptionSpec("--seed", value: "S", "seed of the generator, 0 to 18446744073709551615: same seed, same bytes"),
        OptionSpec("--shape", value: "SHAPE", "births (one row per birth, default) or counts (one row per ward and month)"),
        OptionSpec("--no-id", "leave the id column out of a births register"),
        OptionSpec("--output", value: "FILE", "write there instead of standard output, atomically"),
        OptionSpec("--help", "show this help"),
    ]

    /// The largest `--births`: a billion births a year.
    static let maximumBirths = 1_000_000_000

    static func run(_ tokens: [ArgumentToken], terminal: Terminal) throws(UsageError) -> ExitCode {
        let arguments = try ParsedArguments(tokens, specs: specs, command: name)
        if let extra = arguments.positionals.first { throw .unexpectedArgument(extra, command: name) }
        func required(_ option: String) throws(UsageError) -> String {
            guard let value = arguments.value(option) else { throw .missingValue(option: option, command: name) }
            return value
        }
        func bad(_ option: String, _ value: String, _ expected: String) -> UsageError {
            .badValue(option: option, value: value, expected: expected, command: name)
        }
        func ratio(_ text: String) -> Double? {
            Double(text).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        }

        let wardsText = try required("--wards")
        var wardCount: Int?
        if wardsText.isEmpty || wardsText.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            guard let count = Int(wardsText), count >= 1, count <= maximumWards else {
                throw bad("--wards", wardsText, "a ward registry file or a number of wards from 1 to \(maximumWards)")
            }
            wardCount = count
        }
        let yearsText = try required("--years")
        guard let years = parseYears(yearsText) else {
            throw bad("--years", yearsText, "a year or a range of years such as 2020..2024 (first ≤ last, 1..9999)")
        }
        let birthsText = try required("--births")
        guard let births = Int(birthsText), births >= 0, births <= maximumBirths else {
            throw bad("--births", birthsText, "a whole number from 0 to \(maximumBirths)")
        }
        let ratioText = try required("--srb")
        guard let sexRatio = ratio(ratioText) else { throw bad("--srb", ratioText, "a number ≥ 0") }
        var ratiosOf: [(ward: String, sexRatio: Double)] = []
        for text in arguments.all("--srb-of") {
            guard let equals = text.lastIndex(of: "="), !text[..<equals].isEmpty,
                  let value = ratio(String(text[text.index(after: equals)...])) else {
                throw bad("--srb-of", text, "WARD=X with X a number ≥ 0")
            }
            ratiosOf.append((String(text[..<equals]), value))
        }
        let seedText = try required("--seed")
        guard let seed = UInt64(seedText) else {
            throw bad("--seed", seedText, "a whole number from 0 to 18446744073709551615")
        }
        let shapeText = arguments.value("--shape") ?? GeneratorSettings.Shape.births.rawValue
        guard let shape = GeneratorSettings.Shape(rawValue: shapeText) else {
            throw bad("--shape", shapeText, "births or counts")
        }
        let outputPath = arguments.value("--output")
        if outputPath == "" { throw bad("--output", "", "a file name") }

        let language = Language.fromEnvironment(terminal.environment)
        func fail(_ error: SRBError) -> ExitCode {
            terminal.error(Diagnostics(language: language).message(for: error))
            return ExitCode(error)
        }
        let registry: UnitRegistry
        if let wardCount {
            registry = GeneratorSettings.numberedWards(wardCount)
        } else {
            do throws(SRBError) {
                registry = try UnitRegistry.read(InputSource(argument: wardsText))
            } catch {
                return fail(error)
            }
        }
        let settings: GeneratorSettings
        do throws(GeneratorSettings.Problem) {
            settings = try GeneratorSettings(registry: registry, sexRatio: sexRatio, sexRatioOf: ratiosOf, years: years,
                                             birthsPerYear: births, seed: seed, shape: shape,
                                             includesIDs: !arguments.has("--no-id"))
        } catch {
            switch error {
            case .unknownWard(let ward, let suggestion):
                throw bad("--srb-of", ward, "a ward of the registry" + (suggestion.map { " such as '\($0)'" } ?? ""))
            }
        }
        let generator = RegisterGenerator(settings: settings)
        if let outputPath {
            do throws(SRBError) {
                let file = try AtomicFile(path: outputPath)
                try generator.generate { chunk throws(SRBError) in try file.write(chunk) }
                try file.commit()
            } catch {
                return fail(error)
            }
            return .success
        }
        do throws(WriteFailure) {
            try generator.generate { chunk throws(WriteFailure) in
                if let failure = writeAll(chunk, to: 1) { throw WriteFailure(errorNumber: failure) }
            }
        } catch {
            // A reader that has gone (`| head`) is not an error worth a word (xsv does the same).
            if error.errorNumber == EPIPE { return .success }
            return fail(.cannotWriteOutput(path: "-", reason: String(cString: strerror(error.errorNumber))))
        }
        return .success
    }

    /// A failed write to standard output, with its `errno`.
    struct WriteFailure: Error {
        let errorNumber: Int32
    }

    /// The largest `--wards N`.
    static let maximumWards = 1_000_000

    /// `2024` or `2020..2024`: years from 1 to 9999, the first not after the last.
    static func parseYears(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let bounds = parts.map { part -> Int? in
            guard !part.isEmpty, part.count <= 4, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  let year = Int(part), year >= 1 else { return nil }
            return year
        }
        guard let first = bounds.first ?? nil, let last = bounds.last ?? nil, first <= last else { return nil }
        return first...last
    }
}
