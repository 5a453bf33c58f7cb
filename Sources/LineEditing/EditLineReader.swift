internal import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An interactive line editor on the terminal, built on libedit (emacs key bindings).
///
/// Up/Down walk the history, Ctrl-R searches it (`em-inc-search-prev`), Tab asks the completer,
/// Ctrl-C abandons the line (``readLine(prompt:)`` throws ``LineReaderInterrupt``), Ctrl-D on an
/// empty line ends input. `~/.editrc` is read, lines prefixed with the program name apply
/// only to it. The history file is loaded at start and saved atomically after every entry.
/// The class owns libedit's `EditLine` and `History` and frees them in `deinit`; make only one.
public final class EditLineReader: LineReader {
  /// Returns full candidate words for the word before the cursor.
  public typealias Completer = (_ lineBeforeCursor: String) -> [String]

  /// Name of the Tab function as `bind` in `~/.editrc` sees it; keep it stable.
  static let completeFunctionName = "sitrep-complete"

  private let editLine: OpaquePointer
  private let history: EditHistory
  private let historyPath: String?
  private let output: UnsafeMutablePointer<FILE>
  private let outputDescriptor: Int32
  let completer: Completer
  private var prompt: UnsafeMutablePointer<CChar>
  private var previousInterruptAction = clibedit_signal_action()

  /// Why the last history save failed, or `nil` when it succeeded (or none happened yet).
  public private(set) var lastHistoryError: HistoryFileError?

  /// Sets up the editor on standard input.
  ///
  /// On a terminal, calls ``enableUTF8Input()`` so that UTF-8 input is kept, and installs a SIGINT handler
  /// (without `SA_RESTART`) for the reader's lifetime. When standard output is not a terminal,
  /// the prompt and the echo go to standard error so that editing still works.
  /// - Parameters:
  ///   - programName: the name `~/.editrc` lines use as prefix (`sitrep:bind ...`).
  ///   - historyPath: the history file, loaded now and rewritten by ``addHistory(_:)``;
  ///     `nil` keeps history for this run only.
  ///   - completer: called on Tab with the line before the cursor.
  /// - Returns: `nil` when standard input is not a terminal (use ``PlainLineReader``) or libedit
  ///   cannot start.
  public init?(
    programName: String, historyPath: String?,
    completer: @escaping (_ lineBeforeCursor: String) -> [String]
  ) {
    guard Terminal.isInteractive(fd: 0) else { return nil }
    Self.enableUTF8Input()
    let promptToStandardError: Int32 = Terminal.isInteractive(fd: 1) ? 0 : 1
    guard let history = EditHistory(), let prompt = strdup("") else { return nil }
    guard let editLine = clibedit_init(programName, promptToStandardError) else {
      free(prompt)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyPath = historyPath
    self.completer = completer
    self.prompt = prompt
    output = clibedit_output_file(promptToStandardError)
    outputDescriptor = promptToStandardError == 1 ? 2 : 1
    if let historyPath { history.load(from: historyPath) }
    configure()
  }

  deinit {
    el_end(editLine)
    _ = clibedit_restore_interrupt_handler(&previousInterruptAction)
    free(prompt)
  }

  /// The terminal's columns; 80 when unknown.
  public var terminalWidth: Int {
    if let width = Terminal.width(fd: outputDescriptor) { return width }
    let columns = clibedit_columns(editLine)
    return columns > 0 ? Int(columns) : 80
  }

  /// Reads one line with editing.
  ///
  /// - Parameter prompt: shown before the line, e.g. `sitrep> ` or `   ...> `.
  /// - Returns: the line without its `"\n"`, or `nil` at end of input (Ctrl-D on an empty line).
  /// - Throws: ``LineReaderInterrupt`` when Ctrl-C abandoned the line; the cursor is then at
  ///   the start of a fresh line.
  public func readLine(prompt: String) throws -> String? {
    if let copy = strdup(prompt) {
      free(self.prompt)
      self.prompt = copy
    }
    fflush(nil)  // the shell's buffered output must appear before the prompt
    interruptReceived = 0
    var count: Int32 = 0
    guard let bytes = el_gets(editLine, &count) else {
      // Checked before `count`: ^C inside a nested read (Ctrl-R search, ^V) makes libedit
      // report end of file (count 0), which must not end the shell.
      let code = errno
      if interruptReceived != 0 || (count < 0 && code == EINTR) {
        interruptReceived = 0
        writeOutput("\n")
        throw LineReaderInterrupt()
      }
      writeOutput("\n")
      return nil
    }
    var line = String(cString: bytes)
    if let last = line.last, last.isNewline { line.removeLast() }  // "\n" or "\r\n"
    return line
  }

  /// Whether Ctrl-C was pressed since the last ``readLine(prompt:)`` or the last call; clears it.
  ///
  /// The reader's SIGINT handler stays installed between lines, so Ctrl-C while the shell works
  /// on a statement does not kill it; a long-running command can poll this to stop early.
  public func takeInterrupt() -> Bool {
    defer { interruptReceived = 0 }
    return interruptReceived != 0
  }

  /// The history's entries, oldest first (earlier sessions' included).
  public var historyEntries: [String] { history.entries }

  /// Adds `statement` to the history as one entry and saves the history file atomically.
  ///
  /// Blank statements are ignored. A failed save is kept in ``lastHistoryError``.
  /// - Parameter statement: the whole statement, lines joined with `"\n"`.
  public func addHistory(_ statement: String) {
    history.enter(statement)
    guard let historyPath else { return }
    do {
      try history.save(to: historyPath)
      lastHistoryError = nil
    } catch {
      lastHistoryError = error
    }
  }

  /// Writes `text` to the stream libedit draws on (standard output or error) and flushes it.
  func writeOutput(_ text: String) {
    fputs(text, output)
    fflush(output)
  }

  /// Sets the character type locale from the environment (`setlocale(LC_CTYPE, "")`), without
  /// which libedit silently drops non-ASCII keystrokes; when that gives the plain `C`/`POSIX`
  /// locale (no `LANG` set), uses `C.UTF-8` instead. Numbers keep the `C` formatting.
  static func enableUTF8Input() {
    let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
    guard chosen == nil || chosen == "C" || chosen == "POSIX" else { return }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
  }

  /// The libedit settings, in the order the recipe requires: every function added before
  /// `el_source` reads `~/.editrc`, the SIGINT handler last.
  private func configure() {
    _ = clibedit_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    _ = clibedit_set_history(editLine, history.handle)
    _ = clibedit_set_editor(editLine, "emacs")
    _ = clibedit_set_signal(editLine, 1)
    _ = clibedit_set_prompt(editLine, promptCallback)
    _ = clibedit_add_function(
      editLine, Self.completeFunctionName, "Complete the word before the cursor",
      completeCallback)
    _ = clibedit_bind(editLine, "^I", Self.completeFunctionName)
    _ = clibedit_bind(editLine, "^R", "em-inc-search-prev")
    _ = el_source(editLine, nil)
    _ = clibedit_install_interrupt_handler(interruptHandler, &previousInterruptAction)
  }

  /// The prompt libedit shows; valid until the next ``readLine(prompt:)``.
  var promptPointer: UnsafeMutablePointer<CChar> { prompt }

  /// libedit's handle, for the callbacks.
  var handle: OpaquePointer { editLine }
}
