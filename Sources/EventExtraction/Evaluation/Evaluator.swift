/// Scores predictions against human-coded records.
public enum Evaluator {
  /// How many misses a report lists.
  public static let missLimit = 25

  /// Scores one prediction per record.
  ///
  /// - Parameters:
  ///   - records: Gold records; each is scored against ``GoldRecord/goldKilled``.
  ///   - predict: The system under test.
  /// - Returns: Exact-count shares, detection precision/recall/F1, mean absolute error, type
  ///   agreement and the worst misses.
  public static func evaluate(
    _ records: [GoldRecord], predict: (GoldRecord) -> Prediction
  ) -> EvaluationReport {
    var withDeaths = 0
    var exactWithDeaths = 0
    var exactAll = 0
    var truePositives = 0
    var predictedPositives = 0
    var absoluteError = 0
    var typed = 0
    var typeMatches = 0
    var misses: [EvaluationReport.Miss] = []
    for record in records {
      let gold = record.goldKilled
      let prediction = predict(record)
      let predicted = prediction.killed
      if gold > 0 { withDeaths += 1 }
      if predicted == gold {
        exactAll += 1
        if gold > 0 { exactWithDeaths += 1 }
      } else {
        misses.append(
          .init(id: record.id, gold: gold, predicted: predicted, excerpt: excerpt(record.text)))
      }
      if predicted > 0 {
        predictedPositives += 1
        if gold > 0 { truePositives += 1 }
      }
      absoluteError += abs(predicted - gold)
      if let type = prediction.eventType {
        typed += 1
        if type == record.eventType { typeMatches += 1 }
      }
    }
    let precision = ratio(truePositives, predictedPositives)
    let recall = ratio(truePositives, withDeaths)
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    misses.sort {
      let a = abs($0.gold - $0.predicted)
      let b = abs($1.gold - $1.predicted)
      return a != b ? a > b : $0.id < $1.id
    }
    return EvaluationReport(
      records: records.count, recordsWithDeaths: withDeaths,
      exactShare: ratio(exactWithDeaths, withDeaths), exactShareAll: ratio(exactAll, records.count),
      precision: precision, recall: recall, f1: f1,
      meanAbsoluteError: records.isEmpty ? 0 : Double(absoluteError) / Double(records.count),
      typeAgreement: typed == 0 ? nil : ratio(typeMatches, records.count),
      worstMisses: Array(misses.prefix(missLimit)))
  }

  private static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

  private static func excerpt(_ text: String) -> String {
    text.count <= 160 ? text : String(text.prefix(160)) + "..."
  }
}
