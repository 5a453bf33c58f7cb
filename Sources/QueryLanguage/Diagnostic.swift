/// An error found in a statement or while running it, with where it is.
///
/// Messages are lowercase with no final period, quote the offending text in single quotes,
/// and put a suggestion after `;`. They are rendered in one place, ``DiagnosticRenderer``.
public struct Diagnostic: Error, Sendable, Hashable {
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  public var severity: Severity
  public var message: String
  /// The offending text; nil when the problem has no place in the source (a file on disk).
  public var range: SourceRange?
  /// Shown under the caret ("did you mean 'killed'?", "expected ')'").
  public var hint: String?
  /// Further ranges marked with '-' (the '(' an unclosed bracket opened at).
  public var related: [SourceRange]

  public init(
    _ severity: Severity = .error, _ message: String, at range: SourceRange?, hint: String? = nil,
    related: [SourceRange] = []
  ) {
    self.severity = severity
    self.message = message
    self.range = range
    self.hint = hint
    self.related = related
  }

  public static func error(_ message: String, at range: SourceRange?, hint: String? = nil) -> Diagnostic {
    Diagnostic(.error, message, at: range, hint: hint)
  }
}

/// The closest candidate to a misspelt word, if one is close enough to suggest: the shortest
/// name that has the word as one of its words, else the nearest spelling.
public func closestMatch(to word: String, in candidates: some Collection<String>) -> String? {
  let lowered = word.lowercased()
  let target = Array(lowered)
  // A word of a longer name ("bombing" of "suicide bombing") beats a near spelling of another.
  let containing = candidates.filter { candidate in
    candidate.contains(" ") && candidate.lowercased().split(separator: " ").contains { $0 == lowered }
  }
  if let shortest = containing.min(by: { $0.count < $1.count }) { return shortest }
  var best: (String, Int)?
  for candidate in candidates {
    let distance = editDistance(target, Array(candidate.lowercased()))
    let limit = max(1, min(3, target.count / 3 + 1))
    if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
  }
  return best?.0
}

/// Levenshtein distance with transpositions counted as one edit.
public func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous2 = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        current[j] = min(current[j], previous2[j - 2] + 1)
      }
    }
    (previous2, previous, current) = (previous, current, previous2)
  }
  return previous[b.count]
}
