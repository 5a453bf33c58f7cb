import EventExtraction

/// An evaluation report as an analyst reads it.
public enum EvaluationText {
  public static func render(_ r: EvaluationReport, misses: Int) -> String {
    func pct(_ x: Double) -> String {
      let tenths = Int((x * 1000).rounded())
      return "\(tenths / 10).\(tenths % 10)%"
    }
    func dec(_ x: Double) -> String {
      let thousandths = Int((x * 1000).rounded())
      let frac = String(thousandths % 1000)
      return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
    }
    var out = "records                      \(r.records)\n"
    out += "records with deaths          \(r.recordsWithDeaths)\n"
    out += "exact count (with deaths)    \(pct(r.exactShare))\n"
    out += "exact count (all records)    \(pct(r.exactShareAll))\n"
    out += "someone killed: precision    \(dec(r.precision))\n"
    out += "someone killed: recall       \(dec(r.recall))\n"
    out += "someone killed: F1           \(dec(r.f1))\n"
    out += "mean absolute error          \(dec(r.meanAbsoluteError))\n"
    out += "type agreement (event_type)  \(r.typeAgreement.map(pct) ?? "–")\n"
    if !r.worstMisses.isEmpty, misses > 0 {
      out += "\nworst misses (gold → predicted):\n"
      for miss in r.worstMisses.prefix(misses) {
        out += "  \(miss.id)  \(miss.gold) → \(miss.predicted)  \(miss.excerpt)\n"
      }
    }
    return out
  }
}
