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
    // The first hundred in sorted order: e1, e10, e100, e1000, e1001, ...
    let shown = lines.dropLast(2).flatMap { $0.split(separator: " ") }.map(String.init)
    #expect(shown.count == 100)
    #expect(Set(shown) == Set(ids.sorted().prefix(100)))
    #expect(CompletionListing.render(Array(ids.prefix(100)), width: 80).contains("more") == false)
  }

  @Test(arguments: [
    ("abc", 3), ("Дамаск", 6), ("حلب", 3), ("北京", 4), ("cafe\u{301}", 4), ("", 0),
  ])
  func displayWidth(_ text: String, _ width: Int) {
    #expect(CompletionListing.displayWidth(text) == width)
  }
}
