import Testing

@testable import EventExtraction

/// A hard-wrapped wire story written for this test: dateline in the first paragraph, a
/// headline restating the body, a continuation sentence, and several events.
@Suite struct WireArticleTests {
  static let text = """
    Gunmen Kill 12 in Attack on Nigerian Village

    MAIDUGURI, Nigeria (AP) \u{2014} Suspected Boko Haram fighters attacked a village in
    northeastern Nigeria on Tuesday, killing at least 12 people and abducting 30 women, a
    local official said.

    The attackers arrived on motorcycles and set fire to homes in Kautikari, near Chibok in
    Borno state, said Ali Ndume, a senator.

    Separately, soldiers repelled an attack on a military base in Yobe state on Monday,
    the army said in a statement. Five insurgents were killed.

    Hundreds of people protested in Maiduguri on Wednesday to demand better security.
    """

  @Test func aFallbackDateDatesAnArticleWhoseTextStatesNone() throws {
    var input = ArticleInput(id: "wire", text: Self.text)
    input.fallbackDate = Day(year: 2019, month: 1, day: 16)
    input.fallbackNote = "from the file name 'x'"
    let x = Extractor().extract(input)
    #expect(x.date.day == Day(year: 2019, month: 1, day: 16))
    #expect(x.date.note == "from the file name 'x'")
    // Relative days resolve against it: "on Tuesday" before Wednesday the 16th.
    #expect(x.events.first?.date?.start == Day(year: 2019, month: 1, day: 15))
    let given = Extractor().extract(
      ArticleInput(id: "wire", text: Self.text, date: Day(year: 2019, month: 1, day: 16)))
    #expect(x.events == given.events)
  }

  @Test func aDateInTheTextWinsOverTheFallback() throws {
    var input = ArticleInput(id: "d", text: "Shelling killed 5 people in Homs on May 3, 2016.")
    input.fallbackDate = Day(year: 2019, month: 1, day: 16)
    let x = Extractor().extract(input)
    #expect(x.date.day == Day(year: 2016, month: 5, day: 3))
    #expect(x.date.note != "")
  }

  @Test func readsTheEventsOfAWireStory() throws {
    let x = Extractor().extract(
      ArticleInput(id: "wire", text: Self.text, date: Day(year: 2019, month: 1, day: 16)))
    #expect(x.title == "Gunmen Kill 12 in Attack on Nigerian Village")
    #expect(x.outlet == "AP")
    #expect(x.dateline == "MAIDUGURI")
    #expect(x.events.map(\.type) == [.attack, .looting, .armedClash, .protest])
    let first = try #require(x.events.first)
    #expect(
      first.killed
        == Casualties(low: 12, best: 12, high: nil, qualifier: .atLeast, victims: "people"))
    #expect(first.actors == ["Boko Haram"])
    #expect(first.source == "local official")
    #expect(first.date == .on(Day(year: 2019, month: 1, day: 15)))
    #expect(
      first.mentions.first?.slice(of: Self.text) == "Gunmen Kill 12 in Attack on Nigerian Village")
    // The evidence is the original, hard-wrapped text.
    #expect(
      first.evidence.span.slice(of: Self.text).hasPrefix(
        "Suspected Boko Haram fighters attacked a village in\nnortheastern"))
    let base = x.events[2]
    #expect(base.place?.name == "Yobe")
    #expect(base.place?.precision == .province)
    #expect(base.killed?.best == 5)
    #expect(base.source == "army")
    #expect(base.date == .on(Day(year: 2019, month: 1, day: 14)))
    #expect(x.events[3].place?.name == "Maiduguri")
  }
}
