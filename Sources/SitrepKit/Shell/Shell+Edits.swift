import EventExtraction
import QueryLanguage

extension Shell {
  /// The indices of the events a target names; unknown ids are errors at their place.
  mutating func eventIndices(_ target: EditTarget) throws(Diagnostic) -> [Int] {
    switch target {
    case .ids(let ids):
      var indices: [Int] = []
      for id in ids {
        guard let index = session.eventIndex(id.text) else {
          _ = try requireEvent(id)
          continue
        }
        indices.append(index)
      }
      return indices
    case .query(let query):
      // `events where ...` and named sets, the bulk edit's usual targets: selected in place, no
      // event copied; rejected events included (`restore` selects them).
      // Without a limit the order does not change which events are edited.
      if query.limit == nil,
        let indices = try selectedIndices(
          ListQuery(subject: query.subject, subjectRange: query.subjectRange, filter: query.filter))
      {
        return indices
      }
      let selected = Set(try selectEvents(query).map(\.id))
      return session.events.indices.filter { selected.contains(session.events[$0].id) }
    }
  }

  mutating func set(
    _ target: EditTarget, _ assignments: [Assignment], command: String, console: inout some Console
  ) throws(Diagnostic) {
    if case .ids(let ids) = target, ids.count == 1, ids[0].text.first == "a", session.article(ids[0].text) != nil {
      return try setArticle(ids[0], assignments, command: command, console: &console)
    }
    let indices = try eventIndices(target)
    var changes: [FieldEditor.Change] = []
    var newStatus: EventStatus?
    var notes: [String] = []
    let editor = FieldEditor(gazetteer: gazetteer)
    for assignment in assignments {
      let field = assignment.field.text.lowercased()
      if field == "status" {
        guard let status = EventStatus(rawValue: assignment.value.text.lowercased()) else {
          throw Shell.choiceError("status", assignment.value, EventStatus.allCases.map(\.rawValue))
        }
        newStatus = status
        continue
      }
      if field == "note" {
        notes.append(assignment.value.text)
        continue
      }
      switch editor.change(field, assignment.value.text, in: session) {
      case .success(let change): changes.append(change)
      case .failure(.field(let message, let guess)):
        throw .error(message + (guess.map { "; did you mean '\($0)'?" } ?? ""), at: assignment.field.range)
      case .failure(.value(let message, let guess)):
        throw .error(message + (guess.map { "; did you mean '\($0)'?" } ?? ""), at: assignment.value.range)
      }
    }
    var transaction = beginTransaction()
    for index in indices {
      transaction.updateEvent(at: index) { event in
        let before = event.current
        for change in changes { change(&event.current) }
        event.notes += notes
        if let newStatus {
          event.status = newStatus
        } else if event.current != before, event.status != .manual {
          event.status = .corrected
        }
      }
    }
    let changed = transaction.edits.filter {
      switch $0 {
      case .event, .marks: true
      default: false
      }
    }.count
    commit(transaction, command: command)
    acknowledge("changed \(changed) event\(changed == 1 ? "" : "s")\n", console: &console)
  }

  mutating func drop(_ target: EditTarget, restore: Bool, command: String, console: inout some Console) throws(Diagnostic) {
    let indices = try eventIndices(target)
    let accepted = restore ? acceptedBeforeRejection(indices) : []
    var transaction = beginTransaction()
    for index in indices {
      let event = transaction.session.events[index]
      let status: EventStatus
      if restore {
        guard event.status == .rejected else { continue }
        status =
          accepted.contains(event.id)
          ? .accepted
          : event.extracted == nil
            ? .manual : (event.current == event.extracted ? .extracted : .corrected)
      } else {
        status = .rejected
      }
      transaction.updateMarks(at: index) { $0.status = status }
    }
    let changed = commit(transaction, command: command)?.edits.count ?? 0
    acknowledge("\(restore ? "restored" : "rejected") \(changed) event\(changed == 1 ? "" : "s")\n", console: &console)
  }

  /// The ids among the events at `indices` that were accepted when they were last rejected,
  /// read from the audit trail, so that `restore` gives the analyst's acceptance back.
  private func acceptedBeforeRejection(_ indices: [Int]) -> Set<String> {
    var open = Set(indices.map { session.events[$0].id })
    var accepted = Set<String>()
    for change in session.trail.reversed() where !open.isEmpty {
      for edit in change.edits.reversed() {
        let (id, before, after): (String?, EventStatus?, EventStatus?)
        switch edit {
        case .marks(let i, let b, let a): (id, before, after) = (i, b.status, a.status)
        case .event(let b, let a): (id, before, after) = (a?.id ?? b?.id, b?.status, a?.status)
        default: continue
        }
        guard let id, open.contains(id), after == .rejected, before != .rejected else { continue }
        open.remove(id)
        if before == .accepted { accepted.insert(id) }
      }
    }
    return accepted
  }

  mutating func tag(
    _ target: EditTarget, _ names: [Argument], remove: Bool, command: String, console: inout some Console
  ) throws(Diagnostic) {
    let indices = try eventIndices(target)
    var transaction = beginTransaction()
    for index in indices {
      transaction.updateMarks(at: index) { event in
        for name in names.map(\.text) {
          if remove {
            event.tags.removeAll { $0.lowercased() == name.lowercased() }
          } else if !event.tags.contains(where: { $0.lowercased() == name.lowercased() }) {
            event.tags.append(name)
          }
        }
      }
    }
    let changed = commit(transaction, command: command)?.edits.count ?? 0
    acknowledge("\(remove ? "untagged" : "tagged") \(changed) event\(changed == 1 ? "" : "s")\n", console: &console)
  }

