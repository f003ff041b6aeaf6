import SRBKit

/// `srb generate [options]`: a synthetic register with chosen SRB per ward.
enum GenerateCommand: Command {
    static let name = "generate"
    static let summary = TextKey.commandGenerate
    static let operands = ""
    static let options: [OptionSpec] = [
        OptionSpec("--wards", value: "FILE|N", .optionGenerateWards),
        OptionSpec("--years", value: "Y..Y", .optionYears),
        OptionSpec("--births", value: "N", .optionBirths),
        OptionSpec("--srb", value: "X", .optionSRB),
        OptionSpec("--srb-of", value: "WARD=X", repeatable: true, .optionSRBOf),
        OptionSpec("--seed", value: "S", .optionSeed),
        OptionSpec("--shape", value: "SHAPE", .optionShape),
        OptionSpec("--order", value: "ORDER", .optionGenerateOrder),
        OptionSpec("--no-id", .optionNoID),
        OptionSpec("--tfr", value: "X", .optionGenerateTFR),
        OptionSpec("--population", value: "FILE", .optionGeneratePopulation),
        OptionSpec("--output", value: "FILE", .optionOutput),
        OptionSpec.help,
    ]

    /// The largest `--births`: a billion births a year.
    static let maximumBirths = 1_000_000_000
    /// The largest `--wards N`.
    static let maximumWards = 1_000_000

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        if let extra = arguments.positionals.first { throw .unexpectedArgument(extra, command: name) }
        func required(_ option: String) throws(UsageError) -> String {
            guard let value = arguments.text(option) else { throw .missingValue(option: option, command: name) }
            return value
        }
        let wardsText = try required("--wards")
        var wardCount: Int?
        if wardsText.isEmpty || wardsText.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            guard let count = Int(wardsText), count >= 1, count <= maximumWards else {
                throw arguments.bad("--wards", wardsText, .wardsFileOrCount(maximum: maximumWards))
            }
            wardCount = count
        }
        let yearsText = try required("--years")
        guard let years = parseYears(yearsText) else { throw arguments.bad("--years", yearsText, .yearRange) }
        let tfr = try arguments.value("--tfr", as: NonNegativeNumber.self)?.value
        let populationPath = try arguments.value("--population", as: FileName.self)?.path
        if tfr != nil, populationPath == nil { throw .missingValue(option: "--population", command: name) }
        if populationPath != nil, tfr == nil { throw .missingValue(option: "--tfr", command: name) }
        let birthsText = tfr != nil ? arguments.text("--births") ?? "0" : try required("--births")
        guard let births = Int(birthsText), births >= 0, births <= maximumBirths else {
            throw arguments.bad("--births", birthsText, .wholeNumber(minimum: "0", maximum: String(maximumBirths)))
        }
        _ = try required("--srb")
        let sexRatio = try arguments.value("--srb", as: NonNegativeNumber.self)!.value
        var ratiosOf: [(ward: String, sexRatio: Double)] = []
        for text in arguments.all("--srb-of") {
            guard let equals = text.lastIndex(of: "="), !text[..<equals].isEmpty,
                  let value = NonNegativeNumber(argument: String(text[text.index(after: equals)...])) else {
                throw arguments.bad("--srb-of", text, .wardRatio)
            }
            ratiosOf.append((String(text[..<equals]), value.value))
        }
        let seedText = try required("--seed")
        guard let seed = UInt64(seedText) else {
            throw arguments.bad("--seed", seedText, .wholeNumber(minimum: "0", maximum: String(UInt64.max)))
        }
        let shape: GeneratorSettings.Shape = try arguments.value("--shape") ?? .births
        let order: GeneratorSettings.Order = try arguments.value("--order") ?? .date
        let outputPath = try arguments.value("--output", as: FileName.self)?.path

        let diagnostics = Diagnostics(language: context.localeLanguage)
        func fail(_ error: SRBError) -> ExitCode {
            context.error(diagnostics.message(for: error))
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
        var settings: GeneratorSettings
        do throws(GeneratorSettings.Problem) {
            settings = try GeneratorSettings(registry: registry, sexRatio: sexRatio, sexRatioOf: ratiosOf, years: years,
                                             birthsPerYear: births, seed: seed, shape: shape,
                                             includesIDs: !arguments.has("--no-id"))
        } catch {
            switch error {
            case .unknownWard(let ward, let suggestion):
                throw arguments.bad("--srb-of", ward, .wardOfRegistry(suggestion: suggestion))
            }
        }
        settings.order = order
        if let tfr, let populationPath {
            do throws(SRBError) {
                let population = try PopulationTable.read(InputSource(argument: populationPath))
                settings.fertility = try population.generatorFertility(tfr: tfr, registry: registry, years: years)
            } catch {
                return fail(error)
            }
        }
        let outputs: RunOutputs
        do throws(SRBError) {
            outputs = try RunOutputs.open(result: outputPath, rejects: nil,
                                          inputs: (wardCount == nil ? [wardsText] : []) + (populationPath.map { [$0] } ?? []),
                                          context: context)
        } catch {
            return fail(error)
        }
        do throws(Stop) {
            try RegisterGenerator(settings: settings).generate { chunk throws(Stop) in
                do throws(SRBError) { try outputs.result.write(chunk) } catch { throw .failed(error) }
                if outputs.result.readerHasGone { throw .readerHasGone }  // `| head`: nobody reads the rest
            }
            do throws(SRBError) { try outputs.result.commit() } catch { throw .failed(error) }
        } catch {
            outputs.discard()
            switch error {
            case .failed(let failure): return fail(failure)
            case .readerHasGone: return .success
            }
        }
        return .success
    }

    /// Why writing stopped early.
    private enum Stop: Error {
        case failed(SRBError)
        case readerHasGone
    }

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
