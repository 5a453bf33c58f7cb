/// Month and weekday names (English, full and abbreviated), lower case.
enum DateWords {
  private static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]
  private static let weekdays: [String: Int] = [
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
  ]
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// Every month and weekday name and abbreviation, lower case.
  static var names: [String] { Array(months.keys) + Array(weekdays.keys) }

  /// The same names by ``WordKey``: a look-up hashes a few bytes with FNV-1a where the
  /// dictionaries ran SipHash, and compares the name found so the answer is exact.
  private static let monthTable = NameTable(months)
  private static let weekdayTable = NameTable(weekdays)

  /// 1...12 for a month name, else nil.
  static func month(_ lower: String) -> Int? { monthTable[WordKey.of(lower), lower] }

  /// 1...12 for a word that is a month name in any case, else nil (by its own ``Word/key``).
  static func month(_ word: Word) -> Int? { monthTable[word.key, word.lower] }

  /// ``month(_:)-(Word)`` of `words[i]`, read in place (passing `words[i]` copied the word).
  static func month(_ words: [Word], _ i: Int) -> Int? { monthTable[words[i].key, words[i].lower] }

  /// 0 (Monday) ... 6 (Sunday) for a weekday name, else nil.
  static func weekday(_ lower: String) -> Int? { weekdayTable[WordKey.of(lower), lower] }

  /// 0 (Monday) ... 6 (Sunday) for a word that is a weekday name in any case, else nil (by its
  /// own ``Word/key``).
  static func weekday(_ word: Word) -> Int? { weekdayTable[word.key, word.lower] }

  /// ``weekday(_:)-(Word)`` of `words[i]`, read in place.
  static func weekday(_ words: [Word], _ i: Int) -> Int? {
    weekdayTable[words[i].key, words[i].lower]
  }
}

/// A few names and their numbers, found by ``WordKey`` and then compared as strings.
private struct NameTable: Sendable {
  private struct Entry: Sendable {
    var name: String
    var value: Int
  }
  private let entries: KeyTable<Entry>

  init(_ names: [String: Int]) {
    var entries = KeyTable<Entry>(minimumCapacity: names.count)
    for (name, value) in names {
      precondition(entries[WordKey.of(name)] == nil, "two names share a key")
      entries[WordKey.of(name)] = Entry(name: name, value: value)
    }
    self.entries = entries
  }

  /// The number of `name`, whose ``WordKey`` is `key`.
  subscript(key: Int, name: String) -> Int? {
    guard let e = entries[key], e.name == name else { return nil }
    return e.value
  }
}
