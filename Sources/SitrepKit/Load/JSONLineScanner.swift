import EventExtraction

/// The syntax pass of ``CorpusLineParser``: checks one line of JSON the way Foundation's
/// `JSONDecoder` scans it, and notes where each field a ``CorpusRecord`` reads is.
///
/// Lenient exactly where `JSONDecoder` is (see ``CorpusLineParser``); strings are only skipped
/// here, and decoded later if a field reads them.
struct JSONLineScanner {
  /// `JSONDecoder`'s limit: the line's object counts as the first level.
  static let maximumDepth = 512

  typealias Slot = CorpusLineParser.Slot
  typealias Failure = CorpusLineParser.Failure

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The six fields' slots (``CorpusLineParser/Field`` order), or why the line is no record.
  mutating func scanLine() -> Result<[Slot], Failure> {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    skipSpace()
    var slots = [Slot](repeating: .absent, count: CorpusLineParser.Field.allCases.count)
    if peek == UInt8(ascii: "{") {
      guard scanTopObject(&slots) else { return .failure(.notJSONObject) }
      skipSpace()
      return i == bytes.count ? .success(slots) : .failure(.notJSONObject)
    }
    // Valid JSON but not an object: `JSONDecoder` calls that a type mismatch at the top.
    guard let slot = scanValue(depth: 0) else { return .failure(.notJSONObject) }
    skipSpace()
    guard i == bytes.count, slot != .null else { return .failure(.notJSONObject) }
    return .failure(.wrongType(""))
  }

  private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

  private mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D: i += 1
      default: return
      }
    }
  }

  /// The line's object, whose keys are decoded strictly and matched against the fields.
  private mutating func scanTopObject(_ slots: inout [Slot]) -> Bool {
    i += 1
    skipSpace()
    if peek == UInt8(ascii: "}") {
      i += 1
      return true
    }
    while true {
      guard peek == UInt8(ascii: "\""), let (keyStart, keyEnd) = skipString() else { return false }
      guard let field = field(named: keyStart..<keyEnd) else { return false }
      skipSpace()
      guard peek == UInt8(ascii: ":") else { return false }
      i += 1
      skipSpace()
      guard let slot = scanValue(depth: 1) else { return false }
      if let field, slots[field.rawValue] == .absent { slots[field.rawValue] = slot }
      guard let end = endOfMember(closing: UInt8(ascii: "}")) else { return false }
      if end { return true }
    }
  }

  /// After a member or element: true at the closing bracket (a trailing comma allowed), false
  /// when another follows, nil for anything else.
  private mutating func endOfMember(closing: UInt8) -> Bool? {
    skipSpace()
    guard let b = peek else { return nil }
    if b == closing {
      i += 1
      return true
    }
    guard b == UInt8(ascii: ",") else { return nil }
    i += 1
    skipSpace()
    if peek == closing {
      i += 1
      return true
    }
    return false
  }

  /// The field a key names: `.some(nil)` for a key no field reads, nil for a key that does not
  /// decode (a bad escape or a raw control character).
  private func field(named range: Range<Int>) -> CorpusLineParser.Field?? {
    let raw = UnsafeBufferPointer(rebasing: bytes[range])
    if ASCIIBytes.firstJSONSpecial(in: raw, from: 0, quote: false, control: true) == raw.count {
      return CorpusLineParser.Field.allCases.first { $0.name.utf8.elementsEqual(raw) }
    }
    guard let key = CorpusLineParser.decodeString(bytes, range) else { return nil }
    return CorpusLineParser.Field.allCases.first { $0.name == key }
  }

  /// Skips a string at `i` (its opening quote) as `JSONDecoder` skips one: a backslash takes the
  /// next byte with it, `\u` the four after. The range between the quotes, nil if unterminated.
  private mutating func skipString() -> (Int, Int)? {
    let start = i + 1
    i = start
    while true {
      i = ASCIIBytes.firstJSONSpecial(in: bytes, from: i, quote: true, control: false)
      guard i < bytes.count else { return nil }
      if bytes[i] == 0x22 {
        i += 1
        return (start, i - 1)
      }
      i += i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "u") ? 6 : 2
    }
  }

  /// Skips one value at `i`, nested `depth` levels deep; nil for a syntax error.
  private mutating func scanValue(depth: Int) -> Slot? {
    guard let b = peek else { return nil }
    switch b {
    case UInt8(ascii: "\""):
      guard let (start, end) = skipString() else { return nil }
      return .string(start..<end)
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      guard depth < Self.maximumDepth, scanContainer(depth: depth + 1) else { return nil }
      return .other
    case UInt8(ascii: "t"): return skipLiteral("true") ? .other : nil
    case UInt8(ascii: "f"): return skipLiteral("false") ? .other : nil
    case UInt8(ascii: "n"): return skipLiteral("null") ? .null : nil
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      i += 1
      while let c = peek, Self.isNumberByte(c) { i += 1 }
      return .other
    default:
      return nil
    }
  }

  /// An object or array inside the line's object; keys are skipped like strings.
  private mutating func scanContainer(depth: Int) -> Bool {
    let isObject = bytes[i] == UInt8(ascii: "{")
    let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
    i += 1
    skipSpace()
    if peek == closing {
      i += 1
      return true
    }
    while true {
      if isObject {
        guard peek == UInt8(ascii: "\""), skipString() != nil else { return false }
        skipSpace()
        guard peek == UInt8(ascii: ":") else { return false }
        i += 1
        skipSpace()
      }
      guard scanValue(depth: depth) != nil else { return false }
      guard let end = endOfMember(closing: closing) else { return false }
      if end { return true }
    }
  }

  private mutating func skipLiteral(_ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { return false }
    let matches = word.withUTF8Buffer { $0.elementsEqual(bytes[i..<(i + n)]) }
    if matches { i += n }
    return matches
  }

  private static func isNumberByte(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"),
      UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
      true
    default: false
    }
  }
}
