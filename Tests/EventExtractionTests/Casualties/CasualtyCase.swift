import Testing

@testable import EventExtraction

/// A sentence and the mentions the finder must return, one line each:
/// `kind low/best/high qualifier [number] victims=... partOf=... span=[...]` (`-` for nil).
struct CasualtyCase: CustomTestStringConvertible, Sendable {
  let sentence: String
  let expected: [String]

  init(_ sentence: String, _ expected: [String]) {
    self.sentence = sentence
    self.expected = expected
  }

  var testDescription: String { sentence }

  /// The finder's mentions of `sentence`, in the line format above.
  static func lines(for sentence: String) -> [String] {
    let s = Sentence(text: sentence, span: TextSpan(start: 0, end: sentence.utf8.count))
    return CasualtyFinder().mentions(in: s).map { line($0, in: sentence) }
  }

  static func line(_ m: CasualtyMention, in text: String) -> String {
    func n(_ v: Int?) -> String { v.map(String.init) ?? "-" }
    let c = m.count
    return "\(m.kind) \(n(c.low))/\(n(c.best))/\(n(c.high)) \(c.qualifier.rawValue)"
      + " [\(m.numberSpan.slice(of: text))] victims=\(c.victims ?? "-")"
      + " partOf=\(n(m.partOf)) span=[\(m.span.slice(of: text))]"
  }

  /// Checks the finder against the expected lines.
  func check(sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(Self.lines(for: sentence) == expected, sourceLocation: sourceLocation)
  }
}
