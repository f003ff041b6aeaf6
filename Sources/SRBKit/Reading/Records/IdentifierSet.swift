// A note for the next person: at 15 million rows the ids are the only thing
// that grows with the register (SPEC "Scale"), so every byte per id counts.
// An id that ends in a number (nearly every record id) is kept by that number
// in `NumberedIDPages`, 4 bytes an id when the numbers are dense, in order
// when the rows are; the first page that would make those pages sparse (see
// `NumberedIDPages`) moves them all to the hash table below, for good, so
// that an id has one place at any time. Any other id (and every
// id once moved) is kept in a hash table slot of 12 bytes: its `IDKey` word (prefix number
// and packed characters) and a 32-bit number for where it was first seen
// (`IDSightingLog`). The prefix is the id up to its last letter, or up to its
// last 13 characters when more follow. Ids that do not fit a word (a prefix
// over 64 bytes, or more than 4,094 prefixes) are kept in `IDArena` and
// their slot holds a 12-bit hash tag and the arena offset. The table is 256
// partitions by hash, each sized once from the rows to come (80 % full) and
// grown by half past 85 %; a lookup touches one slot run, without reading the
// arena for packed ids. 15 million 15-character ids take about 15 bytes each.
// At millions of ids each new one is a cache miss and a page walk, so the
// reader looks an id up (`lookUp`, which prefetches its slot) a row before it
// inserts it: the row before guesses the next line's id from the bytes that
// follow it in the read buffer (`ScanState.guessNextLineID`).

/// The ids seen so far, stored compactly to find duplicates across files.
struct IdentifierSet {
    struct Sighting: Equatable {
        let file: Int
        let line: Int
    }

    /// How ids are hashed: `.weak` (for tests) gives most ids the same hash, to
    /// show that only equal ids are ever called equal.
    enum Hashing: Sendable {
        case standard
        case weak
    }

    private static let partitionBits: UInt64 = 8
    private static let partitionCount = 1 << partitionBits
    private static let prefixLimit = 4094
    private static let prefixLengthLimit = 64
    private static let offsetMask: UInt64 = 1 << 40 - 1

    private let hashing: Hashing
    /// True while ids that end in a number are kept in `numbered`.
    private var keepsNumberedIDs: Bool
    private var numbered = NumberedIDPages()
    /// The ids `reserve` was told of, for the hash table when it is first used.
    private var expectedCount = 0
    private var partitions: [IDPartition] = []
    private var prefixes = ByteStringTable()
    private var prefixHashes: [UInt64] = []
    private var arena = IDArena()
    private var sightings = IDSightingLog()
    private(set) var count = 0
    /// Bytes kept in the arena (ids that did not pack); for tests and measurements.
    var arenaBytes: Int { arena.byteCount }
    /// Ids kept by their number (`NumberedIDPages`); for tests and measurements.
    var countKeptByNumber: Int { numbered.count }

    /// `usesNumberPages` false keeps every id in the hash table (for tests of it).
    init(hashing: Hashing = .standard, usesNumberPages: Bool = true) {
        self.hashing = hashing
        self.keepsNumberedIDs = usesNumberPages
    }

    /// What an id becomes in this set.
    fileprivate enum Key {
        /// Kept by its number (`NumberedIDPages`).
        case numbered(NumberedIDPages.Key)
        /// It ends in a number whose stem was never seen, and there is room to number the stem.
        case newStem(length: Int)
        case word(UInt64, hash: UInt64)
        case long(hash: UInt64)
        /// Its prefix was never seen (so neither was the id), and there is room to number it.
        case newPrefix(length: Int)
    }

    /// Where an id goes in the set, worked out before it is inserted (`lookUp`).
    struct Lookup {
        fileprivate let key: Key

        /// True when the lookup stays right while other ids are added: a
        /// prefix, once numbered, keeps its number; only an id whose prefix is
        /// still to be numbered must be looked up again.
        var staysValid: Bool {
            switch key {
            case .newPrefix, .newStem: false
            case .numbered, .word, .long: true
            }
        }
    }

