import QueryLanguage

extension Shell {
  func help(_ topic: Argument?, console: inout some Console) throws(Diagnostic) {
    guard let topic else {
      var out = "Commands (help COMMAND for syntax and an example; help fields for fields):\n"
      for group in CommandInfo.Group.allCases {
        out += "\n\(group.rawValue)\n"
        for info in CommandCatalog.all where info.group == group {
          out += "  " + info.name.padding(10) + info.summary + "\n"
        }
      }
      out += "\nStatements end at a newline or ';'. '#' starts a comment. Strings use \"double quotes\".\n"
      console.write(out)
      return
    }
    let name = topic.text.lowercased()
    if name == "fields" {
      var out = "Fields (events; * also on articles):\n"
      for field in QueryField.allCases {
        out += "  " + (field.rawValue + (field.isArticleField ? " *" : "")).padding(16) + field.kind.rawValue + "\n"
      }
      out += "\nDates compare by overlap: date = 2016-04 matches events touching April 2016.\n"
      console.write(out)
      return
    }
    guard let info = CommandCatalog.lookup(name) else {
      throw Shell.choiceError("help topic", topic, CommandCatalog.names + ["fields"])
    }
    var out = "\(info.syntax)\n\n  \(info.summary)\n\nExample:\n  sitrep> \(info.example)\n"
    if let extra = Shell.helpExtras[info.name] { out += "\n" + extra }
    console.write(out)
  }

  static let helpExtras: [String: String] = [
    "events": """
      More examples:
        events where place = Aleppo and killed >= 10
        events where date = 2016-04-01..2016-04-30 sort by killed desc limit 5
        events where type in (airstrike, shelling) and not scope = aggregate
        events where source ~ observatory select id, killed, source
        events where target is missing

      """,
    "tally": """
      Measures: events, killed, injured, articles. Keys: place, admin1, country, type,
      acled.type, actor, source, date, week, month, year, article, tag, status.
      The arithmetic: running and area totals (scope aggregate) are listed beside the tally,
      never added; a part ("including 50 in a hospital") is never added to its whole;
      rejected events never count; open bounds stay open ("at least 5" + "at least 50" =
      "at least 55"). Merged reports count once under the policy (default conservative).
      More examples:
        tally killed by place, month
        tally events, killed by type where year = 2016

      """,
  ]
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
