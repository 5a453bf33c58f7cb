/// The block texts of an article seen so far, for finding verbatim repeats.
///
/// While every text is ASCII, `String` equality is byte equality, so texts are kept by byte
/// length and compared only with earlier texts as long: no hash of the whole text (hashing
/// every block was 2% of extraction). The first non-ASCII text (where `String` equality is
/// canonical equivalence, "é" as one scalar or two) moves everything into a `Set<String>`, so
/// answers are exactly those of a `Set<String>` throughout. So do ``lengthLimit`` texts of one
/// length (a table of same-width rows), which would otherwise each be compared with all the
/// others: quadratic in the rows.
struct SeenTexts {
  /// How many texts of one length are compared one by one before the set takes over.
  static let lengthLimit = 16
  private var byLength: [Int: [String]] = [:]
  private var set: Set<String>? = nil

  /// Adds `text`; returns whether it was new (as `Set.insert(_:).inserted`).
  mutating func insert(_ text: String) -> Bool {
    if set == nil, !ASCIIBytes.isASCII(text) { moveToSet() }
    if set != nil { return set!.insert(text).inserted }
    let length = text.utf8.count
    if let same = byLength[length] {
      if same.contains(where: { $0 == text }) { return false }
      if same.count + 1 >= Self.lengthLimit {
        moveToSet()
        return set!.insert(text).inserted
      }
    }
    byLength[length, default: []].append(text)
    return true
  }

  private mutating func moveToSet() {
    var all = Set<String>()
    for texts in byLength.values {
      for t in texts { all.insert(t) }
    }
    set = all
    byLength = [:]
  }
}