    /// The lookup of `id`, for `insert(_:lookup:file:line:)`. It starts
    /// fetching the id's slot from memory, so a reader that looks an id up
    /// early in a row reads the row's other fields while the slot arrives
    /// (a slot is a cache miss, often a page walk too, at millions of ids).
    /// Valid until the set changes.
    @inline(__always)
    func lookUp(_ id: UnsafeBufferPointer<UInt8>) -> Lookup {
        let key = key(of: id)
        switch key {
        case .numbered(let key):
            numbered.prefetch(key)
        case .word(_, let hash), .long(let hash):
            if !partitions.isEmpty { partitions[IdentifierSet.partition(hash)].prefetch(hash: hash) }
        case .newPrefix, .newStem:
            break
        }
        return Lookup(key: key)
    }

    /// Adds `id`, or returns where it was first seen when it is already there.
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, file: Int, line: Int) -> Sighting? {
        insert(id, lookup: Lookup(key: key(of: id)), file: file, line: line)
    }

    /// Adds `id`, whose `lookUp` this is, or returns where it was first seen when it is already there.
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, lookup: Lookup, file: Int, line: Int) -> Sighting? {
        var key = lookup.key
        if case .numbered = key, !keepsNumberedIDs { key = self.key(of: id) }  // moved since the lookup
        switch key {
        case .numbered(let key):
            return insert(numbered: key, file: file, line: line)
        case .newStem(let length):
            // (Re-checked: a stem numbered past the limit would share page keys with another.)
            if keepsNumberedIDs && numbered.hasRoomForStems { numbered.addStem(UnsafeBufferPointer(rebasing: id[..<length])) }
        case .newPrefix(let length):
            addPrefix(UnsafeBufferPointer(rebasing: id[..<length]))
        case .word, .long:
            switch placeHashed(id, key) {
            case .seen(let number):
                return sightings.sighting(number)
            case .free(let partition, let slot):
                guard let number = sightings.number(file: file, line: line),
                      storeHashed(id, key, sighting: number, partition: partition, slot: slot) else { return nil }
                count += 1
                return nil
            }
        }
        return insert(id, lookup: Lookup(key: self.key(of: id)), file: file, line: line)  // its stem or prefix now numbered
    }

    /// `insert` for an id kept by its number; when its page would make the
    /// pages too sparse, every numbered id moves to the hash table first.
    private mutating func insert(numbered key: NumberedIDPages.Key, file: Int, line: Int) -> Sighting? {
        guard let slot = numbered.slot(for: key) else {
            var bytes: [UInt8] = []
            numbered.append(key, to: &bytes)
            moveNumberedIDsToTheHashTable()
            return bytes.withUnsafeBufferPointer { insert($0, file: file, line: line) }
        }
        let seen = numbered.sighting(at: slot)
        if seen != 0 { return sightings.sighting(seen) }
        guard let number = sightings.number(file: file, line: line) else { return nil }
        numbered.store(number, at: slot)
        count += 1
        return nil
    }

    private mutating func addPrefix(_ prefix: UnsafeBufferPointer<UInt8>) {
        prefixHashes.append(ByteHash.of(UnsafeRawBufferPointer(prefix)))
        _ = prefixes.insert(prefix)
    }

    /// Where a hashed id (`.word` or `.long`) is or would go in the hash table.
    private enum Placement {
        case seen(UInt32)
        case free(partition: Int, slot: Int)
    }

    private mutating func placeHashed(_ id: UnsafeBufferPointer<UInt8>, _ key: Key) -> Placement {
        makePartitions()
        let probe: IDPartition.Probe, partition: Int
        switch key {
        case .word(let word, let hash):
            partition = IdentifierSet.partition(hash)
            if partitions[partition].isFull { grow(partition) }
            probe = partitions[partition].probe(hash: hash, matches: { $0 == word })
        case .long(let hash):
            partition = IdentifierSet.partition(hash)
            if partitions[partition].isFull { grow(partition) }
            probe = partitions[partition].probe(hash: hash, matches: { isLong($0, hash: hash, holding: id) })
        case .numbered, .newStem, .newPrefix:
            preconditionFailure("only a hashed id has a place in the hash table")
        }
        switch probe {
        case .found(let number): return .seen(number)
        case .free(let slot): return .free(partition: partition, slot: slot)
        }
    }

    /// Keeps a hashed id in the free slot `placeHashed` gave; false when the arena is full.
    private mutating func storeHashed(_ id: UnsafeBufferPointer<UInt8>, _ key: Key, sighting: UInt32,
                                      partition: Int, slot: Int) -> Bool {
        switch key {
        case .word(let word, _):
            partitions[partition].store(word, sighting: sighting, at: slot)
        case .long(let hash):
            guard let offset = arena.append(id) else { return false }
            partitions[partition].store(IdentifierSet.tag(hash) << 40 | offset, sighting: sighting, at: slot)
        case .numbered, .newStem, .newPrefix:
            preconditionFailure("only a hashed id has a place in the hash table")
        }
        return true
    }

    /// Moves every numbered id, with its sighting, to the hash table, where
    /// every id goes from now on. When the ids take less room than their
    /// pages (scattered numbers), they are listed and the pages freed before
    /// the table is built, so that the two are never held at once.
    private mutating func moveNumberedIDsToTheHashTable() {
        var moving = numbered
        numbered = NumberedIDPages()
        keepsNumberedIDs = false
        var listed: [(key: NumberedIDPages.Key, sighting: UInt32)] = []
        if moving.count * MemoryLayout<(NumberedIDPages.Key, UInt32)>.stride < moving.pageCount * NumberedIDPages.pageBytes {
            listed.reserveCapacity(moving.count)
            moving.forEach { listed.append(($0, $1)) }
            moving.releasePages()
        }
        reserveHashTable(max(expectedCount, count))
        var bytes: [UInt8] = []
        func move(_ key: NumberedIDPages.Key, _ sighting: UInt32) {
            bytes.removeAll(keepingCapacity: true)
            moving.append(key, to: &bytes)
            bytes.withUnsafeBufferPointer { id in
                var hashed = self.key(of: id)
                if case .newPrefix(let length) = hashed {
                    addPrefix(UnsafeBufferPointer(rebasing: id[..<length]))
                    hashed = self.key(of: id)
                }
                if case .free(let partition, let slot) = placeHashed(id, hashed) {
                    _ = storeHashed(id, hashed, sighting: sighting, partition: partition, slot: slot)
                }
            }
        }
        if listed.isEmpty {
            moving.forEach { move($0, $1) }
        } else {
            for (key, sighting) in listed { move(key, sighting) }
        }
    }

    /// True when `id` is in the set.
    func contains(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = key(of: id)
        if case .numbered(let key) = key {
            return numbered.existingSlot(for: key).map { numbered.sighting(at: $0) != 0 } ?? false
        }
        guard !partitions.isEmpty else { return false }
        switch key {
        case .word(let word, let hash):
            if case .found = partitions[IdentifierSet.partition(hash)].probe(hash: hash, matches: { $0 == word }) { return true }
        case .long(let hash):
            let probe = partitions[IdentifierSet.partition(hash)].probe(hash: hash, matches: { isLong($0, hash: hash, holding: id) })
            if case .found = probe { return true }
        case .numbered, .newPrefix, .newStem:
            break
        }
        return false
    }

    /// True when `other` holds an id that this set holds too.
    ///
    /// An id hashes the same in both sets, so each of `other`'s partitions is
    /// checked against the same partition here, which stays in the cache. A
    /// packed id is checked by its word, its prefix number translated to this
    /// set's; only arena ids, and prefixes this set could not number, are
    /// rebuilt as bytes. With many ids (two threads' halves of a big file) the
    /// upper half of the partitions is checked on a thread of its own
    /// (`parallelFrom`: the ids both sets need for that; tests lower it).
    func sharesAnID(with other: IdentifierSet, parallelFrom threshold: Int = IdentifierSet.parallelCheckThreshold) -> Bool {
        guard count > 0, other.count > 0 else { return false }
        if sharesANumberedID(with: other) { return true }
        guard !partitions.isEmpty, !other.partitions.isEmpty else { return false }
        let prefixNumbers: [Int?] = (0..<other.prefixes.count).map { number in
            other.prefixes.bytes(of: number).withUnsafeBufferPointer { prefixes.find($0) }
        }
        let everyPartition = other.partitions.indices
        guard min(count, other.count) >= threshold else {
            return sharesAnID(with: other, in: everyPartition, prefixNumbers: prefixNumbers) { false }
        }
        let middle = everyPartition.lowerBound + everyPartition.count / 2
        let upper = BackgroundJob { [self] job in
            sharesAnID(with: other, in: middle..<everyPartition.upperBound, prefixNumbers: prefixNumbers) { job.isCancelled }
        }
        let inLower = sharesAnID(with: other, in: everyPartition.lowerBound..<middle, prefixNumbers: prefixNumbers) { false }
        if inLower { upper.cancel() }
        let inUpper = upper.wait()
        return inLower || inUpper
    }

    /// True when an id that one of the sets keeps by its number is in the other.
    private func sharesANumberedID(with other: IdentifierSet) -> Bool {
        switch (keepsNumberedIDs, other.keepsNumberedIDs) {
        case (true, true) where numbered.hasRoomForStems && other.numbered.hasRoomForStems:
            // Each set numbered every stem it saw, so each keeps all its ids
            // that end in a number by number: page against page.
            let stemNumbers = (0...numbered.stemCount).map { other.numbered.stemNumber(numbered.stemBytes($0)) }
            return numbered.sharesAnID(with: other.numbered, stemNumbers: stemNumbers)
        case (true, true):
            // A full stem table sent some of one set's numbered ids to its hash
            // table: each set's numbered ids are looked for in the other, wherever it keeps them.
            return numbered.containsAnID { other.contains($0) } || other.numbered.containsAnID { contains($0) }
        case (true, false):
            return numbered.containsAnID { other.contains($0) }
        case (false, true):
            return other.numbered.containsAnID { contains($0) }
        case (false, false):
            return false  // every id of both is in their hash tables
        }
    }

    /// Ids in both sets from which the overlap check gets a thread of its own
    /// (below it the thread costs more than it saves).
    static let parallelCheckThreshold = 1 << 18

    /// `sharesAnID` over `other`'s partitions in `range`; stops early, false,
    /// once `stop` says so between partitions.
    private func sharesAnID(with other: IdentifierSet, in range: Range<Int>, prefixNumbers: [Int?],
                            stop: () -> Bool) -> Bool {
        let prefixesFull = prefixes.count >= IdentifierSet.prefixLimit
        for partition in range {
            if stop() { return false }
            var shared = false
            let here = partitions[partition]
            other.partitions[partition].forEach { key, _ in
                guard !shared else { return }
                let prefix = key >> IDKey.nibbleBits
                let word: UInt64?  // the same id's word here
                switch prefix {
                case 0: word = nil  // an arena id
                case 1: word = key  // no prefix
                default: word = prefixNumbers[Int(prefix) - 2].map { UInt64($0 + 2) << IDKey.nibbleBits | key & IDKey.nibbleMask }
                }
                if let word {
                    let hash = other.hash(ofKey: key)
                    if case .found = here.probe(hash: hash, matches: { $0 == word }) { shared = true }
                } else if prefix == 0 || prefixesFull {
                    // An arena id, or a prefix that may have been too many here: compare bytes.
                    shared = other.withBytes(ofKey: key) { contains($0) }
                }  // else a prefix this set never saw and could have numbered: the id is not here
            }
            if shared { return true }
        }
        return false
    }

    /// Adds every id of `other` (none of which may be here), its lines moved by
    /// `lineOffset`, emptying `other` as it goes (partition by partition).
    mutating func absorb(_ other: inout IdentifierSet, lineOffset: Int) {
        let otherNumbered = other.numbered, otherSightings = other.sightings
        other.numbered = NumberedIDPages()
        // The other's stems, numbered here (nil: kept here by hash, or no room).
        let stemNumbers: [Int?] = (0...otherNumbered.stemCount).map { stem in
            let bytes = otherNumbered.stemBytes(stem)
            if let number = numbered.stemNumber(bytes) { return number }
            guard keepsNumberedIDs, numbered.hasRoomForStems else { return nil }
            bytes.withUnsafeBufferPointer { numbered.addStem($0) }
            return numbered.stemNumber(bytes)
        }
        var bytes: [UInt8] = []
        otherNumbered.forEach { key, number in
            let sighting = otherSightings.sighting(number)
            if keepsNumberedIDs, let stem = stemNumbers[key.stem] {
                let here = NumberedIDPages.Key(stem: stem, digits: key.digits, number: key.number)
                _ = insert(numbered: here, file: sighting.file, line: sighting.line + lineOffset)
            } else {
                bytes.removeAll(keepingCapacity: true)
                otherNumbered.append(key, to: &bytes)
                _ = bytes.withUnsafeBufferPointer { insert($0, file: sighting.file, line: sighting.line + lineOffset) }
            }
        }
        if !other.partitions.isEmpty {
            makePartitions()
            for partition in other.partitions.indices {
                make(partition, holdAtLeast: partitions[partition].count + other.partitions[partition].count)
                other.forEachID(inPartition: partition) { id, sighting in
                    id.withUnsafeBufferPointer { _ = insert($0, file: sighting.file, line: sighting.line + lineOffset) }
                }
                other.partitions[partition] = IDPartition()
            }
        }
        other = IdentifierSet(hashing: hashing, usesNumberPages: other.keepsNumberedIDs)
    }

    /// Makes room for `count` ids in all without growing on the way (each
    /// growth re-hashes a partition's ids): for a reader that can tell how
    /// many are coming. While ids are kept by number, the hash table is sized
    /// only once it is needed for most of them (`makePartitions`).
    mutating func reserve(_ count: Int) {
        expectedCount = max(expectedCount, count)
        if keepsNumberedIDs { numbered.reserve(ids: count) } else { reserveHashTable(count) }
    }

    /// Creates the hash table's partitions, when there are none yet: sized
    /// for the ids expected when no id was kept by number so far (the
    /// register's ids are not numbered), else left to grow.
    private mutating func makePartitions() {
        guard partitions.isEmpty else { return }
        partitions = Array(repeating: IDPartition(), count: IdentifierSet.partitionCount)
        if !keepsNumberedIDs || numbered.count == 0 { reserveHashTable(expectedCount) }
    }

    private mutating func reserveHashTable(_ count: Int) {
        makePartitions()
        let share = count / IdentifierSet.partitionCount
        var spread = 1  // three standard deviations of a partition's share
        while spread * spread < 9 * share { spread += 1 }
        for partition in partitions.indices { make(partition, holdAtLeast: share + spread + 8) }
    }

    // MARK: Keys

    private func key(of id: UnsafeBufferPointer<UInt8>) -> Key {
        if keepsNumberedIDs, let split = NumberedIDPages.split(id) {
            if let key = numbered.key(of: id, split) { return .numbered(key) }
            if numbered.hasRoomForStems { return .newStem(length: split.stemLength) }
        }
        // A suffix longer than a word holds lends its first characters to the
        // prefix (`VN-2015-10000000`: prefix `VN-`), so long numbers still pack.
        let prefixLength = max(IDKey.prefixLength(id), id.count - IDKey.suffixLimit)
        if prefixLength <= IdentifierSet.prefixLengthLimit {
            let packed = IDKey.packed(id, from: prefixLength)
            if prefixLength == 0 {
                return .word(1 << IDKey.nibbleBits | packed, hash: weakened(IDKey.hash(prefixHash: 0, packed: packed)))
            }
            if let number = prefixes.find(UnsafeBufferPointer(rebasing: id[..<prefixLength])) {
                let hash = IDKey.hash(prefixHash: prefixHashes[number], packed: packed)
                return .word(UInt64(number + 2) << IDKey.nibbleBits | packed, hash: weakened(hash))
            }
            if prefixes.count < IdentifierSet.prefixLimit { return .newPrefix(length: prefixLength) }
        }
        return .long(hash: weakened(ByteHash.of(UnsafeRawBufferPointer(id))))
    }

    @inline(__always)
    private func weakened(_ hash: UInt64) -> UInt64 {
        switch hashing {
        case .standard: hash
        case .weak: hash & 3
        }
    }

    /// True when a slot's key is the arena id `id` of hash `hash`.
    @inline(__always)
    private func isLong(_ key: UInt64, hash: UInt64, holding id: UnsafeBufferPointer<UInt8>) -> Bool {
        key >> 40 == IdentifierSet.tag(hash) && arena.holds(id, at: key & IdentifierSet.offsetMask)
    }

    /// Twelve bits of the hash for an arena id's slot; its top 12 bits stay 0.
    private static func tag(_ hash: UInt64) -> UInt64 { (hash >> 4) & 0xFFF }

    @inline(__always)
    private static func partition(_ hash: UInt64) -> Int { Int(hash >> (64 - partitionBits)) }

    /// The hash of a stored key, as `key(of:)` gave it.
    private func hash(ofKey key: UInt64) -> UInt64 {
        let prefix = key >> IDKey.nibbleBits
        if prefix == 0 {
            return arena.withID(at: key & IdentifierSet.offsetMask) { weakened(ByteHash.of(UnsafeRawBufferPointer($0))) }
        }
        let prefixHash = prefix == 1 ? 0 : prefixHashes[Int(prefix) - 2]
        return weakened(IDKey.hash(prefixHash: prefixHash, packed: key & IDKey.nibbleMask))
    }

    /// Calls `body` with the bytes and sighting of each id of a partition.
    private func forEachID(inPartition partition: Int, _ body: ([UInt8], Sighting) -> Void) {
        var bytes: [UInt8] = []
        partitions[partition].forEach { key, number in
            bytes.removeAll(keepingCapacity: true)
            append(key, to: &bytes)
            body(bytes, sightings.sighting(number))
        }
    }

    /// Calls `body` with the bytes of the id a stored key stands for.
    private func withBytes<Result>(ofKey key: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var bytes: [UInt8] = []
        append(key, to: &bytes)
        return bytes.withUnsafeBufferPointer(body)
    }

    /// Appends the bytes of the id a stored key stands for.
    private func append(_ key: UInt64, to bytes: inout [UInt8]) {
        let prefix = key >> IDKey.nibbleBits
        if prefix == 0 {
            arena.withID(at: key & IdentifierSet.offsetMask) { bytes.append(contentsOf: $0) }
        } else {
            if prefix > 1 { bytes.append(contentsOf: prefixes.bytes(of: Int(prefix) - 2)) }
            IDKey.unpack(key, into: &bytes)
        }
    }

    // MARK: Growth

    private mutating func grow(_ partition: Int) {
        resize(partition, to: max(16, partitions[partition].capacity * 3 / 2))
    }

    /// Grows a partition so that `count` keys fill it to 80 % at most.
    private mutating func make(_ partition: Int, holdAtLeast count: Int) {
        let size = count * 5 / 4 + 1
        if size > partitions[partition].capacity { resize(partition, to: size) }
    }

    private mutating func resize(_ partition: Int, to size: Int) {
        let resized = partitions[partition].resized(to: size) { hash(ofKey: $0) }
        partitions[partition] = resized
    }
}
