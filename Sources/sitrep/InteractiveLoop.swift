import LineEditing
import QueryLanguage
import SitrepKit

/// Reads statements at the `sitrep> ` prompt until `quit` or Ctrl-D, and runs each.
struct InteractiveLoop {
  static let prompt = "sitrep> "
  static let continuation = "   ...> "

  /// - Returns: true when the loop ended by `quit`/Ctrl-D (exit 0).
  static func run(
    shell: inout Shell, reader: inout some LineReader, console: inout some Console,
    snapshot: SessionSnapshot
  ) {
    // What `--session`, `-c` and scripts loaded before the prompt: Tab reads it from the
    // first line on.
    snapshot.session = shell.session
    var buffer = ""
    while true {
      shell.context.width = ShellSetup.width()
      let line: String?
      do {
        line = try reader.readLine(prompt: buffer.isEmpty ? prompt : continuation)
      } catch {
        buffer = ""  // Ctrl-C abandons the statement being typed.
        continue
      }
      guard let line else {
        if !buffer.isEmpty {
          buffer = ""
          continue
        }
        if shell.requestQuit(console: &console) == .quit { return }
        continue
      }
      buffer += buffer.isEmpty ? line : "\n" + line
      if Lexer.needsContinuation(buffer) { continue }
      let statement = buffer
      buffer = ""
      guard !statement.allSatisfy(\.isWhitespace) else { continue }
      reader.addHistory(statement)
      let outcome = shell.run(statement, origin: "<input>", console: &console)
      snapshot.session = shell.session
      if outcome == .quit { return }
    }
  }
}

/// The session as of the last statement, read by Tab completion while a line is being typed.
final class SessionSnapshot {
  var session = Session()
}

