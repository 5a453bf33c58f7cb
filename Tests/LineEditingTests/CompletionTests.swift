import Testing

@testable import LineEditing

@Suite struct CompletionTests {
  struct WordCase: CustomTestStringConvertible, Sendable {
    let line: String
    let word: String
    var testDescription: String { "'\(line)' → '\(word)'" }
  }

  static let wordCases: [WordCase] = [
    WordCase(line: "", word: ""),
    WordCase(line: "ech", word: "ech"),
    WordCase(line: "echo ", word: ""),
    WordCase(line: "events where kil", word: "kil"),
    WordCase(line: "count(kil", word: "kil"),
    WordCase(line: "group by place,ty", word: "ty"),
    WordCase(line: "where place=Khar", word: "Khar"),
    WordCase(line: "load \"Samples/ar", word: "Samples/ar"),
    WordCase(line: "load 'dir/fi", word: "dir/fi"),
    WordCase(line: "where place = Дам", word: "Дам"),
    WordCase(line: "where place = حل", word: "حل"),
    WordCase(line: "a.b-c_d", word: "a.b-c_d"),
  ]

  @Test(arguments: wordCases)
  func currentWordStartsAfterTheLastSeparator(_ testCase: WordCase) {
    #expect(Completion.currentWord(in: testCase.line) == testCase.word[...])
  }

  struct PrefixCase: CustomTestStringConvertible, Sendable {
    let candidates: [String]
    let prefix: String
    var testDescription: String { "\(candidates) → '\(prefix)'" }
  }

  static let prefixCases: [PrefixCase] = [
    PrefixCase(candidates: [], prefix: ""),
    PrefixCase(candidates: ["events"], prefix: "events"),
    PrefixCase(candidates: ["events", "every", "event"], prefix: "eve"),
    PrefixCase(candidates: ["killed", "injured"], prefix: ""),
    PrefixCase(candidates: ["Дамаск", "Дамасский"], prefix: "Дамас"),
    PrefixCase(candidates: ["café", "cafe"], prefix: "caf"),
    PrefixCase(candidates: ["dir/a", "dir/b"], prefix: "dir/"),
  ]

  @Test(arguments: prefixCases)
  func commonPrefixComparesCharacters(_ testCase: PrefixCase) {
    #expect(Completion.commonPrefix(of: testCase.candidates) == testCase.prefix)
  }

  struct ActionCase: CustomTestStringConvertible, Sendable {
    let word: String
    let candidates: [String]
    let action: Completion.Action
    var testDescription: String { "'\(word)' with \(candidates)" }
  }

  static let actionCases: [ActionCase] = [
    ActionCase(word: "ech", candidates: [], action: .none),
    ActionCase(word: "ech", candidates: ["echo"], action: .replace(deleting: 3, with: "echo ")),
    ActionCase(word: "", candidates: ["events"], action: .replace(deleting: 0, with: "events ")),
    ActionCase(
      word: "Sam", candidates: ["Samples/"], action: .replace(deleting: 3, with: "Samples/")),
    ActionCase(
      word: "ev", candidates: ["events", "every"], action: .replace(deleting: 2, with: "eve")),
    ActionCase(word: "eve", candidates: ["events", "every"], action: .list(["events", "every"])),
    ActionCase(word: "", candidates: ["b", "a"], action: .list(["b", "a"])),
    ActionCase(
      word: "ec", candidates: ["echo", "echo"], action: .replace(deleting: 2, with: "echo ")),
    ActionCase(word: "KIL", candidates: ["killed"], action: .replace(deleting: 3, with: "killed ")),
    ActionCase(word: "Да", candidates: ["Дамаск"], action: .replace(deleting: 2, with: "Дамаск ")),
    ActionCase(
      word: "Да", candidates: ["Дамаск", "Дамасский"], action: .replace(deleting: 2, with: "Дамас")),
    ActionCase(
      word: "cafe\u{301}", candidates: ["café"], action: .replace(deleting: 5, with: "café ")),
  ]

  @Test(arguments: actionCases)
  func actionDependsOnTheCandidates(_ testCase: ActionCase) {
    #expect(
      Completion.action(word: testCase.word[...], candidates: testCase.candidates)
        == testCase.action)
  }
}
