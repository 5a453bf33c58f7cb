/// A field named in a query, with where it was written.
public struct FieldReference: Sendable, Hashable {
  public var field: QueryField
  public var range: SourceRange

  public init(field: QueryField, range: SourceRange) {
    self.field = field
    self.range = range
  }
}

/// A literal value in a query, read from a word or string.
public enum LiteralValue: Sendable, Hashable {
  case number(Double)
  case text(String)
  /// A day, month or year: the days it covers.
  case period(DatePeriod)
  indirect case range(LiteralValue, LiteralValue)
}

public struct Literal: Sendable, Hashable {
  public var value: LiteralValue
  public var range: SourceRange
  /// The text as written (for messages and for bare words used as text).
  public var spelling: String

  public init(value: LiteralValue, range: SourceRange, spelling: String) {
    self.value = value
    self.range = range
    self.spelling = spelling
  }
}

public enum ComparisonOperator: String, Sendable, Hashable {
  case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">=", contains = "~"
}

/// A filter expression (`where ...`).
public indirect enum Condition: Sendable, Hashable {
  case and(Condition, Condition)
  case or(Condition, Condition)
  case not(Condition)
  case comparison(FieldReference, ComparisonOperator, Literal)
  case membership(FieldReference, [Literal])
  case missing(FieldReference, negated: Bool)
  case hasTag(String, SourceRange)
}

/// What a listing is over: all events, all articles, or a set named with `let`.
public enum Subject: Sendable, Hashable {
  case events
  case articles
  case named(String)
}

public struct SortKey: Sendable, Hashable {
  public var field: FieldReference
  public var descending: Bool

  public init(field: FieldReference, descending: Bool) {
    self.field = field
    self.descending = descending
  }
}

/// `events [where EXPR] [sort by FIELD [desc], ...] [limit N] [select FIELD, ...]`.
public struct ListQuery: Sendable, Hashable {
  public var subject: Subject
  public var subjectRange: SourceRange
  public var filter: Condition?
  public var sort: [SortKey] = []
  public var limit: Int?
  public var select: [FieldReference] = []

  public init(
    subject: Subject, subjectRange: SourceRange, filter: Condition? = nil, sort: [SortKey] = [],
    limit: Int? = nil, select: [FieldReference] = []
  ) {
    self.subject = subject
    self.subjectRange = subjectRange
    self.filter = filter
    self.sort = sort
    self.limit = limit
    self.select = select
  }
}

/// `tally MEASURE[, MEASURE] by KEY[, KEY] [where EXPR]`.
public struct TallyQuery: Sendable, Hashable {
  public enum Measure: String, Sendable, Hashable, CaseIterable {
    case events, killed, injured, articles
  }
  public var measures: [Measure]
  public var keys: [FieldReference]
  public var subject: Subject
  public var filter: Condition?
  /// Keys to order the rows by (`sort by month`), instead of the largest measure first:
  /// dates, weeks and months in time order, other keys alphabetically, missing values last.
  public var sortKeys: [SortKey] = []
  /// At most this many rows, the first in the tally's order (`limit N`).
  public var limit: Int?

  public init(
    measures: [Measure], keys: [FieldReference], subject: Subject = .events,
    filter: Condition? = nil, limit: Int? = nil
  ) {
    self.measures = measures
    self.keys = keys
    self.subject = subject
    self.filter = filter
    self.limit = limit
  }
}

/// What `load` reads: articles (files, directories, globs, .jsonl/.csv corpora) or dictionaries.
public enum LoadKind: String, Sendable, Hashable {
  /// `load events FILE.jsonl`: events written by `sitrep extract`, without their articles.
  case articles, gazetteer, actors, events
}

/// A word or string argument with where it was written.
public struct Argument: Sendable, Hashable {
  public var text: String
  public var range: SourceRange

  public init(text: String, range: SourceRange) {
    self.text = text
    self.range = range
  }
}

/// `FIELD = VALUE` in `set` and `add event`; the value is checked when the statement runs.
public struct Assignment: Sendable, Hashable {
  public var field: Argument
  public var value: Argument

  public init(field: Argument, value: Argument) {
    self.field = field
    self.value = value
  }
}

/// What an edit applies to: one or more ids, or the events a query selects.
public enum EditTarget: Sendable, Hashable {
  case ids([Argument])
  case query(ListQuery)
}

/// One statement of the command language.
public enum Command: Sendable, Hashable {
  case set(EditTarget, [Assignment])
  case addEvent(article: Argument, quote: Argument, [Assignment])
  case drop(EditTarget)
  case restore(EditTarget)
  case tag(EditTarget, [Argument], remove: Bool)
  case note(Argument, Argument)
  case merge([Argument])
  case unmerge([Argument])
  case undo(Argument?)
  case redo
  case log(Argument?)
  case analyst(Argument?)
  case review(Condition?)
  case extractAgain([Argument])
  case evaluate
  case load(LoadKind, [Argument])
  case list(ListQuery)
  case count(ListQuery)
  case tally(TallyQuery)
  case define(name: Argument, query: ListQuery)
  case find(Argument)
  case read(Argument)
  case show(Argument)
  case why(Argument, field: FieldReference?)
  case save(Argument?)
  case open(Argument)
  case run(Argument)
  case history
  case help(Argument?)
  case output(Argument?)
  case timer(Argument?)
  case policy(Argument?)
  case chart(to: Argument?)
  case echo([Argument])
  case clear
  case quit
  case exportEvents(ListQuery, to: Argument)
  case exportTally(TallyQuery, to: Argument)
  case importEvents(Argument)
}

/// A parsed statement: its command and the source range it came from.
public struct Statement: Sendable, Hashable {
  public var command: Command
  public var range: SourceRange

  public init(command: Command, range: SourceRange) {
    self.command = command
    self.range = range
  }
}
