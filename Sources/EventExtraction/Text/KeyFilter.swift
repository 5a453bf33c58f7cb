/// A one-hash Bloom filter over ``WordKey``-style integer keys: a clear bit proves a key absent.
///
/// Large lexicon tables (the gazetteer's, several megabytes) cost a cache miss per probe; most
/// words and word pairs of a sentence are in none of them, and a filter of 16 bits per key
/// (one in sixteen false positives, a few hundred kilobytes) rules them out first.
struct KeyFilter: Sendable {
  private var bits: [UInt64]
  private var mask: Int

  /// An empty filter sized for `capacity` keys.
  init(capacity: Int) {
    var bitCount = 64
    while bitCount < capacity * 16 { bitCount <<= 1 }
    bits = Array(repeating: 0, count: bitCount / 64)
    mask = bitCount - 1
  }

  /// Adds `key`.
  mutating func insert(_ key: Int) {
    let bit = bit(key)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// False when `key` was never inserted; true when it was, and rarely otherwise.
  @inline(__always)
  func mayContain(_ key: Int) -> Bool {
    let bit = bit(key)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The key's bit: high hash bits, unlike ``KeyTable``'s low ones, so a key's filter bit and
  /// its table slot are independent.
  @inline(__always)
  private func bit(_ key: Int) -> Int {
    Int(truncatingIfNeeded: UInt(bitPattern: key) >> 40) & mask
  }
}
