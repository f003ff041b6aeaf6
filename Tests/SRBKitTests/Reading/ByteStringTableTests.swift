import Testing
@testable import SRBKit

extension Reading {
    @Suite struct ByteStringTableTests {
        /// Against a dictionary, on random strings of 0–40 bytes over a small
        /// alphabet (many share prefixes and suffixes; lengths on both sides of
        /// 8, 16, 24 and the 32 of a short key), through several growths.
        @Test func findsWhatADictionaryFinds() {
            var random = SplitMix64(seed: 77)
            var table = ByteStringTable()
            var numbers: [[UInt8]: Int] = [:]
            let alphabet: [UInt8] = [0, 32, 97, 98] + Array("ườ".utf8)
            for step in 0..<20_000 {
                let length = Int.random(in: 0...40, using: &random)
                let bytes = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
                let found = bytes.withUnsafeBufferPointer { table.find($0) }
                #expect(found == numbers[bytes], "step \(step): \(bytes)")
                if found == nil {
                    let number = bytes.withUnsafeBufferPointer { table.insert($0) }
                    #expect(number == numbers.count)
                    numbers[bytes] = number
                }
            }
            #expect(table.count == numbers.count)
            #expect(numbers.count > 1_000)  // the table grew many times
        }
    }
}
