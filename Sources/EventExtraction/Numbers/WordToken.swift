/// One word, number or punctuation mark of a sentence, found by ``WordTokenizer``.
///
/// `start`/`end` are byte offsets into the sentence text; `lower` is the token lowercased
/// (ASCII only), which is what lexicons match against.
struct WordToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// Letters (and any non-ASCII bytes), with inner apostrophes: `Doctors`, `Ra'ad`.
    case word
    /// Digits with inner `,` or `.` separators: `12`, `1,200`, `2.5`.
    case digits
    /// Any other single byte: `,`, `-`, `(`, `%`, `$`.
    case punctuation
  }

  var kind: Kind
  var start: Int
  var end: Int
  var lower: String
  /// FNV-1a hash of `lower`'s bytes: the key lexicon tables are probed with.
  var hash: UInt64
  /// The last four bytes of `lower`, packed big-endian (suffix tests without a String).
  var tail: UInt32
  /// Whether the first byte is an ASCII capital letter.
  var isCapitalized: Bool
  /// What the casualty lexicons say about the word; filled in by `CasualtyContext`.
  var classes: WordClass = []

  var isWord: Bool { kind == .word }
  var isDigits: Bool { kind == .digits }
  var isPunctuation: Bool { kind == .punctuation }
}
