import Testing

@testable import LineEditing

@Suite struct LineEditingSmokeTests {
  @Test func moduleLoads() {
    #expect(true)
  }
}
