/// One acknowledged change to a session: who, when, the command as typed, and every entity's
/// value before and after. Undo applies the befores, redo the afters; the journal stores these.
public struct Change: Sendable, Hashable, Codable {
  /// Sequential within the session (1, 2, ...).
  public var number: Int
  /// ISO 8601, UTC.
  public var time: String
  public var analyst: String
  /// The statement as typed.
  public var command: String
  public var edits: [Edit]
  /// What the change does to the undo stacks.
  public var kind: Kind

  public enum Kind: Sendable, Hashable, Codable {
    /// An edit `undo` can take back.
    case edit
    /// Logged but not undoable (loading articles).
    case load
    /// Took back change N.
    case undo(Int)
    /// Applied change N again.
    case redo(Int)
  }

  public init(number: Int, time: String, analyst: String, command: String, edits: [Edit], kind: Kind = .edit) {
    self.number = number
    self.time = time
    self.analyst = analyst
    self.command = command
    self.edits = edits
    self.kind = kind
  }
}

extension Session {
  /// Applies a recorded change again (journal recovery): its edits, its trail entry, its effect
  /// on the undo stacks.
  public mutating func replay(_ change: Change) {
    apply(change.edits)
    var logged = change
    if change.kind == .load { logged.edits = [] }
    trail.append(logged)
    switch change.kind {
    case .edit:
      undoable.append(change.number)
      redoable.removeAll()
    case .load: break
    case .undo(let n):
      undoable.removeAll { $0 == n }
      redoable.append(n)
    case .redo(let n):
      redoable.removeAll { $0 == n }
      undoable.append(n)
    }
  }
}

/// One entity's value before and after a change; nil means absent (added or removed).
///
/// The event and article cases are boxed (`indirect`): an enum is as large as its largest case,
/// and two inline events made every edit of a bulk `tag` about 1.5 KB.
public enum Edit: Sendable, Hashable, Codable {
  indirect case event(before: SessionEvent?, after: SessionEvent?)
  /// An event whose review marks alone changed (`tag`, `drop`, `merge`, `note`, `review`): the
  /// marks, not two copies of the event, so a bulk edit of a million events stays small.
  case marks(id: String, before: EventMarks, after: EventMarks)
  indirect case article(before: Article?, after: Article?)
  case settings(before: SessionSettings, after: SessionSettings)
  case namedSet(name: String, before: String?, after: String?)
  case counters(before: [Int], after: [Int])
  case dictionary(before: DictionaryAdditions, after: DictionaryAdditions)

  /// The same edit the other way round (for undo).
  public var inverted: Edit {
    switch self {
    case .event(let b, let a): .event(before: a, after: b)
    case .marks(let id, let b, let a): .marks(id: id, before: a, after: b)
    case .article(let b, let a): .article(before: a, after: b)
    case .settings(let b, let a): .settings(before: a, after: b)
    case .namedSet(let n, let b, let a): .namedSet(name: n, before: a, after: b)
    case .counters(let b, let a): .counters(before: a, after: b)
    case .dictionary(let b, let a): .dictionary(before: a, after: b)
    }
  }
}

extension Session {
  /// Applies edits' after-values in order (use `edit.inverted`, reversed, to undo).
  public mutating func apply(_ edits: [Edit]) {
    for edit in edits {
      switch edit {
      case .event(let before, let after):
        let id = after?.id ?? before?.id ?? ""
        if let index = eventIndex(id) {
          // Left alone when already equal (a change recorded after its edits were made): writing
          // would copy the whole array while a transaction still shares it.
          if let after {
            if events[index] != after { replaceEvent(at: index, with: after) }
          } else {
            events.remove(at: index)
          }
        } else if let after {
          events.insert(after, at: insertionIndex(forEvent: after.id))
        }
      case .marks(let id, _, let after):
        if let index = eventIndex(id), EventMarks(events[index]) != after {
          replaceMarks(at: index, with: after)
        }
      case .article(let before, let after):
        let id = after?.id ?? before?.id ?? ""
        if let index = articleIndex(id) {
          if let after {
            if articles[index] != after { replaceArticle(at: index, with: after) }
          } else {
            articles.remove(at: index)
          }
        } else if let after {
          articles.append(after)
        }
      case .settings(_, let after): settings = after
      case .namedSet(let name, _, let after): sets[name] = after
      case .dictionary(_, let after): dictionary = after
      case .counters(_, let after):
        if after.count == 2 {
          nextArticle = after[0]
          nextEvent = after[1]
        }
      }
    }
  }
}

extension Session {
  // Writes kept out of line: inside `apply`'s loop the optimizer would make the arrays unique
  // before the loop (a whole copy while a transaction shares them) even when nothing is written.
  @inline(never)
  mutating func replaceEvent(at index: Int, with event: SessionEvent) { events[index] = event }

  @inline(never)
  mutating func replaceArticle(at index: Int, with article: Article) { articles[index] = article }

  @inline(never)
  mutating func replaceMarks(at index: Int, with marks: EventMarks) { marks.apply(to: &events[index]) }
}

/// What an analyst's review marks on an event: its status, tags, notes and merge group.
public struct EventMarks: Sendable, Hashable, Codable {
  public var status: EventStatus
  public var tags: [String]
  public var notes: [String]
  public var merge: String?

  public init(status: EventStatus, tags: [String], notes: [String], merge: String?) {
    self.status = status
    self.tags = tags
    self.notes = notes
    self.merge = merge
  }

  /// The marks of `event`.
  public init(_ event: SessionEvent) {
    self.init(status: event.status, tags: event.tags, notes: event.notes, merge: event.merge)
  }

  func apply(to event: inout SessionEvent) {
    event.status = status
    event.tags = tags
    event.notes = notes
    event.merge = merge
  }
}
