import Testing

/// Groups the tests of `Sources/SRBKit/Workbook`, so that
/// `swift test --filter Workbook` selects them (test names carry no folder).
@Suite enum WorkbookTests {}
