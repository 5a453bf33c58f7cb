import Foundation
import Synchronization
import Testing

@testable import SitrepKit

/// Collects what a pipeline writes, from whichever thread writes it.
final class WrittenBytes: Sendable {
  private let state = Mutex<(bytes: [UInt8], calls: Int)>(([], 0))
  var bytes: [UInt8] { state.withLock { $0.bytes } }
  var calls: Int { state.withLock { $0.calls } }

  func append(_ chunk: [UInt8]) {
    state.withLock {
      $0.bytes += chunk
      $0.calls += 1
    }
  }
}

@Suite struct OrderedPipelineTests {
  /// Item `n`'s output: `n` as text, repeated `n % 7 + 1` times, then a line break; items whose
  /// number ends in 3 take longer, so later ones finish first.
  @Sendable static func render(_ n: Int, _ out: inout [UInt8]) {
    if n % 10 == 3 { usleep(2000) }
    for _ in 0...(n % 7) { out += Array("\(n) ".utf8) }
    out.append(0x0A)
  }

  static func run(
    items: Int, workers: Int, window: Int = 8, flushBytes: Int = 64
  ) -> (OrderedPipeline.Outcome, Int, WrittenBytes) {
    let written = WrittenBytes()
    let (outcome, left) = OrderedPipeline.run(
      source: 0, workers: workers, window: window, flushBytes: flushBytes,
      next: { n -> Int? in
        guard n < items else { return nil }
        defer { n += 1 }
        return n
      },
      transform: render,
      write: {
        written.append($0)
        return true
      })
    return (outcome, left, written)
  }

  static func expected(items: Int) -> [UInt8] {
    var out: [UInt8] = []
    for n in 0..<items { render(n, &out) }
    return out
  }

  @Test(arguments: [(1, 1), (2, 8), (3, 1), (8, 4), (16, 64)])
  func writesInInputOrderWithAnyNumberOfWorkers(_ workers: Int, _ window: Int) {
    let (outcome, left, written) = Self.run(items: 300, workers: workers, window: window)
    #expect(outcome == .finished)
    #expect(left == 300)
    #expect(written.bytes == Self.expected(items: 300))
  }

  @Test func gathersOutputIntoWritesOfAtLeastFlushBytes() {
    let (_, _, written) = Self.run(items: 300, workers: 4, flushBytes: 4096)
    let total = Self.expected(items: 300).count
    #expect(written.bytes.count == total)
    #expect(written.calls <= total / 4096 + 1)
    #expect(written.calls >= 2)
  }

  @Test func writesNothingForAnEmptySource() {
    let (outcome, left, written) = Self.run(items: 0, workers: 3)
    #expect(outcome == .finished)
    #expect(left == 0)
    #expect(written.calls == 0)
  }

  /// A failed write stops the run: no more items are read, and nothing more is written.
  @Test(arguments: [1, 4])
  func stopsWhenAWriteFails(_ workers: Int) {
    let written = WrittenBytes()
    let (outcome, read) = OrderedPipeline.run(
      source: 0, workers: workers, window: 4, flushBytes: 16,
      next: { n -> Int? in
        guard n < 100_000 else { return nil }
        defer { n += 1 }
        return n
      },
      transform: Self.render,
      write: { chunk in
        written.append(chunk)
        return written.calls < 3
      })
    #expect(outcome == .stopped)
    #expect(written.calls == 3)
    #expect(read < 100)
  }

  @Test func parallelMapKeepsTheOrderWithUnevenWork() {
    let items = Array(0..<500)
    let mapped = ParallelMap.map(items, workers: 4) { n -> Int in
      if n % 50 == 0 { usleep(1000) }
      return n * n
    }
    #expect(mapped == items.map { $0 * $0 })
  }
}
