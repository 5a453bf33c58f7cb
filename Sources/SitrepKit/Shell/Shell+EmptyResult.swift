import QueryLanguage

extension Shell {
  /// Why a query over events found nothing, when the reason is a value no event has: for each
  /// `FIELD = VALUE` on a place, name or category field whose value matches no event, a note
  /// naming it and the closest value that does exist ("no event has place 'Alepo'; did you
  /// mean 'Aleppo'?"). Empty when every compared value exists (the combination is what is empty).
  func unknownValueNotes(in condition: Condition) -> [String] {
    var notes: [String] = []
    func visit(_ c: Condition) {
      switch c {
      case .and(let a, let b), .or(let a, let b):
        visit(a)
        visit(b)
      case .not(let inner): visit(inner)
      case .comparison(let ref, .equal, let literal):
        guard Shell.hintedFields.contains(ref.field), case .text(let wanted) = literal.value else { return }
        let known = knownValues(of: ref.field).sorted()
        guard !known.contains(where: { $0.lowercased() == wanted.lowercased() }) else { return }
        let guess = closestMatch(to: wanted, in: known)
        notes.append(
          "no event has \(ref.field.rawValue) '\(wanted)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
      default: return
      }
    }
    visit(condition)
    return notes
  }

  /// The values `field` has in the session: from the query index's value column when one is
  /// current (a `where` on the field has just built it), else read from every event.
  private func knownValues(of field: QueryField) -> Set<String> {
    guard let index = queryIndex, index.isCurrent(for: session), let column = index.values[field] else {
      return Completion.presentValues(of: field, in: session)
    }
    return column.strings
  }

  /// Fields whose values are names or categories an analyst types and can misspell.
  static let hintedFields: Set<QueryField> = [
    .place, .admin1, .country, .type, .acledType, .acledSubtype, .actor, .target, .source, .scope,
    .status, .victims,
  ]
}
