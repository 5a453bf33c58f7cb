import Foundation
import Testing

@testable import SitrepKit

/// `load` on awkward paths: many files, spaces and non-ASCII names, unreadable files, loops.
@Suite struct BadPathTests {
  private func write(_ text: String, to path: String) {
    let parent = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  }

  /// 10,000 files (1,000 under a sanitizer, see ``HardeningScale``).
  ///
  /// Found here: 10,000 files take 24 s in a debug build, and the time grows with the square of
  /// the count: `Shell.addArticle` checks `articles.contains(where: sha256)` and
  /// `Transaction.edits` looks each article up with `Session.article(_:)`, both linear scans.
  /// The budget is loose (105 s were seen with the suite running in parallel); it catches a hang
  /// or a tenfold slowdown, not the quadratic term itself.
  @Test(.timeLimit(.minutes(5))) func aDirectoryOfTenThousandFilesLoadsEveryOne() {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for i in 0..<HardeningScale.manyFiles {
      write("Article \(i): a quiet day number \(i).\n", to: directory + "/many/a\(i).txt")
    }
    var shell = Fixtures.shell(directory: directory)
    let clock = ContinuousClock()
    let started = clock.now
    let (out, err, outcome) = Fixtures.run(&shell, "load many")
    let elapsed = clock.now - started
    #expect(out == "loaded \(HardeningScale.manyFiles) articles, 0 events\n")
    #expect(err == "")
    #expect(outcome == .success)
    #expect(Set(shell.session.articles.map(\.id)).count == HardeningScale.manyFiles)
    #expect(elapsed < .seconds(120), "loading 10,000 files took \(elapsed)")
  }

  @Test(arguments: [
    "with space/a b.txt", "données/été 2016.txt", "حلب/تقرير.md", "日本語/記事.txt", "tab\tname.txt",
  ])
  func pathsWithSpacesAndNonASCIINamesLoad(_ relative: String) {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    write("A quiet day in Homs.\n", to: directory + "/" + relative)
    var shell = Fixtures.shell(directory: directory)
    let quoted = relative.replacingOccurrences(of: "\t", with: "\\t")
    let (out, err, _) = Fixtures.run(&shell, "load \"\(quoted)\"")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(err == "")
    #expect(shell.session.articles.first?.path == relative)
    var again = Fixtures.shell(directory: directory)
    let folder = String(relative.prefix { $0 != "/" })
    if folder != relative {
      #expect(Fixtures.run(&again, "load \"\(folder)\"").0 == "loaded 1 article, 0 events\n")
    }
  }

  @Test func aMissingFileNamesItself() {
    var shell = Fixtures.shell(directory: Fixtures.temporaryDirectory())
    let (out, err, outcome) = Fixtures.run(&shell, "load \"no such/été.txt\"")
    #expect(out == "")
    #expect(err.hasPrefix("<input>:1:6: error: no such file or directory 'no such/été.txt'\n"))
    #expect(outcome == .failure)
  }

  /// Whether this process is refused a chmod 000 file (not so for root).
  static let permissionsApply: Bool = {
    let path = Fixtures.temporaryDirectory() + "/probe"
    _ = FileManager.default.createFile(
      atPath: path, contents: Data("x".utf8), attributes: [.posixPermissions: 0])
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    return FileManager.default.contents(atPath: path) == nil
  }()

  @Test(
    .enabled(
      if: permissionsApply,
      "skipped: running as root, where a chmod 000 file is still readable"))
  func anUnreadableFileIsAnError() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/secret.txt"
    write("A quiet day in Homs.\n", to: path)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "load secret.txt")
    #expect(out == "")
    #expect(
      err.hasPrefix(
        "<input>:1:6: error: cannot read 'secret.txt': permission denied or not a file\n"))
    #expect(outcome == .failure)
  }

  @Test func aSymlinkLoopIsAnErrorNotAHang() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/a.txt", withDestinationPath: "b.txt")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/b.txt", withDestinationPath: "a.txt")
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "load a.txt")
    #expect(out == "")
    #expect(
      err.hasPrefix("<input>:1:6: error: cannot open 'a.txt': too many levels of symbolic links\n"))
    #expect(outcome == .failure)
  }

  /// A link to nothing is still a missing file (not a loop).
  @Test func aDanglingSymlinkIsAMissingFile() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/gone.txt", withDestinationPath: "nowhere.txt")
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "load gone.txt")
    #expect(out == "")
    #expect(err.hasPrefix("<input>:1:6: error: no such file or directory 'gone.txt'\n"))
    #expect(outcome == .failure)
  }

  @Test func aDirectoryThatLinksToItselfIsReadOnce() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    write("A quiet day in Homs.\n", to: directory + "/d/x.txt")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/d/self", withDestinationPath: "../d")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/d/loop.txt", withDestinationPath: "loop.txt")
    var shell = Fixtures.shell(directory: directory)
    let (out, err, outcome) = Fixtures.run(&shell, "load d")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(err == "")
    #expect(outcome == .success)
  }

  @Test func aGlobOverLoopsAndDirectoriesLoadsOnlyFiles() throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    write("A quiet day in Homs.\n", to: directory + "/g/x.txt")
    try FileManager.default.createDirectory(
      atPath: directory + "/g/dir.txt", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/g/loop.txt", withDestinationPath: "loop.txt")
    var shell = Fixtures.shell(directory: directory)
    let (out, err, _) = Fixtures.run(&shell, "load g/*.txt")
    #expect(out == "loaded 1 article, 0 events\n")
    #expect(err == "")
  }
}
