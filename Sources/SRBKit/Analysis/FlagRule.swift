/// Which statuses `srb check` flags (`--fail-on`).
public enum FlagRule: String, Sendable, CaseIterable {
    /// Only units whose whole interval lies above the threshold (the default).
    case significant
    /// `over` units too: above the threshold, though within chance.
    case over

    public func flags(_ status: UnitStatus) -> Bool {
        status.isFlagged(failingOnOver: self == .over)
    }
}

extension Report {
    /// The units `rule` flags, in report order.
    public func units(flaggedBy rule: FlagRule) -> [UnitResult] {
        units.filter { rule.flags($0.status) }
    }

    /// True when `rule` flags a unit, or the total of a `--by total` report.
    public func isFlagged(by rule: FlagRule) -> Bool {
        units.contains { rule.flags($0.status) } || (settings.level == .total && rule.flags(total.status))
    }
}
