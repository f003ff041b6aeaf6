/// One unit's numbers for a period: counts, SRB, interval, status.
public struct UnitResult: Sendable, Equatable {
    public let unit: Unit
    public let tally: Tally
    public let estimate: SexRatioEstimate
    public let status: UnitStatus
    /// Numbers split by birth order (orders 1, 2, 3+, unknown) when asked for.
    public let byOrder: [OrderResult]?

    /// The numbers of one birth order within a unit.
    public struct OrderResult: Sendable, Equatable {
        public let order: BirthOrder
        public let estimate: SexRatioEstimate
        public let status: UnitStatus
    }

    /// Computes the estimate and status of `tally` under `settings`.
    public init(unit: Unit, tally: OrderedTally, settings: ReportSettings) {
        self.unit = unit
        let total = tally.total
        self.tally = total
        self.estimate = SexRatioEstimate(boys: total.boys, girls: total.girls,
                                         confidence: settings.confidence, method: settings.intervalMethod)
        self.status = UnitStatus(estimate: estimate, threshold: settings.threshold, minimumBirths: settings.minimumBirths)
        self.byOrder = settings.splitsByBirthOrder ? BirthOrder.allCases.map { order in
            let part = tally[order]
            let estimate = SexRatioEstimate(boys: part.boys, girls: part.girls,
                                            confidence: settings.confidence, method: settings.intervalMethod)
            return OrderResult(order: order, estimate: estimate,
                               status: UnitStatus(estimate: estimate, threshold: settings.threshold,
                                                  minimumBirths: settings.minimumBirths))
        } : nil
    }
}
