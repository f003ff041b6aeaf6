import Testing

/// Groups the tests of `Sources/SRBKit/Model`, so that
/// `swift test --filter Model` selects them (test names carry no folder).
@Suite enum Model {}
