import Foundation

/// The JSON a session is saved as: a format name and version around the session's contents.
struct SessionFile: Codable {
  static let formatName = "sitrep-session"
  static let currentVersion = 3

  var format: String
  var version: Int
  var analysts: [String]
  var settings: SessionSettings
  var articles: [Article]
  var events: [SessionEvent]
  var sets: [String: String]
  /// Absent in files written before dictionary additions were saved: read as none.
  var dictionary: DictionaryAdditions?
  var trail: [Change]
  var undoable: [Int]
  var redoable: [Int]
  var nextArticle: Int
  var nextEvent: Int

  var session: Session {
    var s = Session()
    s.analysts = analysts
    s.settings = settings
    s.articles = articles
    s.events = events
    s.sets = sets
    s.dictionary = dictionary ?? DictionaryAdditions()
    s.trail = trail
    s.undoable = undoable
    s.redoable = redoable
    s.nextArticle = nextArticle
    s.nextEvent = nextEvent
    return s
  }
}

/// Reads and writes session files; writes are atomic (temporary file, fsync, rename, fsync dir).
///
/// Both directions work on bytes (``SessionReader``, ``SessionWriter``); Foundation's decoder is
/// asked only why a file that failed to read is wrong, so every message stays as it was.
public enum SessionStore {
  public enum Failure: Error, Equatable {
    case unreadable(String)
    case notASession(String)
    /// Not a session at all, and what it holds instead (``OtherFileKind``).
    case otherKind(String)
    case newerVersion(Int)
    case corrupt(String)
    case writeFailed(String)
    /// The analyst stopped the read or write (``Progress`` returned false).
    case cancelled
  }

  /// Told how far a long open or save has got (bytes read of the file, or records written of
  /// the session's); returning false stops it, leaving everything as it was.
  public typealias Progress = (_ done: Int, _ total: Int) -> Bool

  /// The session as the bytes of a file (format version ``SessionFile/currentVersion``).
  public static func encode(_ session: Session) throws -> Data {
    var data = Data()
    var writer = SessionWriter()
    try writer.write(session) { chunk in
      data.append(contentsOf: chunk)
      chunk.removeAll(keepingCapacity: true)
    }
    return data
  }

  public static func decode(_ data: Data) throws(Failure) -> Session {
    let result = data.withUnsafeBytes { raw in
      Result { () throws(Failure) -> Session in try read(raw.bindMemory(to: UInt8.self)) }
    }
    return try result.get()
  }

