import EventExtraction
import QueryLanguage

/// How a run of statements ended.
public enum RunOutcome: Sendable, Equatable {
  case success
  /// A statement failed (the error was reported).
  case failure
  /// `quit` asked to leave.
  case quit
}

/// The command interpreter: statements in, results and rendered errors out.
///
/// It never prints or exits; it writes to a ``Console``. The executable feeds it lines from a
/// terminal, a script or standard input.
public struct Shell {
  public var session = Session()
  public var context: ShellContext
  /// The file the session was opened from or last saved to.
  public var sessionPath: String?
  /// Whether there are changes not yet saved.
  public private(set) var isDirty = false
  public var timerOn = false
  /// The extractor for the session's dictionaries, made on first use (the built-in gazetteer
  /// takes a moment to load, so start-up does not pay for it).
  private var cachedExtractor: (DictionaryAdditions, Extractor)?

  /// Places `set ... place =` resolves against: the built-in gazetteer plus the session's.
  var gazetteer: Gazetteer {
    session.dictionary.places.isEmpty ? Gazetteer.builtIn : Gazetteer.builtIn.merging(session.dictionary.places)
  }

  /// The extractor with the session's dictionary additions.
  mutating func extractor() -> Extractor {
    if let (additions, extractor) = cachedExtractor, additions == session.dictionary { return extractor }
    let actors = session.dictionary.actors.isEmpty ? ActorDictionary.builtIn : ActorDictionary.builtIn.merging(session.dictionary.actors)
    let extractor = Extractor(gazetteer: gazetteer, actors: actors)
    cachedExtractor = (session.dictionary, extractor)
    return extractor
  }
  var quitWarned = false
  /// The file a first `open` was refused for, to keep unsaved changes (asked once, as `quit`).
  var openWarned: String?
  var scriptDepth = 0
  /// The last tally, for `chart`.
  var lastTally: TallyResult?
  /// Columns for tallies and `find`, kept until the session changes (Shell+Tally.swift).
  var queryIndex: TallyIndex?
  /// The query index being built on another thread after `open` or a load (Shell+Tally.swift).
  var indexBuild: IndexBuild?
  /// Sessions with at least this many events have their index built so; 0 in tests.
  var backgroundIndexMinimum = 50_000
  /// Reads one answer line for `review` (from the terminal or standard input); nil at the end.
  public var prompter: ((String) -> String?)?
  /// Told of every recorded change (the journal listens here).
  public var changeObserver: ((Change) -> Void)?
  /// The session file's journal and lock (Shell+SessionFile.swift).
  public internal(set) var fileState = SessionFileState()

  public init(context: ShellContext) {
    self.context = context
  }

  /// Runs every statement in `source`, reporting errors in `origin`'s terms.
  ///
  /// - Parameters:
  ///   - source: one or more statements (a typed line, or a whole script).
  ///   - origin: `<input>` or the script's path, for error locations.
  ///   - keepGoing: run on after a failing statement (the outcome is still `.failure`).
  public mutating func run(
    _ source: String, origin: String = "<input>", keepGoing: Bool = false, console: inout some Console
  ) -> RunOutcome {
    let (statements, lexical) = Parser.statements(in: source)
    let renderer = DiagnosticRenderer(colors: context.colors, width: context.width)
    // Lexical errors belong to the statement they fall in (or the next one): the statements
    // before an unterminated string still run.
    var pendingLexical = lexical[...]
    var outcome = RunOutcome.success
    for tokens in statements {
      var parser = Parser(tokens: tokens)
      parser.setNames = Set(session.sets.keys)
      let started = context.clock()
      let end = tokens.last?.range.upperBound ?? SourceLocation(line: 1, column: 1)
      if let first = pendingLexical.first, first.range.map({ $0.lowerBound < end }) ?? true {
        console.report(renderer.render(first, in: source, origin: origin))
        pendingLexical = pendingLexical.drop { $0.range.map { $0.lowerBound < end } ?? true }
        if !keepGoing { return .failure }
        outcome = .failure
        continue
      }
      switch parser.parseStatement() {
      case .failure(let diagnostic):
        console.report(renderer.render(diagnostic, in: source, origin: origin))
        outcome = .failure
      case .success(let statement):
        do {
          if try execute(statement, source: source, origin: origin, console: &console) == .quit {
            return .quit
          }
          if timerOn {
            let ms = (context.clock() - started) * 1000
            console.report("time: \(ms < 10 ? String(Double(Int(ms * 100)) / 100) : String(Int(ms))) ms\n")
          }
        } catch {
          console.report(renderer.render(error, in: source, origin: origin))
          outcome = .failure
        }
      }
      reportFileWarnings(console: &console)
      if outcome == .failure, !keepGoing { return .failure }
    }
    if let first = pendingLexical.first {
      console.report(renderer.render(first, in: source, origin: origin))
      return .failure
    }
    return outcome
  }

