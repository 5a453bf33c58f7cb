import Foundation

/// One human-coded event record (ACLED style), as stored one per line in a JSON Lines file.
public struct GoldRecord: Sendable, Decodable, Hashable {
  public var id: String
  /// The coder's note describing the event.
  public var text: String
  /// Deaths the coder recorded for this record alone.
  public var fatalities: Int
  public var eventType: String?
  public var subEventType: String?
  public var date: String?
  public var location: String?
  public var admin1: String?
  public var country: String?
  /// How many records share this exact text (one note sometimes describes several events).
  public var dupTextCount: Int
  /// The summed fatalities of the records sharing this text.
  public var dupTextFatalitiesSum: Int

  enum CodingKeys: String, CodingKey {
    case id, text, fatalities, date, location, admin1, country
    case eventType = "event_type"
    case subEventType = "sub_event_type"
    case dupTextCount = "dup_text_count"
    case dupTextFatalitiesSum = "dup_text_fatalities_sum"
  }

  public init(
    id: String, text: String, fatalities: Int, eventType: String? = nil,
    subEventType: String? = nil, date: String? = nil, location: String? = nil,
    admin1: String? = nil, country: String? = nil, dupTextCount: Int = 1,
    dupTextFatalitiesSum: Int? = nil
  ) {
    self.id = id
    self.text = text
    self.fatalities = fatalities
    self.eventType = eventType
    self.subEventType = subEventType
    self.date = date
    self.location = location
    self.admin1 = admin1
    self.country = country
    self.dupTextCount = dupTextCount
    self.dupTextFatalitiesSum = dupTextFatalitiesSum ?? fatalities
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    text = try c.decode(String.self, forKey: .text)
    fatalities = try c.decodeIfPresent(Int.self, forKey: .fatalities) ?? 0
    eventType = try c.decodeIfPresent(String.self, forKey: .eventType)
    subEventType = try c.decodeIfPresent(String.self, forKey: .subEventType)
    date = try c.decodeIfPresent(String.self, forKey: .date)
    location = try c.decodeIfPresent(String.self, forKey: .location)
    admin1 = try c.decodeIfPresent(String.self, forKey: .admin1)
    country = try c.decodeIfPresent(String.self, forKey: .country)
    dupTextCount = try c.decodeIfPresent(Int.self, forKey: .dupTextCount) ?? 1
    dupTextFatalitiesSum =
      try c.decodeIfPresent(Int.self, forKey: .dupTextFatalitiesSum) ?? fatalities
  }

  /// The deaths a prediction from `text` is scored against: the summed figure when several
  /// records share the text, else this record's own.
  public var goldKilled: Int { dupTextCount > 1 ? dupTextFatalitiesSum : fatalities }

  /// A line of a JSON Lines file that is no gold record, as ``records(jsonLines:)`` found it.
  public struct LineError: Error, Sendable {
    /// The line's 1-based number in the file, blank lines counted.
    public var line: Int
    /// The line itself, without its line break.
    public var text: String
    /// Why it did not decode: a `DecodingError` from `JSONDecoder`.
    public var error: any Error
  }

  /// Decodes JSON Lines: one record per line that is not blank (all white space).
  ///
  /// - Parameter jsonLines: the file's text, lines separated by `\n` or `\r\n`.
  /// - Returns: the records in file order.
  /// - Throws: ``LineError`` for the first line that does not decode.
  public static func records(jsonLines: String) throws(LineError) -> [GoldRecord] {
    let decoder = JSONDecoder()
    var records: [GoldRecord] = []
    // Split on the byte: "\r\n" is one Character, which a split on "\n" would not see; a
    // line's "\r" is dropped with its "\n".
    let lines = jsonLines.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { $0.last == 0x0D ? Substring($0.dropLast()) : Substring($0) }
    for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
      do {
        records.append(try decoder.decode(GoldRecord.self, from: Data(line.utf8)))
      } catch {
        throw LineError(line: index + 1, text: String(line), error: error)
      }
    }
    return records
  }
}
