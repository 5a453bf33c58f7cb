extension String {
  /// The string without the spaces (U+0020) at its end: the padding of a printed line's last
  /// cell, which a terminal shows as nothing and a diff of two outputs as a change.
  ///
  /// Only whole `Character`s that are a space go: a tab, a no-break space or a space carrying a
  /// combining mark stays.
  func droppingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
