/// Splits a normalised sentence into ``WordToken``s by scanning its UTF-8 bytes once.
///
/// Spaces separate tokens and are dropped; every other non-letter, non-digit byte is a token of
/// its own, so `twenty-three` is three tokens whose offsets touch.
enum WordTokenizer {
  /// The tokens of `text`, in order.
  static func tokens(in text: String) -> [WordToken] {
    var text = text
    return text.withUTF8 { tokens(in: $0) }
  }

  /// The tokens of a UTF-8 buffer, in order.
  static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [WordToken] {
    var result: [WordToken] = []
    result.reserveCapacity(bytes.count / 3 + 4)
    scan(bytes, from: 0, to: bytes.count) { kind, start, end in
      result.append(token(kind, bytes, start, end))
    }
    return result
  }

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
    // By index: a copy of each word retained and released its two strings.
    for i in words.indices {
      let (wordStart, wordEnd) = (words[i].start, words[i].end)
      scan(bytes, from: wordStart, to: wordEnd) { kind, start, end in
        guard start == wordStart, end == wordEnd else {
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
            kind: kind, start: start, end: end, lower: words[i].lower,
            hash: UInt64(UInt(bitPattern: words[i].key)), tail: tail,
            isCapitalized: ASCIIBytes.isCapital(first)))
      }
    }
    return result
  }

  /// Calls `body(kind, start, end)` for each token of `bytes[from..<to]` in order: the token
  /// boundaries of ``tokens(in:)-(UnsafeBufferPointer<UInt8>)`` without building tokens.
  @inline(__always)
  static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to n: Int,
    _ body: (WordToken.Kind, Int, Int) -> Void
  ) {
    var i = from
    while i < n {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
        i += 1
      } else if isDigit(b) {
        let start = i
        i += 1
        while i < n {
          if isDigit(bytes[i]) {
            i += 1
          } else if (bytes[i] == 0x2C || bytes[i] == 0x2E) && i + 1 < n && isDigit(bytes[i + 1]) {
            i += 2
          } else {
            break
          }
        }
        body(.digits, start, i)
      } else if isLetter(b) {
        let start = i
        i += 1
        while i < n {
          if isLetter(bytes[i]) {
            i += 1
          } else if bytes[i] == 0x27 && i + 1 < n && isLetter(bytes[i + 1]) {
            i += 2
          } else {
            break
          }
        }
        body(.word, start, i)
      } else {
        body(.punctuation, i, i + 1)
        i += 1
      }
    }
  }

  static func token(
    _ kind: WordToken.Kind, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> WordToken {
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    var hash = WordKey.offset
    var tail: UInt32 = 0
    for k in 0..<slice.count {
      let c = slice[k]
      let l = ASCIIBytes.lowered(c)
      hash = (hash ^ UInt64(l)) &* WordKey.prime
      tail = tail << 8 | UInt32(l)
    }
    let lower = ASCIIBytes.lowercased(bytes, start..<end)
    let first = bytes[start]
    return WordToken(
      kind: kind, start: start, end: end, lower: lower, hash: hash, tail: tail,
      isCapitalized: ASCIIBytes.isCapital(first))
  }

  /// The FNV-1a hash of a lowercase word, as tokens carry it.
  static func hash(_ word: String) -> UInt64 {
    var hash = WordKey.offset
    for b in word.utf8 { hash = (hash ^ UInt64(b)) &* WordKey.prime }
    return hash
  }

  /// The last four bytes of a lowercase word, packed big-endian, as tokens carry them.
  static func tail(_ word: String) -> UInt32 {
    word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
  }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80
  }
}
