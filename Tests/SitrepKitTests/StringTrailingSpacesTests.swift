import Testing

@testable import SitrepKit

/// A printed line's trailing padding dropped, as the text table and the bar chart print lines.
@Suite struct StringTrailingSpacesTests {
  @Test(arguments: [
    ("Aleppo  12   ", "Aleppo  12"),
    ("  indented", "  indented"),
    ("     ", ""),
    ("", ""),
    ("tab\t", "tab\t"),
    ("tab\t  ", "tab\t"),
    ("no-break\u{A0}", "no-break\u{A0}"),
    ("Save\u{301}  ", "Save\u{301}"),
    ("mark \u{301}", "mark \u{301}"),
    ("crlf \r\n", "crlf \r\n"),
  ])
  func dropsOnlyTheSpacesAtTheEnd(_ line: String, _ expected: String) {
    #expect(line.droppingTrailingSpaces() == expected)
  }
}
