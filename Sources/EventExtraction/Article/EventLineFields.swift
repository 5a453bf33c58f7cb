/// What one line of `sitrep extract` output is written from, in the words of ``EventRecord``:
/// the record itself, or an ``Event`` read in place (``EventLineView``), so that the pipeline
/// does not copy every event into a record first. ``EventLineWriter`` is the one writer.
protocol EventLineFields {
  associatedtype Count: CasualtyLineFields
  associatedtype PlaceFields: PlaceLineFields
  associatedtype DateFields: DateLineFields

  var article: String { get }
  /// Written before `id` and `part_of`, followed by `#`, when there is one.
  var idPrefix: String? { get }
  var id: String { get }
  var typeName: String { get }
  var acledTypes: (eventType: String, subEventType: String)? { get }
  var cameo: String? { get }
  var killed: Count? { get }
  var injured: Count? { get }
  var place: PlaceFields? { get }
  var date: DateFields? { get }
  var actors: [String] { get }
  var target: String? { get }
  var source: String? { get }
  var scopeName: String { get }
  var partOf: String? { get }
  var evidenceStart: Int { get }
  var evidenceEnd: Int { get }
  /// Writes the evidence's text escaped for a JSON string, without quotes.
  func writeEvidenceText(to w: inout JSONLineWriter)
  var rule: String { get }
}

/// A killed or injured figure as ``EventRecord/Count`` writes it.
protocol CasualtyLineFields {
  var low: Int? { get }
  var best: Int? { get }
  var high: Int? { get }
  var qualifierName: String { get }
  var victims: String? { get }
  var parts: [CasualtyPart] { get }
}

/// A place as ``EventRecord/PlaceRecord`` writes it.
protocol PlaceLineFields {
  var raw: String { get }
  var name: String { get }
  var precisionName: String { get }
  var admin1: String? { get }
  var country: String? { get }
  var latitude: Double? { get }
  var longitude: Double? { get }
  var basis: String? { get }
}

/// A date as ``EventRecord/DateRecord`` writes it.
protocol DateLineFields {
  var startText: String { get }
  var endText: String { get }
  var precisionName: String { get }
}

extension EventRecord: EventLineFields {
  var idPrefix: String? { nil }
  var typeName: String { type }
  var acledTypes: (eventType: String, subEventType: String)? {
    acled.map { ($0.eventType, $0.subEventType) }
  }
  var scopeName: String { scope }
  var evidenceStart: Int { evidence.start }
  var evidenceEnd: Int { evidence.end }
  func writeEvidenceText(to w: inout JSONLineWriter) {
    w.escaped(evidence.text)
  }
}

extension EventRecord.Count: CasualtyLineFields {
  var qualifierName: String { qualifier }
}

extension EventRecord.PlaceRecord: PlaceLineFields {
  var precisionName: String { precision }
}

extension EventRecord.DateRecord: DateLineFields {
  var startText: String { start }
  var endText: String { end }
  var precisionName: String { precision }
}

extension Casualties: CasualtyLineFields {
  var qualifierName: String { qualifier.rawValue }
}

extension Place: PlaceLineFields {
  var precisionName: String { precision.rawValue }
}

extension EventDate: DateLineFields {
  var startText: String { start.description }
  var endText: String { end.description }
  var precisionName: String { precision.rawValue }
}
