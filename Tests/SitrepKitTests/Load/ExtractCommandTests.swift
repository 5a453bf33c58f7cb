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

  /// The message that follows the first line of standard input that is no JSON object.
  static let hint =
    #"'-' reads JSON Lines (one {"id": ..., "text": ...} object per line); "#
    + "to extract a plain-text article, give its path: sitrep extract story.txt"

  /// A plain-text article piped to `-`: one line says what `-` reads, not one line per line.
  @Test func saysOnceThatStandardInputIsReadAsJSONLines() throws {
    guard built else { return }
    let path = Fixtures.packageRoot + "/Samples/articles/ap-2014-02-13-aleppo-barrel-bombs.txt"
    let article = try String(contentsOfFile: path, encoding: .utf8)
    #expect(article.split(separator: "\n").count > 10)
    let (out, err, status) = try Self.extract(["-"], stdin: article)
    #expect(err == "<stdin>:1: skipped: not a JSON object; \(Self.hint)\n")
    #expect(out == [])
    #expect(status == 1)
  }

  /// Lines that are no object before the first record are counted when the records start; bad
  /// lines after it are listed one by one, as in any corpus.
  @Test func countsTheLinesSkippedBeforeTheFirstRecord() throws {
    guard built else { return }
    let input = """
      # a corpus
      second
      \u{20}
      third
      {"id":"a","text":"Two people were killed in Aleppo."}
      nope
      {"id":"b"}

      """
    let (out, err, status) = try Self.extract(["-"], stdin: input)
    #expect(
      err == """
        <stdin>:1: skipped: not a JSON object; \(Self.hint)
        <stdin>: 2 more lines before line 5 skipped: not a JSON object
        <stdin>:6: skipped: not a JSON object
        <stdin>:7: skipped: missing field 'text'

        """)
    #expect(String(decoding: out, as: UTF8.self).hasPrefix(#"{"article":"a","id":"a#1","#))
    #expect(status == 1)
  }

  /// A directory holding `empty/` and `others/notes.pdf`, for paths that name no articles.
  static let noArticles: String = {
    let directory = Fixtures.temporaryDirectory()
    for name in ["empty", "others"] {
      try? FileManager.default.createDirectory(
        atPath: directory + "/" + name, withIntermediateDirectories: true)
    }
    let pdf = Data("%PDF-1.4".utf8)
    _ = FileManager.default.createFile(atPath: directory + "/others/notes.pdf", contents: pdf)
    return directory
  }()

  @Test(arguments: [
    ("empty", "directory '@/empty' has no articles (no .txt, .md or .jsonl files)"),
    ("others", "directory '@/others' has no articles (no .txt, .md or .jsonl files)"),
    ("absent.txt", "no such file or directory '@/absent.txt'"),
    ("*.none", "no files match '@/*.none'"),
  ])
  func namesWhyAPathHasNoArticles(_ name: String, _ message: String) throws {
    guard built else { return }
    let directory = Self.noArticles
    let (out, err, status) = try Self.extract([directory + "/" + name], stdin: "")
    let expected = message.replacingOccurrences(of: "@", with: directory)
    #expect(err == "sitrep extract: error: \(expected)\n")
    #expect(out == [])
    #expect(status == 2)
  }
}
