import EventExtraction

extension Shell {
  /// `evaluate`: how the extractor fared against this session's decisions, per field.
  func evaluateSession(console: inout some Console) {
    let fields: [(String, (Event) -> AnyHashable?)] = [
      ("type", { $0.type }), ("killed", { $0.killed }), ("injured", { $0.injured }),
      ("place", { $0.place?.name }), ("date", { $0.date }), ("actors", { $0.actors }),
      ("target", { $0.target }), ("source", { $0.source }), ("scope", { $0.scope }),
    ]
    let reviewed = session.events.filter { $0.status != .extracted }
    let manualEvents = reviewed.filter { $0.status == .manual }
    let rejectedEvents = reviewed.filter { $0.status == .rejected }
    let manual = manualEvents.count
    let rejected = rejectedEvents.count
    let kept = reviewed.filter { $0.status == .accepted || $0.status == .corrected }
    var rows: [[Cell]] = []
    for (name, value) in fields {
      var asExtracted = 0
      var corrected = 0
      var filledByHand = 0
      for event in kept {
        guard let extracted = event.extracted else { continue }
        let (a, b) = (value(extracted), value(event.current))
        // A field neither proposed nor needed (no injured figure either way) is not scored.
        if Shell.isEmpty(a), Shell.isEmpty(b) { continue }
        if a == b { asExtracted += 1 } else if Shell.isEmpty(a) { filledByHand += 1 } else { corrected += 1 }
      }
      // A rejected event's value counts against precision only where it proposed one; an event
      // added by hand needs a field only where the analyst gave it.
      let rejectedHere = rejectedEvents.filter { !Shell.isEmpty($0.extracted.flatMap(value)) }.count
      let manualHere = manualEvents.filter { !Shell.isEmpty(value($0.current)) }.count
      let proposed = asExtracted + corrected + rejectedHere
      let precision = proposed == 0 ? nil : Double(asExtracted) / Double(proposed)
      let needed = asExtracted + corrected + filledByHand + manualHere
      let recall = needed == 0 ? nil : Double(asExtracted) / Double(needed)
      rows.append([
        .text(name), .number(asExtracted), .number(corrected), .number(filledByHand),
        .text(precision.map(Shell.percent) ?? "–"), .text(recall.map(Shell.percent) ?? "–"),
      ])
    }
    var table = Table(
      columns: [
        .init("field"), .init("as extracted", alignRight: true), .init("corrected", alignRight: true),
        .init("filled by hand", alignRight: true), .init("precision", alignRight: true), .init("recall", alignRight: true),
      ], rows: rows)
    table.notes = [
      "\(reviewed.count) reviewed events: \(kept.count) kept, \(rejected) rejected, \(manual) added by hand; "
        + "\(session.events.count - reviewed.count) not reviewed yet",
      "precision: share of proposed values the analyst kept (rejected events count against it); "
        + "recall: share of the values the analyst needed that the extractor supplied",
    ]
    emit(table, console: &console)
  }

  static func isEmpty(_ value: AnyHashable?) -> Bool {
    guard let value else { return true }
    if let list = value as? [String] { return list.isEmpty }
    return false
  }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
