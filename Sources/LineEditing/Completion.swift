/// The pure part of Tab completion: which word is being completed, and what to do with the
/// completer's candidates. ``EditLineReader`` applies the result to libedit's line.
enum Completion {
  /// What Tab does to the line.
  enum Action: Equatable {
    /// Delete the word being completed (`deleting` Unicode scalars, libedit's unit) and insert
    /// `text` in its place.
    case replace(deleting: Int, with: String)
    /// Show the candidates, then redraw the line unchanged.
    case list([String])
    /// No candidate: ring the bell.
    case none
  }

  /// Characters that end a word: the completed word starts after the last of them (the
  /// command language's operators among them, so `killed>=1` completes after the `=`).
  static let wordSeparators: Set<Character> = [" ", "\t", "(", ",", "=", "\"", "'", "<", ">", "~", ";"]

  /// The word being completed: the characters after the last separator in `lineBeforeCursor`.
  ///
  /// - Parameter lineBeforeCursor: the line up to the cursor.
  /// - Returns: the word, possibly empty.
  static func currentWord(in lineBeforeCursor: String) -> Substring {
    guard let separator = lineBeforeCursor.lastIndex(where: wordSeparators.contains) else {
      return lineBeforeCursor[...]
    }
    return lineBeforeCursor[lineBeforeCursor.index(after: separator)...]
  }

  /// The longest string that every candidate starts with, compared by `Character`.
  ///
  /// - Parameter candidates: the words; empty gives `""`.
  static func commonPrefix(of candidates: [String]) -> String {
    guard let first = candidates.first else { return "" }
    var prefix = first[...]
    for candidate in candidates.dropFirst() {
      var end = prefix.startIndex
      var other = candidate.startIndex
      while end < prefix.endIndex, other < candidate.endIndex, prefix[end] == candidate[other] {
        end = prefix.index(after: end)
        other = candidate.index(after: other)
      }
      prefix = prefix[..<end]
    }
    return String(prefix)
  }

  /// What Tab does when `word` is being completed and the completer proposed `candidates`.
  ///
  /// One candidate replaces the word, followed by a space unless it ends with `/` (a path
  /// goes on). Several candidates replace the word with their common prefix when that is
  /// longer than the word, and are listed otherwise. Duplicates count once.
  /// - Parameters:
  ///   - word: the word before the cursor, from ``currentWord(in:)``.
  ///   - candidates: full words proposed by the completer.
  static func action(word: Substring, candidates: [String]) -> Action {
    var seen: Set<String> = []
    let unique = candidates.filter { seen.insert($0).inserted }
    let deleting = word.unicodeScalars.count
    switch unique.count {
    case 0:
      return .none
    case 1:
      let only = unique[0]
      return .replace(deleting: deleting, with: only.hasSuffix("/") ? only : only + " ")
    default:
      let prefix = commonPrefix(of: unique)
      if prefix.unicodeScalars.count > deleting {
        return .replace(deleting: deleting, with: prefix)
      }
      return .list(unique)
    }
  }
}

/// The word Tab completes at the end of `lineBeforeCursor`: what the completer must return
/// candidates for, since the reader replaces exactly this word.
public func completionWord(in lineBeforeCursor: String) -> Substring {
  Completion.currentWord(in: lineBeforeCursor)
}
