/// Integer keys for words: FNV-1a over ASCII-lower-cased UTF-8 bytes.
///
/// Swift's `String` hashing normalises Unicode and is slow on hot paths; lexicons and word sets
/// look words up by this key instead.
enum WordKey {
  /// FNV-1a's 64-bit offset basis and prime: every word hash in the extractor is made from
  /// these, and tokens and words must agree on them.
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// The key of a word's bytes (lower-cased as it hashes).
  static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
    var h = offset
    for b in bytes {
      h ^= UInt64(ASCIIBytes.lowered(b))
      h &*= prime
    }
    return Int(bitPattern: UInt(truncatingIfNeeded: h))
  }

  /// The key of a one-byte token (``hash(_:)`` of `[byte]`, for a byte that is no capital).
  @inline(__always)
  static func ofByte(_ byte: UInt8) -> Int {
    Int(
      bitPattern: UInt(
        truncatingIfNeeded: (offset ^ UInt64(byte)) &* prime))
  }

  /// The key of a word written as a string (its bytes read in place: iterating a `UTF8View`
  /// cost several times as much per byte).
  static func of(_ s: String) -> Int {
    var s = s
    return s.withUTF8 { hash($0) }
  }
}

/// A set of lower-case words, tested by ``Word/key``.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private let keys: KeyTable<Bool>

  init(_ words: [String]) {
    var keys = KeyTable<Bool>(minimumCapacity: words.count)
    for w in words { keys[WordKey.of(w)] = true }
    self.keys = keys
  }

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  func contains(_ word: Word) -> Bool { keys.contains(word.key) }

  func contains(_ lower: String) -> Bool { keys.contains(WordKey.of(lower)) }
}
