extension EventBuilder {
  /// Builds a candidate event from words `range` of a sentence (fields read from `fieldRange`).
  func makeDraft(
    _ s: ArticleSentence, range: Range<Int>, fieldRange: Range<Int>, triggers: [Trigger],
    figures: [Int], source: (String, Range<Int>)?, parent: Draft?, excluding parts: [Range<Int>]
  ) -> Draft {
    var evidenceRange = range
    while evidenceRange.count > 1,
      s.words[evidenceRange.upperBound - 1].isMark(0x2C)
        || s.words[evidenceRange.upperBound - 1].isMark(0x3B)
    {
      evidenceRange = evidenceRange.lowerBound..<(evidenceRange.upperBound - 1)
    }
    let best = TriggerRules.best(triggers)
    // Type, place, date, scope, ...: sized once, no regrowth (created at its size: reserving
    // capacity in an empty dictionary cost ~1,200 instructions a draft).
    var fields = [String: Evidence](minimumCapacity: 10)
    let clauseEvidence = Evidence(
      span: s.span(evidenceRange), rule: best?.rule ?? "casualty.figure")

    // Figures: the first killed and injured figures that are not parts of another.
    var killed: Casualties? = nil
    var injured: Casualties? = nil
    for f in figures {
      let m = s.casualties[f]
      let evidence = Evidence(span: s.sentence.originalSpan(m.span), rule: m.rule)
      if m.kind == .killed, killed == nil, parent != nil || m.partOf == nil || true {
        killed = m.count
        fields["killed"] = evidence
      } else if m.kind == .injured, injured == nil {
        injured = m.count
        fields["injured"] = evidence
      }
    }

    // Scope: running and area totals, only for figures.
    var scope = Scope.incident
    if killed != nil || injured != nil {
      let (found, cue) = ScopeRule().scope(in: s.words, range: fieldRange, dates: s.dates)
      if parent == nil || found == .aggregate {
        scope = found
        if let cue { fields["scope"] = Evidence(span: s.span(cue), rule: "scope.cue") }
      }
      if parent != nil { scope = found }
    }

    // Type.
    let type: EventType
    if let best {
      type = best.type
      fields["type"] = Evidence(span: s.span(best.first..<best.end), rule: best.rule)
    } else {
      type = scope == .aggregate ? .aggregateReport : .attack
      fields["type"] = Evidence(
        span: fields["killed"]?.span ?? fields["injured"]?.span ?? clauseEvidence.span,
        rule: scope == .aggregate ? "type.aggregate-figure" : "type.casualty-figure")
    }
    let violent = type.precedence <= EventType.protest.precedence || type == .aggregateReport

    // Place.
    var place: Place? = nil
    if let m = choosePlace(s, range: fieldRange, trigger: best?.first) {
      place = m.place
      fields["place"] = Evidence(span: s.span(m.first..<m.end), rule: m.rule)
    } else if let parentPlace = parent?.event.place {
      place = parentPlace
      if let e = parent?.event.fieldEvidence["place"] { fields["place"] = e }
    } else if violent, s.role == .body, let (city, why) = context.referredCity() {
      place = city.place(raw: "", basis: "no place in the sentence; \(why)")
      fields["place"] = Evidence(span: s.sentence.span, rule: "place.context")
    }

    // Date.
    var expression: DateExpression
    if let d = chooseDate(s, range: fieldRange) {
      expression = d.expression
      fields["date"] = Evidence(span: s.span(d.first..<d.end), rule: d.rule)
    } else if let inherited = parent?.event.dateExpression {
      expression = inherited
      if let e = parent?.event.fieldEvidence["date"] { fields["date"] = e }
    } else {
      expression = DateExpression(kind: .articleDay, raw: "")
      fields["date"] = Evidence(span: s.sentence.span, rule: "date.article")
    }
    if expression.kind != .articleDay, expression.resolve(articleDate: articleDate) == nil,
      expression.start == nil && expression.dayOfMonth == nil && articleDate == nil
    {
      // Stays unresolved until the analyst sets the article date.
    }

    // Actors, target, source.
    let actorRange = violent ? fieldRange : 0..<s.words.count
    let found = ActorRule(dictionary: actors).actors(
      in: s.words, plain: s.plainWords, range: actorRange, country: context.countryName,
      violentOnly: violent && type != .aggregateReport)
    if let first = found.first {
      fields["actors"] = Evidence(span: s.span(first.1), rule: "actor.dictionary")
    }
    var target: String? = nil
    if violent,
      let (t, r) = TargetRule().target(
        in: s.words, range: range, trigger: best?.first ?? range.lowerBound)
    {
      target = t
      fields["target"] = Evidence(span: s.span(r), rule: "target.object")
    }
    var sourceName: String? = nil
    if let (name, r) = source {
      sourceName = name
      fields["source"] = Evidence(span: s.span(r), rule: "source.reporting-verb")
    } else if let inherited = parent?.event.source {
      sourceName = inherited
      fields["source"] = parent?.event.fieldEvidence["source"]
    }
    if parent != nil { fields["part_of"] = clauseEvidence }
    if fields["scope"] == nil {
      // No running- or area-total cue: an incident, read from the whole clause.
      fields["scope"] = Evidence(span: clauseEvidence.span, rule: "scope.default")
    }

    let event = Event(
      id: "", article: article, type: type, killed: killed, injured: injured, place: place,
      date: expression.resolve(articleDate: articleDate), actors: found.map(\.0), target: target,
      source: sourceName, scope: scope, partOf: nil, evidence: clauseEvidence,
      fieldEvidence: fields, dateExpression: expression)
    return Draft(event: event, block: s.block, role: s.role, triggers: triggers, partOf: nil)
  }

  /// The place of an event: the first place after its trigger in the clause (a finer one if the
  /// first is a country), else the last before it, else the sentence's first non-country place.
  func choosePlace(_ s: ArticleSentence, range: Range<Int>, trigger: Int?) -> PlaceMention? {
    // One pass by index over the sentence's places, copying only the one returned: the first
    // place in the clause at or after the pivot (a finer one after it when that is a country),
    // else the clause's last place that is not a country, else its last place.
    let places = s.places
    let pivot = trigger ?? range.lowerBound
    var firstAfter = -1
    var finerAfter = -1
    var last = -1
    var lastFiner = -1
    for k in places.indices where range.contains(places[k].first) {
      let isCountry = places[k].kind == .country
      last = k
      if !isCountry { lastFiner = k }
      if places[k].first >= pivot {
        if firstAfter < 0 { firstAfter = k }
        if !isCountry, finerAfter < 0 { finerAfter = k }
      }
    }
    if firstAfter >= 0 {
      let firstIsCountry = places[firstAfter].kind == .country
      return places[firstIsCountry && finerAfter >= 0 ? finerAfter : firstAfter]
    }
    if lastFiner >= 0 { return places[lastFiner] }
    return last >= 0 ? places[last] : nil
  }

  private static let datePriority: [DateExpression.Kind] = [
    .range, .since, .daysFrom, .into, .day, .month, .monthToDate, .lastWeek, .weekday,
  ]

  /// The most informative date phrase in the clause.
  func chooseDate(_ s: ArticleSentence, range: Range<Int>) -> DateMention? {
    // By index: only the date returned is copied.
    let dates = s.dates
    for kind in Self.datePriority {
      for k in dates.indices
      where range.contains(dates[k].first) && dates[k].expression.kind == kind {
        return dates[k]
      }
    }
    return nil
  }
}
