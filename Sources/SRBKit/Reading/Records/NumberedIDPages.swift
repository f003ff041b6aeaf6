/// Ids that end in a number (`12345`, `KS-2024-00012345`), kept by that
/// number. A register's record ids are numbered by the system that wrote it,
/// mostly one after another, so instead of a hash table (a cache miss per id
/// at millions of them) each id's number indexes a page of 4,096 numbers: one
/// 32-bit sighting number (`IDSightingLog`; 0: not seen) per number, 4 bytes
/// an id when the numbers are dense, and the same page row after row when they
/// come in order.
///
/// An id is split into its stem (the bytes before its last run of digits, at
/// most 64) and that run (1 to 17 digits). `00012` and `12` are different ids,
/// so a page is keyed by the stem's number, the run's length and the number's
/// page. Pages are made only while they stay dense enough: past the first
/// `sparePages`, at most `slotsPerID` numbers a page holds per id kept, or
/// 1¼ per id expected (`reserve`) when more; the page that would break that
/// is refused, and the owner (`IdentifierSet`) then moves every id to its
/// hash table for good. The expected ids let a register whose numbers come
/// out of order (rows by ward under district-wide numbers) stay here, at the
/// cost, when its ids turn out scattered, of pages for 1¼ numbers an
/// expected id before the move (which frees them before the table is built).
struct NumberedIDPages {
    /// Where an id belongs: its stem's number, its digit count and its number.
    struct Key: Equatable {
        let stem: Int
        let digits: Int
        let number: UInt64

        /// The page's key: stem (12 bits), digit count (5 bits), page number (45 bits).
        fileprivate var page: UInt64 {
            UInt64(stem) << 50 | UInt64(digits) << 45 | number >> NumberedIDPages.pageBits
        }

        fileprivate var place: Int { Int(number & UInt64(NumberedIDPages.pageSize - 1)) }
    }

    /// An id split into stem and digits (`split`).
    struct Split {
        let stemLength: Int
        let digits: Int
        let number: UInt64
    }

    /// A page's place for a number, from `slot(for:)`.
    struct Slot {
        /// Its index in `numbers`.
        fileprivate let index: Int

        fileprivate init(page: Int, place: Int) { index = page << NumberedIDPages.pageBits | place }
    }

    fileprivate static let pageBits: UInt64 = 12
    fileprivate static let pageSize = 1 << pageBits
    /// Bytes a page takes.
    static let pageBytes = pageSize * MemoryLayout<UInt32>.stride
    static let stemLimit = 4094
    static let stemLengthLimit = 64
    static let digitLimit = 17
    /// Pages made before the density rule applies (16 MiB: enough for the
    /// rows read before the reader tells how many are coming).
    static let sparePages = 1024
    /// The most numbers pages may hold per id kept, past the spare pages.
    static let slotsPerID = 3

    /// Stems other than the empty one, numbered from 1.
    private var stems = ByteStringTable()
    private var pageByKey: [UInt64: Int] = [:]
    /// Each page's key, in the order the pages were made.
    private var pageKeys: [UInt64] = []
    /// The pages end to end, `pageSize` numbers each (one array: reading a
    /// place retains nothing).
    private var numbers: [UInt32] = []
    /// The page the last slot was in (rows in order hit it again and again).
    private var lastPage: (key: UInt64, page: Int) = (.max, -1)
    private(set) var count = 0
    /// Places the pages may have whatever the count (`reserve`).
    private var expectedPlaces = 0

    var stemCount: Int { stems.count }
    var pageCount: Int { pageKeys.count }

    /// The stem and digits of `id`, or nil when it ends in no digit, has more
    /// than `digitLimit` of them or a stem longer than `stemLengthLimit`.
    @inline(__always)
    static func split(_ id: UnsafeBufferPointer<UInt8>) -> Split? {
        var start = id.count
        while start > 0, id[start - 1] &- 48 < 10 { start -= 1 }
        let digits = id.count - start
        guard digits > 0, digits <= digitLimit, start <= stemLengthLimit else { return nil }
        var number: UInt64 = 0
        for index in start..<id.count { number = number &* 10 &+ UInt64(id[index] &- 48) }
        return Split(stemLength: start, digits: digits, number: number)
    }

    /// The key of `id` split as `split`, or nil when its stem has no number yet.
    @inline(__always)
    func key(of id: UnsafeBufferPointer<UInt8>, _ split: Split) -> Key? {
        guard split.stemLength > 0 else { return Key(stem: 0, digits: split.digits, number: split.number) }
        guard let stem = stems.find(UnsafeBufferPointer(rebasing: id[..<split.stemLength])) else { return nil }
        return Key(stem: stem + 1, digits: split.digits, number: split.number)
    }

    /// True when a stem not seen yet can still be numbered.
    var hasRoomForStems: Bool { stems.count < NumberedIDPages.stemLimit }

    /// Numbers a new stem (the caller checked `hasRoomForStems`).
    mutating func addStem(_ stem: UnsafeBufferPointer<UInt8>) {
        _ = stems.insert(stem)
    }

    /// The number of `stem` here, or nil when it has none (the empty stem is 0).
    func stemNumber(_ stem: ArraySlice<UInt8>) -> Int? {
        if stem.isEmpty { return 0 }
        return stem.withUnsafeBufferPointer { stems.find($0) }.map { $0 + 1 }
    }

