import Testing

@testable import EventExtraction

@Suite struct ActorRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var actors: [String]
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence:
        "Russia said Sunday that new talks are under way after the United States demanded that a truce elsewhere in Syria be extended.",
      actors: ["Russia", "United States"]),
    Case(
      sentence:
        "About 30 airstrikes by Syrian government warplanes hit rebel-held areas of Aleppo.",
      actors: ["Syrian government forces"]),
    Case(
      sentence:
        "U.N.-Arab League mediator Lakhdar Brahimi said after meeting with senior U.S. and Russian officials.",
      actors: ["United Nations", "United States", "Russia"]),
    Case(
      sentence: "Kuralenko, speaking from Russia's Hmeimim air base, said so.", actors: ["Russia"]),
    Case(sentence: "Smoke rises after airstrikes on Aleppo, Syria.", actors: []),
    Case(
      sentence: "Suspected JNIM militants attacked an army patrol.",
      actors: ["JNIM", "military forces"]),
  ]

  @Test(arguments: cases) func namesWhoActed(_ c: Case) {
    let w = words(c.sentence)
    let found = ActorRule(dictionary: .builtIn).actors(in: w, range: 0..<w.count, country: "Syria")
    #expect(found.map(\.0) == c.actors)
  }

  /// Names in order, each found at word `k` for the `k`th: the first of each name is kept, as
  /// filtering through a set of names does (beyond eight names a set is still used).
  @Test(arguments: [
    ([String](), [String]()),
    (["Russia"], ["Russia"]),
    (["Russia", "Russia"], ["Russia"]),
    (["Russia", "Hezbollah", "Russia", "Iran", "Hezbollah"], ["Russia", "Hezbollah", "Iran"]),
    (
      ["a", "b", "c", "d", "e", "f", "g", "h", "a", "i", "b"],
      ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    ),
  ])
  func keepsTheFirstOfEachName(names: [String], kept: [String]) {
    let found = names.enumerated().map { k, name in (name, k..<(k + 1)) }
    let result = ActorRule.firstOfEachName(found)
    #expect(result.map(\.0) == kept)
    #expect(result.map(\.1.lowerBound) == kept.map { name in names.firstIndex(of: name)! })
  }

  @Test func readsGovernmentForcesInTheArticlesCountry() {
    let w = words("government shelling and airstrikes killed about 400 people")
    let found = ActorRule(dictionary: .builtIn).actors(in: w, range: 0..<w.count, country: "Syria")
    #expect(found.map(\.0) == ["Syrian government forces"])
  }

  @Test func looksUpAndSuggestsActors() throws {
    #expect(ActorDictionary.builtIn.lookup("Moscow")?.name == "Russia")
    #expect(ActorDictionary.builtIn.lookup("sohr")?.name == "Syrian Observatory for Human Rights")
    #expect(ActorDictionary.builtIn.suggestions(for: "Hezbolah").first == "Hezbollah")
    let mine = try ActorDictionary.parseCSV("name,kind,aliases\nKoglweogo,armed-group,Kogl-weogo\n")
    #expect(ActorDictionary.builtIn.merging(mine).lookup("kogl-weogo")?.kind == "armed-group")
  }
}
