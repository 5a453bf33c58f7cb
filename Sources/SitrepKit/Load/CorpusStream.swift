import EventExtraction
import Foundation

/// Reads articles for `sitrep extract` in batches, so memory stays flat on any corpus size:
/// text files (one article each) and JSON Lines corpora read a chunk at a time.
public struct CorpusStream {
  private var files: [String]
  private var handle: FileHandle?
  private var currentName = ""
  private var pending = Data()
  private var lineNumber = 0
  private var atEOF = false
  /// Lines that could not be read, for the caller to report.
  public private(set) var errors: [String] = []

  /// - Parameter files: paths; `-` reads JSON Lines from standard input.
  public init(files: [String]) {
    self.files = files
  }

  /// The next batch of up to `count` articles; empty at the end.
  public mutating func next(_ count: Int) -> [ArticleInput] {
    var batch: [ArticleInput] = []
    while batch.count < count {
      if handle == nil {
        guard !files.isEmpty else { break }
        let file = files.removeFirst()
        if file == "-" || file.lowercased().hasSuffix(".jsonl") {
          handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file)
          currentName = file == "-" ? "<stdin>" : file
          pending = Data()
          lineNumber = 0
          atEOF = false
          if handle == nil { errors.append("\(file): cannot read") }
          continue
        }
        guard let data = FileManager.default.contents(atPath: file) else {
          errors.append("\(file): cannot read")
          continue
        }
        let text = ArticleText(bytes: [UInt8](data))
        batch.append(ArticleInput(id: (file as NSString).lastPathComponent, text: text.text, title: text.title))
        continue
      }
      guard let line = nextLine() else {
        handle = nil
        continue
      }
      lineNumber += 1
      switch CorpusReader.record(line: Substring(String(decoding: line, as: UTF8.self)), number: lineNumber) {
      case .success(let record): batch.append(record.input)
      case .failure(let error): errors.append("\(currentName):\(error.line): skipped: \(error.message)")
      case nil: break
      }
    }
    return batch
  }

  private mutating func nextLine() -> Data? {
    while true {
      if let newline = pending.firstIndex(of: 0x0A) {
        let line = pending[pending.startIndex..<newline]
        pending = pending[(newline + 1)...]
        return Data(line)
      }
      if atEOF {
        if pending.isEmpty { return nil }
        defer { pending = Data() }
        return Data(pending)
      }
      let chunk = handle?.readData(ofLength: 1 << 20) ?? Data()
      if chunk.isEmpty { atEOF = true } else { pending = Data(pending) + chunk }
    }
  }
}
