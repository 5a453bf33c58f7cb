/// A number read from text: its value, where it was written, and whether it was only vague.
public struct ParsedNumber: Sendable, Hashable {
  /// The value; for vague words the ACLED coding ("dozens" 12, "several" 3).
  public var value: Int
  /// Byte offsets of the words or digits that wrote it, in the text that was parsed.
  public var span: TextSpan
  /// True for words with no definite number: "dozens", "several", "a few", "hundreds".
  public var isVague: Bool

  public init(value: Int, span: TextSpan, isVague: Bool) {
    self.value = value
    self.span = span
    self.isVague = isVague
  }
}
