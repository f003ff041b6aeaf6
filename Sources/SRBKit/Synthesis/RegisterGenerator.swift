/// Writes a synthetic register (`srb generate`) in chunks of bytes.
///
/// Note for the next person: the draws are made in one fixed order, the same
/// for both shapes, so a seed gives the same births whichever shape is written
/// and the count shape sums to exactly the per-birth register's numbers.
/// For each year, for each ward (registry order), with that ward's share of the
/// year's births (`GeneratorSettings.birthsPerWard`):
/// 1. one draw per birth picks its day of the year (uniform); the days are
///    counted, so the rows come out in date order within the ward;
/// 2. then, day by day, per birth: one draw for the sex (its top 53 bits below
///    `⌊p·2⁵³⌋` is a boy, p = SRB / (100 + SRB)), one for birth order and the
///    mother's age (order 1 to 5 with weights 45, 38, 12, 4, 1 %; age 19 to 43,
///    older for later births), mother's birth year = year − age.
/// Ids count 1, 2, 3… over the whole file. Output is built in a byte buffer and
/// handed over in chunks of about `chunkSize` bytes; nothing else is kept, so
/// memory does not grow with the number of rows.
public struct RegisterGenerator: Sendable {
    public let settings: GeneratorSettings

    public init(settings: GeneratorSettings) {
        self.settings = settings
    }

    public static let defaultChunkSize = 1 << 20

    /// The header line of the chosen shape, with its line feed.
    public var header: String {
        switch settings.shape {
        case .counts: "ward,period,boys,girls\n"
        case .births: (settings.includesIDs ? "id," : "") + "ward,district,birth_date,sex,birth_order,mother_birth_year\n"
        }
    }

    /// Data rows the register holds: births × years, or wards × 12 × years.
    public var rowCount: Int {
        switch settings.shape {
        case .births: settings.birthsPerYear * settings.years.count
        case .counts: settings.wards.count * 12 * settings.years.count
        }
    }

    /// Generates the register, calling `write` with each chunk (UTF-8, LF line
    /// ends; never empty). An error thrown by `write` stops the generation.
    public func generate<Failure: Error>(chunkSize: Int = defaultChunkSize,
                                         _ write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        var random = SplitMix64(seed: settings.seed)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkSize + 4096)
        buffer.append(contentsOf: header.utf8)
        let isCounts = settings.shape == .counts
        let prefixes = settings.wards.map { ward in
            Array((isCounts ? Self.csvField(ward.name) : Self.csvField(ward.name) + "," + Self.csvField(ward.district)).utf8)
                + [UInt8(ascii: ",")]
        }
        let thresholds = settings.wards.map { Self.boyThreshold(sexRatio: $0.sexRatio) }
        let shares = settings.birthsPerWard
        var id = DecimalCounter()
        for year in settings.years {
            let days = CalendarDay.isLeap(year) ? 366 : 365
            let dates = Self.dayTexts(year: year)
            let months = Self.monthOfDay(year: year)
            let suffixes = Self.suffixes(year: year)
            var births = [Int](repeating: 0, count: days)
            for wardIndex in settings.wards.indices {
                for day in 0..<days { births[day] = 0 }
                for _ in 0..<shares[wardIndex] { births[random.below(days)] += 1 }
                let threshold = thresholds[wardIndex]
                var boys = [Int](repeating: 0, count: 12), girls = boys
                for day in 0..<days {
                    for _ in 0..<births[day] {
                        let isBoy = random.next() >> 11 < threshold
                        let traits = Traits(random.next())
                        if isCounts {
                            if isBoy { boys[months[day]] += 1 } else { girls[months[day]] += 1 }
                            continue
                        }
                        if settings.includesIDs {
                            id.increment()
                            buffer.append(contentsOf: id.digits)
                            buffer.append(UInt8(ascii: ","))
                        }
                        buffer.append(contentsOf: prefixes[wardIndex])
                        buffer.append(contentsOf: dates[day])
                        buffer.append(contentsOf: suffixes[Self.suffixIndex(isBoy: isBoy, traits: traits)])
                        if buffer.count >= chunkSize {
                            try write(buffer)
                            buffer.removeAll(keepingCapacity: true)
                        }
                    }
                }
                if isCounts {
                    for month in 0..<12 {
                        buffer.append(contentsOf: prefixes[wardIndex])
                        Self.appendDecimal(year, to: &buffer)
                        buffer.append(UInt8(ascii: "-"))
                        Self.appendDecimal(month + 1, minimumDigits: 2, to: &buffer)
                        buffer.append(UInt8(ascii: ","))
                        Self.appendDecimal(boys[month], to: &buffer)
                        buffer.append(UInt8(ascii: ","))
                        Self.appendDecimal(girls[month], to: &buffer)
                        buffer.append(UInt8(ascii: "\n"))
                    }
                    if buffer.count >= chunkSize {
                        try write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        if !buffer.isEmpty { try write(buffer) }
    }
}
