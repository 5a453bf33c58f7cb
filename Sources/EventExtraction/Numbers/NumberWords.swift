/// The small lexicons ``NumberParser`` reads numbers with.
enum NumberWords {
  /// Words for 0-19 and the tens.
  static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
  ]

  static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  /// Multipliers that close a group: "two hundred", "2 million".
  static let scales: [String: Int] = [
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
  ]

  /// Words that stand for a number after "a": "a dozen", "a hundred".
  static let afterA: [String: Int] = [
    "dozen": 12, "hundred": 100, "thousand": 1_000, "score": 20, "couple": 2,
  ]

  /// Vague quantity words and what ACLED codes them as (docs/numbers.md).
  static let vague: [String: Int] = [
    "dozens": 12, "tens": 10, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "several": 3, "many": 3, "numerous": 3, "multiple": 3,
  ]
}
