import Testing

/// Groups the tests of `Sources/SRBKit/Reading`, so that
/// `swift test --filter Reading` selects them (test names carry no folder).
@Suite enum Reading {}
