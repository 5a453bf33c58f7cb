import Testing

@testable import SitrepKit

@Suite struct SitrepKitSmokeTests {
  @Test func moduleLoads() {
    #expect(true)
  }
}
