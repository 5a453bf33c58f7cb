import Testing

@testable import EventExtraction

/// The evaluator on small hand-made records.
@Suite struct EvaluatorTests {
  static let records = [
    GoldRecord(id: "a", text: "Two soldiers were killed.", fatalities: 2, eventType: "Battles"),
    GoldRecord(id: "b", text: "Protest in the capital.", fatalities: 0, eventType: "Protests"),
    GoldRecord(id: "c", text: "Gunmen killed a farmer.", fatalities: 1, eventType: "Violence"),
    GoldRecord(
      id: "d", text: "Clashes left 5 dead in two villages.", fatalities: 3, eventType: "Battles",
      dupTextCount: 2, dupTextFatalitiesSum: 5),
    GoldRecord(id: "e", text: "A bomb went off; nobody was hurt.", fatalities: 0),
  ]

  /// Predictions: a right, b false alarm (1), c missed (0), d right against the summed 5, e right.
  static let predictions: [String: Prediction] = [
    "a": Prediction(killed: 2, eventType: "Battles"),
    "b": Prediction(killed: 1, eventType: "Battles"),
    "c": Prediction(killed: 0),
    "d": Prediction(killed: 5, eventType: "Battles"),
    "e": Prediction(killed: 0),
  ]

  @Test func scoresCountsAndDetection() {
    let report = Evaluator.evaluate(Self.records) {
      Self.predictions[$0.id] ?? Prediction(killed: 0)
    }
    #expect(report.records == 5)
    #expect(report.recordsWithDeaths == 3)
    #expect(report.exactShare == 2.0 / 3.0)
    #expect(report.exactShareAll == 3.0 / 5.0)
    #expect(report.precision == 2.0 / 3.0)
    #expect(report.recall == 2.0 / 3.0)
    #expect(abs(report.f1 - 2.0 / 3.0) < 1e-12)
    #expect(report.meanAbsoluteError == 2.0 / 5.0)
    #expect(report.typeAgreement == 2.0 / 5.0)
  }

  @Test func listsTheWorstMissesFirst() {
    let report = Evaluator.evaluate(Self.records) {
      Self.predictions[$0.id] ?? Prediction(killed: 0)
    }
    #expect(
      report.worstMisses == [
        .init(id: "b", gold: 0, predicted: 1, excerpt: "Protest in the capital."),
        .init(id: "c", gold: 1, predicted: 0, excerpt: "Gunmen killed a farmer."),
      ])
  }

  @Test func typeAgreementIsNilWhenNoTypesArePredicted() {
    let report = Evaluator.evaluate(Self.records) { Prediction(killed: $0.goldKilled) }
    #expect(report.typeAgreement == nil)
    #expect(report.exactShare == 1)
    #expect(report.f1 == 1)
    #expect(report.worstMisses.isEmpty)
  }

  @Test func decodesJSONLines() throws {
    let lines = """
      {"id": "x1", "text": "On 2 May, 3 people were killed.", "fatalities": 3, \
      "event_type": "Battles", "sub_event_type": "Armed clash", "date": "2020-05-02", \
      "location": "Kandi", "admin1": "Alibori", "country": "Benin", "dup_text_count": 2, \
      "dup_text_fatalities_sum": 4}

      {"id": "x2", "text": "Talks.", "fatalities": 0, "event_type": null}
      """
    let records = try GoldRecord.records(jsonLines: lines)
    #expect(records.count == 2)
    #expect(records[0].subEventType == "Armed clash")
    #expect(records[0].admin1 == "Alibori")
    #expect(records[0].goldKilled == 4)
    #expect(records[1].eventType == nil)
    #expect(records[1].dupTextCount == 1)
    #expect(records[1].goldKilled == 0)
  }

  /// The first bad line is thrown with its number counting blank lines, its text and the
  /// decoder's error.
  @Test func namesTheFirstLineThatDoesNotDecode() throws {
    let lines = [
      #"{"id": "x1", "text": "Two killed.", "fatalities": 2}"#, "", " \t",
      #"{"id": 1, "text": "Talks."}"#, #"{"text": "no id"}"#,
    ].joined(separator: "\n")
    let error = #expect(throws: GoldRecord.LineError.self) {
      try GoldRecord.records(jsonLines: lines)
    }
    #expect(error?.line == 4)
    #expect(error?.text == #"{"id": 1, "text": "Talks."}"#)
    guard case .typeMismatch(_, let context)? = error?.error as? DecodingError else {
      Issue.record("expected a type mismatch, got \(String(describing: error?.error))")
      return
    }
    #expect(context.codingPath.map(\.stringValue) == ["id"])
  }

  /// Lines of white space alone are skipped, as empty ones are.
  @Test func skipsBlankLines() throws {
    let lines = "\n \t\n" + #"{"id": "x1", "text": "Two killed.", "fatalities": 2}"# + "\n\n"
    let records = try GoldRecord.records(jsonLines: lines)
    #expect(records.map(\.id) == ["x1"])
    #expect(records.map(\.fatalities) == [2])
  }

  @Test func readsWindowsLineEndings() throws {
    let lines = [
      #"{"id": "x1", "text": "Two killed.", "fatalities": 2}"#,
      #"{"id": "x2", "text": "Calm.", "fatalities": 0}"#,
    ].joined(separator: "\r\n") + "\r\n"
    let records = try GoldRecord.records(jsonLines: lines)
    #expect(records.map(\.id) == ["x1", "x2"])
  }
}
