import Foundation
import Testing

@testable import SitrepKit

/// Runs every `.sitrep` script under `Samples/` and `Tests/Scripts/` and compares what it prints
/// with the expectations written in its own comments:
///
/// - `# expect: TEXT` — the next line of standard output is TEXT (`# expect:` alone: a blank line);
/// - `# error: LINE:COL: MESSAGE` — the next error reported is MESSAGE at LINE:COL of the script.
///
/// Scripts run with `--keep-going`, from the repository root, so every statement is checked.
@Suite struct GoldenScriptTests {
  static let scripts: [String] = {
    let root = Fixtures.packageRoot
    return ["Samples", "Tests/Scripts"].flatMap { dir -> [String] in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + dir)) ?? []
      return names.filter { $0.hasSuffix(".sitrep") }.sorted().map { dir + "/" + $0 }
    }
  }()

  @Test(arguments: scripts)
  func scriptPrintsWhatItsCommentsExpect(_ path: String) throws {
    let root = Fixtures.packageRoot
    let source = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    var expectedOutput: [String] = []
    var expectedErrors: [String] = []
    for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("# expect:") {
        expectedOutput.append(String(trimmed.dropFirst("# expect:".count).drop(while: { $0 == " " })))
      } else if trimmed.hasPrefix("# error:") {
        expectedErrors.append("\(path):" + trimmed.dropFirst("# error:".count).drop(while: { $0 == " " }))
      }
    }
    var shell = Shell(context: ShellContext(width: 100, workingDirectory: root))
    var console = BufferConsole()
    _ = shell.run(source, origin: path, keepGoing: true, console: &console)
    let output = console.output.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let actualOutput = output.last == "" ? Array(output.dropLast()) : output
    #expect(actualOutput == expectedOutput.map { $0.trimmingCharacters(in: .whitespaces) })
    let errors = console.errors.split(separator: "\n").map(String.init).filter {
      $0.hasPrefix(path + ":")
    }.map { $0.replacingOccurrences(of: ": error: ", with: ": ") }
    #expect(errors == expectedErrors)
  }
}
