import Foundation
import Testing

@testable import EventExtraction

/// ``Gazetteer/coordinate(_:)`` reads every number bit for bit as `Double(_:)` does.
@Suite struct GazetteerCoordinateTests {
  @Test(arguments: [
    ("36.20124", 36.20124), ("-0.5", -0.5), ("12", 12.0), ("007.250", 7.25),
    ("-33.86785", -33.86785), ("0.1", 0.1), ("123456789012345", 123_456_789_012_345.0),
    ("1.5e3", 1500.0), ("+4", 4.0), ("0.30000000000000004", 0.30000000000000004),
  ])
  func readsAsDoubleDoes(text: String, value: Double) {
    var copy = text
    let read = copy.withUTF8 { Gazetteer.coordinate($0) }
    #expect(read == value)
    #expect(read?.bitPattern == Double(text)?.bitPattern)
  }

  @Test(arguments: ["-0", "1.", ".5", "-", "12a", "1,5", "nan"])
  func leavesOddFormsToDouble(text: String) {
    var copy = text
    let read = copy.withUTF8 { Gazetteer.coordinate($0) }
    #expect(read?.bitPattern == Double(text)?.bitPattern)
  }

  /// Every coordinate of the built-in gazetteer file, as the parser reads it and as `Double`
  /// does.
  @Test func readsEveryBuiltInCoordinateAsDoubleDoes() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Sources/EventExtraction/Resources/gazetteer.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    var checked = 0
    var differing: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      for cell in cells.dropFirst(5).prefix(2) where !cell.isEmpty {
        var copy = String(cell)
        let read = copy.withUTF8 { Gazetteer.coordinate($0) }
        if read?.bitPattern != Double(copy)?.bitPattern { differing.append(copy) }
        checked += 1
      }
    }
    #expect(checked > 80_000)
    #expect(differing == [])
  }
}
