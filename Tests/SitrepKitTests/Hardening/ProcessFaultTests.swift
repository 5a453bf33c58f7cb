import Foundation
import Testing

@testable import SitrepKit

/// The real binary meeting process-level faults: its reader going away (`| head -1`) and
/// SIGKILL in the middle of bulk edits.
@Suite struct ProcessFaultTests {
  static let binary = Fixtures.packageRoot + "/.build/debug/sitrep"
  static let unavailable: String? =
    FileManager.default.isExecutableFile(atPath: binary)
    ? nil : "skipped: build the binary first (\(binary) is absent)"

  /// A saved session of `count` events (every other one in Aleppo, the rest in Homs).
  private func savedSession(events count: Int, in directory: String) throws -> String {
    let events = (1...count).map {
      Fixtures.event("e\($0)", place: $0 % 2 == 1 ? "Aleppo" : "Homs")
    }
    let session = Fixtures.withTrueDigests(Fixtures.session(events))
    let path = directory + "/s.json"
    try SessionStore.save(session, to: path)
    return path
  }

  /// Runs `command` in bash with `$SITREP` set; returns its standard output and error.
  private func bash(_ command: String, in directory: String) throws -> (String, String, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["SITREP"] = Self.binary
    process.environment = environment
    return try Fixtures.outputs(of: process)
  }

  /// `sitrep ... | head -1` with far more output than a pipe holds (3,000 events, about
  /// 300 KB): the first line arrives, then sitrep finds its reader gone and stops quietly,
  /// status 0 or 141 (SIGPIPE), with nothing on standard error.
  @Test(
    .enabled(if: unavailable == nil, "\(unavailable ?? "")"),
    arguments: [
      "\"$SITREP\" --session s.json -c events", "echo events | \"$SITREP\" --session s.json",
    ])
  func aReaderThatStopsEarlyEndsSitrepQuietly(command: String) throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try savedSession(events: 3000, in: directory)
    let (out, err, status) = try bash(
      "\(command) 2>err | head -1; echo \"${PIPESTATUS[-2]}\"; cat err >&2", in: directory)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3, "\(out)")
    #expect(lines.first.map { !$0.isEmpty } == true)
    let sitrepStatus = lines.dropFirst().first ?? ""
    #expect(["0", "141"].contains(sitrepStatus), "status \(sitrepStatus)")
    #expect(err == "")
    #expect(status == 0)
  }

  /// SIGKILL at a random moment while a script makes bulk edits (each tags 1,000 events): every
  /// edit acknowledged before the kill is there after reopening, and no edit is half done (a tag
  /// is on every Aleppo event or on none).
  @Test(.enabled(if: unavailable == nil, "\(unavailable ?? "")"))
  func noAcknowledgedBulkEditIsLostOrHalfDoneAfterKillDashNine() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let sessionPath = try savedSession(events: 2000, in: directory)
    var acknowledged = 0
    var generator = SystemRandomNumberGenerator()
    for round in 1...8 {
      var lines = ["open s.json"]
      for i in 1...40 { lines.append("tag events where place = Aleppo : r\(round)b\(i)") }
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(
        to: URL(fileURLWithPath: directory + "/bulk.sitrep"))
      let delay = Double.random(in: 0.2...2.5, using: &generator)
      let (out, err, _) = try bash(
        "\"$SITREP\" bulk.sitrep & pid=$!; sleep \(delay); kill -9 $pid; wait $pid", in: directory)
      #expect(!err.contains("read-only"), "round \(round): \(err)")
      let tagged = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        .filter { $0 == "tagged 1000 events" }.count
      acknowledged += tagged
      var session = try SessionStore.open(sessionPath)
      _ = session.replayJournal(SessionJournal.recover(sessionPath: sessionPath).changes)
      let aleppo = session.events.filter { $0.current.place?.name == "Aleppo" }
      #expect(aleppo.count == 1000)
      for i in 1...40 {
        let holding = aleppo.filter { $0.tags.contains("r\(round)b\(i)") }.count
        if i <= tagged {
          #expect(holding == 1000, "round \(round): acknowledged edit \(i) is on \(holding) events")
        } else {
          #expect(holding == 0 || holding == 1000, "round \(round): edit \(i) is half done")
        }
      }
    }
    #expect(acknowledged > 0, "no edit was acknowledged before a kill; lengthen the delays")
  }
}
