import Testing

@testable import QueryLanguage

/// `load` and its kinds: articles, `events` (extract output), `gazetteer`, `actors`.
@Suite struct ParserLoadTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var source: String
    var kind: LoadKind
    var paths: [String]
    var testDescription: String { source }
  }

  @Test(arguments: [
    Case(source: "load events out.jsonl", kind: .events, paths: ["out.jsonl"]),
    Case(source: "LOAD Events a.jsonl, b.jsonl", kind: .events, paths: ["a.jsonl", "b.jsonl"]),
    Case(source: "load events \"my events.jsonl\"", kind: .events, paths: ["my events.jsonl"]),
    // Alone, `events` is a path (a directory called events), as `gazetteer` is.
    Case(source: "load events", kind: .articles, paths: ["events"]),
    Case(source: "load Samples/articles", kind: .articles, paths: ["Samples/articles"]),
    Case(source: "load gazetteer places.tsv", kind: .gazetteer, paths: ["places.tsv"]),
  ])
  func parsesTheKindAndItsFiles(_ c: Case) {
    guard case .success(let statement) = Parser.parse(c.source),
      case .load(let kind, let paths) = statement.command
    else {
      Issue.record("not a load: \(c.source)")
      return
    }
    #expect(kind == c.kind)
    #expect(paths.map(\.text) == c.paths)
  }

  @Test func theCatalogListsLoadEvents() {
    let load = CommandCatalog.all.first { $0.name == "load" }
    #expect(load?.syntax.contains("load events FILE.jsonl...") == true)
  }
}
