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
  var dictionary: DictionaryAdditions
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
    s.dictionary = dictionary
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
    do {
      return try JSONDecoder().decode(SessionFile.self, from: data).session
    } catch {
      throw .corrupt(describe(error))
    }
  }

  public static func save(_ session: Session, to path: String) throws(Failure) {
    let data: Data
    do { data = try encode(session) } catch { throw .writeFailed("could not encode: \(error)") }
    try AtomicFile.write(data, to: path)
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
