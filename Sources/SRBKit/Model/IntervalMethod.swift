/// How a confidence interval for the male proportion is computed.
public enum IntervalMethod: String, Sendable, CaseIterable {
    /// Clopper–Pearson, from the binomial distribution itself.
    case exact
    /// The Wilson score interval.
    case wilson
}
