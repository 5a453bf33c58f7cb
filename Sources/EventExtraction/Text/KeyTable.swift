/// A read-mostly hash table from already-mixed integer keys (``WordKey``) to values: open
/// addressing with linear probing, no re-hashing of the key (Swift's `Dictionary` runs SipHash
/// on every `Int` look-up).
///
/// Each slot keeps its key and whether it is used side by side, so a probe (most look-ups miss)
/// reads one place in memory.
struct KeyTable<Value: Sendable>: Sendable {
  private struct Slot: Sendable {
    var key: Int
    var used: Bool
  }
  private var slots: [Slot]
  private var values: [Value?]
  private var mask: Int
  private(set) var count = 0

  init(minimumCapacity: Int = 8) {
    var capacity = 8
    while capacity < minimumCapacity * 2 { capacity <<= 1 }
    slots = Array(repeating: Slot(key: 0, used: false), count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
  }

  @inline(__always)
  private func slot(_ key: Int) -> Int {
    slots.withUnsafeBufferPointer { s in
      var i = (key ^ (key >> 29)) & mask
      while s[i].used, s[i].key != key { i = (i + 1) & mask }
      return i
    }
  }

  subscript(key: Int) -> Value? {
    get {
      let i = slot(key)
      return slots[i].used ? values[i] : nil
    }
    set {
      if count * 2 >= slots.count { grow() }
      let i = slot(key)
      if !slots[i].used {
        guard let newValue else { return }
        slots[i] = Slot(key: key, used: true)
        count += 1
        values[i] = newValue
      } else if let newValue {
        values[i] = newValue
      }
    }
  }

  func contains(_ key: Int) -> Bool { slots[slot(key)].used }

  private mutating func grow() {
    var bigger = KeyTable(minimumCapacity: slots.count)
    for i in slots.indices where slots[i].used { bigger[slots[i].key] = values[i] }
    self = bigger
  }
}
