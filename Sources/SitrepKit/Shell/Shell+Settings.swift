import QueryLanguage

extension Shell {
  mutating func setOutput(_ value: Argument?, console: inout some Console) throws(Diagnostic) {
    guard let value else {
      console.write("output \(session.settings.output.rawValue)\n")
      return
    }
    guard let format = OutputFormat(rawValue: value.text.lowercased()) else {
      throw Shell.choiceError("output format", value, OutputFormat.allCases.map(\.rawValue))
    }
    session.settings.output = format
    acknowledge("output \(format.rawValue)\n", console: &console)
  }

  mutating func setTimer(_ value: Argument?, console: inout some Console) throws(Diagnostic) {
    if let value {
      switch value.text.lowercased() {
      case "on": timerOn = true
      case "off": timerOn = false
      default: throw Shell.choiceError("timer setting", value, ["on", "off"])
      }
    }
    let said = "timer \(timerOn ? "on" : "off")\n"
    // Asked (`timer`), it is the answer; set, it says what was done.
    if value == nil { console.write(said) } else { acknowledge(said, console: &console) }
  }

  mutating func setPolicy(_ value: Argument?, command: String, console: inout some Console) throws(Diagnostic) {
    if let value {
      guard let policy = ReconciliationPolicy(rawValue: value.text.lowercased()) else {
        throw Shell.choiceError("policy", value, ReconciliationPolicy.allCases.map(\.rawValue))
      }
      var transaction = Transaction(session: session)
      transaction.updateSettings { $0.policy = policy }
      commit(transaction, command: command)
    }
    let said = "policy \(session.settings.policy.rawValue)\n"
    if value == nil { console.write(said) } else { acknowledge(said, console: &console) }
  }

  func showHistory(console: inout some Console) {
    let entries = context.history()
    let width = String(entries.count).count
    for (i, entry) in entries.enumerated() {
      let n = String(i + 1)
      let text = entry.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        .joined(separator: "\n" + String(repeating: " ", count: width + 2))
      console.write(String(repeating: " ", count: width - n.count) + n + "  " + text + "\n")
    }
  }

  static func choiceError(_ what: String, _ value: Argument, _ choices: [String]) -> Diagnostic {
    let guess = closestMatch(to: value.text, in: choices)
    return .error(
      "unknown \(what) '\(value.text)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
      at: value.range, hint: "one of: " + choices.joined(separator: ", "))
  }
}
