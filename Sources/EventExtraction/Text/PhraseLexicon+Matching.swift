/// Reading a sentence's words against the tables.
extension PhraseLexicon.Tables {
  /// The run of phrases of two or more words starting with words keyed `head`, `second`.
  private func pairRun(_ head: Int, _ second: Int) -> Run? {
    guard let run = byPair[Self.pairKey(head, second)] else { return nil }
    let first = Int(phrases[Int(run.lower)].partStart)
    if partKeys[first] == head, partKeys[first + 1] == second { return run }
    return collidedPairs[Pair(head: head, second: second)]
  }

  /// Whether no phrase can start at word `i`: the test most words stop at, inlined into the
  /// loop of ``matches(in:)`` (a call per word cost more than the test).
  @inline(__always)
  func cannotStart(_ word: Word) -> Bool {
    if caseSensitive, !word.isCapitalized {
      // Most words: only the few phrases that start in lower case can match (a small table,
      // cheaper than a bit of the large ``heads`` filter that may be out of cache).
      if lowerFirst.count == 0 || !lowerFirst.contains(word.key) { return true }
    }
    // Most remaining words start no phrase: one bit rules them out.
    return !heads.mayContain(word.key)
  }

  /// The longest phrase starting at word `i`, if any.
  func match(_ words: [Word], at i: Int) -> PhraseMatch<Value>? {
    cannotStart(words[i]) ? nil : matchPast(words, at: i)
  }

  /// ``match(_:at:)`` for a word that passed ``cannotStart(_:)``.
  private func matchPast(_ words: [Word], at i: Int) -> PhraseMatch<Value>? {
    let head = words[i].key
    // Longer phrases first: those of two or more words that share the next word's key, then
    // the one-word phrases (the order of one run of (first word, longest first, input order)).
    if i + 1 < words.count {
      let second = words[i + 1].key
      if pairs.mayContain(Self.pairKey(head, second)), let run = pairRun(head, second),
        let m = firstMatch(in: run, words, at: i)
      {
        return m
      }
    }
    guard singleHeads.mayContain(head), let run = singles[head] else { return nil }
    return firstMatch(in: run, words, at: i)
  }

  /// The first phrase of `run` that words from `i` on spell out, keys first then written form.
  private func firstMatch(in run: Run, _ words: [Word], at i: Int) -> PhraseMatch<Value>? {
    for p in Int(run.lower)..<Int(run.upper) {
      let parts = Int(phrases[p].partStart)..<Int(phrases[p].partEnd)
      guard i + parts.count <= words.count else { continue }
      // Keys first: a key is one integer compare.
      var k = i
      var ok = true
      for part in parts {
        if words[k].key != partKeys[part] {
          ok = false
          break
        }
        k += 1
      }
      guard ok else { continue }
      k = i
      for part in parts {
        // Same lower-case bytes (keys), same capitals and length: written the same way.
        let length = exactLengths[part]
        if length >= 0 {
          if words[k].caseMask != exactMasks[part] || words[k].end - words[k].start != Int(length)
            || (length > 64 && words[k].text != longTexts[part])
          {
            ok = false
            break
          }
        }
        k += 1
      }
      if ok { return PhraseMatch(first: i, end: k, value: values[Int(phrases[p].entry)]) }
    }
    return nil
  }

  /// All non-overlapping longest matches, left to right.
  func matches(in words: [Word]) -> [PhraseMatch<Value>] {
    var result: [PhraseMatch<Value>] = []
    var i = 0
    while i < words.count {
      if !cannotStart(words[i]), let m = matchPast(words, at: i) {
        result.append(m)
        i = m.end
      } else {
        i += 1
      }
    }
    return result
  }
}
