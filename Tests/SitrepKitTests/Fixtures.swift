import EventExtraction
import Foundation

@testable import SitrepKit

/// Small hand-built sessions for pinning the arithmetic and the commands.
enum Fixtures {
  static let text = "Twelve people were killed in Aleppo. At least 5 died in Homs. A total of 300 died this month."

  static func event(
    _ id: String, article: String = "a1", type: EventType = .airstrike, killed: Casualties? = nil,
    place: String? = "Aleppo", date: String? = "2016-04-29", scope: Scope = .incident,
    partOf: String? = nil, span: TextSpan = TextSpan(start: 0, end: 36)
  ) -> Event {
    Event(
      id: id, article: article, type: type, killed: killed,
      place: place.map { Place(raw: $0, name: $0, precision: .city, country: "Syria") },
      date: date.flatMap { Day(iso: $0) }.map { EventDate.on($0) }, scope: scope, partOf: partOf,
      evidence: Evidence(span: span, rule: "test.rule"),
      fieldEvidence: ["killed": Evidence(span: TextSpan(start: 0, end: 6), rule: "test.count")])
  }

  static func session(_ events: [Event], articles: [String] = ["a1"]) -> Session {
    var session = Session()
    for (i, id) in articles.enumerated() {
      session.articles.append(
        Article(
          id: id, title: "Article \(i + 1)", path: "\(id).txt", sha256: String(i), text: text,
          date: ArticleDate(day: Day(iso: "2016-05-01"), basis: .stated), outlet: "AP", dateline: nil))
    }
    session.events = events.map { SessionEvent(extracted: $0) }
    session.nextArticle = articles.count + 1
    session.nextEvent = events.count + 1
    return session
  }

  /// `session` with each article's `sha256` the real digest of its text (``session(_:articles:)``
  /// puts placeholders there), so opening it saved raises no changed-text warning.
  static func withTrueDigests(_ session: Session) -> Session {
    var session = session
    for i in session.articles.indices {
      session.articles[i].sha256 = ArticleText.sha256(session.articles[i].text)
    }
    return session
  }

  static func shell(_ session: Session = Session(), directory: String = FileManager.default.currentDirectoryPath) -> Shell {
    var shell = Shell(context: ShellContext(width: 120, workingDirectory: directory))
    shell.session = session
    return shell
  }

  /// Runs statements and returns (output, errors, outcome).
  static func run(_ shell: inout Shell, _ source: String) -> (String, String, RunOutcome) {
    var console = BufferConsole()
    let outcome = shell.run(source, console: &console)
    return (console.output, console.errors, outcome)
  }

  /// Runs `process` to its end: its standard output, standard error and exit status.
  static func outputs(of process: Process) throws -> (String, String, Int32) {
    let (out, err) = (Pipe(), Pipe())
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self),
      process.terminationStatus
    )
  }

  /// The repository's root, found from this file's path.
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// A new empty directory for one test, inside this process's ``temporaryRoot``.
  static func temporaryDirectory() -> String {
    let path = temporaryRoot + "/" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// `$TMPDIR/sitrep-test-<pid>`: every ``temporaryDirectory()`` of this test process lives
  /// here, and the whole tree is removed when the process exits, so a run leaves nothing in
  /// /tmp. Roots left by test processes that died (a crash, a kill) are swept when the next
  /// one starts; a root whose process is still alive is never touched.
  static let temporaryRoot: String = {
    let base = NSTemporaryDirectory()
    let root = base + "sitrep-test-\(getpid())"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
    for name in names where name.hasPrefix("sitrep-test-") {
      guard let pid = Int32(name.dropFirst("sitrep-test-".count)), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(atPath: base + name) }
    }
    try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: Fixtures.temporaryRoot) }
    return root
  }()
}
