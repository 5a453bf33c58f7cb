import LineEditing
import QueryLanguage
import SitrepKit

/// Standard input shared between the script loop and `review`'s answers.
final class PlainInput {
  var reader = PlainLineReader()
  var line = 0
}

/// Runs standard input as a script, statement by statement, with errors at their real lines.
enum ScriptLoop {
  static func run(shell: inout Shell, input: PlainInput, keepGoing: Bool, console: inout some Console) -> RunOutcome {
    var buffer = ""
    var firstLine = 1
    var outcome = RunOutcome.success
    while let line = input.reader.readLine(prompt: "") {
      input.line += 1
      if buffer.isEmpty { firstLine = input.line }
      buffer += buffer.isEmpty ? line : "\n" + line
      if Lexer.needsContinuation(buffer) { continue }
      // Leading newlines keep error locations on the script's own line numbers.
      let source = String(repeating: "\n", count: firstLine - 1) + buffer
      buffer = ""
      switch shell.run(source, origin: "<stdin>", keepGoing: keepGoing, console: &console) {
      case .success: break
      case .quit: return outcome
      case .failure:
        outcome = .failure
        if !keepGoing { return .failure }
      }
    }
    if !buffer.isEmpty {
      let source = String(repeating: "\n", count: firstLine - 1) + buffer
      if shell.run(source, origin: "<stdin>", keepGoing: keepGoing, console: &console) == .failure {
        outcome = .failure
      }
    }
    return outcome
  }
}
