/// Boys and girls counted for one cell (a unit, a period, a birth order).
public struct Tally: Sendable, Hashable {
    public var boys: Int
    public var girls: Int

    public init(boys: Int = 0, girls: Int = 0) {
        self.boys = boys
        self.girls = girls
    }

    /// Boys plus girls.
    public var births: Int { boys + girls }

    public static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(boys: lhs.boys + rhs.boys, girls: lhs.girls + rhs.girls)
    }

    public static func += (lhs: inout Tally, rhs: Tally) { lhs = lhs + rhs }
}

/// Birth order as registers record it, grouped the way SRB analysis reads it.
public enum BirthOrder: String, Sendable, CaseIterable, Hashable {
    case first = "1"
    case second = "2"
    case thirdOrLater = "3+"
    case unknown

    /// The group of a 1-based birth order; `unknown` for nil or anything below 1.
    public init(rank: Int?) {
        switch rank {
        case 1: self = .first
        case 2: self = .second
        case let .some(value) where value >= 3: self = .thirdOrLater
        default: self = .unknown
        }
    }
}

/// A tally split by birth order; the sum over orders is the unit's tally.
///
/// Four stored tallies rather than an array: one cell per unit and month is kept
/// for the whole run, so no heap allocation per cell.
public struct OrderedTally: Sendable, Hashable {
    public var first = Tally()
    public var second = Tally()
    public var thirdOrLater = Tally()
    public var unknown = Tally()

    public init() {}

    public subscript(order: BirthOrder) -> Tally {
        get {
            switch order {
            case .first: first
            case .second: second
            case .thirdOrLater: thirdOrLater
            case .unknown: unknown
            }
        }
        set {
            switch order {
            case .first: first = newValue
            case .second: second = newValue
            case .thirdOrLater: thirdOrLater = newValue
            case .unknown: unknown = newValue
            }
        }
    }

    /// All orders added.
    public var total: Tally { first + second + thirdOrLater + unknown }

    public static func + (lhs: OrderedTally, rhs: OrderedTally) -> OrderedTally {
        var sum = OrderedTally()
        sum.first = lhs.first + rhs.first
        sum.second = lhs.second + rhs.second
        sum.thirdOrLater = lhs.thirdOrLater + rhs.thirdOrLater
        sum.unknown = lhs.unknown + rhs.unknown
        return sum
    }

    public static func += (lhs: inout OrderedTally, rhs: OrderedTally) { lhs = lhs + rhs }
}
