import Testing

@testable import SitrepKit

@Suite struct CommandProgressTests {
  @Test func countedItemsShowBarCountRateAndTimeLeft() {
    let p = CommandProgress(label: "load", done: 512, total: 1024, started: 10)
    #expect(
      p.line(at: 12)
        == "load ███████████████░░░░░░░░░░░░░░░ 512/1024  256/s  2s left  (Ctrl-C cancels)")
  }

  @Test func bytesShowAsMegabytesWithADecimalUnderTen() {
    let p = CommandProgress(
      label: "open", done: 250_000_000, total: 1_240_000_000, unit: .bytes, started: 0)
    #expect(
      p.line(at: 2)
        == "open ██████░░░░░░░░░░░░░░░░░░░░░░░░ 250/1240 MB  125 MB/s  8s left  (Ctrl-C cancels)")
    let slow = CommandProgress(
      label: "extract", done: 1_500_000, total: 10_486_953, unit: .bytes, started: 0)
    #expect(
      slow.line(at: 3, cancellable: false)
        == "extract ████░░░░░░░░░░░░░░░░░░░░░░░░░░ 1.5/10 MB  0.5 MB/s  18s left")
  }

  @Test func withoutATotalOnlyCountAndRate() {
    let p = CommandProgress(label: "extract", done: 4_000_000, total: 0, unit: .bytes, started: 0)
    #expect(p.line(at: 2, cancellable: false) == "extract 4.0 MB  2.0 MB/s")
  }

  @Test func doneBeyondTotalKeepsTheBarFull() {
    let p = CommandProgress(label: "save", done: 12, total: 10, started: 0)
    #expect(p.line(at: 1).hasPrefix("save ██████████████████████████████ 12/10  12/s  0s left"))
  }
}
