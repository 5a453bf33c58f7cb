import Testing

@testable import EventExtraction

@Suite struct TargetRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var target: String?
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence: "About 30 airstrikes hit rebel-held areas of the northern city of Aleppo Saturday.",
      target: "rebel-held areas"),
    Case(
      sentence:
        "including at least 50 people in a hospital supported by the international charity Doctors Without Borders that was hit in an airstrike.",
      target: "hospital (supported by Doctors Without Borders)"),
    Case(sentence: "Gunmen attacked a Fulani camp near the river.", target: "camp"),
    Case(sentence: "Talks resumed on Monday.", target: nil),
  ]

  @Test(arguments: cases) func findsWhatWasHit(_ c: Case) {
    let w = words(c.sentence)
    #expect(TargetRule().target(in: w, range: 0..<w.count, trigger: 0)?.0 == c.target)
  }
}
