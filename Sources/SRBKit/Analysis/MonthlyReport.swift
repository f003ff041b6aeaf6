/// The monthly view (`srb monthly`): for a month M and each unit, the month, the
/// year to date, the last 12 months and the 12 months before, with the change
/// between the last two and Fisher's exact test of it.
public struct MonthlyReport: Sendable, Equatable {
    /// One unit's numbers in one window.
    public struct WindowResult: Sendable, Equatable {
        public let window: MonthWindow
        /// First day of the window's first month to the last day of its last.
        public let period: Period
        public let estimate: SexRatioEstimate
        public let status: UnitStatus
    }

    /// The 12 months ending at `month`, for the rolling chart.
    public struct RollingPoint: Sendable, Equatable {
        public let month: CalendarMonth
        public let estimate: SexRatioEstimate
    }

    /// One unit (or the total) in every window.
    public struct UnitMonthly: Sendable, Equatable {
        public let unit: Unit
        /// In the order of `MonthWindow.monthlyWindows`.
        public let windows: [WindowResult]
        /// srb(last 12 months) − srb(previous 12 months); nil when either is nil.
        public let change12Months: Double?
        /// Two-sided p of Fisher's exact test on (boys, girls) × (last, previous
        /// 12 months); nil when either window has no births, or when they hold
        /// 2³¹ births or more together (beyond the exact test's range).
        public let changePValue: Double?
        /// The last-12-months SRB ending at each month from M − 23 to M whose 12
        /// months all lie within the data (from its first month on).
        public let rolling: [RollingPoint]
        /// With `--by-order`, the same windows and change for each birth order
        /// (1, 2, 3+, unknown, in that order); nil otherwise. The orders add up
        /// to `windows`.
        public let byOrder: [OrderMonthly]?

        public func result(_ window: MonthWindow) -> WindowResult? {
            windows.first { $0.window == window }
        }
    }

    /// One birth order of a unit: its windows, the change and its p-value, by
    /// the same rules as the unit's own.
    public struct OrderMonthly: Sendable, Equatable {
        public let order: BirthOrder
        /// In the order of `MonthWindow.monthlyWindows`.
        public let windows: [WindowResult]
        public let change12Months: Double?
        public let changePValue: Double?
    }

    /// M.
    public let month: CalendarMonth
    public let settings: ReportSettings
    /// Units sorted by name in NFC code-point order; empty for `--by total`.
    public let units: [UnitMonthly]
    public let total: UnitMonthly
    /// A row is used when it falls in at least one of the four windows.
    public let input: InputAccounting
    public let warnings: [ReadWarning]
    public let firstRejections: [Rejection]
    /// The district (or province) every unit shares, as in `Report`.
    public let coveredArea: String?

    /// From the first day of `previous_12_months` to the last day of M: the
    /// days the four windows span together.
    public var span: Period {
        Period(from: MonthWindow.previous12Months.period(endingAt: month)!.from, to: month.period.to)!
    }

    /// A change whose p-value is below this is marked as unlikely to be chance.
    public static let changeMarkLevel = 0.05
}
