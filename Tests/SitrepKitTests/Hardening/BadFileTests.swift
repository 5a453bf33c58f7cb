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

  /// An empty file, a blank one, and one holding only a byte-order mark are no article.
  @Test(arguments: [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]] as [[UInt8]])
  func anEmptyFileIsRefusedWithOneError(_ bytes: [UInt8]) {
    let (out, err, outcome, shell) = load(bytes, as: "x.txt")
    #expect(out == "")
    #expect(err.hasPrefix("<input>:1:6: error: 'x.txt' is empty\n"))
    #expect(err.components(separatedBy: "error:").count == 2)
    #expect(outcome == .failure)
    #expect(shell.session.articles.isEmpty)
  }

  /// Every byte value twice (NULs and 128 bytes that are no UTF-8), an ELF-like header, and
  /// text that is mostly control characters: refused, not loaded as replacement characters.
  @Test(arguments: [
    (0..<512).map { UInt8($0 % 256) },
    [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + Array(repeating: 0x00, count: 9),
    Array(repeating: [0x01, 0x02, 0x41, 0x03], count: 100).flatMap { $0 },
    Array(repeating: [0xC0, 0x41, 0xFF], count: 100).flatMap { $0 },
  ] as [[UInt8]])
  func aBinaryFileIsRefusedWithOneError(_ bytes: [UInt8]) {
    let (out, err, outcome, shell) = load(bytes, as: "x.txt")
    #expect(out == "")
    #expect(err.hasPrefix("<input>:1:6: error: 'x.txt' is binary, not text\n"))
    #expect(err.components(separatedBy: "error:").count == 2)
    #expect(outcome == .failure)
    #expect(shell.session.articles.isEmpty)
  }

  /// In a directory an empty or binary file is skipped with a line saying why, and the other
  /// files load.
  @Test func emptyAndBinaryFilesInADirectoryAreSkippedAndTheRestLoads() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let files: [(String, [UInt8])] = [
      ("a.txt", Array("A quiet day in Homs.\n".utf8)), ("b.txt", []),
      ("c.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]),
    ]
    for (name, bytes) in files {
      try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
    }
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "load .")
    #expect(out == "loaded 1 article, 0 events; 2 files skipped\n")
    #expect(err == "b.txt: skipped: it is empty\nc.txt: skipped: it is binary, not text\n")
    #expect(outcome == .success)
    #expect(shell.session.articles.map(\.path) == ["a.txt"])
  }

  /// Latin-1 prose has a few bytes that are no UTF-8, far under the binary threshold: it loads,
  /// repaired, and says how many.
  @Test func textWithAFewInvalidBytesIsRepairedNotRefused() {
    let bytes = Array("Caf".utf8) + [0xE9] + Array(" des Arts: a NUL-free line\n".utf8)
    let (out, err, outcome, _) = load(bytes, as: "latin1.txt")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(err == "latin1.txt: 1 invalid UTF-8 sequence replaced with U+FFFD\n")
    #expect(outcome == .success)
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

  /// UTF-16 with an odd number of bytes: the dangling last byte is no code unit. It becomes
  /// U+FFFD and the load says so, rather than dropping it silently.
  @Test(arguments: [true, false])
  func utf16WithAnOddByteCountSaysSo(littleEndian: Bool) {
    let units = Array("Kidal\n".utf16)
    let body = units.flatMap { unit -> [UInt8] in
      let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      return littleEndian ? [low, high] : [high, low]
    }
    let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    let (out, err, _, shell) = load(bom + body + [0x41], as: "odd.txt")
    #expect(
      err
        == "odd.txt: decoded from UTF-16\n"
        + "odd.txt: an odd number of bytes for UTF-16: the last byte replaced with U+FFFD\n")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(shell.session.articles.first?.text == "Kidal\n\u{FFFD}")
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
