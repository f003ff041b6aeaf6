/// Where ids were first seen (file, line), each kept as one 32-bit number: the
/// lines of one file read in order are numbered consecutively, so the log
/// holds only one segment (file, first line, first number) per run of rows of
/// one file, not one entry per id.
struct IDSightingLog {
    private var starts: [UInt32] = []
    private var files: [Int] = []
    private var firstLines: [Int] = []
    /// The next number never used (0 stays free: it marks an empty slot).
    private var next: UInt64 = 1

    /// The number for a sighting, or nil once four billion lines were numbered.
    mutating func number(file: Int, line: Int) -> UInt32? {
        if let last = files.last, last == file, let first = firstLines.last, line >= first {
            let number = UInt64(starts[starts.count - 1]) + UInt64(line - first)
            if number < UInt64(UInt32.max) {
                next = max(next, number + 1)
                return UInt32(number)
            }
        }
        guard next < UInt64(UInt32.max) else { return nil }
        starts.append(UInt32(next))
        files.append(file)
        firstLines.append(line)
        next += 1
        return starts[starts.count - 1]
    }

    /// The sighting a number stands for.
    func sighting(_ number: UInt32) -> IdentifierSet.Sighting {
        var low = 0, high = starts.count - 1
        while low < high {  // the last segment starting at or before `number`
            let middle = (low + high + 1) / 2
            if starts[middle] <= number { low = middle } else { high = middle - 1 }
        }
        return IdentifierSet.Sighting(file: files[low], line: firstLines[low] + Int(number - starts[low]))
    }
}
