import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// `sitrep extract` run as a pipeline runs it: bytes that do not depend on `--jobs`, bad lines
/// on standard error, and a quiet end when the reader of its output goes away.
@Suite struct ExtractCommandTests {
  /// A JSON Lines corpus of the sample articles, `copies` times over, ids numbered.
  static func corpus(copies: Int) throws -> String {
    let directory = Fixtures.packageRoot + "/Samples/articles"
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    let texts = try names.map { try String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }
    var lines = ""
    for copy in 0..<copies {
      for (name, text) in zip(names, texts) {
        lines += #"{"id":"\#(copy)-\#(name)","text":\#(JSONString.quote(text))}"# + "\n"
      }
    }
    return lines
  }

  /// Runs the binary on `stdin`; reads at most `limit` bytes of its output, then closes it.
  static func extract(
    _ arguments: [String], stdin: String, limit: Int = .max
  ) throws -> (out: [UInt8], err: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillRecoveryTests.binary)
    process.arguments = ["extract"] + arguments
    let (input, out, err) = (Pipe(), Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = out
    process.standardError = err
    // The binary may stop reading before the end: a write to it then fails instead of killing us.
    signal(SIGPIPE, SIG_IGN)
    try process.run()
    let writer = Thread {
      try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    var output: [UInt8] = []
    while output.count < limit {
      let chunk = out.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      output += chunk
    }
    try out.fileHandleForReading.close()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (output, String(decoding: errors, as: UTF8.self), process.terminationStatus)
  }

  private var built: Bool {
    if FileManager.default.isExecutableFile(atPath: KillRecoveryTests.binary) { return true }
    print("skipped: build the binary first (\(KillRecoveryTests.binary) is absent)")
    return false
  }

  @Test func writesTheSameBytesWithOneOrManyWorkers() throws {
    guard built else { return }
    let corpus = try Self.corpus(copies: 3)
    let one = try Self.extract(["--jobs", "1", "-"], stdin: corpus)
    let many = try Self.extract(["--jobs", "3", "--batch", "2", "-"], stdin: corpus)
    #expect(one.status == 0)
    #expect(one.err == "")
    #expect(one.out.count > 10_000)
    #expect(many.out == one.out)
    #expect(many.status == 0)
  }

  @Test func reportsBadLinesAndExitsOne() throws {
    guard built else { return }
    let corpus = "{\"id\":\"a\",\"text\":\"Two people were killed in Aleppo.\"}\nnope\n{\"id\":2}\n"
    let (out, err, status) = try Self.extract(["-"], stdin: corpus)
    #expect(status == 1)
    #expect(
      err == "<stdin>:2: skipped: not a JSON object\n<stdin>:3: skipped: field 'id' has the wrong type\n"
    )
    #expect(String(decoding: out, as: UTF8.self).hasPrefix(#"{"article":"a","id":"a#1","#))
  }

  /// `sitrep extract ... | head -c 1000`: no message, status 0, and no need to read the rest.
  @Test func endsQuietlyWhenTheReaderGoesAway() throws {
    guard built else { return }
    let corpus = try Self.corpus(copies: 40)
    let (out, err, status) = try Self.extract(["--jobs", "2", "-"], stdin: corpus, limit: 1000)
    #expect(out.count >= 1000)
    #expect(err == "")
    #expect(status == 0)
  }

  /// A full disk is not a reader going away: the run says so and exits 1.
  @Test func saysSoWhenTheOutputCannotBeWritten() throws {
    guard built, FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillRecoveryTests.binary)
    process.arguments = ["extract", Fixtures.packageRoot + "/Samples/articles"]
    let err = Pipe()
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    process.standardError = err
    try process.run()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(message == "sitrep extract: error: cannot write the output: No space left on device\n")
    #expect(process.terminationStatus == 1)
  }
}
