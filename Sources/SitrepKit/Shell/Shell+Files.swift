import Foundation
import QueryLanguage

extension Shell {
  mutating func save(_ path: Argument?, console: inout some Console) throws(Diagnostic) {
    guard let target = path.map({ context.resolve($0.text, home: home) }) ?? sessionPath else {
      throw .error("save needs a file name the first time", at: nil, hint: "save FILE")
    }
    if !session.analysts.contains(context.analyst) { session.analysts.append(context.analyst) }
    do {
      try SessionStore.save(session, to: target)
    } catch {
      throw .error("cannot save '\(display(target))': \(Shell.describe(error)); nothing was lost, the session is still open", at: path?.range)
    }
    markSaved(to: target)
    console.write("saved \(session.articles.count) articles, \(session.events.count) events to \(display(target))\n")
  }

  mutating func open(_ path: Argument, console: inout some Console) throws(Diagnostic) {
    let target = context.resolve(path.text, home: home)
    let opened: Session
    do {
      opened = try SessionStore.open(target)
    } catch {
      throw .error("cannot open '\(path.text)': \(Shell.describe(error))", at: path.range)
    }
    if isDirty {
      console.report("note: unsaved changes of the previous session were discarded\n")
    }
    session = opened
    markSaved(to: target)
    lastTally = nil
    console.write("opened \(display(target)): \(session.articles.count) articles, \(session.events.count) events\n")
  }

  mutating func runScript(_ path: Argument, console: inout some Console) throws(Diagnostic) -> RunOutcome {
    let target = context.resolve(path.text, home: home)
    guard scriptDepth < 16 else { throw .error("scripts nested too deeply (does '\(path.text)' run itself?)", at: path.range) }
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

  static func describe(_ failure: SessionStore.Failure) -> String {
    switch failure {
    case .unreadable: "no such file or it cannot be read"
    case .notASession(let format): "not a Sitrep session (format: \(format))"
    case .newerVersion(let v):
      "it was written by a newer Sitrep (format version \(v); this one reads up to \(SessionFile.currentVersion))"
    case .corrupt(let detail): "the file is damaged: \(detail); it was left untouched"
    case .writeFailed(let detail): detail
    }
  }
}