  /// Runs one parsed statement.
  mutating func execute(
    _ statement: Statement, source: String, origin: String, console: inout some Console
  ) throws(Diagnostic) -> RunOutcome {
    if case .quit = statement.command {} else { quitWarned = false }
    if case .open = statement.command {} else { openWarned = nil }
    settleIndexBuild()
    let typed = Shell.statementText(statement.range, in: source)
    switch statement.command {
    case .load(let kind, let paths): try load(kind, paths, command: typed, console: &console)
    case .list(let query): try list(query, console: &console)
    case .count(let query): try count(query, console: &console)
    case .tally(let query): try tally(query, console: &console)
    case .define(let name, let query): try define(name, query, command: typed, console: &console)
    case .find(let text): try find(text, console: &console)
    case .read(let id): try read(id, console: &console)
    case .show(let id): try show(id, console: &console)
    case .why(let id, let field): try why(id, field, console: &console)
    case .save(let path): try save(path, console: &console)
    case .open(let path): try open(path, console: &console)
    case .run(let path): return try runScript(path, console: &console)
    case .history: showHistory(console: &console)
    case .help(let topic): try help(topic, console: &console)
    case .output(let format): try setOutput(format, console: &console)
    case .timer(let value): try setTimer(value, console: &console)
    case .policy(let value): try setPolicy(value, command: typed, console: &console)
    case .chart(let file): try chart(to: file, console: &console)
    case .echo(let words): console.write(words.map(\.text).joined(separator: " ") + "\n")
    case .quit: return requestQuit(console: &console)
    case .clear: console.clearScreen()
    case .set(let target, let values): try set(target, values, command: typed, console: &console)
    case .addEvent(let article, let quote, let values):
      try addEvent(article, quote, values, command: typed, console: &console)
    case .drop(let target): try drop(target, restore: false, command: typed, console: &console)
    case .restore(let target): try drop(target, restore: true, command: typed, console: &console)
    case .tag(let target, let names, let remove):
      try tag(target, names, remove: remove, command: typed, console: &console)
    case .note(let id, let text): try note(id, text, command: typed, console: &console)
    case .merge(let ids): try merge(ids, split: false, command: typed, console: &console)
    case .unmerge(let ids): try merge(ids, split: true, command: typed, console: &console)
    case .undo(let count): try undo(count, console: &console)
    case .redo: try redo(console: &console)
    case .log(let id): try log(id, console: &console)
    case .analyst(let name): setAnalyst(name, console: &console)
    case .review(let filter): try review(filter, console: &console)
    case .extractAgain(let ids): try extractAgain(ids, command: typed, console: &console)
    case .evaluate: evaluateSession(console: &console)
    case .exportEvents(let query, let file): try exportEvents(query, to: file, console: &console)
    case .exportTally(let query, let file): try exportTally(query, to: file, console: &console)
    case .importEvents(let file): try importEvents(file, command: typed, console: &console)
    }
    return .success
  }

  /// `quit`: leaves, unless there are unsaved changes and this is the first ask.
  public mutating func requestQuit(console: inout some Console) -> RunOutcome {
    if isDirty, context.interactive, !quitWarned {
      quitWarned = true
      if let path = sessionPath, fileState.isJournaling {
        // Every change is already in the journal, and `open` recovers it.
        console.report(
          "changes since the last save are kept in the journal of '\(path)' and come back when it "
            + "is opened; 'save' writes them into it; quit again (or Ctrl-D) to leave\n")
      } else {
        console.report(
          "unsaved changes: 'save FILE' keeps them; "
            + "quit again (or Ctrl-D) to leave without saving\n")
      }
      return .success
    }
    return .quit
  }

  /// What a run of scripts or `-c` statements says as it ends with unsaved changes to a session
  /// file: they stay in its journal, and the next `open` brings them back, which would surprise
  /// an analyst who thought a one-off run left the file alone. Nil when nothing is pending.
  public var unsavedChangesNote: String? {
    guard isDirty, let path = sessionPath, fileState.isJournaling else { return nil }
    return "note: the changes since the last save are not saved into '\(display(path))'; they stay in "
      + "its journal and come back when it is opened ('save' at the end of the run writes them)\n"
  }

  mutating func markDirty() { isDirty = true }

  mutating func markSaved(to path: String) {
    isDirty = false
    sessionPath = path
  }

  var tableRenderer: TableRenderer {
    TableRenderer(format: session.settings.output, width: context.width, colors: context.colors)
  }

  /// Prints a table in the session's output format.
  func emit(_ table: Table, console: inout some Console) {
    console.write(tableRenderer.render(table))
  }

  /// Says what a command did ("tagged 3 events"): on standard output with tables, on standard
  /// error with `output csv|json|markdown`, so that standard output carries the data alone.
  func acknowledge(_ text: String, console: inout some Console) {
    if session.settings.output == .table { console.write(text) } else { console.report(text) }
  }
}
