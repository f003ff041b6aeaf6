import Testing

/// The suites of `Sources/SRBKit/Rendering`, grouped so that
/// `swift test --filter Rendering` selects them.
@Suite enum RenderingTests {}
