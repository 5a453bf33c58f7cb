import Crypto
import Foundation

/// Article text decoded from bytes, with what had to be repaired on the way.
public struct ArticleText: Sendable, Hashable {
  /// The largest single article file `load` reads (16 MiB): news articles are kilobytes, and a
  /// bigger file is a corpus to split, not one article.
  public static let maximumBytes = 16 << 20

  public var text: String
  public var notes: [String]

  /// Decodes UTF-8 (a leading byte-order mark dropped), or UTF-16 when it starts with a BOM.
  /// Invalid UTF-8 sequences become U+FFFD and are counted in `notes`.
  public init(bytes: [UInt8]) {
    notes = []
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF),
      let decoded = String(data: Data(bytes), encoding: .utf16)
    {
      text = decoded
      notes.append("decoded from UTF-16")
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
