import Foundation
import Testing

@testable import EventExtraction

/// The byte-level rewrites of string code must give what the `String` versions gave.
@Suite struct ByteLevelTextTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("Ra'ad al-Sakhour, Syria", #""Ra'ad al-Sakhour, Syria""#),
    ("say \"no\"", #""say \"no\"""#),
    ("a\\b", #""a\\b""#),
    ("l1\r\nl2\tx", #""l1\r\nl2\tx""#),
    ("\u{1}\u{1F}", #""\u0001\u001f""#),
    ("Alep \u{e9}t\u{e9} \"\u{1F600}\"", "\"Alep \u{e9}t\u{e9} \\\"\u{1F600}\\\"\""),
  ])
  func quotesJSONStrings(_ text: String, _ expected: String) {
    #expect(JSONLineWriter.quoted(text) == expected)
  }

  @Test(arguments: [0, 7, -7, 10, 1234, -90_210, Int.max, Int.min])
  func writesDecimalsAsStringDoes(_ n: Int) {
    var out = Array("x:".utf8)
    JSONLineWriter.appendDecimal(n, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "x:\(n)")
  }

  /// The word-at-a-time test agrees with a byte-by-byte one, wherever the byte sits in a word.
  @Test(arguments: [
    "", "plain", "sixteen bytes ok", "\u{7F}\u{80}\u{FF} DEL and high bytes",
    "Alep \u{e9}t\u{e9} \u{2014}",
    "0123456789abcde\"", "0123456\\89", "\u{1F}0123456789", "0123456789012345\n",
    "!#$%&()*+,-./:;<=>?@[]^_`{|}~ 0123456789", "a\tb",
  ])
  func findsBytesToEscape(_ text: String) {
    let bytes = Array(text.utf8)
    let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    bytes.withUnsafeBufferPointer { b in
      #expect(JSONLineWriter.needsEscape(b) == expected)
      // Every suffix too, so each byte is tried at each position in a word.
      for k in 0..<b.count {
        let tail = UnsafeBufferPointer(rebasing: b[k...])
        let expected = tail.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        #expect(JSONLineWriter.needsEscape(tail) == expected)
      }
    }
  }

  @Test(arguments: ["Aleppo", "deir ez-ZOR", "", "Ouagadougou", "Bouaké", "İDLİB", "ÉCOLE 12"])
  func lowerCasesNamesLikeFoundation(_ name: String) {
    #expect(Gazetteer.lowercased(name) == name.lowercased())
  }

  @Test(arguments: [
    "Aleppo", " Aleppo", "Idlib\t", "", " ", "\u{A0}Homs\u{3000}", "Bouaké", "Ça",
  ])
  func trimsNamesLikeFoundation(_ name: String) {
    #expect(Gazetteer.trimmed(name) == name.trimmingCharacters(in: .whitespaces))
  }

  @Test(arguments: ["Russia's", "Russia", "'s", "s", "Assad's.", "its", "Idlib'S", "Alep's"])
  func readsPossessivesLikeHasSuffix(_ text: String) {
    for word in WordScanner.words(text) {
      #expect(word.isPossessive == word.text.hasSuffix("'s"), "\(word.text)")
    }
  }

  @Test(arguments: [
    ("Aleppo flash", "Aleppo flashpoint"), ("Aleppo", "Aleppo"), ("Aleppo", "Idlib"),
    ("Alep\u{e9}", "Alepe\u{301}x"), ("a\r", "a\r\nb"), ("Homs", "Homs"), ("", "x"),
  ])
  func findsCutCopiesLikeStringPrefix(_ text: String, _ next: String) {
    let expected = next.count > text.count && next.hasPrefix(text)
    #expect(ArticleLayout.isCutCopy(text, of: next) == expected)
  }

  @Test(arguments: [
    "He is pictured here", "They are pictured.", "pictured", "It is picture", "is pictured",
    " is pictured", "are pictured", "Fighters were pictured", "x is  pictured",
    "a pop is pictured", "pp are pictured", "x pictured, y is pictured", "is picturedx",
    "she is pictur", "up is pictured",
  ])
  func findsPicturedLikeTwoSearches(_ text: String) {
    let expected = text.contains(" is pictured") || text.contains(" are pictured")
    #expect(ArticleLayout.isPictured(Array(text.utf8)) == expected)
  }

  @Test func readsTSVLinesCommentsAndAliases() throws {
    let tsv = """
      # comment
      Aleppo\tcity\t\tAleppo\tSyria\t36.2\t37.16\t\tHalab||Alep|

      Syria\tcountry\t\t\tSyria\t35\t38\tSY
      Kandi\tcity\t\t\tBenin
      """
    let entries = try Gazetteer.parseTSV(tsv)
    #expect(entries.map(\.name) == ["Aleppo", "Syria", "Kandi"])
    #expect(entries[0].aliases == ["Halab", "Alep"])
    #expect(entries[0].within == nil)
    #expect(entries[0].admin1 == "Aleppo")
    #expect(entries[0].latitude == 36.2)
    #expect(entries[0].longitude == 37.16)
    #expect(entries[1].kind == .country)
    #expect(entries[1].code == "SY")
    #expect(entries[1].aliases == [])
    #expect(entries[2].latitude == nil)
    #expect(entries[2].country == "Benin")
  }

  @Test func reportsShortLinesAndUnknownKindsWithTheirLineNumbers() {
    #expect(throws: GazetteerError.malformedLine(2, "Kandi\tcity")) {
      try Gazetteer.parseTSV("# c\nKandi\tcity\n")
    }
    #expect(throws: GazetteerError.unknownKind(line: 1, "town")) {
      try Gazetteer.parseTSV("Kandi\ttown\t\t\tBenin")
    }
  }
}
