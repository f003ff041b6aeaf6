import Foundation

/// Folds text so that spellings staff consider the same compare equal.
enum TextFolding {
    /// Lowercase, without diacritics (đ → d), without white space or underscores:
    /// `"Ngày sinh"`, `"ngay_sinh"` and `"NGÀY  SINH"` all give `"ngaysinh"`.
    static func headerKey(_ text: String) -> String {
        asciiHeaderKey(text) ?? unicodeHeaderKey(text)
    }

    /// `headerKey` by Unicode properties and canonical decomposition: any text.
    static func unicodeHeaderKey(_ text: String) -> String {
        String(String.UnicodeScalarView(baseLetters(of: text).filter {
            !$0.properties.isWhitespace && $0 != "_"
        }))
    }

    /// `headerKey` of an ASCII text, byte by byte (ASCII has no marks, no
    /// format characters and no decomposition: the same key, without the
    /// Unicode tables); nil for any other text. The header search folds every
    /// line it tries, whole lines of data rows included.
    static func asciiHeaderKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                switch byte {
                case 0x09...0x0D, 0x20, UInt8(ascii: "_"): continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte | 0x20)
                default: key.append(byte)
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// Lowercase, without diacritics, trimmed, runs of white space folded to one
    /// space: `" Con  Gái "` gives `"con gai"`.
    static func wordKey(_ text: String) -> String {
        collapsingWhitespace(String(String.UnicodeScalarView(baseLetters(of: text))))
    }

    /// NFC, trimmed, runs of white space folded to one space, format characters
    /// (zero-width spaces, byte-order marks, bidi controls) dropped; case and
    /// diacritics kept.
    static func tidy(_ text: String) -> String {
        collapsingWhitespace(text.precomposedStringWithCanonicalMapping)
    }

    /// Lowercased scalars with combining marks removed and đ/Đ mapped to d.
    private static func baseLetters(of text: String) -> [Unicode.Scalar] {
        text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.compactMap { scalar in
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .format { return nil }
            if scalar == "\u{0111}" { return "d" }
            return scalar
        }
    }

    private static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .format { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
