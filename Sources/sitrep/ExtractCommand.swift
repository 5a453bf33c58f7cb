import ArgumentParser
import EventExtraction
import Foundation
import SitrepKit

/// `sitrep extract`: a streaming filter from articles to JSON Lines of events.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract events as JSON Lines (one event per line) for pipelines.",
    discussion: """
      Reads .txt/.md articles, directories of them, JSON Lines corpora ({"id", "text"} with \
      optional title, date, source) and CSV corpora (columns id, text, and optional title, date, \
      source, url, as 'load' reads them); '-' or no path reads JSON Lines from standard input. Each \
      article's events depend on that article alone, so the output of a split corpus concatenates \
      to the output of the whole. Format: docs/extract-format.md.
      """)

  @Argument(help: "Files, directories or '-' (standard input).")
  var paths: [String] = []

  @Option(help: "Worker threads (default: every core).")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Articles read ahead of the output at most (bounds memory).")
  var batch = 512

  /// Times one part of the pipeline alone and reports its speed on standard error: `read`
  /// (reading and parsing the input) or `write` (writing the JSON Lines of extracted events).
  @Option(help: .hidden)
  var stage: String?

  func run() throws {
    signal(SIGPIPE, SIG_IGN)
    // On a terminal, a progress bar on standard error (Ctrl-C stops the run as usual): the
    // files found while a large folder is scanned, then the bytes extracted.
    let clock = ShellSetup.monotonicClock
    let bar = ProgressBar(clock: clock, cancellable: false)
    var files: [String] = []
    for path in paths.isEmpty ? ["-"] : paths {
      if path == "-" {
        files.append(path)
        continue
      }
      let scanning = clock()
      let expanded = SourceFiles.expand(path) { found in
        bar.update(.scanning(found: found, started: scanning))
        return true
      }
      bar.update(nil)
      switch expanded {
      case .success(let found): files += found
      case .failure(let problem):
        StandardConsole.put("sitrep extract: error: \(problem)\n", fd: 2)
        throw ExitCode(2)
      }
    }
    if let stage { return try measure(stage, files) }
    let total = CorpusStream.totalBytes(files) ?? 0
    let started = clock()
    // Built here, before the workers start: the gazetteer and every rule's tables.
    let summary = ExtractPipeline.run(
      files: files, workers: jobs, window: max(1, batch),
      extractor: ExtractPipeline.warmedUp(Extractor()),
      report: { message in
        bar.update(nil)
        StandardConsole.put(message + "\n", fd: 2)
      },
      write: { Self.write($0, fd: 1) },
      progress: { read in
        bar.update(
          CommandProgress(
            label: "extract", done: read, total: total, unit: .bytes, started: started))
      })
    bar.update(nil)
    if summary.outcome == .stopped {
      // A reader that went away (`| head -1`) ends the run quietly; any other failed write
      // (a full disk) is an error.
      let failure = Self.writeFailure.withLock { $0 }
      guard failure != 0, failure != EPIPE else { return }
      StandardConsole.put(
        "sitrep extract: error: cannot write the output: \(String(cString: strerror(failure)))\n",
        fd: 2)
      throw ExitCode(1)
    }
    if summary.errors > 0 { throw ExitCode(1) }
  }

  private func measure(_ stage: String, _ files: [String]) throws {
    let measurement =
      stage == "read"
      ? ExtractPipeline.measureReading(files)
      : ExtractPipeline.measureWriting(files, articles: 2000, rounds: 20)
    StandardConsole.put("\(measurement)\n", fd: 2)
  }

  /// The errno of the write that stopped the run, if one did.
  private static let writeFailure = Locked<Int32>(0)

  /// Writes all of `bytes`; false when the output is gone or broken.
  private static func write(_ bytes: [UInt8], fd: Int32) -> Bool {
    let failure = bytes.withUnsafeBufferPointer { StandardConsole.writeAll($0, fd: fd) }
    if failure != 0 { writeFailure.withLock { $0 = failure } }
    return failure == 0
  }
}
