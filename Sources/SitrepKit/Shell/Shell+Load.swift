import EventExtraction
import Foundation
import QueryLanguage

extension Shell {
  mutating func load(
    _ kind: LoadKind, _ paths: [Argument], command: String, console: inout some Console
  ) throws(Diagnostic) {
    if kind == .events { return try loadEvents(paths, command: command, console: &console) }
    guard kind == .articles else {
      return try loadDictionary(kind, paths, command: command, console: &console)
    }
    let extractor = extractor()
    // Each file with the argument that named it, and whether it named exactly that file.
    var files: [(String, Argument, named: Bool)] = []
    for argument in paths {
      let resolved = context.resolve(argument.text, home: home)
      switch scan(resolved) {
      case .success(let found): files += found.map { ($0, argument, found == [resolved]) }
      case .failure(let problem): throw loadDiagnostic(problem, argument)
      }
    }
    let (pending, skipped, skippedFiles) = try readArticles(files, console: &console)
    // The same text loaded twice is recognised by its SHA-256 and not added again.
    var known = Set(session.articles.map(\.sha256))
    var fresh: [PendingArticle] = []
    var duplicates = 0
    for var article in pending {
      article.sha256 = ArticleText.sha256(article.input.text)
      if known.insert(article.sha256).inserted {
        fresh.append(article)
      } else {
        duplicates += 1
        // Named one by one up to five; the summary counts them all.
        if !article.path.contains("#"), duplicates <= 5 {
          console.report("\(article.path): already loaded (same text), not added again\n")
        }
      }
    }
    // A cancelled load leaves the session as it was.
    var transaction = Transaction(session: session)
    var events = 0
    try extractInBatches(
      fresh, label: "load", untouched: "nothing was added", extractor: extractor,
      input: { $0.isFile ? FileNameDate.dated($0.input, name: $0.input.id) : $0.input }
    ) { article, extraction in
      transaction.add(article: article.article(extraction), extraction: extraction)
      events += extraction.events.count
    }
    let added = fresh.count
    var summary = "loaded \(added) article\(added == 1 ? "" : "s"), \(events) event\(events == 1 ? "" : "s")"
    if duplicates > 0 { summary += "; \(duplicates) already loaded" }
    if skipped > 0 { summary += "; \(skipped) record\(skipped == 1 ? "" : "s") skipped" }
    if skippedFiles > 0 { summary += "; \(skippedFiles) file\(skippedFiles == 1 ? "" : "s") skipped" }
    commit(transaction, command: command, undoable: false)
    acknowledge(summary + "\n", console: &console)
  }

