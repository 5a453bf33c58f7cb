import EventExtraction
import QueryLanguage
import Testing

@testable import SitrepKit

/// Every operator, and every field an event has, through the parser and the evaluator.
@Suite struct ExpressionEvaluatorTests {
  static let session: Session = {
    var event = Fixtures.event(
      "e1", type: .airstrike, killed: Casualties(low: 45, best: 50, high: 60, qualifier: .range, victims: "civilians"),
      place: "Дамаск", date: "2016-04-29")
    event.injured = .exactly(7)
    event.actors = ["Syrian government forces", "Russia"]
    event.target = "hospital"
    event.source = "Syrian Observatory for Human Rights"
    event.place?.admin1 = "Damascus"
    var session = Fixtures.session([event, Fixtures.event("e2", type: .protest, place: nil, date: nil, scope: .aggregate, partOf: "e1")])
    session.events[0].tags = ["checked"]
    session.events[0].notes = ["MSF gives 55"]
    session.events[1].status = .rejected
    return session
  }()

  static let cases: [(String, [String])] = [
    ("id = e1", ["e1"]), ("id != e1", ["e2"]), ("article = a1", ["e1", "e2"]),
    ("type = AIRSTRIKE", ["e1"]), ("acled.type = \"Explosions/Remote violence\"", ["e1"]),
    ("acled.subtype ~ drone", ["e1"]), ("cameo = 195", ["e1"]), ("cameo = 141", ["e2"]),
    ("killed = 50", ["e1"]), ("killed > 49", ["e1"]), ("killed >= 51", []), ("killed < 51", ["e1"]),
    ("killed <= 50", ["e1"]), ("killed.low = 45", ["e1"]), ("killed.high = 60", ["e1"]),
    ("killed = 40..55", ["e1"]), ("killed is missing", ["e2"]), ("injured = 7", ["e1"]),
    ("victims = civilians", ["e1"]), ("place = дамаск", ["e1"]), ("place ~ мас", ["e1"]),
    ("admin1 = damascus", ["e1"]), ("country = Syria", ["e1"]), ("date = 2016-04", ["e1"]),
    ("date = 2016-04-29", ["e1"]), ("date = 2016-04-01..2016-04-28", []), ("date < 2016-05", ["e1"]),
    ("date > 2016-04-28", ["e1"]), ("month = 2016-04", ["e1"]), ("year = 2016", ["e1"]),
    ("year = 2015", []), ("date is missing", ["e2"]), ("actor = russia", ["e1"]),
    ("actor ~ government", ["e1"]), ("target = hospital", ["e1"]), ("source ~ observatory", ["e1"]),
    ("scope = aggregate", ["e2"]), ("status = rejected", ["e2"]), ("tags = checked", ["e1"]),
    ("has tag CHECKED", ["e1"]), ("note ~ msf", ["e1"]), ("rule = test.rule", ["e1", "e2"]),
    ("part_of = e1", ["e2"]), ("type in (protest, riot)", ["e2"]), ("not type = protest", ["e1"]),
    ("type = protest or killed > 10", ["e1", "e2"]), ("type = protest and killed > 10", []),
    ("(type = protest or killed > 10) and scope = incident", ["e1"]), ("place is not missing", ["e1"]),
    ("target != hospital", ["e2"]), ("tags is missing", ["e2"]), ("actor is missing", ["e2"]),
    ("actor is not missing", ["e1"]),
  ]

  @Test(arguments: cases)
  func selects(_ condition: String, _ expected: [String]) throws {
    guard case .success(let statement) = Parser.parse("events where " + condition),
      case .list(let query) = statement.command, let filter = query.filter
    else {
      Issue.record("does not parse: \(condition)")
      return
    }
    let evaluator = ExpressionEvaluator(session: Self.session)
    #expect(Self.session.events.filter { evaluator.matches($0, filter) }.map(\.id) == expected)
    let inPlace = Self.session.events.withUnsafeBufferPointer { events in
      events.indices.filter { evaluator.matches(events, $0, filter) }.map { events[$0].id }
    }
    #expect(inPlace == expected)
  }

  @Test func foldsCaseWithoutAllocatingForASCIIAndFallsBackForTheRest() {
    #expect(FoldedText.equal("Aleppo", "aLEPPO"))
    #expect(!FoldedText.equal("Aleppo", "Alepp"))
    #expect(FoldedText.equal("ДАМАСК", "дамаск"))
    #expect(FoldedText.contains("Syrian Observatory", "OBSERV"))
    #expect(!FoldedText.contains("Homs", "homsx"))
    #expect(FoldedText.contains("حلب الشرقية", "حلب"))
  }
}
