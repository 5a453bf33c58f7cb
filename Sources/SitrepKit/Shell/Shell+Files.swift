import Foundation
import QueryLanguage

extension Shell {
  /// `save [FILE]`: writes the session atomically, folds the journal into it and, from then on,
  /// journals every change beside it. A failed save keeps everything in memory.
  mutating func save(_ path: Argument?, console: inout some Console) throws(Diagnostic) {
    guard let target = path.map({ context.resolve($0.text, home: home) }) ?? sessionPath else {
      throw .error("save needs a file name the first time", at: nil, hint: "save FILE")
    }
    let lock = try lockForSaving(target, at: path?.range)
    if !session.analysts.contains(context.analyst) { session.analysts.append(context.analyst) }
    do {
      try SessionStore.save(
        session, to: target, using: fileState.writer,
        progress: reporting("save", unit: .items))
    } catch {
      context.progress(nil)
      if lock != fileState.lock { lock.release() }
      if error == .cancelled {
        throw .error("save cancelled; \(Shell.untouched(target, display: display(target))) and the session is still open", at: path?.range)
      }
      throw .error("cannot save '\(display(target))': \(Shell.describe(error)); nothing was lost, the session is still open", at: path?.range)
    }
    context.progress(nil)
    adoptSavedFile(target, lock: lock)
    markSaved(to: target)
    acknowledge("saved \(Shell.counted(session)) to \(display(target))\n", console: &console)
  }

  /// `open FILE`: reads a session, replays its journal, and locks it (read-only when another
  /// process holds it).
  mutating func open(_ path: Argument, console: inout some Console) throws(Diagnostic) {
    let target = context.resolve(path.text, home: home)
    // Changes with no journal to keep them are lost by an open: the shell asks once, as `quit`.
    // Asked only of a file that is there: a wrong path is told as such first.
    if isDirty, context.interactive, !fileState.isJournaling, openWarned != target,
      FileManager.default.isReadableFile(atPath: target)
    {
      openWarned = target
      throw .error(
        "unsaved changes would be lost", at: path.range,
        hint: "'save FILE' keeps them; open \(path.text) again to leave them")
    }
    var opened: Session
    do {
      opened = try SessionStore.open(target, progress: reporting("open", unit: .bytes))
      context.progress(nil)
    } catch {
      context.progress(nil)
      if error == .cancelled {
        throw .error("open cancelled; the session is as it was", at: path.range)
      }
      throw .error("cannot open '\(path.text)': \(Shell.describe(error))", at: path.range)
    }
    let (lock, holder) = lockForOpening(target, console: &console)
    let (recovered, notes) = replayJournal(target, into: &opened, writable: lock != nil)
    for note in notes { console.report(note) }
    for id in opened.articlesWithChangedText {
      console.report(
        "warning: the text of article \(id) no longer matches its SHA-256 (it was changed outside "
          + "Sitrep); its evidence spans may point at the wrong words\n")
    }
    if isDirty, fileState.isJournaling, let old = sessionPath {
      console.report(
        "note: the previous session's changes since its last save stay in the journal of "
          + "'\(display(old))'; opening it again recovers them\n")
    } else if isDirty {
      console.report("note: unsaved changes of the previous session were discarded\n")
    }
    if let old = fileState.lock, old != lock { old.release() }
    // How results are written is the shell's, not the file's: `output csv; open s.json` (or
    // `--output csv`) stays CSV.
    opened.settings.output = session.settings.output
    session = opened
    markSaved(to: target)
    fileState.reset()
    fileState.lock = lock
    fileState.readOnlyHolder = holder
    fileState.journal = lock == nil ? nil : SessionJournal(sessionPath: target)
    if recovered > 0 { markDirty() }
    lastTally = nil
    startIndexBuild()
    let recoveredNote = recovered == 0 ? "" : "; recovered \(recovered) change\(recovered == 1 ? "" : "s") from the journal"
    acknowledge("opened \(display(target)): \(Shell.counted(session))\(recoveredNote)\n", console: &console)
  }

  /// Why `path` (as typed; `resolved` on disk) is no script to run: a directory, or an
  /// article or corpus by its name, which would run as statements ("unknown command 'Mali'").
  public static func notAScript(_ path: String, resolved: String) -> (message: String, hint: String?)? {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue {
      return ("'\(path)' is a directory, not a script", "'load \(path)' reads the articles in it")
    }
    let ext = (path as NSString).pathExtension.lowercased()
    guard SourceFiles.articleExtensions.contains(ext) || ext == "csv" else { return nil }
    return (
      "'\(path)' looks like articles (.\(ext)), not a script",
      "'load \(path)' reads them; 'sitrep extract \(path)' writes their events")
  }

  mutating func runScript(_ path: Argument, console: inout some Console) throws(Diagnostic) -> RunOutcome {
    let target = context.resolve(path.text, home: home)
    guard scriptDepth < 16 else { throw .error("scripts nested too deeply (does '\(path.text)' run itself?)", at: path.range) }
    if let problem = Shell.notAScript(path.text, resolved: target) {
      throw .error(problem.message, at: path.range, hint: problem.hint)
    }
    guard let data = FileManager.default.contents(atPath: target) else {
      throw .error("no such script '\(path.text)'", at: path.range)
    }
    let decoded = ArticleText(bytes: [UInt8](data))
    for note in decoded.notes { console.report("\(path.text): \(note)\n") }
    scriptDepth += 1
    defer { scriptDepth -= 1 }
    let outcome = run(decoded.text, origin: display(target), console: &console)
    if outcome == .failure {
      throw Diagnostic(.note, "script '\(path.text)' stopped at its first error", at: path.range)
    }
    return outcome
  }

  /// A progress hook for a long read or write: tells the context how far it has got and stops
  /// when the analyst presses Ctrl-C.
  func reporting(_ label: String, unit: CommandProgress.Unit) -> SessionStore.Progress {
    let context = context
    let started = context.clock()
    return { done, total in
      context.progress(
        CommandProgress(label: label, done: done, total: total, unit: unit, started: started))
      return !context.isCancelled()
    }
  }

  /// "1 article, 12 events".
  static func counted(_ session: Session) -> String {
    let a = session.articles.count
    let e = session.events.count
    return "\(a) article\(a == 1 ? "" : "s"), \(e) event\(e == 1 ? "" : "s")"
  }

  /// What a cancelled write left at `path`: the file as it was, or none.
  static func untouched(_ path: String, display: String) -> String {
    FileManager.default.fileExists(atPath: path)
      ? "'\(display)' is as it was" : "'\(display)' was not written"
  }

  static func describe(_ failure: SessionStore.Failure) -> String {
    switch failure {
    case .unreadable: "no such file or it cannot be read"
    case .notASession(let format): "not a Sitrep session (format: \(format))"
    case .otherKind(let what): "not a Sitrep session: \(what)"
    case .newerVersion(let v):
      "it was written by a newer Sitrep (format version \(v); this one reads up to \(SessionFile.currentVersion))"
    case .corrupt(let detail): "the file is damaged: \(detail); it was left untouched"
    case .writeFailed(let detail): detail
    case .cancelled: "cancelled"
    }
  }
}
