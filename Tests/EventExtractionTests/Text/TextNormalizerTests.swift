import Testing

@testable import EventExtraction

@Suite struct TextNormalizerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var input: String
    var expected: String
    var testDescription: String { expected }
  }

  static let cases: [Case] = [
    Case(input: "GENEVA (AP) \u{2014}", expected: "GENEVA (AP) -"),
    Case(input: "the country\u{2019}s largest city", expected: "the country's largest city"),
    Case(
      input: "\u{201C}Failure is always staring\u{201D}", expected: "\"Failure is always staring\""),
    Case(input: "He met with  Undersecretary", expected: "He met with Undersecretary"),
    Case(input: "killed\nabout 400\r\n people", expected: "killed about 400 people"),
    Case(input: "10\u{00A0}km and 5\u{2009}dead", expected: "10 km and 5 dead"),
    Case(input: "  2013\u{2013}2014 ", expected: "2013-2014"),
  ]

  @Test(arguments: cases) func normalises(_ c: Case) {
    #expect(TextNormalizer.normalize(c.input).text == c.expected)
  }

  @Test func keepsOriginalOffsetsForEveryByte() {
    let input = "a\u{2019}b\u{00A0}\u{00A0}c"
    let n = TextNormalizer.normalize(input)
    #expect(n.text == "a'b c")
    #expect(n.offsets == [0, 1, 4, 5, 9, 10])
  }
}
