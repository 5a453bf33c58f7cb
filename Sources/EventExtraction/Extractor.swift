/// Reads an article and proposes its events, the way an ACLED or UCDP coder would.
///
/// Pure and deterministic: one article's events depend on that article alone, so corpora can be
/// split across cores or machines. Steps: blocks and their roles (``ArticleLayout``) →
/// sentences → triggers, casualty figures, places, dates per clause → candidate events →
/// continuation sentences folded into the event before them → restatements (headline, quotes,
/// repeated talks) merged as `mentions` → ids `1`, `2`, ...
public struct Extractor: Sendable {
  public let gazetteer: Gazetteer
  public let actors: ActorDictionary
  let casualties = CasualtyFinder()

  public init(gazetteer: Gazetteer = .builtIn, actors: ActorDictionary = .builtIn) {
    self.gazetteer = gazetteer
    self.actors = actors
  }

  /// Extracts the events of one article, honouring `article.date` when given and
  /// `article.fallbackDate` when the text states no date.
  public func extract(_ article: ArticleInput) -> ArticleExtraction {
    let bytes = Array(article.text.utf8)
    let layout = ArticleLayout(bytes: bytes)
    var sentences = readSentences(layout: layout, bytes: bytes)
    let articleDate: ArticleDate
    if let day = article.date {
      articleDate = ArticleDate(day: day, basis: .stated, note: "given with the article")
    } else {
      let stated = ArticleDateRule().articleDate(read: sentences)
      if stated.day == nil, let day = article.fallbackDate {
        articleDate = ArticleDate(day: day, basis: .stated, note: article.fallbackNote)
      } else {
        articleDate = stated
      }
    }
    // Read before the builder takes the sentences: an article with no headline and no
    // given title is named by its lede.
    let title = layout.headline ?? article.title ?? Lede.title(of: sentences)
    var builder = EventBuilder(
      article: article.id, articleDate: articleDate.day, gazetteer: gazetteer, actors: actors)
    // Each sentence is moved out of the array into the builder: a copy retained every array
    // and string in it, and the array's destruction released them again.
    // Reversed in its buffer, where a swap moves the two sentences (`Array.reverse()` copied
    // each one).
    sentences.withUnsafeMutableBufferPointer { $0.reverse() }
    while let s = sentences.popLast() { builder.add(s) }
    let events = builder.finish()
    return ArticleExtraction(
      title: title, date: articleDate,
      outlet: layout.outlet ?? article.source, dateline: layout.dateline, events: events)
  }

  /// The article's sentences that may carry events or context, with rule readings.
  private func readSentences(layout: ArticleLayout, bytes: [UInt8]) -> [ArticleSentence] {
    let splitter = SentenceSplitter()
    let places = PlaceRule(gazetteer: gazetteer)
    let dates = DateRule()
    var result: [ArticleSentence] = []
    result.reserveCapacity(layout.blocks.count * 2)
    for b in layout.blocks.indices {
      let role = layout.roles[b]
      switch role {
      case .headline, .body, .caption, .heading: break
      case .dateline, .furniture, .duplicate, .truncatedCopy: continue
      }
      var split = splitter.sentences(in: layout.normalized[b], bytes: bytes)
      if let skip = layout.datelinePrefix[b], let first = split.first {
        if let rest = ArticleSentence.dropping(skip, from: first) {
          split[0] = rest
        } else {
          split.removeFirst()
        }
      }
      for sentence in split {
        let words = WordScanner.words(sentence.text)
        // Filled in place in the array: appending a finished local copied it.
        result.append(ArticleSentence(block: b, role: role, sentence: sentence, words: words))
        let n = result.count - 1
        result[n].places = places.mentions(in: words, plain: result[n].plainWords)
        result[n].dates = dates.mentions(in: words)
        if role != .heading {
          result[n].triggers = TriggerRules.triggers(in: words)
          // Title-case headlines ("Syria Strikes Kill 400") are read in lower case; ASCII
          // lower-casing keeps every byte offset.
          let found: [CasualtyMention]
          if role == .headline {
            var reading = sentence
            reading.text = ASCIIBytes.lowercased(sentence.text)
            found = casualties.mentions(in: reading, words: words)
          } else {
            found = casualties.mentions(in: sentence, words: words)
          }
          result[n].casualtyWords = found.map { m in
            words.firstIndex { $0.end > m.numberSpan.start } ?? 0
          }
          result[n].casualties = found
        }
      }
    }
    return result
  }
}
