/// Writes a synthetic register (`srb generate`) in chunks of bytes.
///
/// Note for the next person: the draws are made in one fixed order, the same
/// for both shapes and both orders, so a seed gives the same births whichever
/// shape or order is written and the count shape sums to exactly the
/// per-birth register's numbers. For each year, for each ward (registry
/// order), with that ward's share of the year's births
/// (`GeneratorSettings.birthsPerWard`):
/// 1. one draw per birth picks its day of the year (uniform); the days are
///    counted, so the ward's births are drawn in date order;
/// 2. then, day by day, per birth: one draw for the sex (its top 53 bits below
///    `⌊p·2⁵³⌋` is a boy, p = SRB / (100 + SRB)), one for birth order and the
///    mother's age (order 1 to 5 with weights 45, 38, 12, 4, 1 %; age 19 to 43,
///    older for later births), mother's birth year = year − age. With
///    `--tfr` (`GeneratorSettings.Fertility`) a ward's births in a year are
///    set by its women and the TFR, and a third draw picks the mother's age
///    group (in proportion to its expected births) and age within it.
/// The year's rows are written once its draws are made. `--order date` (SPEC:
/// "writes rows by birth date") writes them by date over the whole file (the
/// years follow each other), and on one day ward by ward in registry order,
/// each ward's births in the order drawn; it keeps the year's births as one
/// 16-bit suffix index each (which sex, order and mother's age), with the
/// count per ward and day. Count rows go by month, then ward. `--order
/// shuffled` keeps each row of the current year as one packed 64-bit number
/// and writes the year's rows after a Fisher–Yates shuffle driven by a second
/// SplitMix64 seeded with `shuffleSeed(settings.seed)` (so the births are the
/// same as in date order, and only their order differs). Either way memory
/// holds one year's rows at most, never the whole register.
/// Ids count 1, 2, 3… over the whole file, in the order rows are written.
/// Output is built in a byte buffer and handed over in chunks of about
/// `chunkSize` bytes.
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
        case .births:
            settings.fertility.map { fertility in
                (0..<settings.years.count).reduce(0) { $0 + fertility.year($1).births.reduce(0, +) }
            } ?? settings.birthsPerYear * settings.years.count
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
        let evenShares = settings.birthsPerWard
        let wardCount = settings.wards.count
        var id = DecimalCounter()
        let isShuffled = settings.order == .shuffled
        var shuffler = SplitMix64(seed: Self.shuffleSeed(settings.seed))
        var pending: [UInt64] = []  // shuffled order: the year's rows, packed by `packedRow`
        var suffixesDrawn: [UInt16] = []  // date order: the year's births' suffix indices, ward by ward, by date within a ward
        var birthsOnDay: [Int32] = []  // date order: the year's births per day and ward, `day * wardCount + ward`
        var boysInMonth: [Int] = [], girlsInMonth: [Int] = []  // count rows: the year's numbers, `ward * 12 + month`
        func flushIfFull() throws(Failure) {
            if buffer.count >= chunkSize {
                try write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        /// Appends `bytes` through a buffer pointer: appending the array itself
        /// would take a reference to it (a retain and a release per row).
        func append(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
        }
        /// A births row's id and its comma, when ids are written.
        func writeID() {
            guard settings.includesIDs else { return }
            id.increment()
            append(id.digits)
            buffer.append(UInt8(ascii: ","))
        }
        func writeCount(year: Int, ward: Int, month: Int) throws(Failure) {
            buffer.append(contentsOf: prefixes[ward])
            Self.appendDecimal(year, to: &buffer)
            buffer.append(UInt8(ascii: "-"))
            Self.appendDecimal(month + 1, minimumDigits: 2, to: &buffer)
            buffer.append(UInt8(ascii: ","))
            Self.appendDecimal(boysInMonth[ward * 12 + month], to: &buffer)
            buffer.append(UInt8(ascii: ","))
            Self.appendDecimal(girlsInMonth[ward * 12 + month], to: &buffer)
            buffer.append(UInt8(ascii: "\n"))
            try flushIfFull()
        }
        for year in settings.years {
            let fertility = settings.fertility.map { $0.year(year - settings.years.lowerBound) }
            let shares = fertility?.births ?? evenShares
            let days = CalendarDay.isLeap(year) ? 366 : 365
            let dates = Self.dayTexts(year: year)
            let months = Self.monthOfDay(year: year)
            let suffixes = Self.suffixes(year: year)
            var births = [Int](repeating: 0, count: days)
            if isCounts {
                boysInMonth = [Int](repeating: 0, count: wardCount * 12)
                girlsInMonth = boysInMonth
            }
            if isShuffled {
                pending.removeAll(keepingCapacity: true)
                pending.reserveCapacity(isCounts ? wardCount * 12 : shares.reduce(0, +))
            } else if !isCounts {
                suffixesDrawn.removeAll(keepingCapacity: true)
                suffixesDrawn.reserveCapacity(shares.reduce(0, +))
                birthsOnDay = [Int32](repeating: 0, count: days * wardCount)
            }
            // The draws, in their fixed order: ward by ward, day by day.
            for wardIndex in settings.wards.indices {
                for day in 0..<days { births[day] = 0 }
                for _ in 0..<shares[wardIndex] { births[random.below(days)] += 1 }
                let threshold = thresholds[wardIndex]
                for day in 0..<days {
                    if !isCounts && !isShuffled { birthsOnDay[day * wardCount + wardIndex] = Int32(births[day]) }
                    for _ in 0..<births[day] {
                        let isBoy = random.next() >> 11 < threshold
                        var traits = Traits(random.next())
                        if let fertility { traits.motherAge = fertility.age(ward: wardIndex, random.next()) }
                        if isCounts {
                            if isBoy { boysInMonth[wardIndex * 12 + months[day]] += 1 } else { girlsInMonth[wardIndex * 12 + months[day]] += 1 }
                            continue
                        }
                        let suffix = Self.suffixIndex(isBoy: isBoy, traits: traits)
                        if isShuffled {
                            pending.append(Self.packedRow(ward: wardIndex, day: day, suffix: suffix))
                        } else {
                            suffixesDrawn.append(UInt16(suffix))
                        }
                    }
                }
                if isCounts && isShuffled {
                    for month in 0..<12 { pending.append(Self.packedRow(ward: wardIndex, day: month, suffix: 0)) }
                }
            }
            // The year's rows, written.
            if isShuffled {
                Self.shuffle(&pending, with: &shuffler)
                for row in pending {
                    let (ward, day, suffix) = Self.unpackedRow(row)
                    if isCounts {
                        try writeCount(year: year, ward: ward, month: day)
                    } else {
                        writeID()
                        append(prefixes[ward])
                        append(dates[day])
                        append(suffixes[suffix])
                        try flushIfFull()
                    }
                }
            } else if isCounts {
                for month in 0..<12 {
                    for ward in 0..<wardCount { try writeCount(year: year, ward: ward, month: month) }
                }
            } else {
                // By date; on one day, ward by ward (registry order), each ward's births in the order drawn.
                var next = [Int](repeating: 0, count: wardCount)  // each ward's next suffix in `suffixesDrawn`
                for ward in 1..<max(1, wardCount) { next[ward] = next[ward - 1] + shares[ward - 1] }
                var lead: [UInt8] = []  // the ward, district and date the day's births of a ward share
                for day in 0..<days {
                    for ward in 0..<wardCount {
                        let count = Int(birthsOnDay[day * wardCount + ward])
                        guard count > 0 else { continue }
                        lead.removeAll(keepingCapacity: true)
                        lead.append(contentsOf: prefixes[ward])
                        lead.append(contentsOf: dates[day])
                        for index in next[ward]..<(next[ward] + count) {
                            writeID()
                            append(lead)
                            append(suffixes[Int(suffixesDrawn[index])])
                            try flushIfFull()
                        }
                        next[ward] += count
                    }
                }
            }
        }
        if !buffer.isEmpty { try write(buffer) }
    }

    /// The seed of the shuffling generator: `seed` through one SplitMix64 step,
    /// so that it never replays the births' draws.
    static func shuffleSeed(_ seed: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: seed ^ 0x5348_5546_464C_4544)  // "SHUFFLED"
        return mixer.next()
    }

    /// Fisher–Yates (Durstenfeld): position i, from the last down, swaps with a
    /// uniform position in 0...i drawn by `SplitMix64.below`.
    static func shuffle(_ rows: inout [UInt64], with random: inout SplitMix64) {
        guard rows.count > 1 else { return }
        for index in stride(from: rows.count - 1, to: 0, by: -1) {
            rows.swapAt(index, random.below(index + 1))
        }
    }

    /// A row as one number: ward (below 2²⁰), day of the year or month (9 bits), suffix index (9 bits).
    static func packedRow(ward: Int, day: Int, suffix: Int) -> UInt64 {
        UInt64(ward) << 18 | UInt64(day) << 9 | UInt64(suffix)
    }

    static func unpackedRow(_ row: UInt64) -> (ward: Int, day: Int, suffix: Int) {
        (Int(row >> 18), Int((row >> 9) & 0x1FF), Int(row & 0x1FF))
    }
}
