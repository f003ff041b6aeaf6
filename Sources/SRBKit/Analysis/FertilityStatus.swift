/// How a unit-year's TFR stands against the target. Raw values are the JSON/CSV words.
public enum FertilityStatus: String, Sendable, CaseIterable, Hashable {
    /// The interval's lower limit is above the target.
    case above
    /// The interval's upper limit is below the target.
    case below
    /// The interval holds the target.
    case atReplacement = "at_replacement"
    /// No birth of known age.
    case noBirths = "no_births"
    /// A group with births has no women: no rate can be formed.
    case noPopulation = "no_population"

    /// The status in SPEC's terms; a limit equal to the target holds it.
    public init(estimate: FertilityEstimate, target: Double) {
        if estimate.lacksPopulation {
            self = .noPopulation
        } else if let low = estimate.tfrLow, let high = estimate.tfrHigh {
            self = low > target ? .above : (high < target ? .below : .atReplacement)
        } else {
            self = .noBirths
        }
    }
}
