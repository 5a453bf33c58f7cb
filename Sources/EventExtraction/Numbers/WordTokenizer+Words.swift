extension WordTokenizer {
  /// The tokens of `bytes` (``tokens(in:)-(UnsafeBufferPointer<UInt8>)``), read from the
  /// ``WordScanner`` words of the same text rather than from scratch.
  ///
  /// A scanner word is one token or more ("twenty-three" is three, "U.N." four): no token
  /// crosses a word's edge, since every byte that joins a token (a letter or digit, `'` before a
  /// letter, `,` or `.` between digits) also joins the scanner's word. So each word's bytes are
  /// tokenised on their own; a word that is a single token reuses the word's lower-case string
  /// and key instead of building them again.
  ///
  /// - Parameters:
  ///   - bytes: the text `words` were scanned from, or the same text lower-cased in ASCII (the
  ///     offsets are the same; capitals are read from `bytes`).
  ///   - words: `WordScanner.words` of that text.
  static func tokens(in bytes: UnsafeBufferPointer<UInt8>, words: [Word]) -> [WordToken] {
    var result: [WordToken] = []
    result.reserveCapacity(words.count + 4)
    for w in words {
      scan(bytes, from: w.start, to: w.end) { kind, start, end in
        guard start == w.start, end == w.end else {
          result.append(token(kind, bytes, start, end))
          return
        }
        var tail: UInt32 = 0
        for k in max(start, end - 4)..<end {
          let c = bytes[k]
          tail = tail << 8 | UInt32(ASCIIBytes.lowered(c))
        }
        let first = bytes[start]
        result.append(
          WordToken(
            kind: kind, start: start, end: end, lower: w.lower,
            hash: UInt64(UInt(bitPattern: w.key)), tail: tail,
            isCapitalized: ASCIIBytes.isCapital(first)))
      }
    }
    return result
  }
}
