import Foundation

/// The JSON a session is saved as: a format name and version around the session's contents.
struct SessionFile: Codable {
  static let formatName = "sitrep-session"
  static let currentVersion = 1

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

  init(_ session: Session) {
    format = SessionFile.formatName
    version = SessionFile.currentVersion
    analysts = session.analysts
    settings = session.settings
    articles = session.articles
    events = session.events
    sets = session.sets
    dictionary = session.dictionary
    trail = session.trail
    undoable = session.undoable
    redoable = session.redoable
    nextArticle = session.nextArticle
    nextEvent = session.nextEvent
  }

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
public enum SessionStore {
  public enum Failure: Error, Equatable {
    case unreadable(String)
    case notASession(String)
    case newerVersion(Int)
    case corrupt(String)
    case writeFailed(String)
  }

  public static func encode(_ session: Session) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(SessionFile(session))
  }

  public static func decode(_ data: Data) throws(Failure) -> Session {
    // One parse on the common path: decode the whole file, and only when that fails parse the
    // header alone to say why (not JSON, not a session, a newer version, or a damaged one).
    let file: SessionFile
    do {
      file = try JSONDecoder().decode(SessionFile.self, from: data)
    } catch {
      try diagnose(data, error)
    }
    guard file.format == SessionFile.formatName else { throw .notASession(file.format) }
    if file.version > SessionFile.currentVersion { throw .newerVersion(file.version) }
    return file.session
  }

  /// Why `data` failed to decode as a session file, given the decoder's `error`.
  private static func diagnose(_ data: Data, _ error: any Error) throws(Failure) -> Never {
    struct Header: Decodable {
      var format: String?
      var version: Int?
    }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: data)
    } catch {
      throw .corrupt(JSONDamage.locate(in: [UInt8](data))?.description ?? describe(error))
    }
    guard header.format == SessionFile.formatName else {
      throw .notASession(header.format ?? "no 'format' field")
    }
    if let version = header.version, version > SessionFile.currentVersion { throw .newerVersion(version) }
    throw .corrupt(describe(error))
  }

  public static func save(
    _ session: Session, to path: String, using writer: AtomicFile.WriteFunction = AtomicFile.systemWrite
  ) throws(Failure) {
    let data: Data
    do { data = try encode(session) } catch { throw .writeFailed("could not encode: \(error)") }
    try AtomicFile.write(data, to: path, using: writer)
  }

  public static func open(_ path: String) throws(Failure) -> Session {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path)
    }
    return try decode(data)
  }

  static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let c) where !c.codingPath.isEmpty:
      return "wrong value at \(path(c.codingPath)): \(c.debugDescription)"
    case DecodingError.dataCorrupted(let c):
      let underlying = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
      return underlying ?? c.debugDescription
    case DecodingError.keyNotFound(let key, let c):
      return "missing '\(key.stringValue)' at \(path(c.codingPath))"
    case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
      return "wrong value at \(path(c.codingPath)): \(c.debugDescription)"
    default:
      return "\(error)"
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }
}