  /// Reads the files of a `load` (articles, or JSON Lines and CSV corpora of articles), with
  /// progress in MB and Ctrl-C checked before each file.
  ///
  /// - Returns: the articles waiting for extraction, the corpus records skipped and the files
  ///   skipped.
  private func readArticles(
    _ files: [(String, Argument, named: Bool)], console: inout some Console
  ) throws(Diagnostic) -> (pending: [PendingArticle], skipped: Int, skippedFiles: Int) {
    var pending: [PendingArticle] = []
    var skipped = 0
    var skippedFiles = 0
    defer { context.progress(nil) }
    // Reading a large directory or corpus can take long: progress in MB read, and Ctrl-C
    // stops it before anything is added.
    let sizes = files.map { SourceFiles.size(of: $0.0) ?? 0 }
    let totalBytes = sizes.reduce(0, +)
    let reading = context.clock()
    var read = 0
    for (k, (file, argument, named)) in files.enumerated() {
      if k > 0 {
        read += sizes[k - 1]
        context.progress(CommandProgress(label: "reading", done: read, total: totalBytes, unit: .bytes, started: reading))
      }
      if context.isCancelled() { throw Shell.loadCancelled }
      let lower = file.lowercased()
      let isCorpus = lower.hasSuffix(".jsonl") || lower.hasSuffix(".csv")
      if !isCorpus, let size = SourceFiles.size(of: file), size > ArticleText.maximumBytes {
        console.report(
          "\(display(file)): skipped: \(size >> 20) MB is more than an article's \(ArticleText.maximumBytes >> 20) MB; "
            + "split it, or load it as a JSON Lines corpus of articles\n")
        skippedFiles += 1
        continue
      }
      guard let data = FileManager.default.contents(atPath: file) else {
        throw .error("cannot read '\(argument.text)': permission denied or not a file", at: argument.range)
      }
      if isCorpus {
        let text = ArticleText(bytes: [UInt8](data)).text
        // A large corpus takes a while to parse: its progress in the lines read, as bytes.
        let (context, size, done) = (context, sizes[k], read)
        let show = { (part: Int, all: Int) -> Bool in
          let bytes = done + Int(Double(size) * Double(part) / Double(max(all, 1)))
          context.progress(CommandProgress(label: "reading", done: bytes, total: totalBytes, unit: .bytes, started: reading))
          return !context.isCancelled()
        }
        let (records, errors) =
          lower.hasSuffix(".csv")
          ? CSVCorpusReader.records(in: text, progress: show)
          : CorpusReader.records(in: text, progress: show)
        if context.isCancelled() { throw Shell.loadCancelled }
        for error in errors.prefix(5) {
          console.report("\(display(file)):\(error.line): skipped: \(error.message)\n")
        }
        if errors.count > 5 { console.report("\(display(file)): \(errors.count - 5) more lines skipped\n") }
        skipped += errors.count
        if records.isEmpty, !errors.isEmpty, Shell.looksLikeEvents(data) {
          console.report(
            "\(display(file)): these look like extracted events; load them with 'load events \(argument.text)'\n")
        }
        pending += records.map {
          PendingArticle(input: $0.input, path: "\(display(file))#\($0.id)", notes: [], isFile: false)
        }
        continue
      }
      let bytes = [UInt8](data)
      // An empty or binary file is no article: an error when named, else skipped with a note.
      if let refusal = ArticleText.refusal(of: bytes) {
        if named { throw .error("'\(argument.text)' \(refusal)", at: argument.range) }
        console.report("\(display(file)): skipped: it \(refusal)\n")
        skippedFiles += 1
        continue
      }
      let decoded = ArticleText(bytes: bytes)
      for note in decoded.notes { console.report("\(display(file)): \(note)\n") }
      // No title given: the extractor names the article by its headline, else by its lede
      // (a first line may be a photo caption); `article(_:)` falls back to the first line.
      let input = ArticleInput(id: (file as NSString).lastPathComponent, text: decoded.text)
      pending.append(PendingArticle(input: input, path: display(file), notes: decoded.notes))
    }
    return (pending, skipped, skippedFiles)
  }

  private func loadDiagnostic(_ problem: SourceFiles.Problem, _ argument: Argument) -> Diagnostic {
    switch problem {
    case .notFound: .error("no such file or directory '\(argument.text)'", at: argument.range)
    case .noMatches: .error("no files match '\(argument.text)'", at: argument.range)
    case .emptyDirectory:
      .error("no .txt, .md or .jsonl files in directory '\(argument.text)'", at: argument.range)
    case .unreadable: .error("cannot read directory '\(argument.text)'", at: argument.range)
    case .symlinkLoop:
      .error("cannot open '\(argument.text)': too many levels of symbolic links", at: argument.range)
    case .cancelled: Shell.loadCancelled
    }
  }

  /// What a `load` stopped by Ctrl-C says, whatever it was doing.
  static let loadCancelled = Diagnostic.error("load cancelled; nothing was added", at: nil)

  /// The files a `load` argument names (``SourceFiles/expand(_:scanning:)``), with the count of
  /// files found shown while a large folder is scanned, and Ctrl-C stopping the scan.
  func scan(_ path: String) -> Result<[String], SourceFiles.Problem> {
    let (context, started) = (context, context.clock())
    var shown = false
    defer { if shown { context.progress(nil) } }
    return SourceFiles.expand(path) { found in
      shown = true
      context.progress(.scanning(found: found, started: started))
      return !context.isCancelled()
    }
  }

  var home: String? { ProcessInfo.processInfo.environment["HOME"] }

  /// A path as the analyst would like to read it: relative to the working directory when inside it.
  func display(_ path: String) -> String {
    let base = context.workingDirectory.hasSuffix("/") ? context.workingDirectory : context.workingDirectory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}

/// An article read from disk, waiting for extraction.
struct PendingArticle: Sendable {
  var input: ArticleInput
  var path: String
  var notes: [String]
  var sha256 = ""
  /// Whether it is a file of its own (its name may carry its date), not a corpus record.
  var isFile = true

  /// The session's article for it, with what the extractor read (title, date, outlet).
  func article(_ extraction: ArticleExtraction) -> Article {
    Article(
      id: "", title: extraction.title ?? input.title ?? ArticleText.title(of: input.text),
      path: path, sha256: sha256, text: input.text, date: extraction.date, outlet: extraction.outlet,
      dateline: extraction.dateline, loadNotes: notes)
  }
}