  mutating func note(_ id: Argument, _ text: Argument, command: String, console: inout some Console) throws(Diagnostic) {
    _ = try requireEvent(id)
    guard let index = session.eventIndex(id.text) else { return }
    var transaction = beginTransaction()
    transaction.updateMarks(at: index) { $0.notes.append(text.text) }
    commit(transaction, command: command)
    acknowledge("noted \(id.text)\n", console: &console)
  }

  mutating func merge(_ ids: [Argument], split: Bool, command: String, console: inout some Console) throws(Diagnostic) {
    let indices = try eventIndices(.ids(ids))
    if !split {
      return try joinIncident(indices, ids: ids, command: command, console: &console)
    }
    // Only events in a merge are unmerged: the count says what changed.
    let merged = indices.filter { session.events[$0].merge != nil }
    var transaction = beginTransaction()
    for index in merged { transaction.updateMarks(at: index) { $0.merge = nil } }
    // A group left with one event is no group.
    let grouped = transaction.session.events.indices.filter { transaction.session.events[$0].merge != nil }
    let groups = Dictionary(grouping: grouped) { transaction.session.events[$0].merge ?? "" }
    var left = 0
    for (_, members) in groups where members.count == 1 {
      transaction.updateMarks(at: members[0]) { $0.merge = nil }
      left += 1
    }
    commit(transaction, command: command)
    let n = merged.count + left
    var said = "unmerged \(n) event\(n == 1 ? "" : "s")"
    if merged.count < indices.count {
      let single = indices.count - merged.count
      said += "; \(single) \(single == 1 ? "was" : "were") in no merge"
    }
    acknowledge(said + "\n", console: &console)
  }

  /// `merge`: the events (and the groups they are already in) become one incident, named after
  /// its first event. A running or area total is never merged with an incident: the merged
  /// group would count once under the first member's scope, hiding one figure in the other.
  private mutating func joinIncident(
    _ indices: [Int], ids: [Argument], command: String, console: inout some Console
  ) throws(Diagnostic) {
    if let k = indices.indices.first(where: { indices[..<$0].contains(indices[$0]) }) {
      throw .error(
        "cannot merge \(ids[k].text) with itself", at: ids[k].range,
        hint: "name two or more different events")
    }
    let existing = indices.compactMap { session.events[$0].merge }
    let group = (existing + indices.map { session.events[$0].id }).min { Shell.idOrder($0, $1) } ?? ids[0].text
    let members = session.events.indices.filter { index in
      indices.contains(index) || (session.events[index].merge.map(existing.contains) ?? false)
    }
    try requireOneScope(members, ids: ids)
    var transaction = beginTransaction()
    for index in members {
      transaction.updateMarks(at: index) { $0.merge = group }
    }
    commit(transaction, command: command)
    let names = members.map { session.events[$0].id }
    let one = session.events[members[0]].current.scope == .aggregate ? "total" : "incident"
    acknowledge("merged \(names.joined(separator: ", ")) as one \(one) (\(group))\n", console: &console)
    if let differences = Self.differences(members.map { session.events[$0].current }) {
      console.report(
        "note: the merged events differ in \(differences); 'undo' takes the merge back\n")
    }
  }

  /// What tells the events apart, when they cannot be reports of one incident as they stand
  /// (ACLED and UCDP merge reports of the same event: same type, place and day): types or
  /// places that differ, and dates that do not overlap. Nil when they agree.
  static func differences(_ events: [Event]) -> String? {
    func distinct(_ values: [String]) -> [String] {
      values.reduce(into: []) { kept, v in if !kept.contains(v) { kept.append(v) } }
    }
    var found: [String] = []
    let types = distinct(events.map(\.type.rawValue))
    if types.count > 1 { found.append("type (\(types.joined(separator: " / ")))") }
    let places = distinct(events.compactMap { $0.place?.name })
    if places.count > 1 { found.append("place (\(places.joined(separator: " / ")))") }
    let dates = events.compactMap(\.date)
    let apart = dates.contains { a in dates.contains { b in a.end < b.start } }
    if apart {
      let shown = distinct(
        dates.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)..\($0.end)" })
      found.append("dates that do not overlap (\(shown.joined(separator: " / ")))")
    }
    return found.isEmpty ? nil : someIDs(found)
  }

  /// Refuses a merge of an aggregate with an incident, pointing at the argument that brings
  /// the aggregate (itself or a group it is in).
  private func requireOneScope(_ members: [Int], ids: [Argument]) throws(Diagnostic) {
    // Name the events the analyst typed before the other members of their groups.
    let named = Set(ids.map(\.text))
    let all = members.map { session.events[$0] }
    let events = all.filter { named.contains($0.id) } + all.filter { !named.contains($0.id) }
    guard let total = events.first(where: { $0.current.scope == .aggregate }),
      let incident = events.first(where: { $0.current.scope == .incident })
    else { return }
    let (a, i) = (total.id, incident.id)
    let culprit = ids.first { arg in
      arg.text == a || (total.merge != nil && session.event(arg.text)?.merge == total.merge)
    }
    throw .error(
      "cannot merge \(a) with \(i): \(a) is an aggregate (a running or area total) and \(i) an incident",
      at: (culprit ?? ids[0]).range,
      hint: incident.current.partOf == a
        ? "\(i) is already part of \(a): it is counted inside the total, not beside it"
        : "to count \(i) inside the total: set \(i) part_of = \(a); "
          + "if \(a) reports one incident: set \(a) scope = incident, then merge")
  }

  static func idOrder(_ a: String, _ b: String) -> Bool {
    let e = UInt8(ascii: "e")
    return (Session.number(of: a, prefix: e) ?? Int.max, a) < (Session.number(of: b, prefix: e) ?? Int.max, b)
  }
}
