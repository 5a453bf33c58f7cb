import Foundation
import Testing

@testable import SitrepKit

/// Kills the real `sitrep` binary with SIGKILL while it runs a script of edits against a saved
/// session, then reopens the session: every change the binary acknowledged (printed) must be there.
@Suite struct KillRecoveryTests {
  static let binary = Fixtures.packageRoot + "/.build/debug/sitrep"

  /// Runs `script` in the binary and kills it after `delay` seconds; returns what it printed.
  private func runAndKill(script: String, delay: Double) throws -> (String, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = [script]
    var environment = ProcessInfo.processInfo.environment
    environment["SITREP_ANALYST"] = "killer"
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    let errorPath = script + ".err"
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    process.standardError = errors
    try process.run()
    usleep(useconds_t(delay * 1_000_000))
    kill(process.processIdentifier, SIGKILL)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errors.close()
    let reported = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    return (String(decoding: data, as: UTF8.self), reported)
  }

  @Test func noAcknowledgedChangeIsLostToKillDashNine() throws {
    guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
      print("skipped: build the binary first (\(Self.binary) is absent)")
      return
    }
    let dir = Fixtures.temporaryDirectory()
    let sessionPath = dir + "/s.json"
    try SessionStore.save(Fixtures.session([Fixtures.event("e1")]), to: sessionPath)
    var acknowledged: [String] = []
    var generator = SystemRandomNumberGenerator()
    for round in 1...20 {
      var lines = ["open \"\(sessionPath)\""]
      for i in 1...150 {
        lines.append("let r\(round)_\(i) = events")
        if i % 50 == 0 { lines.append("save") }
      }
      let script = dir + "/round\(round).sitrep"
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: script))
      let delay = Double.random(in: 0.02...0.6, using: &generator)
      let (printed, reported) = try runAndKill(script: script, delay: delay)
      // A lock left by the killed process must never make the next one read-only.
      #expect(!reported.contains("read-only"), "round \(round): \(reported)")
      // Acknowledged = printed in full, with its line end.
      for line in printed.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      where line.hasPrefix("r\(round)_") {
        acknowledged.append(String(line.prefix { $0 != ":" }))
      }
      var session = try SessionStore.open(sessionPath)
      session.replayJournal(SessionJournal.recover(sessionPath: sessionPath).changes)
      let missing = acknowledged.filter { session.sets[$0] == nil }
      #expect(
        missing.isEmpty, "round \(round) (killed after \(Int(delay * 1000)) ms) lost \(missing)")
    }
    #expect(acknowledged.count > 0)
  }
}
