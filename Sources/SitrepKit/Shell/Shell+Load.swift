import EventExtraction
import Foundation
import QueryLanguage

extension Shell {
  mutating func load(
    _ kind: LoadKind, _ paths: [Argument], command: String, console: inout some Console
  ) throws(Diagnostic) {
    guard kind == .articles else {
      return try loadDictionary(kind, paths, command: command, console: &console)
    }
    let extractor = extractor()
    var files: [(String, Argument)] = []
    for argument in paths {
      switch SourceFiles.expand(context.resolve(argument.text, home: home)) {
      case .success(let found): files += found.map { ($0, argument) }
      case .failure(let problem): throw loadDiagnostic(problem, argument)
      }
    }
    var added = 0
    var duplicates = 0
    var events = 0
    var skipped = 0
    var transaction = Transaction(session: session)
    for (file, argument) in files {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw .error("cannot read '\(argument.text)': permission denied or not a file", at: argument.range)
      }
      if file.lowercased().hasSuffix(".jsonl") || file.lowercased().hasSuffix(".csv") {
        let text = ArticleText(bytes: [UInt8](data)).text
        let isCSV = file.lowercased().hasSuffix(".csv")
        let (records, errors) = isCSV ? CSVCorpusReader.records(in: text) : CorpusReader.records(in: text)
        for error in errors.prefix(5) {
          console.report("\(display(file)):\(error.line): skipped: \(error.message)\n")
        }
        if errors.count > 5 { console.report("\(display(file)): \(errors.count - 5) more lines skipped\n") }
        skipped += errors.count
        for record in records {
          let outcome = addArticle(
            input: record.input, path: "\(display(file))#\(record.id)", notes: [], extractor: extractor,
            to: &transaction)
          if let n = outcome { added += 1; events += n } else { duplicates += 1 }
        }
        continue
      }
      let decoded = ArticleText(bytes: [UInt8](data))
      for note in decoded.notes { console.report("\(display(file)): \(note)\n") }
      let name = (file as NSString).lastPathComponent
      let input = ArticleInput(id: name, text: decoded.text, title: decoded.title)
      if let n = addArticle(
        input: input, path: display(file), notes: decoded.notes, extractor: extractor, to: &transaction)
      {
        added += 1
        events += n
      } else {
        duplicates += 1
        console.report("\(display(file)): already loaded (same text), not added again\n")
      }
    }
    var summary = "loaded \(added) article\(added == 1 ? "" : "s"), \(events) event\(events == 1 ? "" : "s")"
    if duplicates > 0 { summary += "; \(duplicates) already loaded" }
    if skipped > 0 { summary += "; \(skipped) record\(skipped == 1 ? "" : "s") skipped" }
    commit(transaction, command: command, undoable: false)
    console.write(summary + "\n")
  }

  /// Extracts and adds one article unless the same text is loaded; returns its event count.
  private func addArticle(
    input: ArticleInput, path: String, notes: [String], extractor: Extractor,
    to transaction: inout Transaction
  ) -> Int? {
    let sha = ArticleText.sha256(input.text)
    if transaction.session.articles.contains(where: { $0.sha256 == sha }) { return nil }
    let extraction = extractor.extract(input)
    let article = Article(
      id: "", title: extraction.title ?? input.title ?? ArticleText(bytes: Array(input.text.utf8)).title,
      path: path, sha256: sha, text: input.text, date: extraction.date, outlet: extraction.outlet,
      dateline: extraction.dateline, loadNotes: notes)
    transaction.add(article: article, extraction: extraction)
    return extraction.events.count
  }

  private func loadDiagnostic(_ problem: SourceFiles.Problem, _ argument: Argument) -> Diagnostic {
    switch problem {
    case .notFound: .error("no such file or directory '\(argument.text)'", at: argument.range)
    case .noMatches: .error("no files match '\(argument.text)'", at: argument.range)
    case .emptyDirectory:
      .error("no .txt, .md or .jsonl files in directory '\(argument.text)'", at: argument.range)
    case .unreadable: .error("cannot read directory '\(argument.text)'", at: argument.range)
    }
  }

  var home: String? { ProcessInfo.processInfo.environment["HOME"] }

  /// A path as the analyst would like to read it: relative to the working directory when inside it.
  func display(_ path: String) -> String {
    let base = context.workingDirectory.hasSuffix("/") ? context.workingDirectory : context.workingDirectory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}
