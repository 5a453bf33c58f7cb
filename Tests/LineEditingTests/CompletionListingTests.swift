import Testing

@testable import LineEditing

@Suite struct CompletionListingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let candidates: [String]
    let width: Int
    let rendered: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "nothing", candidates: [], width: 80, rendered: ""),
    Case(
      name: "one row, sorted", candidates: ["sources", "select", "show"], width: 80,
      rendered: "select   show     sources\n"),
    Case(
      name: "column-major when narrow", candidates: ["a", "b", "c", "d", "e"], width: 7,
      rendered: "a  c  e\nb  d\n"),
    Case(
      name: "exact fit uses all columns", candidates: ["aa", "bb", "cc"], width: 10,
      rendered: "aa  bb  cc\n"),
    Case(
      name: "one column when too narrow", candidates: ["killed", "injured"], width: 4,
      rendered: "injured\nkilled\n"),
    Case(
      name: "Cyrillic counted by columns, not bytes", candidates: ["Дамаск", "Хар"], width: 80,
      rendered: "Дамаск  Хар\n"),
    Case(
      name: "wide CJK counts two columns", candidates: ["北京", "ab"], width: 80,
      rendered: "ab    北京\n"),
  ]

  @Test(arguments: cases)
  func rendersColumns(_ testCase: Case) {
    #expect(
      CompletionListing.render(testCase.candidates, width: testCase.width) == testCase.rendered)
  }

  @Test func showsTheFirstHundredAndSaysHowManyMore() {
    let ids = (1...1234).map { "e\($0)" }
    let rendered = CompletionListing.render(ids, width: 80)
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    #expect(lines.dropLast().last == "… and 1134 more; type more of the word to narrow them")
    // The first hundred in natural order, e1 to e100, column by column: 13 columns of six
    // (four for "e100" and the gap of two) fit in 80, so 8 rows.
    let rows = lines.dropLast(2).map { $0.split(separator: " ").map(String.init) }
    #expect(rows.count == 8)
    #expect(rows.first == stride(from: 1, through: 97, by: 8).map { "e\($0)" })
    #expect(Set(rows.joined()) == Set(ids.prefix(100)))
    #expect(CompletionListing.render(Array(ids.prefix(100)), width: 80).contains("more") == false)
  }

  @Test(arguments: [
    (["e10", "e2", "e1", "e100", "e9"], ["e1", "e2", "e9", "e10", "e100"]),
    (["a2b", "a10", "a2a", "a1"], ["a1", "a2a", "a2b", "a10"]),
    (["e1", "e01", "e001"], ["e001", "e01", "e1"]),
    (["article-12", "article-3", "e5"], ["article-3", "article-12", "e5"]),
    (["x", "x1", "9", "10"], ["9", "10", "x", "x1"]),
  ])
  func naturalOrder(_ given: [String], _ expected: [String]) {
    #expect(given.sorted(by: CompletionListing.naturallyBefore) == expected)
    let shown = CompletionListing.render(given, width: 200)
    #expect(shown.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) == expected)
  }

  @Test(arguments: [
    ("abc", 3), ("Дамаск", 6), ("حلب", 3), ("北京", 4), ("cafe\u{301}", 4), ("", 0),
  ])
  func displayWidth(_ text: String, _ width: Int) {
    #expect(CompletionListing.displayWidth(text) == width)
  }
}
