/// One token of a sentence: a word (letters, digits, inner hyphens and apostrophes) or one
/// punctuation mark.
public struct Word: Sendable, Hashable {
  /// Sentence-local byte range in `Sentence.text`.
  public var start: Int
  public var end: Int
  /// The token as written.
  public var text: String
  /// The token in ASCII lower case.
  public var lower: String
  /// A hash of `lower` (FNV-1a), for fast lexicon look-ups; see ``WordKey``.
  public var key: Int
  /// Which of the first 64 bytes are ASCII capitals (bit `k` for byte `k`): with ``key`` and
  /// the length it tells whether two tokens are written alike, without comparing strings.
  var caseMask: UInt64 = 0
  // The flags last, side by side: 72 bytes a word, not 80 (words are copied a great deal).
  /// Whether the token is a word (not punctuation).
  public var isWord: Bool
  /// Whether the word begins with a capital letter (or a non-ASCII letter).
  public var isCapitalized: Bool
  /// Whether the token ends in a possessive `'s` (as `text.hasSuffix("'s")`).
  public var isPossessive: Bool
  /// Whether the token's first byte is an ASCII digit (as `text.utf8.first` in `0`...`9`), read
  /// where the word is made: `text.utf8.first` was an out-of-line call per word of every sentence
  /// for the date rule. Still 72 bytes a word.
  var startsWithDigit: Bool

  public var span: TextSpan { TextSpan(start: start, end: end) }

  /// Whether the token is the punctuation mark `mark` (as `text == String(UnicodeScalar(mark))`
  /// for an ASCII `mark`), read from the key without comparing strings: a punctuation token is
  /// one byte, and FNV-1a keys of distinct single bytes differ.
  @inline(__always)
  func isMark(_ mark: UInt8) -> Bool {
    !isWord && key == WordKey.ofByte(mark)
  }
}

/// Splits normalised sentence text into ``Word``s by scanning its bytes.
public enum WordScanner {
  /// Tokenises `text`.
  ///
  /// - Parameter text: normalised sentence text.
  /// - Returns: its words and punctuation marks in order; spaces yield none.
  public static func words(_ text: String) -> [Word] {
    var text = text
    return text.withUTF8 { t in
      var words: [Word] = []
      words.reserveCapacity(t.count / 5)
      scan(t) { i, j, isWord in words.append(make(t, i, j, isWord: isWord)) }
      return words
    }
  }

  /// Calls `body(start, end, isWord)` for each token of `t` in order: the token boundaries of
  /// ``words(_:)`` without building a ``Word`` (lexicons read many names at start-up this way).
  @inline(__always)
  static func scan(_ t: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Bool) -> Void) {
    var i = 0
    while i < t.count {
      let c = t[i]
      if c == 0x20 {
        i += 1
        continue
      }
      if isWordByte(c) {
        var j = i + 1
        while j < t.count {
          if isWordByte(t[j]) {
            j += 1
          } else if t[j] == 0x2D || t[j] == 0x27 || t[j] == 0x2E || t[j] == 0x2C, j + 1 < t.count,
            isWordByte(t[j + 1]), t[j] != 0x2E || isUpperOrDigit(t[j - 1]),
            t[j] != 0x2C || (isDigit(t[j - 1]) && isDigit(t[j + 1]))
          {
            j += 2  // al-Sakhour, Ra'ad, U.N, 2.5, 1,200
          } else {
            break
          }
        }
        // Keep a final period of a dotted acronym ("U.N.") inside the word.
        if j < t.count, t[j] == 0x2E, j - i >= 3, t[j - 2] == 0x2E { j += 1 }
        body(i, j, true)
        i = j
      } else {
        let w = c < 0x80 ? 1 : TextNormalizer.utf8Width(c, remaining: t.count - i)
        body(i, i + w, false)
        i += w
      }
    }
  }

  /// Whether a token starting with byte `first` counts as capitalised (``Word/isCapitalized``).
  @inline(__always)
  static func isCapitalized(first: UInt8, isWord: Bool) -> Bool {
    isWord && (ASCIIBytes.isCapital(first) || first >= 0xC0)
  }

  // Inlined into ``words(_:)``: since the string helpers moved to ``ASCIIBytes`` the optimiser
  // no longer inlined it, which cost 0.3% of extraction's instructions.
  @inline(__always)
  private static func make(
    _ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, isWord: Bool
  ) -> Word {
    // One-byte tokens (punctuation, "a", "5") come ready-made; others are copied with one
    // `memcpy` into a new string's own buffer (``ASCIIBytes/string(_:_:)``).
    let text = j - i == 1 && t[i] < 0x80 ? oneByteTexts[Int(t[i])] : ASCIIBytes.string(t, i..<j)
    // One pass for the key (``WordKey/hash(_:)``) and whether any letter is a capital.
    var key = WordKey.offset
    var hasCapital = false
    var caseMask: UInt64 = 0
    for k in i..<j {
      let b = t[k]
      let capital = ASCIIBytes.isCapital(b)
      hasCapital = hasCapital || capital
      if capital, k - i < 64 { caseMask |= 1 << UInt64(k - i) }
      key ^= UInt64(capital ? b | 0x20 : b)
      key &*= WordKey.prime
    }
    // Lower-case in place of a copy; most words have at most a first capital.
    let lower = hasCapital ? ASCIIBytes.lowercased(t, i..<j) : text
    return Word(
      start: i, end: j, text: text, lower: lower,
      key: Int(bitPattern: UInt(truncatingIfNeeded: key)), caseMask: caseMask, isWord: isWord,
      isCapitalized: isCapitalized(first: t[i], isWord: isWord),
      isPossessive: j - i >= 2 && t[j - 1] == 0x73 && t[j - 2] == 0x27,
      startsWithDigit: isDigit(t[i]))
  }

  /// The string of each one-byte ASCII token, by its byte.
  private static let oneByteTexts: [String] = (0..<128).map {
    String(decoding: [UInt8($0)], as: UTF8.self)
  }

  /// A token's ``Word/key`` and ``Word/caseMask`` in one pass over `t[i..<j]` (as ``words(_:)``
  /// computes them): lexicons read 1.3 MB of gazetteer names at start-up, and hashing then
  /// masking the bytes in two passes cost twice the loads and loop checks.
  @inline(__always)
  static func keyAndCaseMask(
    _ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int
  ) -> (key: Int, mask: UInt64) {
    var key = WordKey.offset
    var mask: UInt64 = 0
    for k in i..<j {
      let b = t[k]
      let capital = ASCIIBytes.isCapital(b)
      if capital, k - i < 64 { mask |= 1 << UInt64(k - i) }
      key ^= UInt64(capital ? b | 0x20 : b)
      key &*= WordKey.prime
    }
    return (Int(bitPattern: UInt(truncatingIfNeeded: key)), mask)
  }

  static func isWordByte(_ b: UInt8) -> Bool {
    (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b >= 0x80
  }

  private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }

  private static func isUpperOrDigit(_ b: UInt8) -> Bool {
    ASCIIBytes.isCapital(b) || isDigit(b)
  }
}
