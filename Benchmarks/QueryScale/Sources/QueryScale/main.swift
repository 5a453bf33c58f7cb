// Times tallies, a filtered listing and `find` over a session grown in memory from a session file.
//
// Usage: query-scale SESSION.json [COPIES] [--duckdb OUT.json] [--reference]
//   SESSION.json  a session file (Scripts/gen-session 100k ...), opened through the shell
//   COPIES        how many copies of its articles and events to hold (default 10: 100k -> 1M);
//                 each copy's events get new ids, places rotated over the session's own places
//                 and days moved on by 11 days a copy, and its articles a unique last line
//   --duckdb OUT  also write the grown events in the shape Scripts/bench.d/duckdb_tally.py reads
//   --reference   also time the straightforward TallyEngine.tally(_:over:) once
//
// Each statement runs through Shell.run as typed at the prompt; the table is rendered into a
// buffer, not printed. Prints wall and CPU milliseconds per statement (CPU: this process, so
// other work on the machine inflates it far less than wall time).
import Foundation
import QueryLanguage
import SitrepKit

func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func wallSeconds() -> Double { Date().timeIntervalSince1970 }

@MainActor func measure(_ label: String, _ body: () -> String) {
  let (w0, c0) = (wallSeconds(), cpuSeconds())
  let note = body()
  let (w1, c1) = (wallSeconds(), cpuSeconds())
  let line = String(format: "%-48@ %9.1f ms wall %9.1f ms cpu  %@", label as NSString, (w1 - w0) * 1000, (c1 - c0) * 1000, note as NSString)
  print(line)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var duckdbPath: String?
if let i = arguments.firstIndex(of: "--duckdb"), i + 1 < arguments.count {
  duckdbPath = arguments[i + 1]
  arguments.removeSubrange(i...(i + 1))
}
let reference = arguments.contains("--reference")
arguments.removeAll { $0 == "--reference" }
guard let path = arguments.first else {
  print("usage: query-scale SESSION.json [COPIES] [--duckdb OUT.json] [--reference]")
  exit(2)
}
let copies = arguments.count > 1 ? Int(arguments[1]) ?? 10 : 10

var shell = Shell(context: ShellContext(width: 120, workingDirectory: FileManager.default.currentDirectoryPath))
var console = BufferConsole()
measure("open \(path)") {
  _ = shell.run("open \(path)", console: &console)
  return console.errors.isEmpty ? "" : console.errors
}

measure("grow to \(copies) copies") {
  let base = shell.session
  let places = Array(Set(base.events.compactMap { $0.current.place?.name })).sorted()
  let placeIndex = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1, $0) })
  let articleCount = base.articles.count
  let eventCount = base.events.count
  var articles: [Article] = []
  var events: [SessionEvent] = []
  articles.reserveCapacity(articleCount * copies)
  events.reserveCapacity(eventCount * copies)
  func number(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
  for copy in 0..<copies {
    for a in base.articles {
      var b = a
      b.id = "a\(copy * articleCount + number(a.id))"
      if copy > 0 { b.text += "\ncopy \(copy)" }
      articles.append(b)
    }
    for e in base.events {
      var f = e
      f.current.id = "e\(copy * eventCount + number(e.id))"
      f.current.article = "a\(copy * articleCount + number(e.current.article))"
      if let whole = e.current.partOf { f.current.partOf = "e\(copy * eventCount + number(whole))" }
      if let group = e.merge { f.merge = "e\(copy * eventCount + number(group))" }
      if copy > 0, let place = e.current.place, let p = placeIndex[place.name] {
        f.current.place?.name = places[(p + copy * 7) % places.count]
      }
      if copy > 0, let date = e.current.date {
        f.current.date?.start = date.start.adding(days: copy * 11)
        f.current.date?.end = date.end.adding(days: copy * 11)
      }
      events.append(f)
    }
  }
  shell.session.articles = articles
  shell.session.events = events
  return "\(events.count) events, \(articles.count) articles, \(places.count) places"
}

if let duckdbPath {
  measure("write \(duckdbPath)") {
    var out = "{\"events\":[\n"
    for (i, e) in shell.session.events.enumerated() {
      let c = e.current
      func q(_ s: String?) -> String {
        guard let s else { return "null" }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
      }
      let place = c.place.map { "{\"name\":\(q($0.name))}" } ?? "null"
      let date = c.date.map { "{\"start\":\"\($0.start)\"}" } ?? "null"
      let killed = c.killed.map { "{\"best\":\($0.best.map(String.init) ?? "null")}" } ?? "null"
      let injured = c.injured.map { "{\"best\":\($0.best.map(String.init) ?? "null")}" } ?? "null"
      out += "{\"status\":\"\(e.status.rawValue)\",\"current\":{\"place\":\(place),\"date\":\(date),"
      out += "\"killed\":\(killed),\"injured\":\(injured),\"scope\":\"\(c.scope.rawValue)\",\"type\":\(q(c.type.rawValue))}}"
      out += i + 1 < shell.session.events.count ? ",\n" : "\n"
    }
    out += "]}\n"
    FileManager.default.createFile(atPath: duckdbPath, contents: Data(out.utf8))
    return ""
  }
}

@MainActor func run(_ statement: String) -> String {
  var console = BufferConsole()
  _ = shell.run(statement, console: &console)
  let lines = console.output.split(separator: "\n")
  return console.errors.isEmpty ? "\(lines.count) lines; " + (lines.last.map(String.init) ?? "") : console.errors
}

let statements = [
  "tally killed by place", "tally killed by place", "tally killed by place, month",
  "tally killed by place, month", "tally events by month", "tally killed by country where killed > 10",
  "events where killed > 10 limit 20", "count events where killed > 10", "find \"barrel bomb\"",
]
for statement in statements {
  measure(statement) { run(statement) }
}

if reference {
  let range = SourceLocation(line: 1, column: 1)..<SourceLocation(line: 1, column: 1)
  for keys in [[QueryField.place], [.place, .month]] {
    let query = TallyQuery(measures: [.killed], keys: keys.map { FieldReference(field: $0, range: range) })
    measure("reference engine by \(keys.map(\.rawValue).joined(separator: ", "))") {
      let events = shell.session.events.filter { $0.status != .rejected }
      let result = TallyEngine(session: shell.session).tally(query, over: events)
      return "\(result.rows.count) rows, \(result.reported.count) reported"
    }
  }
}
