/// What `help` says about a command, and what completion offers.
public struct CommandInfo: Sendable, Hashable {
  public enum Group: String, Sendable, CaseIterable {
    case articles = "Articles"
    case questions = "Questions"
    case corrections = "Corrections"
    case session = "Session"
    case shell = "Shell"
  }

  public var name: String
  public var group: Group
  public var syntax: String
  public var summary: String
  public var example: String
  /// Whether arguments are file paths (for Tab completion).
  public var takesPath: Bool = false
}

/// Every command of the language, in the order `help` lists them.
public enum CommandCatalog {
  public static let all: [CommandInfo] = [
    CommandInfo(
      name: "load", group: .articles,
      syntax: "load PATH... | load events FILE.jsonl... | load gazetteer FILE | load actors FILE",
      summary:
        "load articles (files, directories without their hidden files, globs) and extract their "
        + "events; 'load events' reads 'sitrep extract' output",
      example: "load Samples/articles", takesPath: true),
    CommandInfo(
      name: "articles", group: .articles,
      syntax: "articles [where EXPR] [sort by FIELD [desc], ...] [limit N] [select FIELD, ...]",
      summary: "list loaded articles: id, title, date, words, events",
      example: "articles where date >= 2016"),
    CommandInfo(
      name: "read", group: .articles, syntax: "read ARTICLE",
      summary: "show an article's text, wrapped, with line numbers", example: "read a1"),
    CommandInfo(
      name: "find", group: .articles, syntax: "find \"TEXT\"",
      summary: "search article text; each hit in context with its event", example: "find \"barrel bomb\""),
    CommandInfo(
      name: "events", group: .questions,
      syntax: "events [where EXPR] [sort by FIELD [desc], ...] [limit N] [select FIELD, ...]",
      summary: "list events", example: "events where place = Aleppo and killed >= 10 sort by date"),
    CommandInfo(
      name: "show", group: .questions, syntax: "show EVENT|ARTICLE",
      summary: "every field of an event with its evidence; an article's source, date and events",
      example: "show e12"),
    CommandInfo(
      name: "why", group: .questions, syntax: "why EVENT [FIELD]",
      summary: "the sentence with the field's evidence marked and the rule that read it",
      example: "why e12 killed"),
    CommandInfo(
      name: "count", group: .questions, syntax: "count events|articles|NAME [where EXPR]",
      summary: "count matching events or articles", example: "count events where type = airstrike"),
    CommandInfo(
      name: "tally", group: .questions,
      syntax:
        "tally [MEASURE[, MEASURE]] [by KEY[, KEY]] [in SET] [where EXPR] [sort by KEY[, KEY]] "
          + "[limit N]",
      summary: "totals that never double-count; reported totals listed beside",
      example: "tally killed by place"),
    CommandInfo(
      name: "let", group: .questions, syntax: "let NAME = events where EXPR",
      summary: "name a set of events; the name stands wherever 'events' does",
      example: "let aleppo = events where place = Aleppo"),
    CommandInfo(
      name: "chart", group: .questions, syntax: "chart [to FILE.svg]",
      summary: "draw the last tally as bars (or columns over time)", example: "chart",
      takesPath: true),
    CommandInfo(
      name: "policy", group: .questions, syntax: "policy [conservative|best|range]",
      summary: "how merged reports are reconciled (default: conservative, ACLED's rule)",
      example: "policy best"),
    CommandInfo(
      name: "set", group: .corrections,
      syntax: "set EVENT|ARTICLE FIELD = VALUE[, ...] | set events where EXPR : FIELD = VALUE[, ...]",
      summary: "correct fields of an event, an article, or every event a query selects",
      example: "set e10 killed = 45..60, source = MSF"),
    CommandInfo(
      name: "add", group: .corrections, syntax: "add event in ARTICLE \"QUOTE\" FIELD = VALUE[, ...]",
      summary:
        "add an event by hand; the quote must occur in the article; a date or place not given is "
        + "that of the proposed event whose sentence holds the quote (else the article's date)",
      example: "add event in a2 \"at least five people\" type = airstrike, killed = 5"),
    CommandInfo(
      name: "drop", group: .corrections, syntax: "drop EVENT... | drop events where EXPR",
      summary: "reject events (kept, shown as rejected, never counted)", example: "drop e4"),
    CommandInfo(
      name: "restore", group: .corrections, syntax: "restore EVENT...",
      summary: "take back a rejection", example: "restore e4"),
    CommandInfo(
      name: "merge", group: .corrections, syntax: "merge EVENT EVENT...",
      summary: "mark reports of the same incident; they count once", example: "merge e12 e14"),
    CommandInfo(
      name: "unmerge", group: .corrections, syntax: "unmerge EVENT...",
      summary: "split events out of their merge", example: "unmerge e14"),
    CommandInfo(
      name: "tag", group: .corrections, syntax: "tag EVENT... NAME | tag events where EXPR : NAME...",
      summary: "tag events", example: "tag e9 e10 : disputed"),
    CommandInfo(
      name: "untag", group: .corrections, syntax: "untag EVENT... : NAME...",
      summary: "remove tags", example: "untag e9 : disputed"),
    CommandInfo(
      name: "note", group: .corrections, syntax: "note EVENT \"TEXT\"",
      summary: "attach a note to an event", example: "note e10 \"MSF gives 55\""),
    CommandInfo(
      name: "review", group: .corrections, syntax: "review [where EXPR]",
      summary: "walk unreviewed events: a accept, r reject, s skip, u undo, e FIELD = VALUE, q leave",
      example: "review where place = Aleppo"),
    CommandInfo(
      name: "undo", group: .corrections, syntax: "undo [N]",
      summary: "take back the last N changes (bulk edits are one)", example: "undo 2"),
    CommandInfo(
      name: "redo", group: .corrections, syntax: "redo", summary: "apply an undone change again",
      example: "redo"),
    CommandInfo(
      name: "log", group: .corrections, syntax: "log [EVENT]",
      summary: "the audit trail: when, who, the command, each value before and after",
      example: "log e10"),
    CommandInfo(
      name: "analyst", group: .corrections, syntax: "analyst [NAME]",
      summary: "who is making changes (default $SITREP_ANALYST, else the login name)",
      example: "analyst \"R. Haddad\""),
    CommandInfo(
      name: "extract", group: .corrections, syntax: "extract again [ARTICLE...]",
      summary: "re-run extraction, keeping every correction, rejection, merge, tag and note",
      example: "extract again a2"),
    CommandInfo(
      name: "evaluate", group: .corrections, syntax: "evaluate",
      summary: "how far the extractor agreed with this session's decisions, per field",
      example: "evaluate"),
    CommandInfo(
      name: "save", group: .session, syntax: "save [FILE]",
      summary: "save the session as JSON", example: "save aleppo.sitrep.json", takesPath: true),
    CommandInfo(
      name: "open", group: .session, syntax: "open FILE",
      summary: "open a saved session", example: "open aleppo.sitrep.json", takesPath: true),
    CommandInfo(
      name: "export", group: .session,
      syntax:
        "export events|NAME [where EXPR] to FILE | export tally [MEASURE[, MEASURE]] "
        + "[by KEY[, KEY]] [in SET] [where EXPR] [sort by KEY[, KEY]] [limit N] to FILE",
      summary: "write events (.csv ACLED columns, .jsonl, .geojson, .md) or a tally (.csv, .md, .json)",
      example: "export events where country = Syria to syria.csv", takesPath: true),
    CommandInfo(
      name: "import", group: .session, syntax: "import events FILE.csv",
      summary: "add events from an ACLED-format export, to hold extraction against coded data",
      example: "import events acled-syria.csv", takesPath: true),
    CommandInfo(
      name: "run", group: .session, syntax: "run FILE",
      summary: "run a script of statements", example: "run Samples/tour.sitrep", takesPath: true),
    CommandInfo(
      name: "output", group: .shell, syntax: "output [table|csv|json|markdown]",
      summary: "how results are printed", example: "output csv"),
    CommandInfo(
      name: "timer", group: .shell, syntax: "timer [on|off]",
      summary: "print how long each statement took", example: "timer on"),
    CommandInfo(
      name: "history", group: .shell, syntax: "history",
      summary: "statements typed in this and earlier sessions", example: "history"),
    CommandInfo(
      name: "echo", group: .shell, syntax: "echo TEXT...",
      summary: "print its arguments", example: "echo \"checked Aleppo\""),
    CommandInfo(
      name: "clear", group: .shell, syntax: "clear",
      summary: "clear the screen, as Ctrl-L does", example: "clear"),
    CommandInfo(
      name: "help", group: .shell, syntax: "help [COMMAND|fields]",
      summary: "this list, or one command's syntax and example", example: "help tally"),
    CommandInfo(
      name: "quit", group: .shell, syntax: "quit",
      summary: "leave (asks again when there are unsaved changes)", example: "quit"),
  ]

  /// Other spellings that mean the same command.
  public static let aliases: [String: String] = ["exit": "quit", "\\q": "quit", "?": "help"]

  public static var names: [String] { all.map(\.name) }

  public static func lookup(_ name: String) -> CommandInfo? {
    let key = aliases[name] ?? name
    return all.first { $0.name == key }
  }
}
