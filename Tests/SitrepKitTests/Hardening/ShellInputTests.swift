import Foundation
import Testing

@testable import SitrepKit

/// Mistyped and hostile statements through the whole shell: each is one error the analyst can
/// act on, and the shell carries on.
@Suite struct ShellInputTests {
  @Test(arguments: [
    ("frobnicate now", "<input>:1:1: error: unknown command 'frobnicate'"),
    ("evnts", "<input>:1:1: error: unknown command 'evnts'; did you mean 'events'?"),
    ("events where zzz = 1", "<input>:1:14: error: unknown field 'zzz'"),
    (
      "events where kiled > 10",
      "<input>:1:14: error: unknown field 'kiled'; did you mean 'killed'?"
    ),
    ("events sort by nothing", "<input>:1:16: error: unknown field 'nothing'"),
    ("tally killed by nothing", "<input>:1:17: error: unknown field 'nothing'"),
    ("events limit -1", "<input>:1:14: error: expected a whole number after 'limit', found '-1'"),
    (
      "events limit 99999999999999999999999",
      "<input>:1:14: error: expected a whole number after 'limit', found '99999999999999999999999'"
    ),
    (
      "count events where date = 2016-02-30",
      "<input>:1:27: error: day '30' does not exist in month 2 of '2016-02-30'"
    ),
    ("why e1 zzz", "<input>:1:8: error: unknown field 'zzz'"),
    ("\u{0}\u{7}\u{1B}[2J", "<input>:1:1: error: unknown command '\u{0}\u{7}\u{1B}[2J'"),
  ])
  func unknownCommandsAndFieldsAreOneError(_ source: String, _ message: String) {
    var shell = Fixtures.shell()
    var console = BufferConsole()
    let outcome = shell.run(source + "\necho still here", keepGoing: true, console: &console)
    #expect(console.errors.hasPrefix(message + "\n"), "\(console.errors)")
    #expect(console.errors.components(separatedBy: ": error: ").count == 2)
    #expect(console.output == "still here\n")
    #expect(outcome == .failure)
  }

  /// Found by the parser fuzz target (Fuzz/Corpus regression): `DiagnosticRenderer.render`
  /// (DiagnosticRenderer.swift:44, `for i in from..<min(…, marks.count)`) traps with "Range
  /// requires lowerBound <= upperBound" when the line it shows is shorter than the error's
  /// column. The Lexer counts "\r\n" as a line break but the renderer splits lines on "\n"
  /// alone ("\r\n" is one Character), so after a CRLF line the renderer shows the wrong line.
  /// Input: a script with one CRLF line, then an error at column 3 of line 2. Reachable by an
  /// analyst: `run mixed.sitrep` on such a file kills sitrep.
  @Test func anErrorAfterACRLFLineIsRenderedNotACrash() async {
    await #expect(processExitsWith: .success) {
      var shell = Shell(context: ShellContext(width: 100, workingDirectory: "/"))
      var console = BufferConsole()
      _ = shell.run("echo a\r\n  frob\n", keepGoing: true, console: &console)
      precondition(console.errors.hasPrefix("<input>:2:3: error: unknown command 'frob'"))
      precondition(console.errors.contains("2 |   frob\n"))
    }
  }

  /// The same split: a script saved with CRLF line endings reports errors without showing the
  /// line (the renderer sees one long line). Fails until the renderer splits lines as the
  /// Lexer counts them.
  @Test func crlfScriptsShowTheLineOfTheError() {
    var shell = Fixtures.shell()
    var console = BufferConsole()
    _ = shell.run(
      "echo a\r\necho b\r\nevents where kiled > 1\r\n", keepGoing: true, console: &console)
    #expect(console.output == "a\nb\n")
    #expect(
      console.errors.hasPrefix(
        "<input>:3:14: error: unknown field 'kiled'; did you mean 'killed'?\n"))
    #expect(console.errors.contains("3 | events where kiled > 1\n"), "\(console.errors)")
  }

  @Test func tenThousandBracketsThroughTheShellAreAnError() async {
    await #expect(processExitsWith: .success) {
      var shell = Shell(context: ShellContext(width: 100, workingDirectory: "/"))
      var console = BufferConsole()
      let source =
        "count events where " + String(repeating: "(", count: 10_000) + "killed > 1"
        + String(repeating: ")", count: 10_000)
      precondition(shell.run(source, console: &console) == .failure)
      precondition(console.errors.hasPrefix("<input>:1:"))
    }
  }

  /// Errors are per statement: an unterminated string on line 3 of a script stops the script
  /// there (one error at its quote), and the statements before it have run.
  @Test func anUnterminatedStringStopsTheScriptThereNotBefore() {
    var shell = Fixtures.shell()
    let source = "echo one\necho two\necho \"three\necho four\n"
    let (out, err, outcome) = Fixtures.run(&shell, source)
    #expect(out == "one\ntwo\n")
    #expect(err.hasPrefix("<input>:3:6: error: unterminated string\n"))
    #expect(err.components(separatedBy: "error:").count == 2)
    #expect(outcome == .failure)
  }

  /// With `keepGoing` the statements on both sides of a lexical error run; the one holding it
  /// does not.
  @Test func keepGoingRunsTheStatementsAroundALexicalError() {
    var shell = Fixtures.shell()
    var console = BufferConsole()
    let outcome = shell.run(
      "echo one; echo \"a\\q\"; echo three\necho four", keepGoing: true, console: &console)
    #expect(console.output == "one\nthree\nfour\n")
    #expect(console.errors.hasPrefix("<input>:1:18: error: unknown escape '\\q' in string\n"))
    #expect(console.errors.components(separatedBy: "error:").count == 2)
    #expect(outcome == .failure)
  }

  /// A stray character the lexer skips (`!` alone on a line) fails the statement after it, not
  /// the ones before.
  @Test func aStrayCharacterFailsOnlyWhatFollowsIt() {
    var shell = Fixtures.shell()
    let (out, err, outcome) = Fixtures.run(&shell, "echo one\n!\necho two\n")
    #expect(out == "one\n")
    #expect(err.hasPrefix("<input>:2:1: error: unexpected '!'"))
    #expect(outcome == .failure)
  }

  @Test func aOneMegabyteEchoRunsThrough() {
    var shell = Fixtures.shell()
    let word = String(repeating: "é", count: 1 << 20)
    let (out, err, outcome) = Fixtures.run(&shell, "echo " + word)
    #expect(out == word + "\n")
    #expect(err == "")
    #expect(outcome == .success)
  }

  @Test func aScriptOfOnlyCommentsAndBlankLinesDoesNothing() {
    var shell = Fixtures.shell()
    let source = String(repeating: "# note\n\n   \t\n;;;\n", count: 10_000)
    let (out, err, outcome) = Fixtures.run(&shell, source)
    #expect(out == "")
    #expect(err == "")
    #expect(outcome == .success)
  }
}
