import Testing

@testable import EventExtraction

@Suite struct PlaceRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    /// name/precision of each place found, in order.
    var places: [String]
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence:
        "Smoke rises after airstrikes on the rebel-held al-Sakhour neighborhood of Aleppo, Syria.",
      places: ["al-Sakhour/neighbourhood", "Aleppo/city", "Syria/country"]),
    Case(
      sentence: "He said a halt to fighting was also holding in northern Latakia province.",
      places: ["Latakia/province"]),
    Case(
      sentence:
        "Kuralenko, speaking from Russia's Hmeimim air base, said a freeze in Eastern Ghouta held.",
      places: ["Russia/country", "Hmeimim/district", "Eastern Ghouta/district"]),
    Case(
      sentence: "Lt.-Gen. Sergei Kuralenko sits at Hemeimeem air base in Syria.",
      places: ["Hmeimim/district", "Syria/country"]),
    Case(
      sentence: "Brahimi said after meeting with senior U.S. and Russian officials in Geneva.",
      places: ["Geneva/city"]),
    Case(
      sentence: "The police said the attack happened in the city of Homs.", places: ["Homs/city"]),
    Case(sentence: "police said nothing happened.", places: []),
    // A country's own name beats a namesake town abroad (GeoNames has a Mali in China); a
    // capital that shares its country's name stays the city.
    Case(sentence: "Fighting in Mali has killed hundreds.", places: ["Mali/country"]),
    Case(sentence: "A blast in Djibouti killed two.", places: ["Djibouti/city"]),
    // A name two countries share goes to the country written after it.
    Case(sentence: "Shells hit Doumba, Mali, on Monday.", places: ["Doumba/city", "Mali/country"]),
  ]

  /// "Doumba" is a town in Mali and another name of Djohong in Cameroon.
  @Test func theCountryWrittenAfterANamePicksAmongItsNamesakes() {
    let found = PlaceRule(gazetteer: .builtIn).mentions(in: words("Shells hit Doumba, Mali, on Monday."))
    #expect(found.first?.entry.country == "Mali")
  }

  @Test(arguments: cases) func findsNamedPlaces(_ c: Case) {
    let found = PlaceRule(gazetteer: .builtIn).mentions(in: words(c.sentence))
    #expect(found.map { "\($0.entry.name)/\($0.entry.kind.rawValue)" } == c.places)
  }

  @Test func keepsTheArticlesWordsAsRaw() {
    let found = PlaceRule(gazetteer: .builtIn).mentions(
      in: words("fighting in northern Latakia province"))
    #expect(found.first?.raw == "northern Latakia province")
    #expect(found.first?.place.country == "Syria")
  }
}
