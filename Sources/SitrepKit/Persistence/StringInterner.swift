import Foundation

/// One copy of each repeated string met while reading a file (rule names, place names, sources):
/// a million events naming `casualty.killing-n` then share one buffer instead of a million.
///
/// Looks strings up by their UTF-8 bytes, so a repeat costs a hash and a compare, not a new
/// `String`. Strings of 15 bytes or fewer are stored inline by Swift and need no interning.
struct StringInterner {
  private var slots: [Int32]
  private var hashes: [UInt64] = []
  private var strings: [String] = []
  private var mask: Int
  /// Beyond this many distinct strings new ones are no longer kept (notes, unique titles).
  static let limit = 1 << 20

  init(capacity: Int = 1 << 12) {
    slots = Array(repeating: -1, count: capacity)
    mask = capacity - 1
  }

  /// The stored string equal to `bytes`, storing it first when it is new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { break }
      if hashes[entry] == hash, equal(strings[entry], bytes) { return strings[entry] }
      slot = (slot + 1) & mask
    }
    let string = String(decoding: bytes, as: UTF8.self)
    guard strings.count < StringInterner.limit else { return string }
    slots[slot] = Int32(strings.count)
    hashes.append(hash)
    strings.append(string)
    if strings.count * 2 > slots.count { grow() }
    return string
  }

  private func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var string = string
    return string.withUTF8 { utf8 in
      utf8.count == bytes.count && memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    slots = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    for (entry, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(entry)
    }
  }

  /// How many distinct strings are stored.
  var count: Int { strings.count }
}

/// One copy of each repeated list of strings met while reading a file: the actor lists of a
/// million events hold a few hundred distinct lists, and each event's own array cost about 80
/// bytes (and a cache miss whenever a query read it).
struct ListInterner {
  private var kept: [[String]: [String]] = [:]
  /// Beyond this many distinct lists new ones are no longer kept.
  static let limit = 1 << 16

  /// The stored list equal to `list`, storing `list` first when it is new.
  mutating func intern(_ list: [String]) -> [String] {
    if let stored = kept[list] { return stored }
    if kept.count < ListInterner.limit { kept[list] = list }
    return list
  }

  /// How many distinct lists are stored.
  var count: Int { kept.count }
}
