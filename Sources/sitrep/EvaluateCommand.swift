import ArgumentParser
import EventExtraction
import Foundation
import SitrepKit

/// `sitrep evaluate GOLD.jsonl`: scores extraction against human-coded records.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Score extraction against human-coded records (ACLED-style JSON Lines).",
    discussion: """
      Each line: {"id", "text", "fatalities", "event_type", ...} as in ACLED's notes. Reports the \
      share of records with deaths whose count is exactly right, precision/recall/F1 of "someone \
      was killed", mean absolute error, type agreement with ACLED's event_type, and the worst misses.
      """)

  @Argument(help: "The gold file (JSON Lines).", completion: .file(extensions: ["jsonl"]))
  var gold: String

  @Option(help: "How many of the worst misses to list.")
  var misses = 10

  func run() throws {
    guard let data = FileManager.default.contents(atPath: gold) else {
      FileHandle.standardError.write(Data("sitrep: error: cannot read '\(gold)'\n".utf8))
      throw ExitCode(2)
    }
    let records: [GoldRecord]
    switch GoldFile.records(jsonLines: String(decoding: data, as: UTF8.self)) {
    case .success(let read): records = read
    case .failure(let error):
      FileHandle.standardError.write(Data("\(gold):\(error.line): \(error.message)\n".utf8))
      throw ExitCode(1)
    }
    let extractor = Extractor()
    let report = Evaluator.evaluate(records) { record in
      Prediction(extraction: extractor.extract(ArticleInput(id: record.id, text: record.text)))
    }
    var console = StandardConsole()
    console.write(EvaluationText.render(report, misses: misses))
  }
}
