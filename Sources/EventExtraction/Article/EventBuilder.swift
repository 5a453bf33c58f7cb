/// A candidate event while the article is being read.
struct Draft {
  var event: Event
  var block: Int
  var role: BlockRole
  var triggers: [Trigger]
  /// Index of the draft whose figure contains this one's.
  var partOf: Int?
}

/// Turns an article's sentences, in order, into events.
struct EventBuilder {
  let article: String
  let articleDate: Day?
  let gazetteer: Gazetteer
  let actors: ActorDictionary
  var context = PlaceContext()
  var lastMonitor: String?
  var drafts: [Draft] = []
  /// Headline sentences, for finding the body event a headline restates.
  var headlines: [ArticleSentence] = []

  init(article: String, articleDate: Day?, gazetteer: Gazetteer, actors: ActorDictionary) {
    self.article = article
    self.articleDate = articleDate
    self.gazetteer = gazetteer
    self.actors = actors
  }

  /// Reads one sentence.
  mutating func add(_ s: consuming ArticleSentence) {
    let referring = ReferringPlaceRule().mentions(in: s.words, context: context)
    if !referring.isEmpty {
      s.places = (s.places + referring).sorted { $0.first < $1.first }
    }
    defer { context.note(s.places, in: gazetteer, sentence: s.sentence.text) }
    switch s.role {
    case .heading:
      if let city = s.places.first(where: { $0.kind == .city }) {
        context.headingCity = (city.entry, s.sentence.text)
      }
      return
    case .headline:
      context.headlineCity = s.places.first { $0.kind == .city }?.entry
      headlines.append(copy s)
    default:
      break
    }
    let monitorBefore = lastMonitor
    let source = SourceRule(dictionary: actors).source(in: s.words, lastMonitor: lastMonitor)
    if let (name, _) = source, actors.lookup(name)?.kind == "monitor" { lastMonitor = name }
    if continues(s) { return }
    // No trigger and no figure: no clause can make a draft (``addClause`` would add nothing),
    // so neither split nor re-read sources.
    guard !s.triggers.isEmpty || !s.casualties.isEmpty else { return }
    for clause in ClauseSplitter.clauses(s.words) {
      // A clause that is the whole sentence, read with the same last monitor, has the
      // sentence's source: the rule is a function of words, range and monitor.
      let own =
        clause.range == s.words.indices && lastMonitor == monitorBefore
        ? source
        : SourceRule(dictionary: actors).source(
          in: s.words, range: clause.range, lastMonitor: lastMonitor)
      addClause(clause, of: s, source: own ?? source)
    }
  }

  /// `text.prefix(60)`: the first 60 bytes when they and the next are plain ASCII (then each
  /// byte is one `Character`), else by `Character`.
  static func opening(of text: String) -> Substring {
    let utf8 = text.utf8
    guard utf8.count > 60 else { return text[...] }
    let end = utf8.index(utf8.startIndex, offsetBy: 60)
    // The 61 bytes read in place (iterating a UTF8View slice cost ten times as much).
    var copy = text
    let plain = copy.withUTF8 { t in
      let head = UnsafeBufferPointer(rebasing: t[0...60])
      return ASCIIBytes.isASCII(head)
        && ASCIIBytes.firstIndex(of: 0x0D, in: head, from: 0, to: head.count) == nil
    }
    if plain { return text[..<end] }
    return text.prefix(60)
  }

  private func inParts(_ i: Int, _ clause: Clause) -> Bool {
    clause.parts.contains { $0.contains(i) }
  }

