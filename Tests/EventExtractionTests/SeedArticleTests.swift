import Foundation
import Testing

@testable import EventExtraction

/// The two seed articles against what a careful analyst codes from them
/// (`../shared/seeds/expected-events.json`, when present).
@Suite struct SeedArticleTests {
  static let files = [
    "000_c465d255b32b5354.txt": "voa-2016-05-01-aleppo-talks.txt",
    "003_25599c0bf23c55dc.txt": "ap-2014-02-13-aleppo-barrel-bombs.txt",
  ]

  struct Expected: Decodable {
    struct Place: Decodable {
      var name: String
      var precision: String
      var country: String?
    }
    struct EventDate: Decodable {
      var start: String
      var end: String
      var precision: String
    }
    struct Count: Decodable {
      var low: Int?
      var best: Int?
      var high: Int?
      var qualifier: String
      var of_which: [String: Int]?
    }
    struct Event: Decodable {
      var id: String
      var article: String
      var quote: String
      var type: String
      var place: Place
      var date: EventDate
      var killed: Count?
      var scope: String
      var part_of: String?
      var actors: [String]?
      var source: String?
      var also_quoted_by: String?
    }
    var events: [Event]
    var not_casualties: [String]
  }

  static func extraction(_ seedName: String) throws -> (String, ArticleExtraction) {
    let name = try #require(files[seedName])
    let text = try DevData.sample(name)
    let date = seedName.hasPrefix("003") ? Day(year: 2014, month: 2, day: 13) : nil
    return (text, Extractor().extract(ArticleInput(id: seedName, text: text, date: date)))
  }

  static func expected() throws -> Expected? {
    guard let dir = DevData.seeds else { return nil }
    let data = try Data(contentsOf: dir.appendingPathComponent("expected-events.json"))
    return try JSONDecoder().decode(Expected.self, from: data)
  }

  /// The byte span of `quote` in `text`.
  static func span(of quote: String, in text: String) -> TextSpan? {
    guard let r = text.range(of: quote) else { return nil }
    let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
    return TextSpan(start: start, end: start + quote.utf8.count)
  }

