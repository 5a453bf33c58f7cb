import Testing

@testable import SitrepKit

/// The text table: columns fitted to the width, a long last column wrapped rather than cut.
@Suite struct TableRendererTests {
  private let table = Table(
    columns: [.init("#", alignRight: true), .init("command"), .init("changes")],
    rows: [
      [.number(2), .text("set e12 killed = 6"), .text("e12 killed: at least 5 → 6; e12 place: Aleppo → al-Sakhour")],
      [.number(3), .text("tag e12 checked"), .text("e12 tags: – → checked")],
    ])

  @Test func aLongLastColumnWrapsOntoLinesOfItsOwn() {
    let text = TableRenderer(format: .table, width: 60).render(table)
    #expect(
      text == """
        #  command             changes
        ─  ──────────────────  ─────────────────────────────────────
        2  set e12 killed = 6  e12 killed: at least 5 → 6; e12
                               place: Aleppo → al-Sakhour
        3  tag e12 checked     e12 tags: – → checked

        """)
  }

  /// Too wide: text columns are cut before figures, and a wrapping last column keeps its words.
  @Test func textIsCutBeforeFigures() {
    let events = Table(
      columns: [.init("place"), .init("killed", alignRight: true), .init("status")],
      rows: [[.text("Eastern Ghouta"), .text("about 400"), .text("extracted")]])
    let text = TableRenderer(format: .table, width: 28).render(events)
    #expect(
      text == """
        place      killed  status
        ──────  ─────────  ─────────
        Easte…  about 400  extracted

        """)
  }

  @Test func aTableThatFitsIsNotWrapped() {
    let text = TableRenderer(format: .table, width: 120).render(table)
    #expect(text.split(separator: "\n").count == 4)
  }

  /// Each column as wide as its widest cell or name, in Characters; the table as wide as
  /// they are with two spaces between each two.
  @Test func measuresTheWidthsBeforeFitting() {
    #expect(TableRenderer.naturalWidths(of: table) == [1, 18, 58])
    #expect(TableRenderer.naturalWidth(of: table) == 81)
  }

  /// A short row leaves its missing cells out of the measure; cells past the last column and
  /// combining marks count for nothing.
  @Test func measuresRaggedRowsByCharacter() {
    let ragged = Table(
      columns: [.init("place"), .init("killed", alignRight: true)],
      rows: [[.text("Save\u{301}")], [.text("Kandi"), .number(1_000_000), .text("ignored cell")]])
    #expect(TableRenderer.naturalWidths(of: ragged) == [5, 7])
    #expect(TableRenderer.naturalWidth(of: ragged) == 14)
    #expect(TableRenderer.naturalWidth(of: Table(columns: [])) == 0)
  }
}
