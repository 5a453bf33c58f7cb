import EventExtraction
import QueryLanguage
import Testing

@testable import SitrepKit

@Suite struct ValueColumnTests {
  private let session = Fixtures.session(
    ["Homs", "Aleppo", "Homs", nil, "Idlib", "Aleppo", "Daraa"].enumerated().map { i, place in
      Fixtures.event("e\(i + 1)", place: place)
    })

  @Test(arguments: [1, 2, 3, 7, 20])
  func numbersValuesInEventOrderOnAnyNumberOfSlices(_ workers: Int) {
    let column = ValueColumn(field: .place, session: session, workers: workers)
    #expect(
      column.values == [.text("Homs"), .text("Aleppo"), .missing, .text("Idlib"), .text("Daraa")])
    #expect(column.ids == [0, 1, 0, 2, 3, 1, 4])
  }

  @Test func decidesEachDistinctValueOnce() {
    let column = ValueColumn(field: .place, session: session, workers: 2)
    var decided: [FieldValue] = []
    let test = column.test { value in
      decided.append(value)
      return value == .text("Aleppo")
    }
    #expect(decided.count == 5)
    #expect((0..<7).filter(test) == [1, 5])
  }

  @Test(arguments: [1, 2, 3])
  func readsActorListsAsTheEvaluatorDoes(_ workers: Int) {
    let lists = [["Russia"], [], ["Russia", "United States"], ["Russia"], [], ["United States"]]
    let session = Fixtures.session(
      lists.enumerated().map { i, actors in
        var event = Fixtures.event("e\(i + 1)")
        event.actors = actors
        return event
      })
    let column = ValueColumn(field: .actor, session: session, workers: workers)
    let read = column.ids.map { column.values[Int($0)] }
    #expect(read == lists.map { .list($0) })
    #expect(read == session.events.map { $0.value(of: .actor, in: session) })
    #expect(column.ids == [0, 1, 2, 0, 1, 3])
  }

  @Test(arguments: ValueColumn.fields.sorted { $0.rawValue < $1.rawValue })
  func readsEveryFieldAsTheEvaluatorDoes(_ field: QueryField) {
    var session = Fixtures.session(
      [
        Fixtures.event("e1", type: .shelling, place: "Homs", date: "2016-04-29"),
        Fixtures.event("e2", article: "a2", place: nil, date: nil, scope: .aggregate),
        Fixtures.event("e3", type: .armedClash, place: "Idlib", date: "2016-05-02"),
      ], articles: ["a1", "a2"])
    session.events[0].current.actors = ["Russia"]
    session.events[0].current.source = "SOHR"
    session.events[1].tags = ["checked", "hospital"]
    session.events[2].status = .accepted
    let column = ValueColumn(field: field, session: session)
    #expect(
      column.ids.map { column.values[Int($0)] }
        == session.events.map { $0.value(of: field, in: session) })
  }

  /// Events of two articles (the second without an outlet), one with its own source, and one
  /// whose article is not in the session.
  private static func articleSession() -> Session {
    var withSource = Fixtures.event("e2", article: "a1")
    withSource.source = "SOHR"
    var session = Fixtures.session(
      [
        Fixtures.event("e1", article: "a1"), withSource, Fixtures.event("e3", article: "a2"),
        Fixtures.event("e4", article: "a9"), Fixtures.event("e5", article: "a1"),
      ], articles: ["a1", "a2"])
    session.articles[1].outlet = nil
    return session
  }

  @Test(arguments: [QueryField.article, .outlet, .source], [1, 2, 3])
  func readsArticleFieldsOncePerArticleAsTheEvaluatorDoes(_ field: QueryField, _ workers: Int) {
    let session = Self.articleSession()
    let index = TallyIndex(session: session)
    #expect(index.articlesUnique)
    let column = ValueColumn(
      field: field, session: session, articles: (index.article, index.articleNames.count),
      workers: workers)
    let read = column.ids.map { column.values[Int($0)] }
    #expect(read == session.events.map { $0.value(of: field, in: session) })
    let expected: [FieldValue] =
      switch field {
      case .article: ["a1", "a1", "a2", "a9", "a1"].map { .text($0) }
      case .outlet: [.text("AP"), .text("AP"), .missing, .missing, .text("AP")]
      default: [.text("AP"), .text("SOHR"), .missing, .missing, .text("AP")]
      }
    #expect(read == expected)
  }
}
