import Foundation

/// Known places and the names they go by, searchable in sentences.
///
/// The built-in gazetteer (``builtIn``) is loaded lazily, once, from the module's
/// `Resources/gazetteer.tsv` (GeoNames, CC BY 4.0, plus a hand-curated supplement). Analysts add
/// their own places with ``merging(_:)`` and ``parseCSV(_:)`` / ``parseJSON(_:)``.
public struct Gazetteer: Sendable {
  public let entries: [GazetteerEntry]
  /// Case-sensitive phrase index over every name and alias, for matching in text; a match's
  /// value is the name's slot in ``nameLists``.
  let lexicon: PhraseLexicon<Int>
  /// The entry indexes of every name (exact spelling), in entry order: name slot `k` has
  /// `entryIndexes(named: k)`.
  private let nameLists: FlatLists
  /// Lower-cased name or alias, by ``nameKey(_:)`` → its slot in ``keyLists``, for
  /// ``lookup(_:)``. Integer keys: building a `[String: [Int]]` of every name was a third of
  /// start-up.
  private let byKey: KeyTable<Int32>
  /// The entry indexes of each lower-cased name, in entry order.
  private let keyLists: FlatLists

  public init(entries: [GazetteerEntry]) {
    self.entries = entries
    // Names in order of first appearance, each with its entries (a deterministic lexicon).
    // A name's slot is found through its lower-cased key: each key chains the names spelt
    // with it ("Aleppo", "ALEPPO"), compared as strings. Each name's and key's entries are
    // gathered into one flat array at the end (an array per name cost an allocation each).
    let nameCount = entries.reduce(0) { $0 + 1 + $1.aliases.count }
    var names: [(String, Int)] = []
    // Names repeat in other case or as aliases (the built-in 134,650 names have 129,210 keys):
    // sized for 15/16 of them the table has half the slots (2^18, not 2^19) and stays under
    // half full; a larger merged gazetteer grows it once.
    // 32-bit slots: a 16-byte slot, not 24 (the table is a cache miss per name to build).
    var byKey = KeyTable<Int32>(minimumCapacity: nameCount * 15 / 16)
    var nameLists = FlatLists.Builder(capacity: nameCount)
    var keyLists = FlatLists.Builder(capacity: nameCount)
    /// The first name slot of each key slot, and the next name slot with the same key (-1: none).
    var firstName: [Int32] = []
    var nextName: [Int32] = []
    names.reserveCapacity(nameCount)
    firstName.reserveCapacity(nameCount)
    nextName.reserveCapacity(nameCount)
    func add(_ name: String, _ i: Int) {
      guard !name.isEmpty else { return }
      let key = Self.nameKey(name)
      let keySlot: Int
      if let k = byKey[key] {
        keySlot = Int(k)
      } else {
        keySlot = keyLists.listCount
        byKey[key] = Int32(keySlot)
        keyLists.addList()
        firstName.append(-1)
      }
      keyLists.append(i, to: keySlot)
      var slot = Int(firstName[keySlot])
      var previous = -1
      while slot >= 0, names[slot].0 != name {
        previous = slot
        slot = Int(nextName[slot])
      }
      if slot < 0 {
        slot = names.count
        names.append((name, slot))
        nameLists.addList()
        nextName.append(-1)
        if previous < 0 {
          firstName[keySlot] = Int32(slot)
        } else {
          nextName[previous] = Int32(slot)
        }
      }
      nameLists.append(i, to: slot)
    }
    for i in entries.indices {
      add(entries[i].name, i)
      for alias in entries[i].aliases { add(alias, i) }
    }
    self.byKey = byKey
    self.nameLists = nameLists.build()
    self.keyLists = keyLists.build()
    lexicon = PhraseLexicon(names, caseSensitive: true)
  }

  /// The entry indexes of name slot `slot` (a ``lexicon`` match's value), in entry order.
  func entryIndexes(named slot: Int) -> ArraySlice<Int> {
    nameLists[slot]
  }

