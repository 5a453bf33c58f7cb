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

  @Test func aTableThatFitsIsNotWrapped() {
    let text = TableRenderer(format: .table, width: 120).render(table)
    #expect(text.split(separator: "\n").count == 4)
  }

  @Test(arguments: [
    ("one two three four", 9, ["one two", "three", "four"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ("short", 10, ["short"]),
  ])
  func wrapsAtSpacesAndSplitsLongWords(_ text: String, _ width: Int, _ lines: [String]) {
    #expect(TableRenderer.wrapped(text, width: width) == lines)
  }
}
