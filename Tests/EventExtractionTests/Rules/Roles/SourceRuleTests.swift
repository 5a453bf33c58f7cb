import Testing

@testable import EventExtraction

@Suite struct SourceRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var lastMonitor: String?
    var source: String?
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence:
        "The British-based Syrian Observatory for Human Rights says that nearly 250 civilians have died.",
      lastMonitor: nil, source: "Syrian Observatory for Human Rights"),
    Case(
      sentence: "But the British monitoring group said 859 civilians were killed.",
      lastMonitor: "Syrian Observatory for Human Rights",
      source: "Syrian Observatory for Human Rights"),
    Case(
      sentence: "Syrian activists said government shelling killed about 400 people.",
      lastMonitor: nil,
      source: "Syrian activists"),
    Case(
      sentence: "Three soldiers were killed, according to military sources.", lastMonitor: nil,
      source: "military sources"),
    Case(sentence: "Kuralenko said the truce held.", lastMonitor: nil, source: nil),
  ]

  @Test(arguments: cases) func findsWhoSaysSo(_ c: Case) {
    let found = SourceRule(dictionary: .builtIn).source(
      in: words(c.sentence), lastMonitor: c.lastMonitor)
    #expect(found?.0 == c.source)
  }
}
