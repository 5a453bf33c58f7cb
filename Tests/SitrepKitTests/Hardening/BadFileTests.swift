import Foundation
import Testing

@testable import SitrepKit

/// `load` on files no analyst meant to write: each loads with a note saying what was repaired,
/// or is refused with an error, and never crashes.
@Suite struct BadFileTests {
  /// Writes `bytes` as `name` in a new directory and runs `load name` there.
  private func load(_ bytes: [UInt8], as name: String) -> (
    out: String, err: String, outcome: RunOutcome, shell: Shell
  ) {
    let directory = Fixtures.temporaryDirectory()
    _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes))
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "load \"\(name)\"")
    try? FileManager.default.removeItem(atPath: directory)
    return (out, err, outcome, shell)
  }

  @Test func emptyFileLoadsAsAnUntitledArticle() {
    let (out, err, outcome, shell) = load([], as: "empty.txt")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(err == "")
    #expect(outcome == .success)
    #expect(shell.session.articles.map(\.title) == ["(untitled)"])
    #expect(shell.session.articles.first?.text == "")
  }

  @Test func binaryFileIsRepairedAndSaysSo() {
    // Every byte value, twice: 0x00 and 0x80...0xFF are not text.
    let bytes = (0..<512).map { UInt8($0 % 256) }
    let (out, err, outcome, shell) = load(bytes, as: "binary.txt")
    #expect(
      err
        == "binary.txt: 256 invalid UTF-8 sequences replaced with U+FFFD\n"
        + "binary.txt: NUL bytes replaced with spaces\n"
    )
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(outcome == .success)
    let text = shell.session.articles.first?.text ?? ""
    #expect(!text.utf8.contains(0))
    #expect(text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 256)
  }

  @Test func invalidUTF8IsReplacedAndCounted() {
    let bytes = Array("caf".utf8) + [0xE9] + Array(" menu; ".utf8) + [0xC3] + Array("\n".utf8)
    let (out, err, _, shell) = load(bytes, as: "latin1.txt")
    #expect(err == "latin1.txt: 2 invalid UTF-8 sequences replaced with U+FFFD\n")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(shell.session.articles.first?.text == "caf\u{FFFD} menu; \u{FFFD}\n")
  }

  @Test(arguments: [
    ([0xFF, 0xFE] as [UInt8], "utf16le.txt"), ([0xFE, 0xFF] as [UInt8], "utf16be.txt"),
  ])
  func utf16WithAByteOrderMarkIsDecoded(_ bom: [UInt8], _ name: String) {
    let units = Array("Aleppo: a quiet day\n".utf16)
    let littleEndian = bom == [0xFF, 0xFE]
    let body = units.flatMap { unit -> [UInt8] in
      let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      return littleEndian ? [low, high] : [high, low]
    }
    let (out, err, _, shell) = load(bom + body, as: name)
    #expect(err == "\(name): decoded from UTF-16\n")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(shell.session.articles.first?.text == "Aleppo: a quiet day\n")
    #expect(shell.session.articles.first?.title == "Aleppo: a quiet day")
  }

  @Test func utf8ByteOrderMarkIsDropped() {
    let (_, err, _, shell) = load([0xEF, 0xBB, 0xBF] + Array("Homs\n".utf8), as: "bom.txt")
    #expect(err == "")
    #expect(shell.session.articles.first?.text == "Homs\n")
  }

  /// 200 MB with no newline (20 MB under a sanitizer, see ``HardeningScale``): more than an
  /// article can be, so it is skipped with a message naming its size, without reading it, and
  /// the load carries on. (A title scan over the whole text once made this take minutes.)
  @Test func twoHundredMegabytesWithoutANewlineAreSkippedWithTheirSize() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/huge.txt"
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    let chunk = Data(
      String(repeating: "the weather in Aleppo was mild today and ", count: 1 << 14).utf8)
    var written = 0
    while written < HardeningScale.hugeFileBytes {
      handle.write(chunk)
      written += chunk.count
    }
    try handle.close()
    try Data("Clashes in Kidal\nTwo soldiers were killed.\n".utf8).write(
      to: URL(fileURLWithPath: directory + "/small.txt"))
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "load .")
    #expect(out.hasPrefix("loaded 1 article, ") && out.hasSuffix("; 1 file skipped\n"))
    if written > ArticleText.maximumBytes {
      #expect(err == "huge.txt: skipped: \(written >> 20) MB is more than an article's 16 MB; split it, or load it as a JSON Lines corpus of articles\n")
    }
    #expect(outcome == .success)
    #expect(shell.session.articles.map(\.title) == ["Clashes in Kidal"])
  }
}
