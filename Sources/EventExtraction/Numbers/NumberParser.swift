/// Reads cardinal numbers written in digits, words or both, and the vague quantity words that
/// ACLED codes as numbers.
///
/// Handles `12`, `1,200`, `2.5 million`, `2 million`, `five`, `twenty-three`, `two hundred and
/// fifty`, `a dozen`, `two dozen`, `dozens`, `tens of thousands`, `several`, `a few`.
public enum NumberParser {
  /// Parses the number that starts at a byte offset of `text`.
  ///
  /// - Parameters:
  ///   - text: The text to read; offsets are UTF-8 byte offsets into it.
  ///   - offset: Where the number's first word or digit starts.
  /// - Returns: The number, or nil when no number starts there.
  public static func parse(_ text: String, at offset: Int) -> ParsedNumber? {
    let tokens = WordTokenizer.tokens(in: text)
    guard let index = tokens.firstIndex(where: { $0.start == offset }) else { return nil }
    return parse(tokens, at: index)?.number
  }

  /// Parses the number starting at token `index`.
  ///
  /// - Returns: The number and the index of the first token after it, or nil.
  static func parse(_ tokens: [WordToken], at index: Int) -> (number: ParsedNumber, next: Int)? {
    guard index < tokens.count else { return nil }
    let first = tokens[index]
    if first.isDigits { return parseDigits(tokens, at: index) }
    guard first.isWord else { return nil }
    let word = first.lower
    if word == "a" || word == "an" {
      guard index + 1 < tokens.count else { return nil }
      let next = tokens[index + 1].lower
      if next == "few" { return vague(3, tokens, index, index + 2) }
      if next == "number" || next == "handful" {
        guard index + 2 < tokens.count, tokens[index + 2].lower == "of" else { return nil }
        return vague(3, tokens, index, index + 2)
      }
      guard let value = NumberWords.afterA[next] else { return nil }
      return scaled(value, tokens, from: index, next: index + 2, isVague: false)
    }
    if let value = NumberWords.vague[word] {
      // "tens of thousands", "hundreds of thousands"
      if index + 2 < tokens.count, tokens[index + 1].lower == "of",
        let scale = NumberWords.scales[tokens[index + 2].lower]
          ?? NumberWords.vague[tokens[index + 2].lower].flatMap({ $0 >= 100 ? $0 : nil })
      {
        return vague(value * scale, tokens, index, index + 3)
      }
      return vague(value, tokens, index, index + 1)
    }
    return parseWords(tokens, at: index)
  }

  private static func parseDigits(_ tokens: [WordToken], at index: Int) -> (
    number: ParsedNumber, next: Int
  )? {
    let token = tokens[index]
    var whole = 0
    var fraction = 0.0
    var scale = 0.1
    var afterPoint = false
    var commas = 0
    for ch in token.lower.utf8 {
      if ch == 0x2C {
        commas += 1
      } else if ch == 0x2E {
        afterPoint = true
      } else if afterPoint {
        fraction += Double(ch - 0x30) * scale
        scale /= 10
      } else {
        whole = whole &* 10 &+ Int(ch - 0x30)
        if whole > 1_000_000_000_000 { return nil }
      }
    }
    if index + 1 < tokens.count, let mult = NumberWords.scales[tokens[index + 1].lower] {
      let value = Int((Double(whole) + fraction) * Double(mult))
      return scaled(value, tokens, from: index, next: index + 2, isVague: false, multiplied: true)
    }
    if afterPoint { return nil }
    return (
      ParsedNumber(value: whole, span: span(tokens, index, index + 1), isVague: false), index + 1
    )
  }

  private static func parseWords(_ tokens: [WordToken], at index: Int) -> (
    number: ParsedNumber, next: Int
  )? {
    var total = 0
    var group = 0
    var sawAny = false
    var i = index
    var end = index
    while i < tokens.count {
      let w = tokens[i].lower
      if let u = NumberWords.units[w] {
        group += u
      } else if let t = NumberWords.tens[w] {
        group += t
        // twenty-three
        if i + 2 < tokens.count, tokens[i + 1].lower == "-", tokens[i + 1].start == tokens[i].end,
          let u = NumberWords.units[tokens[i + 2].lower], u < 10
        {
          group += u
          i += 2
        }
      } else if sawAny, w == "hundred" {
        group = max(group, 1) * 100
      } else if sawAny, w == "dozen" {
        group = max(group, 1) * 12
      } else if sawAny, let s = NumberWords.scales[w] {
        total += max(group, 1) * s
        group = 0
      } else if sawAny, w == "and", i + 1 < tokens.count,
        NumberWords.units[tokens[i + 1].lower] != nil
          || NumberWords.tens[tokens[i + 1].lower] != nil,
        i > index, NumberWords.scales[tokens[i - 1].lower] != nil
      {
        i += 1
        continue
      } else {
        break
      }
      sawAny = true
      i += 1
      end = i
    }
    guard sawAny else { return nil }
    return (
      ParsedNumber(value: total + group, span: span(tokens, index, end), isVague: false), end
    )
  }

  /// Applies a following "million"/"thousand" to a value read up to `next`.
  private static func scaled(
    _ value: Int, _ tokens: [WordToken], from start: Int, next: Int, isVague: Bool,
    multiplied: Bool = false
  ) -> (number: ParsedNumber, next: Int) {
    var value = value
    var next = next
    if !multiplied, next < tokens.count, let s = NumberWords.scales[tokens[next].lower], s > value {
      value *= s
      next += 1
    }
    return (ParsedNumber(value: value, span: span(tokens, start, next), isVague: isVague), next)
  }

  private static func vague(
    _ value: Int, _ tokens: [WordToken], _ start: Int, _ next: Int
  ) -> (number: ParsedNumber, next: Int) {
    (ParsedNumber(value: value, span: span(tokens, start, next), isVague: true), next)
  }

  private static func span(_ tokens: [WordToken], _ start: Int, _ next: Int) -> TextSpan {
    TextSpan(start: tokens[start].start, end: tokens[next - 1].end)
  }
}
