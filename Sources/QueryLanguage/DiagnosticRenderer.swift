/// Renders diagnostics the way compilers do: `FILE:LINE:COL: error: message`, the source line in
/// a gutter, and a caret under the offending text with a hint.
///
/// ```
/// <input>:1:14: error: unknown field 'kiled'; did you mean 'killed'?
///   |
/// 1 | events where kiled > 10
///   |              ^~~~~ did you mean 'killed'?
/// ```
public struct DiagnosticRenderer: Sendable {
  public var colors: Bool
  /// The screen's columns: a hint that would run past them goes on lines of its own, wrapped
  /// at words, rather than be broken mid-word by the terminal.
  public var width: Int

  public init(colors: Bool = false, width: Int = .max) {
    self.colors = colors
    self.width = width
  }

  /// - Parameters:
  ///   - diagnostic: what to render.
  ///   - source: the whole source the diagnostic's locations refer to.
  ///   - origin: the file name, or `<input>` for the shell.
  public func render(_ diagnostic: Diagnostic, in source: String, origin: String) -> String {
    let severity = paint(diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? "31;1" : "35;1")
    guard let range = diagnostic.range else {
      return "\(origin): \(severity) \(diagnostic.message)\n"
    }
    let start = range.lowerBound
    var out = "\(origin):\(start.line):\(start.column): \(severity) \(diagnostic.message)\n"
    let lines = sourceLines(source)
    // Locations may start at a later line (a statement taken from a script): find the line by
    // number relative to the first line the source holds.
    guard let text = line(start.line, of: lines, firstLine: range.lowerBound.line, source: source) else {
      return out
    }
    let number = String(start.line)
    let gutter = String(repeating: " ", count: number.count)
    out += "\(gutter) |\n\(number) | \(text)\n"
    var marks = Array(repeating: Character(" "), count: text.count + 1)
    for related in diagnostic.related where related.lowerBound.line == start.line {
      let at = related.lowerBound.column - 1
      if at >= 0, at < marks.count { marks[at] = "-" }
    }
    let from = max(0, start.column - 1)
    let to = range.upperBound.line == start.line ? max(from + 1, range.upperBound.column - 1) : text.count
    // Clamped, so a location past the end of its line still renders (never traps).
    for i in min(from, marks.count)..<min(max(to, from + 1), marks.count) { marks[i] = i == from ? "^" : "~" }
    if from >= marks.count { marks.append("^") }
    var underline = String(marks)
    while underline.last == " " { underline.removeLast() }
    let hint = diagnostic.hint.map { " " + $0 } ?? ""
    let margin = gutter.count + 3
    guard margin + underline.count + hint.count > width, let words = diagnostic.hint else {
      return out + "\(gutter) | \(paint(underline, "32;1"))\(hint)\n"
    }
    out += "\(gutter) | \(paint(underline, "32;1"))\n"
    for piece in words.wrapped(width: max(20, width - margin)) { out += "\(gutter) | \(piece)\n" }
    return out
  }

  private func line(
    _ number: Int, of lines: [Substring], firstLine: Int, source: String
  ) -> String? {
    let index = number - 1
    guard index >= 0, index < lines.count else { return nil }
    var text = String(lines[index])
    if text.hasSuffix("\r") { text.removeLast() }
    return text.replacingTabs()
  }

  private func paint(_ text: String, _ code: String) -> String {
    colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

extension String {
  /// Tabs as single spaces, so caret columns (counted in characters) stay aligned.
  fileprivate func replacingTabs() -> String {
    String(map { $0 == "\t" ? " " : $0 })
  }
}
