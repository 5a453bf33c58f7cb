import Foundation
import Testing

@testable import SitrepKit

/// The built binary driven through standard input (the plain reader), as a pipeline would:
/// statements, a review answered line by line, exit codes, and a reader that goes away.
@Suite struct ExecutableScriptTests {
  private func sitrep(_ arguments: [String], stdin: String) throws -> (String, String, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillRecoveryTests.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.packageRoot)
    var environment = ProcessInfo.processInfo.environment
    environment["SITREP_ANALYST"] = "ana"
    process.environment = environment
    let input = Pipe()
    let out = Pipe()
    let err = Pipe()
    process.standardInput = input
    process.standardOutput = out
    process.standardError = err
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self), process.terminationStatus)
  }

  private var built: Bool {
    if FileManager.default.isExecutableFile(atPath: KillRecoveryTests.binary) { return true }
    print("skipped: build the binary first (\(KillRecoveryTests.binary) is absent)")
    return false
  }

  @Test func aReviewIsAnsweredFromTheLinesThatFollowIt() throws {
    guard built else { return }
    let script = """
      load Samples/articles
      review where place = Homs
      a
      r
      count events where status = accepted
      count events where status = rejected
      log

      """
    let (out, err, status) = try sitrep([], stdin: script)
    #expect(status == 0, "\(err)")
    #expect(out.contains("── 1 of 2 ── e3 in a1 "))
    #expect(out.contains("reviewed: 1 accepted, 1 rejected, 0 left\n1\n1\n"))
    #expect(out.contains("review: accept e3"))
    #expect(out.contains("review: reject e4"))
  }

  @Test func aReviewInDashCTakesItsAnswersFromStandardInput() throws {
    guard built else { return }
    let (out, err, status) = try sitrep(
      ["-c", "load Samples/articles; review where place = Homs; count events where status = rejected"],
      stdin: "a\nr\n")
    #expect(status == 0, "\(err)")
    #expect(out.contains("reviewed: 1 accepted, 1 rejected, 0 left\n1\n"))
  }

  @Test func aFailingStatementOnStandardInputStopsWithItsLine() throws {
    guard built else { return }
    let (out, err, status) = try sitrep([], stdin: "echo one\n\nshow e9\necho never\n")
    #expect(out == "one\n")
    #expect(err.hasPrefix("<stdin>:3:6: error: no event 'e9'; no events yet\n"))
    #expect(status == 1)
    let (_, _, going) = try sitrep(["--keep-going"], stdin: "show e9\necho after\n")
    #expect(going == 1)
  }

  @Test func outputFromTheStartKeepsStandardOutputForTheData() throws {
    guard built else { return }
    let dir = Fixtures.temporaryDirectory()
    // Saved with 'output markdown': the file's setting does not override the run's.
    let (_, _, saved) = try sitrep(["-c", "load Samples/articles; output markdown; save \(dir)/s.json"], stdin: "")
    #expect(saved == 0)
    let (out, err, status) = try sitrep(
      ["--output", "csv", "--session", "\(dir)/s.json", "-c", "tag e1 checked; events where tag = checked select id, type"],
      stdin: "")
    #expect(status == 0, "\(err)")
    #expect(out == "id,type\r\ne1,airstrike\r\n")
    #expect(
      err == "opened \(dir)/s.json: 2 articles, 13 events\ntagged 1 event\n"
        + "note: the changes since the last save are not saved into '\(dir)/s.json'; they stay in its "
        + "journal and come back when it is opened ('save' at the end of the run writes them)\n")
    let (again, _, _) = try sitrep(["-c", "output csv; open \(dir)/s.json; count events where tag = checked"], stdin: "")
    #expect(again == "1\n")
    let (_, bad, usage) = try sitrep(["--output", "jsn"], stdin: "")
    #expect(usage == 2)
    #expect(bad.contains("Please provide one of 'table', 'csv', 'json' or 'markdown'"))
  }

  @Test func aFolderOrAnArticleIsNoScript() throws {
    guard built else { return }
    let (_, folder, status) = try sitrep(["Samples/articles"], stdin: "")
    #expect(status == 2)
    #expect(
      folder == "sitrep: error: 'Samples/articles' is a directory, not a script\n"
        + "sitrep: hint: 'load Samples/articles' reads the articles in it\n")
    let article = "Samples/articles/voa-2016-05-01-aleppo-talks.txt"
    let (_, text, code) = try sitrep([article], stdin: "")
    #expect(code == 2)
    #expect(text.hasPrefix("sitrep: error: '\(article)' looks like articles (.txt), not a script\n"))
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (_, err, outcome) = Fixtures.run(&shell, "run Samples/articles")
    #expect(outcome == .failure)
    #expect(err.hasPrefix("<input>:1:5: error: 'Samples/articles' is a directory, not a script\n"))
  }

  @Test func usageErrorsExitTwo() throws {
    guard built else { return }
    let (_, err, status) = try sitrep(["--no-such-flag"], stdin: "")
    #expect(status == 2)
    #expect(err.contains("--no-such-flag"))
  }
}
