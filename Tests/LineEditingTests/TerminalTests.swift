import Foundation
import Testing

@testable import LineEditing

@Suite struct TerminalTests {
  @Test func aPipeIsNotInteractiveAndHasNoWidth() throws {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    defer {
      close(ends[0])
      close(ends[1])
    }
    #expect(Terminal.isInteractive(fd: ends[0]) == false)
    #expect(Terminal.width(fd: ends[1]) == nil)
  }

  @Test func aClosedDescriptorIsNotInteractive() {
    #expect(Terminal.isInteractive(fd: 987) == false)
    #expect(Terminal.width(fd: 987) == nil)
  }

  @Test(
    "EditLineReader refuses a standard input that is not a terminal",
    .enabled(if: !Terminal.isInteractive(fd: 0), "standard input is a terminal"))
  func editLineReaderRefusesANonTerminalStandardInput() {
    #expect(EditLineReader(programName: "sitrep", historyPath: nil, completer: { _ in [] }) == nil)
  }
}