    /// The bytes of stem number `stem`.
    func stemBytes(_ stem: Int) -> ArraySlice<UInt8> {
        stem == 0 ? [] : stems.bytes(of: stem - 1)
    }

    /// Makes room, without touching it, for the pages of `ids` ids numbered
    /// one after another (a quarter more, and the spare pages), so that the
    /// pages are not copied as they grow: memory is only taken as pages fill.
    mutating func reserve(ids: Int) {
        expectedPlaces = max(expectedPlaces, ids / 4 * 5)
        // Address space only, but at most 256 MiB of it at once (past that, the pages grow by doubling).
        numbers.reserveCapacity(min(expectedPlaces + NumberedIDPages.sparePages * NumberedIDPages.pageSize, 1 << 26))
    }

    /// Starts fetching the place `key` has in its page, when the page exists.
    @inline(__always)
    func prefetch(_ key: Key) {
        guard let slot = existingSlot(for: key) else { return }
        numbers.withUnsafeBufferPointer { Prefetch.read($0.baseAddress! + slot.index) }
    }

    /// The slot of `key`, its page made when needed; nil when a new page would
    /// make the pages sparser than the rule allows.
    @inline(__always)
    mutating func slot(for key: Key) -> Slot? {
        let pageKey = key.page
        if lastPage.key == pageKey { return Slot(page: lastPage.page, place: key.place) }
        let page: Int
        if let existing = pageByKey[pageKey] {
            page = existing
        } else {
            let places = (pageCount + 1) * NumberedIDPages.pageSize
            guard pageCount < NumberedIDPages.sparePages || places <= NumberedIDPages.slotsPerID * (count + 1)
                    || places <= expectedPlaces else { return nil }
            page = pageCount
            numbers.append(contentsOf: repeatElement(0, count: NumberedIDPages.pageSize))
            pageKeys.append(pageKey)
            pageByKey[pageKey] = page
        }
        lastPage = (pageKey, page)
        return Slot(page: page, place: key.place)
    }

    /// The slot of `key` when its page exists, without making one.
    @inline(__always)
    func existingSlot(for key: Key) -> Slot? {
        let pageKey = key.page
        guard let page = lastPage.key == pageKey ? lastPage.page : pageByKey[pageKey] else { return nil }
        return Slot(page: page, place: key.place)
    }

    /// The sighting number in a slot; 0 when the id was not seen.
    @inline(__always)
    func sighting(at slot: Slot) -> UInt32 {
        numbers.withUnsafeBufferPointer { $0[slot.index] }
    }

    /// Keeps a sighting number in a free slot.
    @inline(__always)
    mutating func store(_ sighting: UInt32, at slot: Slot) {
        numbers.withUnsafeMutableBufferPointer { $0[slot.index] = sighting }
        count += 1
    }

    /// Calls `body` with each id's key and sighting number, page by page in
    /// the order the pages were made, numbers in order within a page.
    func forEach(_ body: (Key, UInt32) -> Void) {
        for (page, pageKey) in pageKeys.enumerated() {
            let stem = Int(pageKey >> 50), digits = Int(pageKey >> 45 & 31)
            let first = (pageKey & (1 << 45 - 1)) << NumberedIDPages.pageBits
            let start = page << NumberedIDPages.pageBits
            for place in 0..<NumberedIDPages.pageSize where numbers[start + place] != 0 {
                body(Key(stem: stem, digits: digits, number: first | UInt64(place)), numbers[start + place])
            }
        }
    }

    /// True when an id kept here is kept in `other` too; `stemNumbers` gives,
    /// for each stem number here, the same stem's number in `other` (nil: none).
    func sharesAnID(with other: NumberedIDPages, stemNumbers: [Int?]) -> Bool {
        for (page, pageKey) in pageKeys.enumerated() {
            guard let stem = stemNumbers[Int(pageKey >> 50)] else { continue }
            let otherKey = UInt64(stem) << 50 | pageKey & (1 << 50 - 1)
            guard let otherPage = other.pageByKey[otherKey] else { continue }
            let here = page << NumberedIDPages.pageBits, there = otherPage << NumberedIDPages.pageBits
            let shared = (0..<NumberedIDPages.pageSize).contains { numbers[here + $0] != 0 && other.numbers[there + $0] != 0 }
            if shared { return true }
        }
        return false
    }

    /// Frees the pages, keeping the stems (for `append`) and nothing else.
    mutating func releasePages() {
        numbers = []
        pageKeys = []
        pageByKey = [:]
        lastPage = (.max, -1)
        count = 0
    }

    /// True when `holds` is true of the bytes of an id kept here (the ids
    /// rebuilt one by one: for a set that keeps them otherwise).
    func containsAnID(_ holds: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var found = false, bytes: [UInt8] = []
        forEach { key, _ in
            guard !found else { return }
            bytes.removeAll(keepingCapacity: true)
            append(key, to: &bytes)
            found = bytes.withUnsafeBufferPointer(holds)
        }
        return found
    }

    /// Appends the bytes of the id `key` stands for.
    func append(_ key: Key, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: stemBytes(key.stem))
        var digits = [UInt8](repeating: 48, count: key.digits), rest = key.number
        for index in digits.indices.reversed() {
            digits[index] = 48 + UInt8(rest % 10)
            rest /= 10
        }
        bytes.append(contentsOf: digits)
    }
}
