import Testing

/// The suites of `Sources/SRBKit/Analysis`, grouped so that
/// `swift test --filter Analysis` selects them.
@Suite enum AnalysisTests {}
