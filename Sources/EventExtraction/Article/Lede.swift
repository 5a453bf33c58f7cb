/// The title of an article that has no headline: its lede, the first sentence of its body.
///
/// A text that opens with a photo caption ("Smoke rises after airstrikes on ...") or straight
/// with its first paragraph has no headline; its first line would make a misleading or very
/// long title, while the lede says what the report is about.
enum Lede {
  /// Titles longer than this many characters are cut at a space and end in "…".
  static let maximumLength = 120

  /// `sentence` as a title: whole when short enough, else cut after its last whole word that
  /// fits, with "…".
  static func title(from sentence: String) -> String {
    guard sentence.count > maximumLength else { return sentence }
    let head = sentence.prefix(maximumLength - 1)
    let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
    var words = cut[...]
    while let last = words.last, last == "," || last == ";" || last == ":" { words.removeLast() }
    return words + "…"
  }

  /// The lede of sentences read from an article in order: the first body sentence's text.
  static func title(of sentences: [ArticleSentence]) -> String? {
    sentences.first { $0.role == .body }.map { title(from: $0.sentence.text) }
  }
}
