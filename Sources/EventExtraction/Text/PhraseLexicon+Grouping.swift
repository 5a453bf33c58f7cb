/// How ``PhraseLexicon`` lays out its phrases while it is built.
extension PhraseLexicon {
  /// A phrase while the lexicon is built: its first two words' keys (`second` is `Int.min` for
  /// a one-word phrase) and, packed in `rest`, its word count (high half, inverted so longer
  /// sorts first) and its entry index (low half).
  struct Pending {
    var head: Int
    var second: Int
    var rest: UInt64
  }

  /// Orders pending phrases so each (head, second word) group is contiguous, longest first
  /// then in input order inside: a counting sort on the head key's top bits, then a sort of each
  /// small bucket (one sort of the whole array made seven times the comparisons). Which group
  /// comes first does not matter: each is found through the tables.
  static func group(_ pending: inout [Pending]) {
    func precedes(_ a: Pending, _ b: Pending) -> Bool {
      if a.head != b.head { return a.head < b.head }
      if a.second != b.second { return a.second < b.second }
      return a.rest < b.rest
    }
    var bits = 1
    while 1 << bits < pending.count, bits < 16 { bits += 1 }
    let shift = UInt(64 - bits)
    func bucket(_ p: Pending) -> Int { Int(UInt(bitPattern: p.head) >> shift) }
    var starts = [Int](repeating: 0, count: (1 << bits) + 1)
    for p in pending { starts[bucket(p) + 1] += 1 }
    for b in 0..<(1 << bits) { starts[b + 1] += starts[b] }
    var next = starts
    var out = pending
    for p in pending {
      let b = bucket(p)
      out[next[b]] = p
      next[b] += 1
    }
    // Each bucket sorted in place in the buffer: sorting `out[range]` copied the bucket into a
    // new array and back (an allocation per bucket of two or more: 31,000 for the gazetteer).
    out.withUnsafeMutableBufferPointer { buffer in
      for b in 0..<(1 << bits) where starts[b + 1] - starts[b] > 1 {
        buffer[starts[b]..<starts[b + 1]].sort(by: precedes)
      }
    }
    pending = out
  }

  /// A pending phrase's word count.
  static func wordCount(_ p: Pending) -> Int {
    Int(UInt32.max - UInt32(truncatingIfNeeded: p.rest >> 32))
  }

  /// A pending phrase's second word's key, nil for a one-word phrase: with the head, its run.
  static func pairOf(_ p: Pending) -> Int? {
    wordCount(p) > 1 ? p.second : nil
  }
}
