import SRBKit

/// The process exit codes of SPEC, decided in one place.
enum ExitCode: Int32 {
    case success = 0
    /// `check`: a unit is flagged; `validate`: rows were rejected.
    case findings = 1
    case usage = 64
    case data = 65
    case cannotOpenInput = 66
    case cannotCreateOutput = 73

    init(_ error: SRBError) {
        switch error {
        case .cannotOpen, .cannotRead: self = .cannotOpenInput
        case .noHeader, .unsupportedFormat, .missingColumn, .overriddenColumnNotFound, .invalidRegistry,
             .missingPlanColumn, .noUsableRow, .noRowInPeriod, .noRowInWindows, .tooManyRejected, .levelUnavailable,
             .yearSpanTooLong, .unreadableWorkbook, .invalidPopulation, .missingPopulation,
             .noMotherAgeColumn: self = .data
        case .cannotWriteOutput, .outputIsInput: self = .cannotCreateOutput
        }
    }
}
