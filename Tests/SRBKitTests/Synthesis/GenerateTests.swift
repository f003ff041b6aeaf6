import Testing

/// Groups the tests of `Sources/SRBKit/Synthesis` (`srb generate`), so that
/// `swift test --filter GenerateTests` selects them.
@Suite struct GenerateTests {}
