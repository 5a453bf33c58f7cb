import EventExtraction
import Foundation

/// Reads the JSON Lines that `sitrep extract` writes (docs/extract-format.md) back into events,
/// so the output of a batch run over a large corpus can be tallied in a session.
///
/// Reads bytes with ``JSONCursor`` (no `JSONDecoder`, no tree): a line that cannot be read is
/// reported by number and skipped, the others are kept. Blank lines are ignored.
public enum ExtractedEventReader {
  /// One event read from the file.
  public struct Record: Sendable, Hashable {
    /// The 1-based line it was on.
    public var line: Int
    /// The event with `id`, `article` and `partOf` as the file has them.
    public var event: Event
    /// The words its evidence quotes (the file's `evidence.text`): there is no article text.
    public var evidenceText: String
    /// The review status and tags an exported session event carries (`export events to
    /// FILE.jsonl`); nil and empty in `sitrep extract` output.
    public var status: EventStatus? = nil
    public var tags: [String] = []
    /// The merge group an exported session event was in (the id of its first event).
    public var merge: String? = nil
    /// The index in ``Result/records`` of the event whose figure contains this one's
    /// (`part_of`, resolved among the events of the same article).
    public var whole: Int?
    /// The `part_of` the line gave when it names no event in the file (an exported set that
    /// holds a part but not its whole): the event is read on its own, with no `part_of`.
    public var partOfOutside: String?
  }

  /// What a read produced.
  public struct Result: Sendable, Hashable {
    /// The events, in file order.
    public var records: [Record]
    /// The lines that were skipped, in line order.
    public var errors: [CorpusReader.LineError]
    /// Lines holding anything but white space.
    public var lines: Int
  }

  /// Reads a whole file.
  public static func read(_ bytes: [UInt8]) -> Result {
    let result = bytes.withUnsafeBufferPointer { read($0, shouldContinue: { _, _ in true }) }
    return result ?? Result(records: [], errors: [], lines: 0)
  }

  /// Reads a whole file, asking `shouldContinue` every `batch` lines whether to go on.
  ///
  /// - Parameters:
  ///   - bytes: the file's bytes (a leading byte-order mark is ignored).
  ///   - batch: lines between two calls of `shouldContinue`.
  ///   - shouldContinue: told the lines read so far and the lines in the file; false stops.
  /// - Returns: the events and skipped lines, or nil when `shouldContinue` stopped the read.
  public static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, batch: Int = 20_000,
    shouldContinue: (_ done: Int, _ total: Int) -> Bool
  ) -> Result? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      return Result(records: [], errors: [], lines: 0)
    }
    let total = lineCount(bytes)
    var parsed: [Record] = []
    var errors: [CorpusReader.LineError] = []
    var lines = 0
    var interner = StringInterner()
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var number = 0
    while start < bytes.count {
      number += 1
      if number % batch == 0, !shouldContinue(number, total) { return nil }
      let stop =
        memchr(base + start, 0x0A, bytes.count - start).map {
          UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
        } ?? bytes.count
      defer { start = stop + 1 }
      let line = UnsafeBufferPointer(start: base + start, count: stop - start)
      guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
      lines += 1
      if let bad = invalidUTF8(line) {
        let column = line.prefix(bad).count { $0 & 0xC0 != 0x80 } + 1
        errors.append(.init(line: number, message: "invalid UTF-8 at column \(column)"))
        continue
      }
      var reader = ExtractedEventLine(JSONCursor(line))
      swap(&reader.cursor.interner, &interner)
      defer { swap(&reader.cursor.interner, &interner) }
      do {
        let (event, extras) = try reader.event()
        parsed.append(
          Record(
            line: number, event: event, evidenceText: extras.evidenceText, status: extras.status,
            tags: extras.tags, merge: extras.merge))
      } catch {
        errors.append(.init(line: number, message: error.message))
      }
    }
    _ = shouldContinue(total, total)
    errors += resolve(&parsed)
    errors.sort { $0.line < $1.line }
    return Result(records: parsed, errors: errors, lines: lines)
  }

  /// Drops events whose id repeats within their article, and resolves `part_of` to the index
  /// of the whole; an event whose whole is not read from the file is kept on its own
  /// (``Record/partOfOutside``).
  /// - Returns: the lines dropped.
  static func resolve(_ records: inout [Record]) -> [CorpusReader.LineError] {
    var errors: [CorpusReader.LineError] = []
    var index: [String: Int] = [:]
    index.reserveCapacity(records.count)
    var keep = [Bool](repeating: true, count: records.count)
    func key(_ article: String, _ id: String) -> String { article + "\u{1}" + id }
    for i in records.indices {
      let k = key(records[i].event.article, records[i].event.id)
      if let first = index[k] {
        errors.append(
          .init(
            line: records[i].line,
            message:
              "event '\(records[i].event.id)' of article '\(records[i].event.article)' is already on "
              + "line \(records[first].line)"))
        keep[i] = false
      } else {
        index[k] = i
      }
    }
    var wholes = [Int?](repeating: nil, count: records.count)
    for i in records.indices where keep[i] {
      guard let part = records[i].event.partOf else { continue }
      let article = records[i].event.article
      // The file's own form (`000#3`), else an article-local id (`3`) as the format doc has it.
      if let whole = index[key(article, part)] ?? index[key(article, article + "#" + part)],
        whole != i
      {
        wholes[i] = whole
      } else {
        // Skipping it would lose an incident whose whole (often a running total) was left out
        // of the file; read on its own, it counts as the incident it is.
        records[i].partOfOutside = part
        records[i].event.partOf = nil
      }
    }
    // Moved, not copied: an event holds many strings, and a million copies show.
    var position = [Int](repeating: -1, count: records.count)
    var kept = 0
    for i in records.indices where keep[i] {
      position[i] = kept
      if kept != i { records.swapAt(kept, i) }
      kept += 1
    }
    for i in position.indices where keep[i] {
      records[position[i]].whole = wholes[i].map { position[$0] }
    }
    records.removeLast(records.count - kept)
    return errors
  }

  /// Lines in the file (a last line without `\n` counts).
  static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var count = 0
    var at = 0
    while at < bytes.count, let hit = memchr(base + at, 0x0A, bytes.count - at) {
      count += 1
      at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base + 1
    }
    return count + (at < bytes.count ? 1 : 0)
  }

  /// The offset of the first byte that is not well-formed UTF-8, or nil.
  static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return i
      }
      guard i + length <= n, (low...high).contains(bytes[i + 1]) else { return i }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += length
    }
    return nil
  }
}
