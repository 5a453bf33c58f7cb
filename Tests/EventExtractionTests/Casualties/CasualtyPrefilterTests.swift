import Testing

@testable import EventExtraction

/// ``CasualtyFinder/mayMention(_:)``: the byte scan that lets the casualty rules skip a
/// sentence. A word starts after any byte but a letter or an apostrophe, and is tested by its
/// first four letters (any case).
@Suite struct CasualtyPrefilterTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var mayMention: Bool
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "Two soldiers were killed.", mayMention: true),
    Case(text: "Protesters were WOUNDED in the clash", mayMention: true),
    Case(text: "Talks resumed in Geneva.", mayMention: false),
    // After a hyphen or a digit a new word starts; after an apostrophe none does.
    Case(text: "a re-killed story", mayMention: true),
    Case(text: "5killed", mayMention: true),
    Case(text: "O'killed", mayMention: false),
    Case(text: "the 'killing fields' film", mayMention: false),
    Case(text: "the ''killing fields' film", mayMention: false),
    Case(text: "the ' killing fields", mayMention: true),
    // Inside a word the stem does not count; four letters must fit in the text.
    Case(text: "overkill", mayMention: false),
    Case(text: "kil", mayMention: false),
    Case(text: "kill", mayMention: true),
    Case(text: "", mayMention: false),
  ]

  @Test(arguments: cases) func findsStemsAtWordStarts(_ c: Case) {
    #expect(CasualtyFinder.mayMention(c.text) == c.mayMention)
  }
}
