import EventExtraction

/// A loaded article: its text exactly as read, and what Sitrep knows about it.
public struct Article: Sendable, Hashable, Codable {
  /// `a1`, `a2`, ...: never reused within a session.
  public var id: String
  public var title: String
  /// Where it was loaded from (a file path, or `corpus.jsonl#id`).
  public var path: String
  /// Hex SHA-256 of the UTF-8 text.
  public var sha256: String
  public var text: String
  public var date: ArticleDate
  public var outlet: String?
  public var dateline: String?
  /// Problems met while reading it ("3 invalid UTF-8 sequences replaced").
  public var loadNotes: [String]

  public init(
    id: String, title: String, path: String, sha256: String, text: String, date: ArticleDate,
    outlet: String?, dateline: String?, loadNotes: [String] = []
  ) {
    self.id = id
    self.title = title
    self.path = path
    self.sha256 = sha256
    self.text = text
    self.date = date
    self.outlet = outlet
    self.dateline = dateline
    self.loadNotes = loadNotes
  }

  /// Words in the text (runs of letters or digits).
  public var wordCount: Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let isWordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
      if isWordByte, !inWord { count += 1 }
      inWord = isWordByte
    }
    return count
  }
}
