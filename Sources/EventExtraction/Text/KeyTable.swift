/// A read-mostly hash table from already-mixed integer keys (``WordKey``) to values: open
/// addressing with linear probing, no re-hashing of the key (Swift's `Dictionary` runs SipHash
/// on every `Int` look-up).
struct KeyTable<Value: Sendable>: Sendable {
  private var keys: [Int]
  private var values: [Value?]
  private var used: [Bool]
  private var mask: Int
  private(set) var count = 0

  init(minimumCapacity: Int = 8) {
    var capacity = 8
    while capacity < minimumCapacity * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    used = Array(repeating: false, count: capacity)
    mask = capacity - 1
  }

  private func slot(_ key: Int) -> Int {
    var i = (key ^ (key >> 29)) & mask
    while used[i], keys[i] != key { i = (i + 1) & mask }
    return i
  }

  subscript(key: Int) -> Value? {
    get {
      let i = slot(key)
      return used[i] ? values[i] : nil
    }
    set {
      if count * 2 >= keys.count { grow() }
      let i = slot(key)
      if !used[i] {
        guard let newValue else { return }
        used[i] = true
        keys[i] = key
        count += 1
        values[i] = newValue
      } else if let newValue {
        values[i] = newValue
      }
    }
  }

  func contains(_ key: Int) -> Bool { used[slot(key)] }

  private mutating func grow() {
    var bigger = KeyTable(minimumCapacity: keys.count)
    for i in keys.indices where used[i] { bigger[keys[i]] = values[i] }
    self = bigger
  }
}
