import ArgumentParser
import EventExtraction
import Foundation
import SitrepKit

/// `sitrep extract`: a streaming filter from articles to JSON Lines of events.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract events as JSON Lines (one event per line) for pipelines.",
    discussion: """
      Reads .txt/.md articles, directories of them, and JSON Lines corpora ({"id", "text"} with
      optional title, date, source); '-' or no path reads JSON Lines from standard input. Each
      article's events depend on that article alone, so the output of a split corpus concatenates
      to the output of the whole. Format: docs/extract-format.md.
      """)

  @Argument(help: "Files, directories or '-' (standard input).")
  var paths: [String] = []

  @Option(help: "Worker threads (default: every core).")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Articles per batch.")
  var batch = 512

  func run() throws {
    signal(SIGPIPE, SIG_IGN)
    var files: [String] = []
    for path in paths.isEmpty ? ["-"] : paths {
      if path == "-" {
        files.append(path)
        continue
      }
      switch SourceFiles.expand(path) {
      case .success(let found): files += found
      case .failure:
        StandardConsole.put("sitrep extract: error: no such file or directory '\(path)'\n", fd: 2)
        throw ExitCode(2)
      }
    }
    let extractor = Extractor()
    var stream = CorpusStream(files: files)
    var reported = 0
    while true {
      let articles = stream.next(max(1, batch))
      for error in stream.errors.dropFirst(reported) { StandardConsole.put(error + "\n", fd: 2) }
      reported = stream.errors.count
      if articles.isEmpty { break }
      let lines = ParallelMap.map(articles, workers: jobs) { article in
        extractor.extract(article).events.map { event -> String in
          var event = event
          event.id = "\(article.id)#\(event.id)"
          event.partOf = event.partOf.map { "\(article.id)#\($0)" }
          event.article = article.id
          return EventRecord(event: event, text: article.text).jsonLine() + "\n"
        }.joined()
      }
      StandardConsole.put(lines.joined(), fd: 1)
    }
    if reported > 0 { throw ExitCode(1) }
  }
}
