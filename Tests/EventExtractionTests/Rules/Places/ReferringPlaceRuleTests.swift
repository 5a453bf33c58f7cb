import Testing

@testable import EventExtraction

@Suite struct ReferringPlaceRuleTests {
  static func context(after sentences: [String]) -> PlaceContext {
    var context = PlaceContext()
    for s in sentences {
      context.note(
        PlaceRule(gazetteer: .builtIn).mentions(in: words(s)), in: .builtIn, source: "'\(s)'")
    }
    return context
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var before: [String]
    var sentence: String
    var raw: String?
    var name: String?
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      before: ["Aleppo has become the latest flashpoint in Syria."],
      sentence: "Nearly 250 civilians died in the contested city since April 22.",
      raw: "the contested city", name: "Aleppo"),
    Case(
      before: ["Syria Strikes Kill 400 So Far This Month in Aleppo"],
      sentence: "Barrel bombs killed about 400 people in the country's largest city.",
      raw: "the country's largest city", name: "Aleppo"),
    Case(
      before: ["Shelling hit Aleppo on Friday."],
      sentence: "859 civilians were killed throughout the country in April.",
      raw: "the country", name: "Syria"),
    Case(
      before: ["Shelling hit Aleppo on Friday."],
      sentence: "Fighters entered the city of Homs.", raw: nil, name: nil),
    Case(before: [], sentence: "Fighting resumed in the embattled city.", raw: nil, name: nil),
  ]

  @Test(arguments: cases) func resolvesToTheCityTheArticleIsAbout(_ c: Case) {
    let found = ReferringPlaceRule().mentions(
      in: words(c.sentence), context: Self.context(after: c.before))
    #expect(found.first?.raw == c.raw)
    #expect(found.first?.entry.name == c.name)
    if c.name != nil { #expect(found.first?.basis?.isEmpty == false) }
  }

  /// The context's last city and country, kept by reference, read back as the entries noted.
  @Test(arguments: [
    (["Shelling hit Aleppo on Friday."], "Aleppo", "Syria"),
    (["Shelling hit Aleppo on Friday.", "Talks opened in Iraq."], "Aleppo", "Iraq"),
    (["Talks opened in Iraq.", "Shelling hit Aleppo on Friday."], "Aleppo", "Syria"),
    (["Talks opened in Iraq."], nil, "Iraq"),
  ])
  func keepsTheLastCityAndCountry(before: [String], city: String?, country: String?) {
    var context = Self.context(after: before)
    #expect(context.lastCity?.entry.name == city)
    #expect(context.country?.name == country)
    #expect(context.countryName == country)
    context.country = Gazetteer.builtIn.lookup("Benin")
    #expect(context.countryName == "Benin")
    context.lastCity = nil
    #expect(context.referredCity() == nil)
  }

  /// A city noted from a sentence is sourced to the sentence's first 60 characters, quoted.
  @Test(arguments: [
    (
      "Shelling hit Aleppo on Friday, the monitor said, as talks stalled in Geneva again.",
      "'Shelling hit Aleppo on Friday, the monitor said, as talks st'"
    ),
    ("Shelling hit Aleppo.", "'Shelling hit Aleppo.'"),
  ])
  func quotesTheSentenceThatNamedTheLastCity(sentence: String, source: String) {
    var context = PlaceContext()
    let mentions = PlaceRule(gazetteer: .builtIn).mentions(in: words(sentence))
    context.note(mentions, in: .builtIn, sentence: sentence)
    #expect(context.lastCity?.source == source)
    #expect(context.referredCity()?.1 == "the most recent city named (\(source))")
  }
}
