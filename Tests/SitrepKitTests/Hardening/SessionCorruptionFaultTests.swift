import Foundation
import Testing

@testable import SitrepKit

/// A small saved session damaged at every byte: cut off there, or with that byte flipped. Each
/// damaged file, opened through the shell, either opens or is refused with one error line, and
/// the file is never modified by the attempt (same bytes, same modification time, no lock or
/// journal left beside it when refused).
///
/// The format has no checksum over its values (a hand-edited file is legitimate), so a flip
/// that keeps the JSON valid is read as a hand edit would be; an article text that no longer
/// matches its SHA-256 is the one change the file can detect, and opening must warn about it.
@Suite struct SessionCorruptionFaultTests {
  /// One damaged file and what opening it showed.
  struct Attempt {
    var out: String
    var err: String
    var outcome: RunOutcome
    var session: Session
  }

  /// The saved bytes of a two-event session, and the session as it opens.
  private func original(in directory: String) throws -> ([UInt8], Session) {
    var shell = Fixtures.shell(
      Fixtures.withTrueDigests(
        Fixtures.session([Fixtures.event("e1"), Fixtures.event("e2", place: "Homs")])),
      directory: directory)
    _ = Fixtures.run(&shell, "save s.json")
    shell.releaseSessionFile()
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/s.json")))
    return (bytes, try SessionStore.open(directory + "/s.json"))
  }

  private func modificationTime(_ path: String) -> timespec {
    var status = stat()
    _ = stat(path, &status)
    return status.st_mtim
  }

  /// Writes `bytes` as `damaged.json` alone in `directory`, opens it, and checks that the file
  /// and its directory are as they were.
  private func open(
    _ bytes: [UInt8], in directory: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Attempt {
    let path = directory + "/damaged.json"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let before = modificationTime(path)
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "open damaged.json")
    let listing = try FileManager.default.contentsOfDirectory(atPath: directory)
    shell.releaseSessionFile()
    let after = modificationTime(path)
    let now = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(now == bytes, "the file was modified", sourceLocation: sourceLocation)
    #expect(
      after.tv_sec == before.tv_sec && after.tv_nsec == before.tv_nsec,
      "the file's modification time changed", sourceLocation: sourceLocation)
    if outcome == .failure {
      #expect(listing == ["damaged.json"], "a refused open left \(listing)")
    }
    return Attempt(out: out, err: err, outcome: outcome, session: shell.session)
  }

  /// A refusal is one error whose first line names the file and says why.
  private func expectOneLineRefusal(
    _ attempt: Attempt, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let first = attempt.err.prefix { $0 != "\n" }
    #expect(
      first.hasPrefix("<input>:1:6: error: cannot open 'damaged.json': "), "\(what): \(first)",
      sourceLocation: sourceLocation)
    #expect(
      attempt.err.components(separatedBy: "error:").count == 2, "\(what): \(attempt.err)",
      sourceLocation: sourceLocation)
    #expect(attempt.out == "", "\(what)", sourceLocation: sourceLocation)
  }

  /// Every prefix of the file is refused, except those that still hold the whole JSON document
  /// (only the final newline cut), which open as the original.
  @Test func everyTruncationIsRefusedOrOpensWhole() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (bytes, session) = try original(in: directory)
    try FileManager.default.removeItem(atPath: directory + "/s.json")
    let documentEnd = try #require(bytes.lastIndex(of: UInt8(ascii: "}"))) + 1
    var opened = 0
    for length in 0..<bytes.count {
      let attempt = try open(Array(bytes.prefix(length)), in: directory)
      if attempt.outcome == .success {
        opened += 1
        #expect(attempt.session.events == session.events, "cut at \(length)")
        #expect(attempt.session.articles == session.articles, "cut at \(length)")
      } else {
        expectOneLineRefusal(attempt, "cut at \(length)")
        #expect(length == 0 || attempt.err.contains("(byte \(length))"), "cut at \(length)")
      }
    }
    #expect(opened == bytes.count - documentEnd)
  }

  /// Each byte XOR `mask` in turn: 0x01 turns digits and letters into others (the quiet damage),
  /// 0x80 makes invalid UTF-8 or a non-ASCII byte where JSON syntax was.
  @Test(arguments: [UInt8(0x01), UInt8(0x80)])
  func everyFlippedByteIsRefusedOrOpensAndWarnsAboutChangedText(mask: UInt8) throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (bytes, session) = try original(in: directory)
    try FileManager.default.removeItem(atPath: directory + "/s.json")
    var refused = 0
    for position in bytes.indices {
      var damaged = bytes
      damaged[position] ^= mask
      let attempt = try open(damaged, in: directory)
      if attempt.outcome == .failure {
        refused += 1
        expectOneLineRefusal(attempt, "byte \(position) ^ \(mask)")
        continue
      }
      #expect(attempt.out.hasPrefix("opened damaged.json: "), "byte \(position) ^ \(mask)")
      let textChanged = attempt.session.articles.map(\.text) != session.articles.map(\.text)
      let hashChanged = attempt.session.articles.map(\.sha256) != session.articles.map(\.sha256)
      if textChanged || hashChanged {
        #expect(
          attempt.err.contains("warning: the text of article a1 no longer matches its SHA-256"),
          "byte \(position) ^ \(mask): \(attempt.err)")
      }
    }
    // Most flips break the JSON or its schema; 0x80 breaks every ASCII byte of it.
    #expect(refused > bytes.count / 2, "\(refused) of \(bytes.count) refused")
  }
}
