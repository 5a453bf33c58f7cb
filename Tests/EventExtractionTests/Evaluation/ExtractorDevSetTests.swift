import Foundation
import Testing

@testable import EventExtraction

/// The whole extractor (events, scope, parts, restatements) on the ACLED Benin dev set, scored
/// the way `sitrep evaluate` scores it (../shared/dev, never in the repository).
@Suite struct ExtractorDevSetTests {
  @Test func meetsTheIssueTargetsThroughTheWholeExtractor() throws {
    guard let records = try DevSetEvaluationTests.records() else {
      print("skipped: no dev set at \(DevSetEvaluationTests.devSet.path)")
      return
    }
    let extractor = Extractor()
    let report = Evaluator.evaluate(records) { record in
      Prediction(extraction: extractor.extract(ArticleInput(id: record.id, text: record.text)))
    }
    #expect(report.records == 811)
    #expect(report.exactShare >= 0.85, "exact count on records with deaths: \(report.exactShare)")
    #expect(report.f1 >= 0.95, "F1 of someone killed: \(report.f1)")
    #expect((report.typeAgreement ?? 0) >= 0.75, "event_type agreement: \(report.typeAgreement ?? 0)")
  }
}
