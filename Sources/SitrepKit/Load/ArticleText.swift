import Crypto
import Foundation

/// Article text decoded from bytes, with what had to be repaired on the way.
public struct ArticleText: Sendable, Hashable {
  /// The largest single article file `load` reads (16 MiB): news articles are kilobytes, and a
  /// bigger file is a corpus to split, not one article.
  public static let maximumBytes = 16 << 20

  public var text: String
  public var notes: [String]

  /// Why a file is not an article at all (`load` refuses it rather than load nonsense).
  public enum Refusal: Sendable, Equatable, CustomStringConvertible {
    /// No bytes, or only a byte-order mark and blank space.
    case empty
    /// NUL bytes, or mostly control characters and invalid UTF-8, near the start.
    case binary

    /// The end of the message after the file's quoted name: `'x.txt' is empty`.
    public var description: String {
      switch self {
      case .empty: "is empty"
      case .binary: "is binary, not text"
      }
    }
  }

  /// Whether `bytes` are no article at all: empty, or binary (judged on the first 8 KiB, as
  /// git and grep do: any NUL byte, or more than 30% control characters and invalid UTF-8).
  /// UTF-16 with a byte-order mark is text.
  public static func refusal(of bytes: [UInt8]) -> Refusal? {
    if ArticleText.utf16ByteOrder(bytes) != nil { return bytes.count > 2 ? nil : .empty }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    let isBlank: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
    if body.allSatisfy(isBlank) { return .empty }
    let sample = Array(body.prefix(8192))
    if sample.contains(0) { return .binary }
    let controls = sample.count { ($0 < 0x20 && !isBlank($0) && $0 != 0x1B) || $0 == 0x7F }
    let suspicious = controls + ArticleText.invalidSequences(in: sample)
    return suspicious * 10 > sample.count * 3 ? .binary : nil
  }

  /// Decodes UTF-8 (a leading byte-order mark dropped), or UTF-16 when it starts with a BOM.
  /// Invalid UTF-8 sequences become U+FFFD and are counted in `notes`; so does a last odd byte
  /// of UTF-16, which is no whole code unit.
  public init(bytes: [UInt8]) {
    notes = []
    if let littleEndian = ArticleText.utf16ByteOrder(bytes) {
      let pairs = (bytes.count - 2) / 2
      let units = (0..<pairs).map { i -> UInt16 in
        let (first, second) = (UInt16(bytes[2 + 2 * i]), UInt16(bytes[3 + 2 * i]))
        return littleEndian ? second << 8 | first : first << 8 | second
      }
      text = String(decoding: units, as: UTF16.self)
      notes.append("decoded from UTF-16")
      if bytes.count % 2 == 1 {
        text.append("\u{FFFD}")
        notes.append("an odd number of bytes for UTF-16: the last byte replaced with U+FFFD")
      }
      return
    }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    if let valid = String(validating: body, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: body, as: UTF8.self)
      let invalid = ArticleText.invalidSequences(in: body)
      notes.append("\(invalid) invalid UTF-8 sequence\(invalid == 1 ? "" : "s") replaced with U+FFFD")
    }
    if text.utf8.contains(0) {
      text = String(text.map { $0 == "\0" ? " " : $0 })
      notes.append("NUL bytes replaced with spaces")
    }
  }

  /// The text's title: its first non-blank line, trimmed (at most 200 characters). Looks only
  /// at the start of the text, so a 200 MB file with no newline costs no more than a short one.
  public var title: String { ArticleText.title(of: text) }

  /// The title of any text: its first non-blank line, trimmed, at most 200 characters.
  public static func title(of text: String) -> String {
    var line = ""
    for c in text.prefix(4096) {
      if c.isNewline {
        if !line.allSatisfy(\.isWhitespace) { break }
        line = ""
        continue
      }
      if line.count < 1000 { line.append(c) }
    }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? "(untitled)" : String(trimmed.prefix(200))
  }

  /// Hex SHA-256 of the text's UTF-8 bytes.
  public static func sha256(_ text: String) -> String {
    SHA256.hash(data: Data(text.utf8)).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// Whether `bytes` start with a UTF-16 byte-order mark: true for little-endian (FF FE), false
  /// for big-endian (FE FF), nil for none.
  static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
    guard bytes.count >= 2 else { return nil }
    if bytes[0] == 0xFF && bytes[1] == 0xFE { return true }
    if bytes[0] == 0xFE && bytes[1] == 0xFF { return false }
    return nil
  }

  /// How many maximal invalid subsequences `bytes` holds (each became one U+FFFD).
  static func invalidSequences(in bytes: [UInt8]) -> Int {
    var count = 0
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: break loop
      case .error: count += 1
      }
    }
    return count
  }
}
