import Testing

@testable import EventExtraction

/// ``Gazetteer/lowercased(_:)`` is `String.lowercased()`, read over bytes where it can be.
@Suite struct GazetteerLowercasingTests {
  @Test(arguments: [
    ("Kétou", "kétou"), ("ÉVRY", "évry"), ("Ḩalab", "ḩalab"), ("Ḫalab", "ḫalab"),
    ("İdlib", "i̇dlib"), ("ΣΥΡΙΑ", "συρια"),
    ("Aleppo", "aleppo"), ("al-Bāb", "al-bāb"), ("Dar‘ā", "dar‘ā"),
  ])
  func lowersAsStringDoes(name: String, lower: String) {
    #expect(Gazetteer.lowercased(name) == lower)
    #expect(Gazetteer.lowercased(name) == name.lowercased())
  }

  /// A name's key is the ``WordKey`` of its lower-cased form, whether or not a letter beyond
  /// ASCII changes case.
  @Test(arguments: [
    ("Kétou", "kétou", false), ("KÉTOU", "kétou", true), ("Ḩalab", "ḩalab", true),
    ("al-Bāb", "al-bāb", false), ("ΣΥΡΙΑ", "συρια", true), ("حلب", "حلب", false),
    ("ALEPPO", "aleppo", false),
  ])
  func keysNamesByTheirLowerCase(name: String, lower: String, nonASCIICapital: Bool) {
    #expect(Gazetteer.nameKey(name) == WordKey.of(lower))
    #expect(Gazetteer.hasNonASCIICapital(name) == nonASCIICapital)
  }

  /// Every name and alias of the built-in gazetteer.
  @Test func lowersEveryBuiltInNameAsStringDoes() {
    var checked = 0
    var differing: [String] = []
    for e in Gazetteer.builtIn.entries {
      for name in [e.name] + e.aliases {
        if Gazetteer.lowercased(name) != name.lowercased() { differing.append(name) }
        checked += 1
      }
    }
    #expect(checked > 130_000)
    #expect(differing == [])
  }
}
