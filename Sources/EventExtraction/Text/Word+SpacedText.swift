extension Word {
  /// The words' texts joined by single spaces: `words.map(\.text).joined(separator: " ")`,
  /// written straight into one string's buffer.
  ///
  /// Rules quote the words a date, place, source or target was read from this way; the generic
  /// `joined(separator:)` over a mapped array (an allocation of its own) cost about 700
  /// instructions a three-word date.
  ///
  /// - Parameter words: the words to quote, in order.
  /// - Returns: their texts with one space between each two; empty for no words.
  static func spacedText<C: Collection<Word>>(_ words: C) -> String {
    var count = -1
    for w in words { count += w.text.utf8.count + 1 }
    guard count > 0 else { return "" }
    return String(unsafeUninitializedCapacity: count) { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var n = 0
      var first = true
      for w in words {
        if !first {
          base[n] = 0x20
          n += 1
        }
        first = false
        var text = w.text
        n += text.withUTF8 { t in
          if let from = t.baseAddress, t.count > 0 {
            UnsafeMutableRawPointer(base + n).copyMemory(from: from, byteCount: t.count)
          }
          return t.count
        }
      }
      return n
    }
  }
}