  /// The session in `bytes`; `release` is told how far reading has got (see
  /// ``SessionReader/release``).
  ///
  /// A file over `explainLimit` bytes that fails is explained without Foundation's decoder.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, release: @escaping (Int) -> Bool = { _ in true },
    explainLimit: Int = foundationLimit
  ) throws(Failure) -> Session {
    var reader = SessionReader(bytes)
    reader.release = release
    let read: (session: Session, format: String, version: Int)
    do {
      read = try reader.read()
    } catch {
      if reader.wasStopped { throw .cancelled }
      try diagnose(bytes, error, explainLimit: explainLimit)
    }
    guard read.format == SessionFile.formatName else { throw .notASession(read.format) }
    if read.version > SessionFile.currentVersion { throw .newerVersion(read.version) }
    return read.session
  }

  /// Why `bytes` failed to read as a session, given where the byte reader stopped: the first
  /// syntax error by line and column, else what Foundation's decoder says (not a session, a
  /// newer version, a wrong value by its path), else the byte reader's own reason.
  private static func diagnose(
    _ bytes: UnsafeBufferPointer<UInt8>, _ failure: JSONCursor.Failure, explainLimit: Int
  ) throws(Failure) -> Never {
    if let other = OtherFileKind.describe(bytes) { throw .otherKind(other) }
    if let damage = JSONDamage.locate(in: bytes) { throw .corrupt(damage.description) }
    let here = JSONDamage.at(failure.offset, in: bytes, problem: failure.problem).description
    guard bytes.count <= explainLimit else {
      // Foundation's tree of a file this large would need about 12 times its size: the header
      // and the byte reader's own location say what is wrong instead.
      var reader = SessionReader(bytes)
      let header = reader.header()
      guard header.format == SessionFile.formatName else {
        throw .notASession(header.format ?? "no 'format' field")
      }
      if let version = header.version, version > SessionFile.currentVersion {
        throw .newerVersion(version)
      }
      throw .corrupt(here)
    }
    let data = Data(bytes)
    do {
      _ = try JSONDecoder().decode(SessionFile.self, from: data)
    } catch {
      try diagnose(data, error, else: here)
    }
    throw .corrupt(here)
  }

  /// Files larger than this are not handed to Foundation's decoder to explain a failure.
  static let foundationLimit = 64 << 20

  /// Why `data` failed to decode as a session file, given the decoder's `error`; `byteReader`
  /// (where the byte reader stopped, and why) when the decoder names no place, as for a number
  /// it would not read ("The given data was not valid JSON" for `14.5` as a whole number).
  private static func diagnose(_ data: Data, _ error: any Error, else byteReader: String) throws(Failure) -> Never {
    struct Header: Decodable {
      var format: String?
      var version: Int?
    }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: data)
    } catch {
      let damage = JSONDamage.locate(in: [UInt8](data))?.description
      throw .corrupt(damage ?? DecodingErrorText.nested(error))
    }
    guard header.format == SessionFile.formatName else {
      throw .notASession(header.format ?? "no 'format' field")
    }
    if let version = header.version, version > SessionFile.currentVersion {
      throw .newerVersion(version)
    }
    if case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty {
      throw .corrupt(byteReader)
    }
    throw .corrupt(DecodingErrorText.nested(error))
  }

  /// Writes `session` to `path` atomically, in chunks: the file is never whole in memory.
  /// A cancelled save leaves the file at `path` as it was.
  public static func save(
    _ session: Session, to path: String,
    using writer: AtomicFile.WriteFunction = AtomicFile.systemWrite,
    progress: @escaping Progress = { _, _ in true }
  ) throws(Failure) {
    try save(session, to: path, using: writer, progress: progress, chunkSize: 1 << 20)
  }

  /// ``save(_:to:using:progress:)`` telling `progress` after every `chunkSize` bytes.
  static func save(
    _ session: Session, to path: String, using writer: AtomicFile.WriteFunction,
    progress: @escaping Progress, chunkSize: Int
  ) throws(Failure) {
    var cancelled = false
    do {
      try AtomicFile.write(to: path, using: writer) { output in
        var sessionWriter = SessionWriter()
        sessionWriter.progress = progress
        sessionWriter.chunkSize = chunkSize
        do {
          try sessionWriter.write(session) { chunk in output.write(&chunk) }
        } catch is SessionWriter.Cancelled {
          cancelled = true
          if output.failure == nil { output.failure = "cancelled" }
        } catch {
          if output.failure == nil { output.failure = "could not encode: \(error)" }
        }
      }
    } catch {
      throw cancelled ? .cancelled : error
    }
  }

  /// Reads the session file at `path`: mapped, read once front to back, its pages given back as
  /// reading passes them, so a large file does not stay in memory beside the session.
  /// `progress` hears bytes read of the file's size at the start and about every 8 MB.
  public static func open(
    _ path: String, progress: @escaping Progress = { _, _ in true }
  ) throws(Failure) -> Session {
    try open(path, progress: progress, every: 8 << 20)
  }

  /// ``open(_:progress:)`` telling `progress` about every `every` bytes.
  static func open(
    _ path: String, progress: @escaping Progress, every: Int
  ) throws(Failure) -> Session {
    let fd = Glibc.open(path, O_RDONLY)
    var info = stat()
    guard fd >= 0, fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else {
      if fd >= 0 { close(fd) }
      if fd >= 0, info.st_mode & S_IFMT == S_IFDIR {
        throw .otherKind("it is a directory ('load DIR' reads the articles in it)")
      }
      guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
      return try decode(data)
    }
    defer { close(fd) }
    let size = Int(info.st_size)
    guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
      guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
      return try decode(data)
    }
    defer { munmap(map, size) }
    _ = madvise(map, size, MADV_SEQUENTIAL)
    let page = max(4096, sysconf(Int32(_SC_PAGESIZE)))
    var released = 0
    var told = 0
    guard progress(0, size) else { throw .cancelled }
    let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)
    return try read(bytes) { offset in
      if offset - told >= every {
        told = offset
        guard progress(offset, size) else { return false }
      }
      let upTo = offset / page * page
      guard upTo - released >= 32 << 20 else { return true }
      _ = madvise(map + released, upTo - released, MADV_DONTNEED)
      released = upTo
      return true
    }
  }
}
