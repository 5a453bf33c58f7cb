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

/// A set of lower-case words, tested by ``Word/key`` and then confirmed by string: answers are
/// exactly those of the `Set<String>` it replaced, even for a word whose key collides with a
/// member's (a 64-bit FNV-1a key is not unique).
///
/// A miss (most look-ups) costs one probe; a hit also compares the strings, which for the short
/// ASCII words of a lexicon is a comparison of two small strings' raw bits.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  /// Each member by its key.
  private let members: KeyTable<String>

  /// - Precondition: no two of `words` share a key (the words are the extractor's own lists).
  init(_ words: [String]) {
    var members = KeyTable<String>(minimumCapacity: words.count)
    for w in words {
      let key = WordKey.of(w)
      precondition(members[key] == nil || members[key] == w, "two words share a key")
      members[key] = w
    }
    self.members = members
  }

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  /// Whether `word`'s lower case is a member, found by its ``Word/key``.
  func contains(_ word: Word) -> Bool { members[word.key] == word.lower }

  /// Whether `token`'s lower case is a member, found by its ``WordToken/hash`` (the same
  /// FNV-1a key as ``Word/key``).
  func contains(_ token: WordToken) -> Bool {
    members[Int(bitPattern: UInt(truncatingIfNeeded: token.hash))] == token.lower
  }

  /// Whether `lower` is a member (hashed here: prefer a ``Word`` or ``WordToken``, which carry
  /// their key).
  func contains(_ lower: String) -> Bool { members[WordKey.of(lower)] == lower }
}