  /// The gazetteer shipped with Sitrep; empty if its data file is missing.
  public static let builtIn: Gazetteer = {
    guard
      let url = Bundle.module.url(
        forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
        ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
      let data = try? Data(contentsOf: url),
      let entries = try? data.withUnsafeBytes({
        try parseTSV(bytes: $0.bindMemory(to: UInt8.self))
      })
    else { return Gazetteer(entries: []) }
    return Gazetteer(entries: entries)
  }()

  /// This gazetteer with `more` entries added; theirs come first and win ties.
  public func merging(_ more: [GazetteerEntry]) -> Gazetteer {
    Gazetteer(entries: more + entries)
  }

  /// The best entry for a name or alias (any case): the most specific, most prominent one.
  public func lookup(_ name: String) -> GazetteerEntry? {
    lookupIndex(name).map { entries[$0] }
  }

  /// The index in ``entries`` of ``lookup(_:)``'s entry.
  func lookupIndex(_ name: String) -> Int? {
    candidates(Self.lowercased(Self.trimmed(name))).first
  }

  /// Every entry indexed under a lower-cased name: entries so named before those with it as an
  /// alias, then cities before provinces before countries, then in file order (prominence).
  func candidates(_ key: String) -> ArraySlice<Int> {
    guard let k = byKey[Self.nameKey(key)] else { return [] }
    let found = keyLists[Int(k)]
    guard found.count > 1 else { return found }
    return found.map { i in
      let e = entries[i]
      return (Self.lowercased(e.name) == key ? 0 : 1, Self.rank(e.kind), i)
    }.sorted { $0 < $1 }.map(\.2)[...]
  }

  /// The key a name is indexed under: the ``WordKey`` of ``lowercased(_:)`` (computed from the
  /// bytes, which ``WordKey`` lower-cases as it hashes, unless a non-ASCII letter changes case).
  static func nameKey(_ name: String) -> Int {
    var copy = name
    // One pass: the key as ``WordKey/hash(_:)`` computes it, and whether every byte is ASCII.
    let (key, ascii) = copy.withUTF8 { t in
      var h = WordKey.offset
      var high: UInt8 = 0
      for b in t {
        high |= b
        h ^= UInt64(ASCIIBytes.lowered(b))
        h &*= WordKey.prime
      }
      return (Int(bitPattern: UInt(truncatingIfNeeded: h)), high < 0x80)
    }
    // "Kétou" lower-cases as its ASCII bytes do, so its key is the bytes' (making the lower-cased
    // string first was a third of the 9,500 non-ASCII names' keys).
    return ascii || !hasNonASCIICapital(name) ? key : WordKey.of(name.lowercased())
  }

  /// Whether a letter of `name` beyond ASCII changes in lower case (a capital "É", not "é").
  static func hasNonASCIICapital(_ name: String) -> Bool {
    name.unicodeScalars.contains { !$0.isASCII && $0.properties.changesWhenLowercased }
  }

  /// `name.trimmingCharacters(in: .whitespaces)`, without Foundation when the name starts and
  /// ends with a visible ASCII byte (nearly every name).
  static func trimmed(_ name: String) -> String {
    let utf8 = name.utf8
    guard let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20,
      last < 0x80
    else { return name.trimmingCharacters(in: .whitespaces) }
    return name
  }

  /// `name.lowercased()`, over bytes when the name is ASCII (nearly every name).
  static func lowercased(_ name: String) -> String {
    var copy = name
    // Is it ASCII, and has it a capital to lower?
    let (ascii, upper) = copy.withUTF8 { t in
      (ASCIIBytes.isASCII(t), t.contains(where: ASCIIBytes.isCapital))
    }
    guard ascii else { return lowercasedNonASCII(name) }
    guard upper else { return name }
    return copy.withUTF8 { ASCIIBytes.lowercased($0, 0..<$0.count) }
  }

  /// `name.lowercased()` for a name with non-ASCII letters: when none of them changes in lower
  /// case ("Kétou", "al-Bāb"), only the ASCII capitals are lowered, over bytes; otherwise
  /// (a capital "É") the full Unicode mapping runs. (`String.lowercased()` cost 5,000
  /// instructions a name: a third of the 9,500 non-ASCII names' start-up.)
  static func lowercasedNonASCII(_ name: String) -> String {
    hasNonASCIICapital(name) ? name.lowercased() : ASCIIBytes.lowercased(name)
  }

  static func rank(_ kind: PlacePrecision) -> Int {
    switch kind {
    case .city: 0
    case .neighbourhood: 1
    case .district: 2
    case .province: 3
    case .country: 4
    case .region: 5
    }
  }

  /// Known names closest to `name` by edit distance, best first (for "did you mean").
  public func suggestions(for name: String, limit: Int = 5) -> [String] {
    let target = Array(name.lowercased().utf8)
    let budget = max(2, target.count / 3)
    var scored: [(Int, Int, String)] = []
    // Each lower-cased name once, with the first entry that has it.
    var keys = Set<String>()
    for (i, e) in entries.enumerated() {
      for name in [e.name] + e.aliases where !name.isEmpty {
        let key = Self.lowercased(name)
        guard keys.insert(key).inserted, abs(key.utf8.count - target.count) <= budget else {
          continue
        }
        let d = EditDistance.between(Array(key.utf8), target, limit: budget)
        if d <= budget {
          let shown = ([e.name] + e.aliases).first { $0.lowercased() == key } ?? e.name
          scored.append((d, i, shown))
        }
      }
    }
    var seen = Set<String>()
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2).filter {
      seen.insert($0).inserted
    }
    .prefix(limit).map { $0 }
  }
}
