import Testing

/// Groups the tests of `srb progress` and `--by-order` in the library (trend,
/// verdicts, building, rendering), so that `swift test --filter ProgressTests`
/// selects them.
@Suite struct ProgressTests {}
