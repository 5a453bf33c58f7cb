import ArgumentParser
import Foundation
import LineEditing
import SitrepKit

@main
struct SitrepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sitrep",
    abstract: "A workbench for counting the human cost of wars from the news.",
    discussion: """
      With no arguments, starts the interactive shell. Scripts run and exit; standard input that \
      is not a terminal is read as a script. Exit status: 0 success, 1 a statement failed, \
      2 usage error.
      """,
    version: SitrepVersion.string,
    subcommands: [ShellCommand.self, ExtractCommand.self, EvaluateCommand.self],
    defaultSubcommand: ShellCommand.self)

  /// As ArgumentParser's, but a usage error exits 2 (its default is 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        StandardConsole.put(fullMessage(for: error) + "\n", fd: 2)
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// The shell: interactive, or running scripts and statements.
struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell", abstract: "The interactive shell, or scripts and statements (the default).")

  @Argument(help: "Script files to run, in order.", completion: .file(extensions: ["sitrep"]))
  var scripts: [String] = []

  @Option(name: .shortAndLong, help: "Statements to run (may be given more than once).")
  var command: [String] = []

  @Flag(name: .shortAndLong, help: "Stay interactive after running scripts and commands.")
  var interactive = false

  @Option(name: .long, help: "Open this session file first.")
  var session: String?

  @Flag(name: .long, help: "Run on after a failing statement (still exits 1).")
  var keepGoing = false

  @Option(
    name: .long,
    help: "Write results as table, csv, json or markdown from the start (as 'output FORMAT').")
  var output: OutputFormat?

  func run() throws {
    signal(SIGPIPE, SIG_IGN)
    HangUp.install()
    setlocale(LC_CTYPE, "")
    let stdinIsTerminal = Terminal.isInteractive(fd: 0)
    let batch = !scripts.isEmpty || !command.isEmpty
    let goInteractive = (interactive || !batch) && stdinIsTerminal
    let historyPath = HistoryFile.defaultPath(environment: ProcessInfo.processInfo.environment)
    var shell = Shell(context: ShellSetup.context(interactive: goInteractive))
    if let output { shell.session.settings.output = output }
    let progressBar = ProgressBar(clock: shell.context.clock)
    shell.context.progress = { progressBar.update($0) }
    shell.context.workers = ProcessInfo.processInfo.activeProcessorCount
    defer { shell.releaseSessionFile() }
    let snapshot = SessionSnapshot()
    var console = StandardConsole()
    var failed = false
    // Run before the session file is let go of, however the run ends.
    defer { if !goInteractive, let note = shell.unsavedChangesNote { console.report(note) } }

    func runSource(_ source: String, origin: String) throws {
      switch shell.run(source, origin: origin, keepGoing: keepGoing, console: &console) {
      case .success: break
      case .failure:
        failed = true
        if !keepGoing { throw ExitCode(1) }
      case .quit: throw ExitCode(failed ? 1 : 0)
      }
    }

    // Standard input that is not the terminal gives `review` its answers: after `-c` and
    // scripts (`printf 'a\nr\nq\n' | sitrep -c 'review where ...'`), or as the lines that
    // follow it in a script read from standard input.
    let plainInput = stdinIsTerminal ? nil : PlainInput()
    if let plainInput { shell.prompter = { _ in plainInput.reader.readLine(prompt: "") } }
    if let session { try runSource("open \(quoted(session))", origin: "--session") }
    for text in command { try runSource(text, origin: "-c") }
    for script in scripts {
      if let problem = Shell.notAScript(script, resolved: script) {
        console.report("sitrep: error: \(problem.message)\n")
        if let hint = problem.hint { console.report("sitrep: hint: \(hint)\n") }
        throw ExitCode(2)
      }
      guard let data = FileManager.default.contents(atPath: script) else {
        console.report("sitrep: error: no such script '\(script)'\n")
        throw ExitCode(2)
      }
      try runSource(ArticleText(bytes: [UInt8](data)).text, origin: script)
    }
    if goInteractive {
      let cwd = shell.context.workingDirectory
      guard
        let editor = EditLineReader(
          programName: "sitrep", historyPath: historyPath,
          completer: { line in
            Completion.candidates(
              for: line, word: String(completionWord(in: line)), session: snapshot.session,
              workingDirectory: cwd)
          })
      else { throw ExitCode(1) }
      shell.context.history = { editor.historyEntries }
      shell.prompter = { prompt in try? editor.readLine(prompt: prompt) }
      shell.context.isCancelled = { editor.takeInterrupt() }
      var reader = editor
      InteractiveLoop.run(shell: &shell, reader: &reader, console: &console, snapshot: snapshot)
    } else if !batch, let plainInput {
      // Standard input is not a terminal: a script, read statement by statement.
      let outcome = ScriptLoop.run(shell: &shell, input: plainInput, keepGoing: keepGoing, console: &console)
      if outcome == .failure { throw ExitCode(1) }
    }
    if failed { throw ExitCode(1) }
  }

  private func quoted(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}

extension OutputFormat: ExpressibleByArgument {}
