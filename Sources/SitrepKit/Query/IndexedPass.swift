import EventExtraction

/// One indexed tally's pass over the selected events: group rows found by integer codes (each
/// key's id times its stride), sums kept in flat arrays, merged reports counted once, parts of
/// counted wholes left out (the rules of docs/tallies.md, as ``TallyEngine/tally(_:over:)``).
struct IndexedPass {
  /// One group's sums, kept together so that counting an event touches one place in memory
  /// (a two-key tally at a million events has some 140,000 groups, far more than the cache).
  struct Row {
    var code: Int
    var events = 0
    var articles = 0
    var lastArticle: Int32 = -1
    var killed = FigureSum()
    var injured = FigureSum()

    init(code: Int) { self.code = code }
  }

  let index: TallyIndex
  let columns: [KeyColumn]
  let strides: [Int]
  var rows: [Row] = []
  /// Row of each code, when the codes are few enough for a flat table.
  private var rowOfCode: [Int32]
  private var rowOfLargeCode: [Int: Int32] = [:]
  /// Whether each article's selected events come in one run (else articles are counted by set).
  var contiguous = true
  private var articlePairs: Set<Int> = []
  /// Events whose figure is listed beside the tally (aggregates), in order.
  var reported: [Int] = []
  var mergedReported: [(group: Int32, event: Int, killed: Casualties)] = []
  var partsSkipped = 0
  var mergedAway = 0
  /// Counted incidents dated across more than one period of a week, month or year key.
  var spanning = 0
  /// The columns that are such keys.
  private let periodColumns: [Int]
  /// The first selected member of each merge group, or -1; and the group's reconciled figures.
  private var groupFirst: [Int32]
  private var groupKilled: [TallyIndex.Figure] = []
  private var groupInjured: [TallyIndex.Figure] = []
  private var groupKilledFigure: [Casualties?] = []
  /// Whether each event is selected, when merges or parts need to ask about other events.
  private var selected: [Bool]?

  static let flatLimit = 1 << 22

  init(index: TallyIndex, columns: [KeyColumn], strides: [Int], codes: Int) {
    self.index = index
    self.columns = columns
    self.strides = strides
    periodColumns = columns.indices.filter { !columns[$0].crosses.isEmpty }
    rowOfCode = codes <= IndexedPass.flatLimit ? [Int32](repeating: -1, count: codes) : []
    groupFirst = [Int32](repeating: -1, count: index.mergeNames.count)
  }

  func mergeName(_ group: Int32) -> String { index.mergeNames[Int(group)] }

  /// Finds each merge group's first selected member and reconciles the figures of its selected
  /// members under `policy`, as ``Reconciliation/collapse(_:policy:)`` does.
  mutating func reconcileMerges(_ selection: [Int32]?, session: Session) {
    if let selection, !index.merged.isEmpty || index.hasParts {
      var mask = [Bool](repeating: false, count: index.count)
      for i in selection { mask[Int(i)] = true }
      selected = mask
    }
    guard !index.merged.isEmpty else { return }
    let order: [Int32]
    if let selection {
      order = selection.filter { index.merge[Int($0)] >= 0 }
    } else {
      order = index.merged.filter { !index.rejected[Int($0)] }
    }
    var killed = [[Casualties]](repeating: [], count: groupFirst.count)
    var injured = killed
    for i in order.map({ Int($0) }) {
      let g = Int(index.merge[i])
      if groupFirst[g] < 0 { groupFirst[g] = Int32(i) } else { mergedAway += 1 }
      if let k = session.events[i].current.killed { killed[g].append(k) }
      if let j = session.events[i].current.injured { injured[g].append(j) }
    }
    let policy = session.settings.policy
    groupKilledFigure = killed.map { Reconciliation.figure($0, policy: policy) }
    groupKilled = groupKilledFigure.map(TallyIndex.Figure.init)
    groupInjured = injured.map { TallyIndex.Figure(Reconciliation.figure($0, policy: policy)) }
  }

  /// Whether articles come in runs in `selection`'s order.
  static func contiguous(_ selection: [Int32], _ article: [Int32], articles: Int) -> Bool {
    var seen = [Bool](repeating: false, count: articles)
    var last: Int32 = -1
    for i in selection {
      let a = article[Int(i)]
      if a == last { continue }
      if seen[Int(a)] { return false }
      seen[Int(a)] = true
      last = a
    }
    return true
  }

  private func isSelected(_ i: Int) -> Bool { selected?[i] ?? !index.rejected[i] }

  /// Whether the whole named by event `i`'s `part_of` is an incident counted in this tally.
  private func isCountedPart(_ i: Int) -> Bool {
    let whole = Int(index.partOf[i])
    guard whole >= 0, isSelected(whole), !index.aggregate[whole] else { return false }
    let g = Int(index.merge[whole])
    return g < 0 || Int(groupFirst[g]) == whole
  }

  /// Counts selected event `i` (a merged report only as its group's first selected member).
  @inline(__always) mutating func add(_ i: Int) {
    var killed = index.killed[i]
    var injured = index.injured[i]
    let g = Int(index.merge[i])
    if g >= 0 {
      guard Int(groupFirst[g]) == i else { return }
      killed = groupKilled[g]
      injured = groupInjured[g]
    }
    if index.aggregate[i] {
      guard killed.present else { return }
      if g >= 0, let figure = groupKilledFigure[g] {
        mergedReported.append((Int32(g), i, figure))
      } else if g < 0 {
        reported.append(i)
      }
      return
    }
    let part = index.hasParts && isCountedPart(i)
    if part { partsSkipped += 1 }
    if !part, !periodColumns.isEmpty, periodColumns.contains(where: { columns[$0].crosses[i] }) {
      spanning += 1
    }
    let article = index.article[i]
    var single = 0
    var many = false
    for k in columns.indices {
      let id = columns[k].ids[i]
      if id < 0 { many = true } else { single += Int(id) * strides[k] }
    }
    if !many {
      count(code: single, article: article, part: part, killed, injured)
      return
    }
    var codes = [0]
    for k in columns.indices {
      let id = columns[k].ids[i]
      let values = id < 0 ? columns[k].lists[Int(-id - 1)] : [id]
      codes = codes.flatMap { c in values.map { c + Int($0) * strides[k] } }
    }
    for code in codes { count(code: code, article: article, part: part, killed, injured) }
  }

  @inline(__always) private mutating func count(
    code: Int, article: Int32, part: Bool, _ killed: TallyIndex.Figure, _ injured: TallyIndex.Figure
  ) {
    let r = row(code)
    if rows[r].lastArticle != article {
      rows[r].lastArticle = article
      if contiguous || articlePairs.insert(r &* index.articleNames.count &+ Int(article)).inserted {
        rows[r].articles += 1
      }
    }
    guard !part else { return }
    rows[r].events += 1
    rows[r].killed.add(killed)
    rows[r].injured.add(injured)
  }

  @inline(__always) private mutating func row(_ code: Int) -> Int {
    if !rowOfCode.isEmpty {
      let r = rowOfCode[code]
      if r >= 0 { return Int(r) }
      rowOfCode[code] = Int32(rows.count)
    } else if let r = rowOfLargeCode[code] {
      return Int(r)
    } else {
      rowOfLargeCode[code] = Int32(rows.count)
    }
    rows.append(Row(code: code))
    return rows.count - 1
  }
}
