/// The block texts of an article seen so far, for finding verbatim repeats.
///
/// While every text is ASCII, `String` equality is byte equality, so texts are kept by byte
/// length and compared only with earlier texts as long: no hash of the whole text (hashing
/// every block was 2% of extraction). The first non-ASCII text (where `String` equality is
/// canonical equivalence, "é" as one scalar or two) moves everything into a `Set<String>`, so
/// answers are exactly those of a `Set<String>` throughout.
struct SeenTexts {
  private var byLength: [Int: [String]] = [:]
  private var set: Set<String>? = nil

  /// Adds `text`; returns whether it was new (as `Set.insert(_:).inserted`).
  mutating func insert(_ text: String) -> Bool {
    if set == nil, !Self.isASCII(text) {
      var all = Set<String>()
      for texts in byLength.values {
        for t in texts { all.insert(t) }
      }
      set = all
      byLength = [:]
    }
    if set != nil { return set!.insert(text).inserted }
    let length = text.utf8.count
    if let same = byLength[length], same.contains(where: { $0 == text }) { return false }
    byLength[length, default: []].append(text)
    return true
  }

  /// Whether every byte of `text` is ASCII, eight bytes at a time.
  static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { t in
      guard let base = t.baseAddress else { return true }
      let raw = UnsafeRawPointer(base)
      var i = 0
      var bits: UInt64 = 0
      while i + 8 <= t.count {
        bits |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        i += 8
      }
      while i < t.count {
        bits |= UInt64(t[i])
        i += 1
      }
      return bits & 0x8080_8080_8080_8080 == 0
    }
  }
}
