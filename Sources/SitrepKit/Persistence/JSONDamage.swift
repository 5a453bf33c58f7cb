/// Where a JSON document stops being JSON: Foundation's decoder only says "not valid JSON",
/// so a damaged session file is scanned again to tell the analyst where the damage is.
public struct JSONDamage: Sendable, Hashable, Error {
  /// 1-based line.
  public var line: Int
  /// 1-based column, in bytes of the line.
  public var column: Int
  /// 0-based byte offset into the file.
  public var offset: Int
  /// What was wrong there (`unexpected end of file`, `expected ',' or ']'`).
  public var problem: String

  /// `line 12, column 5 (byte 301): unexpected end of file`.
  public var description: String { "line \(line), column \(column) (byte \(offset)): \(problem)" }

  /// The first syntax error in `bytes`, or nil when they are one well-formed JSON value.
  public static func locate(in bytes: [UInt8]) -> JSONDamage? {
    bytes.withUnsafeBufferPointer { locate(in: $0) }
  }

  /// The first syntax error in `bytes` (a mapped file), or nil when they are one JSON value.
  static func locate(in bytes: UnsafeBufferPointer<UInt8>) -> JSONDamage? {
    var scanner = Scanner(bytes: bytes)
    do throws(JSONDamage) {
      scanner.skipSpace()
      try scanner.value(depth: 0)
      scanner.skipSpace()
      if scanner.index < bytes.count {
        throw scanner.damage("unexpected text after the end of the document")
      }
      return nil
    } catch {
      return error
    }
  }

  /// The damage at byte `offset` of `bytes`, with its line and column counted.
  static func at(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, problem: String)
    -> JSONDamage
  {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    let problem =
      offset >= bytes.count ? "unexpected end of file (the file is truncated)" : problem
    return JSONDamage(line: line, column: offset - lineStart + 1, offset: offset, problem: problem)
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    func damage(_ problem: String) -> JSONDamage {
      JSONDamage.at(index, in: bytes, problem: problem)
    }

    mutating func skipSpace() {
      while index < bytes.count,
        bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
      {
        index += 1
      }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONDamage) {
      skipSpace()
      guard index < bytes.count, bytes[index] == byte else { throw damage("expected \(what)") }
      index += 1
    }

    mutating func value(depth: Int) throws(JSONDamage) {
      skipSpace()
      guard index < bytes.count else { throw damage("") }
      guard depth < 512 else { throw damage("nested too deeply") }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
          index += 1
          return
        }
        while true {
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw damage("expected a quoted key")
          }
          try string()
          try expect(UInt8(ascii: ":"), "':' after a key")
          try value(depth: depth + 1)
          skipSpace()
          guard index < bytes.count else { throw damage("") }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            continue
          }
          if bytes[index] == UInt8(ascii: "}") {
            index += 1
            return
          }
          throw damage("expected ',' or '}'")
        }
      case UInt8(ascii: "["):
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          index += 1
          return
        }
        while true {
          try value(depth: depth + 1)
          skipSpace()
          guard index < bytes.count else { throw damage("") }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            continue
          }
          if bytes[index] == UInt8(ascii: "]") {
            index += 1
            return
          }
          throw damage("expected ',' or ']'")
        }
      case UInt8(ascii: "\""): try string()
      case UInt8(ascii: "t"): try word("true")
      case UInt8(ascii: "f"): try word("false")
      case UInt8(ascii: "n"): try word("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      default: throw damage("expected a value")
      }
    }

    mutating func string() throws(JSONDamage) {
      index += 1
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return
        }
        if byte < 0x20 { throw damage("control character inside a string") }
        index += byte == UInt8(ascii: "\\") ? 2 : 1
      }
      throw damage("")
    }

    mutating func word(_ text: String) throws(JSONDamage) {
      for expected in text.utf8 {
        guard index < bytes.count else { throw damage("") }
        guard bytes[index] == expected else { throw damage("expected '\(text)'") }
        index += 1
      }
    }

    mutating func number() throws(JSONDamage) {
      let start = index
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      while index < bytes.count,
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
          || [
            UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"),
            UInt8(ascii: "-"),
          ]
          .contains(bytes[index])
      {
        index += 1
      }
      if index == start + 1, bytes[start] == UInt8(ascii: "-") { throw damage("expected a digit") }
    }
  }
}
