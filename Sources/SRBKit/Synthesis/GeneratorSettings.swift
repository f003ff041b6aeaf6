/// What `srb generate` writes: which wards, which years, how many births, the
/// SRB of each ward, the seed and the shape of the register.
public struct GeneratorSettings: Sendable, Hashable {
    /// The two register shapes of SPEC "Input: birth registers".
    public enum Shape: String, Sendable, CaseIterable {
        /// One row per birth: `id,ward,district,birth_date,sex,birth_order,mother_birth_year`.
        case births
        /// One row per ward and month: `ward,period,boys,girls`.
        case counts
    }

    /// The order rows are written in (SPEC "Synthetic registers").
    public enum Order: String, Sendable, CaseIterable {
        /// By birth date over the whole register; on one day, ward by ward in
        /// registry order (count rows: by month, then ward).
        case date
        /// Each year's rows in a seeded random order, as a registration system exports them.
        case shuffled
    }

    /// One ward of the synthetic register.
    public struct Ward: Sendable, Hashable {
        public let name: String
        /// Empty when the registry gives none.
        public let district: String
        /// Boys per 100 girls expected: each birth is a boy with probability
        /// `sexRatio / (100 + sexRatio)`.
        public let sexRatio: Double
    }

    /// Why settings cannot be made; worded by the executable.
    public enum Problem: Error, Sendable, Hashable {
        /// `--srb-of` names no ward of the registry; `suggestion` is the closest name.
        case unknownWard(String, suggestion: String?)
    }

    /// Wards in registry order.
    public let wards: [Ward]
    public let years: ClosedRange<Int>
    /// Births each year, over all wards.
    public let birthsPerYear: Int
    public let seed: UInt64
    public var shape: Shape
    /// Whether per-birth rows start with an `id` column (ignored for counts).
    public var includesIDs: Bool
    /// The order rows are written in; the same births either way.
    public var order: Order = .date
    /// With `--tfr X --population FILE`: births per ward and year follow the
    /// women and X, and mothers' ages their age pattern (`birthsPerYear` unused).
    public var fertility: Fertility?

    /// Settings for the wards of `registry`, every one at `sexRatio` except those
    /// `sexRatioOf` names (matched by code, name or alias with the registers'
    /// unit-name rules; the last mention of a ward wins).
    ///
    /// `sexRatio` values must be finite and ≥ 0, `birthsPerYear` ≥ 0, and the
    /// years within 1...9999; the executable checks them first.
    public init(registry: UnitRegistry, sexRatio: Double, sexRatioOf: [(ward: String, sexRatio: Double)] = [],
                years: ClosedRange<Int>, birthsPerYear: Int, seed: UInt64,
                shape: Shape = .births, includesIDs: Bool = true) throws(Problem) {
        precondition(sexRatio.isFinite && sexRatio >= 0 && birthsPerYear >= 0)
        precondition(years.lowerBound >= 1 && years.upperBound <= 9999)
        var ratios = Array(repeating: sexRatio, count: registry.entries.count)
        for (spelling, ratio) in sexRatioOf {
            precondition(ratio.isFinite && ratio >= 0)
            guard let index = registry.entryIndex(forKey: UnitName.key(spelling)) else {
                throw .unknownWard(spelling, suggestion: registry.suggestion(for: spelling))
            }
            ratios[index] = ratio
        }
        wards = zip(registry.entries, ratios).map { entry, ratio in
            Ward(name: entry.name, district: entry.district ?? "", sexRatio: ratio)
        }
        self.years = years
        self.birthsPerYear = birthsPerYear
        self.seed = seed
        self.shape = shape
        self.includesIDs = includesIDs
    }

    /// A registry of `count` wards named `Phường 001`, `Phường 002`… (three
    /// digits at least, more when `count` needs them), twenty to a district
    /// named `Quận 1`, `Quận 2`…; `count` ≥ 1.
    public static func numberedWards(_ count: Int) -> UnitRegistry {
        precondition(count >= 1)
        let width = max(3, String(count).count)
        let entries = (1...count).map { number in
            let digits = String(number)
            let name = "Phường " + String(repeating: "0", count: width - digits.count) + digits
            return UnitRegistry.Entry(code: nil, name: name, district: "Quận \((number - 1) / wardsPerDistrict + 1)",
                                      province: nil, aliases: [], line: number + 1)
        }
        do {
            return try UnitRegistry(file: "", entries: entries, hasDistrictColumn: true, hasProvinceColumn: false)
        } catch {
            preconditionFailure("numbered ward names are distinct")
        }
    }

    /// Wards to a district in `numberedWards(_:)`.
    public static let wardsPerDistrict = 20

    /// Births of each ward in a year, in ward order: `birthsPerYear` split in
    /// proportion to fixed weights 4…12 (ward `i` weighs `4 + 37·i mod 9`), by
    /// largest remainder (ties to the earlier ward). The same every year and for
    /// every seed, so that wards differ in size as real ones do.
    public var birthsPerWard: [Int] {
        let weights = wards.indices.map { 4 + ($0 * 37) % 9 }
        let totalWeight = weights.reduce(0, +)
        // N·w/W = (N/W)·w + (N mod W)·w/W, without overflow for any N.
        let whole = birthsPerYear / totalWeight, rest = birthsPerYear % totalWeight
        var shares = weights.map { whole * $0 + rest * $0 / totalWeight }
        let left = birthsPerYear - shares.reduce(0, +)
        let order = weights.indices.sorted { a, b in
            let ra = rest * weights[a] % totalWeight, rb = rest * weights[b] % totalWeight
            return ra != rb ? ra > rb : a < b
        }
        for index in order.prefix(left) { shares[index] += 1 }
        return shares
    }
}
