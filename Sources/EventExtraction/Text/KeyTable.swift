/// A read-mostly hash table from already-mixed integer keys (``WordKey``) to values: open
/// addressing with linear probing, no re-hashing of the key (Swift's `Dictionary` runs SipHash
/// on every `Int` look-up).
///
/// Each slot keeps its key and value side by side (a slot is used when it has a value), so a
/// probe reads one place in memory and a table costs one array.
struct KeyTable<Value: Sendable>: Sendable {
  private struct Slot: Sendable {
    var key: Int
    var value: Value?
  }
  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  init(minimumCapacity: Int = 8) {
    var capacity = 8
    while capacity < minimumCapacity * 2 { capacity <<= 1 }
    slots = Array(repeating: Slot(key: 0, value: nil), count: capacity)
    mask = capacity - 1
  }

  @inline(__always)
  private func slot(_ key: Int) -> Int {
    slots.withUnsafeBufferPointer { s in
      var i = (key ^ (key >> 29)) & mask
      while s[i].value != nil, s[i].key != key { i = (i + 1) & mask }
      return i
    }
  }

  subscript(key: Int) -> Value? {
    get { slots[slot(key)].value }
    set {
      if count * 2 >= slots.count { grow() }
      let i = slot(key)
      if slots[i].value == nil {
        guard let newValue else { return }
        slots[i] = Slot(key: key, value: newValue)
        count += 1
      } else if let newValue {
        slots[i].value = newValue
      }
    }
  }

  func contains(_ key: Int) -> Bool { slots[slot(key)].value != nil }

  private mutating func grow() {
    var bigger = KeyTable(minimumCapacity: slots.count)
    for s in slots where s.value != nil { bigger[s.key] = s.value }
    self = bigger
  }
}
