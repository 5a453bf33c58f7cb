import Testing

@testable import QueryLanguage

@Suite struct QueryLanguageSmokeTests {
  @Test func moduleLoads() {
    #expect(true)
  }
}