  private mutating func addClause(
    _ clause: Clause, of s: ArticleSentence, source: (String, Range<Int>)?
  ) {
    let main = s.triggers.filter { clause.range.contains($0.first) && !inParts($0.first, clause) }
    let figures = s.casualties.indices.filter {
      clause.range.contains(s.casualtyWords[$0]) && !inParts(s.casualtyWords[$0], clause)
    }
    var mainIndex: Int? = nil
    if !main.isEmpty || !figures.isEmpty {
      var mainRange = clause.range
      // A trailing part with its own trigger is its own event: keep it out of the evidence.
      if let last = clause.parts.last,
        last.upperBound == clause.range.upperBound
          || last.upperBound + 1 == clause.range.upperBound,
        s.triggers.contains(where: { last.contains($0.first) })
      {
        mainRange = clause.range.lowerBound..<last.lowerBound
      }
      let draft = makeDraft(
        s, range: mainRange, fieldRange: clause.range, triggers: main, figures: figures,
        source: source, parent: nil, excluding: clause.parts)
      drafts.append(draft)
      mainIndex = drafts.count - 1
    }
    for part in clause.parts {
      let own = s.triggers.filter { part.contains($0.first) }
      let partFigures = s.casualties.indices.filter { part.contains(s.casualtyWords[$0]) }
      if !own.isEmpty, let parent = mainIndex {
        var draft = makeDraft(
          s, range: part, fieldRange: part, triggers: own, figures: partFigures, source: source,
          parent: drafts[parent], excluding: [])
        draft.partOf = parent
        drafts.append(draft)
      } else if let parent = mainIndex {
        for f in partFigures {
          let m = s.casualties[f]
          let part = CasualtyPart(
            group: m.count.victims ?? "people", count: m.count.best ?? m.count.low ?? 0)
          switch m.kind {
          case .killed: drafts[parent].event.killed?.parts.append(part)
          case .injured: drafts[parent].event.injured?.parts.append(part)
          }
        }
      }
    }
  }

  /// Folds a sentence that continues the previous event ("The demonstrators burned tires",
  /// "Three soldiers were killed") into it. Returns whether it did.
  private mutating func continues(_ s: ArticleSentence) -> Bool {
    guard s.role == .body, let lastIndex = drafts.indices.last else { return false }
    let last = drafts[lastIndex]
    guard last.block == s.block, last.role == .body else { return false }
    let named = s.places.contains { $0.basis == nil && $0.kind != .country }
    let dated = s.dates.contains { $0.expression.kind == .day || $0.expression.kind == .range }
    guard !named, !dated else { return false }
    let violent = { (t: EventType) in t.precedence <= EventType.protest.precedence }
    let anaphoric = Self.isAnaphoric(s.words)
    let casualtyOnly = s.triggers.isEmpty && !s.casualties.isEmpty
    let sameFamily =
      !s.triggers.isEmpty && anaphoric && violent(last.event.type)
      && s.triggers.allSatisfy { violent($0.type) }
    guard casualtyOnly || sameFamily else { return false }
    var draft = last
    draft.triggers += s.triggers
    if let best = TriggerRules.best(draft.triggers), best.type != draft.event.type,
      draft.event.type != .aggregateReport
    {
      draft.event.type = best.type
      draft.event.fieldEvidence["type"] = Evidence(
        span: s.span(best.first..<best.end), rule: best.rule)
    }
    for m in s.casualties where m.partOf == nil {
      let evidence = Evidence(span: s.sentence.originalSpan(m.span), rule: m.rule)
      switch m.kind {
      case .killed where draft.event.killed == nil:
        draft.event.killed = m.count
        draft.event.fieldEvidence["killed"] = evidence
      case .injured where draft.event.injured == nil:
        draft.event.injured = m.count
        draft.event.fieldEvidence["injured"] = evidence
      default:
        break
      }
    }
    draft.event.mentions.append(s.sentence.span)
    drafts[lastIndex] = draft
    return true
  }

  private static let anaphors: WordSet = [
    "they", "he", "she", "it", "the", "their", "his", "her", "both", "two", "three", "four",
    "five", "several", "many", "some", "others", "one",
  ]

  static func isAnaphoric(_ words: [Word]) -> Bool {
    guard let first = words.first(where: \.isWord) else { return false }
    return anaphors.contains(first)
  }
}
