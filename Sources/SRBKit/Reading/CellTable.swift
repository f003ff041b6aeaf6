/// The cells of a scan (`RegisterScan.cells`): births and rows per unit and
/// time bucket, one entry per cell, in the order of their keys (unit, then
/// year, then month). Read as a dictionary is read (`for (key, cell) in`,
/// `keys`, `values`, a cell by its key); kept as two arrays, so that the grid
/// of a ten-year district is handed over without hashing its 20,000 cells and
/// the analyses go through them in order. Built once, never changed.
public struct CellTable: Sendable, Equatable, RandomAccessCollection {
    public typealias Element = (key: RegisterScan.CellKey, value: RegisterScan.Cell)

    /// Every cell's key, ascending, each once.
    public private(set) var keys: [RegisterScan.CellKey] = []
    /// The cell of each key.
    public private(set) var values: [RegisterScan.Cell] = []

    public init() {}

    /// The cells of a dictionary, put in the order of their keys.
    public init(_ cells: [RegisterScan.CellKey: RegisterScan.Cell]) {
        for (key, value) in cells.sorted(by: { $0.key < $1.key }) {
            keys.append(key)
            values.append(value)
        }
    }

    /// Cells given in the order of their keys, each key once.
    init(orderedKeys keys: [RegisterScan.CellKey], values: [RegisterScan.Cell]) {
        precondition(keys.count == values.count)
        assert(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        self.keys = keys
        self.values = values
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { keys.count }

    public subscript(position: Int) -> Element { (keys[position], values[position]) }

    /// The cell of `key`; nil when no row counted there.
    public subscript(key: RegisterScan.CellKey) -> RegisterScan.Cell? {
        let index = firstIndex(notBefore: key)
        return index < keys.count && keys[index] == key ? values[index] : nil
    }

    /// The index of the first key not before `key` (binary search).
    private func firstIndex(notBefore key: RegisterScan.CellKey) -> Int {
        var (low, high) = (0, keys.count)
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    public static func == (lhs: CellTable, rhs: CellTable) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }
}

extension RegisterScan.CellKey: Comparable {
    /// By unit, then by time bucket.
    public static func < (lhs: RegisterScan.CellKey, rhs: RegisterScan.CellKey) -> Bool {
        lhs.unit != rhs.unit ? lhs.unit < rhs.unit : lhs.bucket < rhs.bucket
    }
}
