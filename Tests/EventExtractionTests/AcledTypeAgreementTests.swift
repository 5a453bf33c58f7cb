import Foundation
import Testing

@testable import EventExtraction

/// Measures event-type agreement with ACLED's coders on the Benin dev notes.
@Suite struct AcledTypeAgreementTests {
  /// The type of the note's best trigger: a note codes one event.
  static func type(of text: String) -> EventType? {
    let sentences = SentenceSplitter().sentences(in: text)
    let triggers = sentences.flatMap { TriggerRules.triggers(in: words(of: $0)) }
    return TriggerRules.best(triggers)?.type
  }

  @Test func agreesWithAcledEventTypes() throws {
    guard let records = DevData.acledBenin() else {
      print("skipped: ../shared/dev/acled-benin.jsonl is absent")
      return
    }
    var right = 0
    var confusion: [String: Int] = [:]
    for r in records {
      let t = Self.type(of: r.text)
      let got = t?.acled?.eventType ?? "none"
      if got == r.event_type {
        right += 1
      } else {
        confusion["\(r.event_type) -> \(got)", default: 0] += 1
        if ProcessInfo.processInfo.environment["SITREP_SHOW_MISSES"] != nil {
          print(
            "MISS \(r.event_type) -> \(got) [\(t.map { $0.rawValue } ?? "-")]: \(r.text.prefix(200))"
          )
        }
      }
    }
    let share = Double(right) / Double(records.count)
    print("ACLED event_type agreement: \(right)/\(records.count) = \(share)")
    // The same through the extractor: the note's first event.
    let extractor = Extractor()
    let viaEvents = records.filter { r in
      let first = extractor.extract(ArticleInput(id: r.id, text: r.text)).events.first
      return (first?.type.acled?.eventType ?? "none") == r.event_type
    }.count
    print("ACLED event_type agreement of the first extracted event: \(viaEvents)/\(records.count)")
    #expect(Double(viaEvents) / Double(records.count) > 0.6)
    for (k, v) in confusion.sorted(by: { $0.value > $1.value }) { print("  \(v) \(k)") }
    #expect(share > 0.6)
  }
}
