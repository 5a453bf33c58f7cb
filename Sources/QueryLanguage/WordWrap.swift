extension String {
  /// The text in lines of at most `width` characters, broken after spaces where it can be
  /// (a word longer than the width is broken inside); one line when it fits or `width` is 0.
  public func wrapped(width: Int) -> [String] {
    guard count > width, width > 0 else { return [self] }
    var lines: [String] = []
    var rest = Substring(self)
    while rest.count > width {
      let head = rest.prefix(width + 1)
      // Break at the last space within the width, else in the middle of a long word.
      let cut = head.lastIndex(of: " ").flatMap { $0 > rest.startIndex ? $0 : nil }
      let end = cut ?? rest.index(rest.startIndex, offsetBy: width)
      lines.append(String(rest[..<end]))
      rest = rest[end...].drop { $0 == " " }
    }
    if !rest.isEmpty { lines.append(String(rest)) }
    return lines
  }
}