  @Test func findsEveryExpectedEvent() throws {
    guard let expected = try Self.expected() else {
      print("skipped: ../shared/seeds is absent")
      return
    }
    var found: [String: (ArticleExtraction, Event)] = [:]
    for e in expected.events {
      let (text, x) = try Self.extraction(e.article)
      let quote = try #require(Self.span(of: e.quote, in: text), "quote of \(e.id) not in text")
      let match = x.events.first { $0.evidence.span.overlaps(quote) }
      let event = try #require(
        match, "\(e.id): no event carries '\(e.quote)'\n\(ExtractionDump.render(x, text: text))")
      found[e.id] = (x, event)
      #expect(event.type.rawValue == e.type, "\(e.id) type")
      #expect(event.place?.name == e.place.name, "\(e.id) place")
      #expect(event.place?.precision.rawValue == e.place.precision, "\(e.id) place precision")
      #expect(event.place?.country == e.place.country, "\(e.id) country")
      #expect(event.date?.start.description == e.date.start, "\(e.id) date start")
      #expect(event.date?.end.description == e.date.end, "\(e.id) date end")
      #expect(event.date?.precision.rawValue == e.date.precision, "\(e.id) date precision")
      #expect(event.scope.rawValue == e.scope, "\(e.id) scope")
      #expect(event.killed?.low == e.killed?.low, "\(e.id) killed low")
      #expect(event.killed?.best == e.killed?.best, "\(e.id) killed best")
      #expect(event.killed?.high == e.killed?.high, "\(e.id) killed high")
      #expect(event.killed?.qualifier.rawValue == e.killed?.qualifier, "\(e.id) qualifier")
      let parts = Dictionary(
        uniqueKeysWithValues: (event.killed?.parts ?? []).map { ($0.group, $0.count) })
      #expect(parts == (e.killed?.of_which ?? [:]), "\(e.id) parts")
      if let actors = e.actors { #expect(Set(event.actors) == Set(actors), "\(e.id) actors") }
      if let source = e.source { #expect(event.source == source, "\(e.id) source") }
      if let also = e.also_quoted_by, let alsoSpan = Self.span(of: also, in: text) {
        #expect(
          event.mentions.contains { $0.overlaps(alsoSpan) }, "\(e.id) also quoted by '\(also)'")
      }
      var filled = ["type", "date", "scope"]
      if event.place != nil { filled.append("place") }
      if event.killed != nil { filled.append("killed") }
      if !event.actors.isEmpty { filled.append("actors") }
      if event.source != nil { filled.append("source") }
      if event.target != nil { filled.append("target") }
      if event.partOf != nil { filled.append("part_of") }
      for field in filled {
        #expect(event.fieldEvidence[field] != nil, "\(e.id): no evidence for \(field)")
      }
      for (field, evidence) in event.fieldEvidence {
        #expect(
          evidence.span.end <= text.utf8.count && evidence.span.start >= 0, "\(e.id) \(field)")
      }
    }
    for e in expected.events {
      guard let part = e.part_of else { continue }
      #expect(found[e.id]?.1.partOf == found[part]?.1.id, "\(e.id) part of \(part)")
    }
    // Nothing else: the articles hold exactly the expected events.
    let (_, voa) = try Self.extraction("000_c465d255b32b5354.txt")
    let (_, ap) = try Self.extraction("003_25599c0bf23c55dc.txt")
    #expect(voa.events.count == expected.events.filter { $0.article.hasPrefix("000") }.count)
    #expect(ap.events.count == expected.events.filter { $0.article.hasPrefix("003") }.count)
  }

  @Test func countsNothingThatIsNotACasualty() throws {
    guard let expected = try Self.expected() else { return }
    for seed in Self.files.keys {
      let (text, x) = try Self.extraction(seed)
      for phrase in expected.not_casualties {
        guard let span = Self.span(of: phrase, in: text) else { continue }
        for e in x.events {
          for key in ["killed", "injured"] {
            if let ev = e.fieldEvidence[key] {
              #expect(!ev.span.overlaps(span), "'\(phrase)' read as \(key) in event \(e.id)")
            }
          }
        }
      }
    }
  }

  @Test func readsTheArticleStructure() throws {
    let (voaText, voa) = try Self.extraction("000_c465d255b32b5354.txt")
    // No headline: the article is named by its lede, not by the photo caption above it.
    #expect(voa.title?.hasPrefix("Russia said Sunday that new talks are under way") == true)
    #expect(
      voa.date
        == ArticleDate(
          day: Day(year: 2016, month: 5, day: 1), basis: .inferred,
          note: "latest explicit date 2016-04-29 (Friday) + 'Sunday' → 2016-05-01"))
    // The caption printed twice is one event; the cut-off copy line gives none.
    let caption = "Smoke rises after airstrikes on the rebel-held al-Sakhour"
    #expect(voa.events.filter { $0.evidence.span.slice(of: voaText).hasPrefix(caption) }.count == 1)
    let cut = try #require(Self.span(of: "posted online fr\n", in: voaText))
    #expect(!voa.events.contains { $0.evidence.span.overlaps(cut) })

    let (_, ap) = try Self.extraction("003_25599c0bf23c55dc.txt")
    #expect(ap.title == "Syria Strikes Kill 400 So Far This Month in Aleppo")
    #expect(ap.outlet == "AP")
    #expect(ap.dateline == "GENEVA")
    #expect(ap.date.basis == .stated)
  }

  @Test func leavesRelativeDatesOpenUntilTheArticleDateIsSet() throws {
    let text = try DevData.sample("ap-2014-02-13-aleppo-barrel-bombs.txt")
    let open = Extractor().extract(ArticleInput(id: "003", text: text))
    #expect(open.date == .unknown)
    let homs = try #require(open.events.first { $0.type == .ceasefire })
    #expect(homs.date == nil)
    #expect(homs.dateExpression?.raw == "for three days as of Thursday")
    let resolved = homs.resolvingDate(articleDate: Day(year: 2014, month: 2, day: 13))
    #expect(
      resolved.date
        == EventDate(
          start: Day(year: 2014, month: 2, day: 13), end: Day(year: 2014, month: 2, day: 16),
          precision: .range))
  }
}

@Suite struct ArticleTotalsTests {
  @Test func sumsIncidentsWithoutCountingPartsOrTotalsTwice() throws {
    let text = try DevData.sample("voa-2016-05-01-aleppo-talks.txt")
    let x = Extractor().extract(ArticleInput(id: "000", text: text))
    // 50 in the hospital (a part of an aggregate 250) + 5 on Saturday; not 250, not 859.
    #expect(x.incidentKilledBest == 55)
    let nested =
      "Shelling killed 12 people in Homs on Monday, including 4 children hit in an airstrike."
    let y = Extractor().extract(
      ArticleInput(id: "n", text: nested, date: Day(year: 2016, month: 5, day: 3)))
    #expect(y.events.count == 2)
    #expect(y.incidentKilledBest == 12)
  }
}
