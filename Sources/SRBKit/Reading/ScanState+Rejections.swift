/// The rejections of the row path, built out of line so that the path itself
/// stays small (it runs once per row).
extension ScanState {
    @inline(never)
    func rejection(_ reason: RejectionReason, _ problem: Rejection.Problem, _ record: RecordView,
                   column: Int?, quoting: Bool = true) -> Rejection {
        let field = column.flatMap { quoting && $0 < record.fieldCount ? text(record.field($0)) : nil }
        let location = location(line: record.line, column: column.map { $0 + 1 })
        return Rejection(reason: reason, problem: problem, location: location, field: field)
    }

    @inline(never)
    mutating func unitRejection(_ found: UnitOfRow, _ record: RecordView) -> Rejection {
        let column = rowFacts.unitColumn
        if case .unusable(let problem) = found { return rejection(.unit, problem, record, column: column) }
        if case .total = found { return rejection(.total, .totalRow, record, column: column) }
        guard case .notInRegistry = found else { return rejection(.unit, .emptyUnit, record, column: column, quoting: false) }
        let field = record.field(column), encoding = settings.encoding, registry = settings.registry!
        let unitKey = UnitName.key(text(field))
        let suggestion = unknownUnits.count(unitKey, spelling: { UnitName.display(ScanState.decode(field, encoding: encoding)) },
                                            read: { registry.suggestion(for: unitKey) })
        return rejection(.unit, .unknownUnit(suggestion: suggestion), record, column: column)
    }

    @inline(never)
    func dateRejection(_ failure: FieldValues.DateFailure, _ record: RecordView, column: Int) -> Rejection {
        let problem: Rejection.Problem = switch failure {
        case .unreadable: FieldValues.trimmed(record.field(column)).isEmpty ? .emptyDate : .unreadableDate(order: fileDateOrder)
        case .twoDigitYear: .twoDigitYear
        case .nonexistent: .nonexistentDate
        }
        return rejection(.date, problem, record, column: column, quoting: problem != .emptyDate)
    }

    @inline(never)
    func sexRejection(_ record: RecordView) -> Rejection {
        let column = rowFacts.sexColumn
        let empty = FieldValues.trimmed(record.field(column)).isEmpty
        return rejection(.sex, empty ? .emptySex : .unknownSex, record, column: column, quoting: !empty)
    }
}
