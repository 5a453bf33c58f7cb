import QueryLanguage

extension Shell {
  func help(_ topic: Argument?, console: inout some Console) throws(Diagnostic) {
    guard let topic else {
      var out = indented("Commands (help COMMAND for syntax and an example; help fields for fields):", by: 0) + "\n"
      for group in CommandInfo.Group.allCases {
        out += "\n\(group.rawValue)\n"
        for info in CommandCatalog.all where info.group == group {
          out += "  " + info.name.padding(10) + indented(info.summary, by: 12) + "\n"
        }
      }
      out += "\n" + indented("Statements end at a newline or ';'. '#' starts a comment. Strings use \"double quotes\".", by: 0) + "\n"
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
    var out = "\(indented(info.syntax, by: 0))\n\n  \(indented(info.summary, by: 2))\n\nExample:\n  sitrep> \(info.example)\n"
    // Each line of an extra is a paragraph, wrapped to the screen.
    if let extra = Shell.helpExtras[info.name] {
      out += "\n" + extra.split(separator: "\n", omittingEmptySubsequences: false)
        .map { indented(String($0), by: 0) }.joined(separator: "\n")
    }
    console.write(out)
  }

  /// `text` wrapped at words to the screen's width after an indent of `by` columns, its
  /// continuation lines indented as much (the terminal would break it mid-word at the edge).
  private func indented(_ text: String, by indent: Int) -> String {
    text.wrapped(width: max(30, context.width - indent))
      .joined(separator: "\n" + String(repeating: " ", count: indent))
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
      Measures: \(TallyQuery.Measure.allCases.map(\.rawValue).joined(separator: ", ")).
      Keys: \(Shell.tallyKeys.map(\.rawValue).joined(separator: ", ")).
      Rows run largest first; 'sort by month' (a key of the tally) puts them in its order.
      The arithmetic: running and area totals (scope aggregate) are listed beside the tally, \
      never added; a part ("including 50 in a hospital") is never added to its whole; \
      rejected events never count; open bounds stay open ("at least 5" + "at least 50" = \
      "at least 55"). Merged reports count once under the policy (default conservative).
      More examples:
        tally killed by place, month
        tally killed by month sort by month
        tally events, killed by type where year = 2016

      """,
  ]
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
