import EventExtraction
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads articles for `sitrep extract` one at a time, so memory stays flat on any corpus size:
/// text files (one article each, dated by their name when their text states no date, as
/// ``FileNameDate`` reads it), JSON Lines corpora, read 1 MB at a time with `read(2)` and
/// parsed in place over their bytes, and CSV corpora (``CSVCorpusReader``, read whole: CSV
/// fields may hold line breaks).
public struct CorpusStream: Sendable {
  private var files: [String]
  private var fd: Int32 = -1
  private var currentName = ""
  /// Bytes read and not yet consumed: `buffer[start..<end]`.
  private var buffer: [UInt8] = []
  private var start = 0
  private var end = 0
  /// Where to look for the next line break (bytes before it in the pending line have none).
  private var scanned = 0
  private var lineNumber = 0
  private var atEOF = false
  /// The records read from the current file so far.
  private var recordsInFile = 0
  /// The articles of a CSV corpus not yet handed out, last first.
  private var pending: [ArticleInput] = []
  /// Whether standard input was said not to be JSON Lines (``standardInputHint``), and how many
  /// more lines that are no JSON object were skipped since without a message.
  private var hinted = false
  private var silenced = 0
  /// Lines and files that could not be read and are not yet taken (``takeErrors()``), each
  /// already a message: `corpus.jsonl:4: skipped: missing field 'text'`.
  public private(set) var errors: [String] = []
  /// How many errors there have been, taken or not.
  public private(set) var errorCount = 0
  /// Input bytes read so far, over every file.
  public private(set) var bytesRead = 0

  /// Bytes read at a time.
  static let chunkSize = 1 << 20

  /// - Parameter files: paths; `-` reads JSON Lines from standard input.
  public init(files: [String]) {
    self.files = files.reversed()
  }

  /// The next batch of up to `count` articles; empty at the end.
  public mutating func next(_ count: Int) -> [ArticleInput] {
    var batch: [ArticleInput] = []
    while batch.count < count, let article = nextArticle() { batch.append(article) }
    return batch
  }

  /// The errors since the last call, oldest first.
  public mutating func takeErrors() -> [String] {
    defer { errors = [] }
    return errors
  }

  /// The next article; nil at the end of the last file.
  public mutating func nextArticle() -> ArticleInput? {
    while true {
      if let article = pending.popLast() { return article }
      if fd < 0 {
        guard let file = files.popLast() else { return nil }
        if file == "-" || file.lowercased().hasSuffix(".jsonl") {
          openFile(file)
          continue
        }
        guard let data = FileManager.default.contents(atPath: file) else {
          report("\(file): cannot read")
          continue
        }
        bytesRead += data.count
        if file.lowercased().hasSuffix(".csv") {
          readCSV(data, name: file)
          continue
        }
        let text = ArticleText(bytes: [UInt8](data))
        let name = (file as NSString).lastPathComponent
        // As the shell's `load` reads it: the file name's date when the text states none.
        return FileNameDate.dated(
          ArticleInput(id: name, text: text.text, title: text.title), name: name)
      }
      guard let line = nextLine() else {
        if fd != 0 { _ = close(fd) }
        fd = -1
        buffer = []
        continue
      }
      lineNumber += 1
      let result = buffer.withUnsafeBufferPointer {
        CorpusReader.record(bytes: UnsafeBufferPointer(rebasing: $0[line]), number: lineNumber)
      }
      switch result {
      case .success(let record):
        recordsInFile += 1
        if silenced > 0 {
          let message = CorpusLineParser.Failure.notJSONObject.message
          report(
            "\(currentName): \(silenced) more lines before line \(lineNumber) skipped: \(message)",
            counted: false)
          silenced = 0
        }
        return record.input
      case .failure(let error): skip(error)
      case nil: break
      }
    }
  }

  /// Queues the articles of a CSV corpus, as `load` reads one, and reports its bad lines.
  private mutating func readCSV(_ data: Data, name: String) {
    let (records, errors) = CSVCorpusReader.records(in: ArticleText(bytes: [UInt8](data)).text)
    for error in errors { report("\(name):\(error.line): skipped: \(error.message)") }
    pending = records.reversed().map(\.input)
  }

  private mutating func report(_ error: String, counted: Bool = true) {
    errors.append(error)
    if counted { errorCount += 1 }
  }

  /// Whether the current file is standard input (`-`).
  private var readingStandardInput: Bool { currentName == "<stdin>" }

  /// Reports a line that is no record. Standard input that opens with a line that is no JSON
  /// object is most likely a plain-text article piped in: one message says what `-` reads, and
  /// the lines like it before the first record are counted, not listed.
  private mutating func skip(_ error: CorpusReader.LineError) {
    let notObject = error.message == CorpusLineParser.Failure.notJSONObject.message
    guard readingStandardInput, notObject, recordsInFile == 0 else {
      return report("\(currentName):\(error.line): skipped: \(error.message)")
    }
    if hinted {
      silenced += 1
      errorCount += 1
      return
    }
    hinted = true
    report("\(currentName):\(error.line): skipped: \(error.message); \(Self.standardInputHint)")
  }

  /// What `-` reads, told once when standard input is not JSON Lines.
  static let standardInputHint =
    #"'-' reads JSON Lines (one {"id": ..., "text": ...} object per line); "#
    + "to extract a plain-text article, give its path: sitrep extract story.txt"

  private mutating func openFile(_ file: String) {
    fd = file == "-" ? 0 : open(file, O_RDONLY)
    currentName = file == "-" ? "<stdin>" : file
    buffer = [UInt8](repeating: 0, count: Self.chunkSize)
    (start, end, scanned, lineNumber, atEOF) = (0, 0, 0, 0, false)
    (recordsInFile, hinted, silenced) = (0, false, 0)
    if fd < 0 { report("\(file): cannot read") }
  }

  /// The range in `buffer` of the next line, without its `\n`; nil at the end of the file.
  private mutating func nextLine() -> Range<Int>? {
    while true {
      let found = buffer.withUnsafeBufferPointer { b -> Int? in
        guard scanned < end, let base = b.baseAddress else { return nil }
        let p = memchr(base + scanned, 0x0A, end - scanned)
        return p.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
      }
      if let newline = found {
        let line = start..<newline
        start = newline + 1
        scanned = start
        return line
      }
      scanned = end
      if atEOF {
        guard start < end else { return nil }
        let line = start..<end
        start = end
        return line
      }
      fill()
    }
  }

  /// Reads more input after the pending bytes, first moving them to the front or growing the
  /// buffer when a line is longer than it.
  private mutating func fill() {
    if start > 0 {
      let pending = end - start
      buffer.withUnsafeMutableBufferPointer { b in
        if let base = b.baseAddress, pending > 0 { memmove(base, base + start, pending) }
      }
      (start, end, scanned) = (0, pending, scanned - start)
    }
    if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
    while true {
      let n = buffer.withUnsafeMutableBufferPointer { b in
        read(fd, b.baseAddress.map { $0 + end }, b.count - end)
      }
      if n > 0 {
        end += n
        bytesRead += n
        return
      }
      if n < 0, errno == EINTR { continue }
      if n < 0 { report("\(currentName): cannot read") }
      atEOF = true
      return
    }
  }

  /// The bytes `files` hold in all; nil when one of them is standard input or not a regular file.
  public static func totalBytes(_ files: [String]) -> Int? {
    var total = 0
    for file in files {
      var info = stat()
      guard file != "-", stat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
      total += Int(info.st_size)
    }
    return total
  }
}
