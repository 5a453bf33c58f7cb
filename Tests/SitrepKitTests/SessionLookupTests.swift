import EventExtraction
import Testing

@testable import SitrepKit

/// Events and articles are found by their ids' numbers (binary search over id order); the
/// number is read from the id's bytes as the standard library would read it.
@Suite struct SessionLookupTests {
  @Test(arguments: [
    ("e12", 12), ("e0", 0), ("e007", 7), ("e", nil), ("a3", nil), ("e-5", -5), ("e+5", 5),
    ("e12x", nil), ("e99999999999999999999", nil), ("é1", nil), ("e٣", nil), ("", nil),
    ("e9223372036854775807", Int.max), ("e\u{301}1", nil), ("é", nil),
  ] as [(String, Int?)])
  func readsAnIdsNumber(_ id: String, _ expected: Int?) {
    #expect(Session.number(of: id, prefix: UInt8(ascii: "e")) == expected)
    #expect(Session.number(of: id, prefix: UInt8(ascii: "e")) == (id.first == "e" ? Int(id.dropFirst()) : nil))
  }

  @Test func findsEveryEventAndNoOther() {
    let session = Fixtures.session((1...200).filter { $0 % 3 != 0 }.map { Fixtures.event("e\($0)") })
    for n in 1...200 {
      let found = session.eventIndex("e\(n)")
      #expect(found.map { session.events[$0].id } == (n % 3 == 0 ? nil : "e\(n)"))
    }
    #expect(session.eventIndex("a1") == nil && session.eventIndex("e201") == nil)
  }
}
