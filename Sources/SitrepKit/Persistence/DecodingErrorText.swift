import Foundation

/// A `DecodingError` in the words of the file that failed to decode rather than in Swift's: what
/// is wrong and at which key.
///
/// The error is taken apart in one place and worded two ways: a session file nests, so its
/// clauses name a path (`missing 'place' at .events[3]`); a gold record is one flat object per
/// line, so its clauses name a key (`missing key 'text'`).
enum DecodingErrorText {
  /// One clause for a session file naming what is wrong and where, without Foundation's closing
  /// period (the message goes on after it): `missing 'place' at .events[3]`, `wrong value at
  /// .nextEvent: expected a number`. An error that is no `DecodingError` describes itself.
  static func nested(_ error: any Error) -> String {
    var text: String
    switch (error as? DecodingError).map(Fault.init) {
    case .missing(let key, let path)?:
      text = "missing '\(key.stringValue)' at \(jsonPath(path))"
    case .wrongType(let type, let path)?, .null(let type, let path)?:
      text = "wrong value at \(jsonPath(path)): expected \(kind(of: type))"
    case .unreadable(let path, let detail)?:
      text = "wrong value at \(jsonPath(path)): \(detail)"
    case .notJSON(let detail)?:
      text = detail
    case nil:
      text = "\(error)"
    }
    while text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// What `error` says about one flat JSON object: `missing key 'text'`, `key 'fatalities' has
  /// the wrong type; expected a whole number`, `key 'id' is null; expected a string`, `key 'date'
  /// has an unreadable value`.
  ///
  /// - Returns: nil when the error names no key: the text is no JSON object, or is one holding
  ///   a number that fits no `Int` (`JSONDecoder` calls `1.5` invalid JSON, with no key).
  static func flat(_ error: DecodingError) -> String? {
    switch Fault(error) {
    case .missing(let key, let path):
      "missing key '\(dotted(path + [key]))'"
    case .wrongType(let type, let path):
      path.isEmpty ? nil : "key '\(dotted(path))' has the wrong type; expected \(article(type))"
    case .null(let type, let path):
      path.isEmpty ? nil : "key '\(dotted(path))' is null; expected \(article(type))"
    case .unreadable(let path, _):
      "key '\(dotted(path))' has an unreadable value"
    case .notJSON:
      nil
    }
  }

  /// What went wrong, and where, as the decoder reported it.
  private enum Fault {
    /// `key` is absent from the container at `path`.
    case missing(key: any CodingKey, in: [any CodingKey])
    /// The value at `path` is not of `type`.
    case wrongType(Any.Type, at: [any CodingKey])
    /// The value at `path` is null where a `type` is required.
    case null(Any.Type, at: [any CodingKey])
    /// The value at `path` (not empty) is of the right type but no valid value.
    case unreadable(at: [any CodingKey], detail: String)
    /// The data is no JSON, or JSON Foundation would not read; `detail` is its reason.
    case notJSON(detail: String)

    init(_ error: DecodingError) {
      switch error {
      case .keyNotFound(let key, let c): self = .missing(key: key, in: c.codingPath)
      case .typeMismatch(let type, let c): self = .wrongType(type, at: c.codingPath)
      case .valueNotFound(let type, let c): self = .null(type, at: c.codingPath)
      case .dataCorrupted(let c) where !c.codingPath.isEmpty:
        self = .unreadable(at: c.codingPath, detail: c.debugDescription)
      case .dataCorrupted(let c):
        let underlying =
          (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
        self = .notJSON(detail: underlying ?? c.debugDescription)
      @unknown default: self = .notJSON(detail: "\(error)")
      }
    }
  }

  /// A JSON value of Swift type `type`, in the words of a session file rather than of Swift.
  private static func kind(of type: Any.Type) -> String {
    switch type {
    case is String.Type: "text in quotes"
    case is Bool.Type: "true or false"
    case is Int.Type, is Int32.Type, is Int64.Type, is Double.Type: "a number"
    case is any Collection.Type: "a list or an object"
    default: "an object (\(type))"
    }
  }

  /// The kind of JSON value a gold record's `type` decodes from, with its article.
  private static func article(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type: "a whole number"
    case is String.Type: "a string"
    default: "a value of another type"
    }
  }

  /// A session file's path: `.events[3].place`.
  private static func jsonPath(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }

  /// Dotted names of a coding path (`fatalities`); gold records are flat, so one name.
  private static func dotted(_ path: [any CodingKey]) -> String {
    path.map(\.stringValue).joined(separator: ".")
  }
}
