import Dispatch
import Foundation

/// Maps a stream on N worker threads and writes the results in input order, as soon as each is
/// ready, with bounded memory: the engine of `sitrep extract`.
///
/// Whichever worker needs work takes the next item from the source (under a lock, so reading
/// and parsing the input is shared by all workers instead of done by one thread while the others
/// wait); whichever finishes the item that is next in order appends it, and every finished item
/// queued behind it, to the output buffer, and writes that buffer with one call once it holds
/// `flushBytes` (and what is left at the end). At most `window` items are taken and not yet
/// appended, so a slow item holds back at most `window - 1` finished ones.
///
/// The output bytes do not depend on the number of workers.
public enum OrderedPipeline {
  /// How a run ended.
  public enum Outcome: Sendable, Equatable {
    /// Every item was read, mapped and written.
    case finished
    /// `write` returned false (the reader went away); the rest was not read.
    case stopped
  }

  /// Runs the pipeline until the source ends or a write fails.
  ///
  /// Everything the workers share must be built before the call: `transform` runs on several
  /// threads at once from the start.
  /// - Parameters:
  ///   - source: the input, moved into the pipeline.
  ///   - workers: threads mapping items (1 runs everything on the calling thread).
  ///   - window: items taken and not yet written, at most (at least 1).
  ///   - flushBytes: output gathered before one call to `write`.
  ///   - next: takes the next item from the source; nil at its end. Called under a lock, one
  ///     call at a time, in input order (so it may also report the source's errors).
  ///   - transform: appends an item's output to the buffer it is given.
  ///   - write: writes bytes; false to stop. Called one call at a time, in input order.
  /// - Returns: whether every item was written, and the source as the run left it.
  public static func run<Source: Sendable, Item: Sendable>(
    source: sending Source, workers: Int, window: Int = 256, flushBytes: Int = 1 << 16,
    next: @escaping @Sendable (inout Source) -> Item?,
    transform: @escaping @Sendable (Item, inout [UInt8]) -> Void,
    write: @escaping @Sendable ([UInt8]) -> Bool
  ) -> (outcome: Outcome, source: Source) {
    let run = Run(
      source: source, window: max(1, window), flushBytes: max(1, flushBytes), next: next,
      transform: transform, write: write)
    let workers = max(1, workers)
    if workers == 1 {
      run.work()
    } else {
      let done = DispatchGroup()
      for _ in 0..<workers {
        done.enter()
        let thread = Thread {
          run.work()
          done.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
      }
      done.wait()
    }
    return (run.finish(), run.source.withLock { $0.source })
  }
}

/// One run's shared state: the source behind one lock, the reordering behind another.
private final class Run<Source: Sendable, Item: Sendable>: Sendable {
  struct Order {
    /// The sequence number of the next item to append to `output`.
    var nextToAppend = 0
    /// Finished items waiting for an earlier one.
    var finished: [Int: [UInt8]] = [:]
    /// Appended and not yet written.
    var output: [UInt8] = []
    /// A worker is writing `output` (taken out of this state), so no other may.
    var writing = false
    var stopped = false
  }

  let source: Locked<(source: Source, taken: Int)>
  let order = Locked(Order())
  /// One permit per item that may be in flight.
  let permits: DispatchSemaphore
  let flushBytes: Int
  let next: @Sendable (inout Source) -> Item?
  let transform: @Sendable (Item, inout [UInt8]) -> Void
  let write: @Sendable ([UInt8]) -> Bool

  init(
    source: sending Source, window: Int, flushBytes: Int,
    next: @escaping @Sendable (inout Source) -> Item?,
    transform: @escaping @Sendable (Item, inout [UInt8]) -> Void,
    write: @escaping @Sendable ([UInt8]) -> Bool
  ) {
    self.source = Locked((source, 0))
    permits = DispatchSemaphore(value: window)
    self.flushBytes = flushBytes
    self.next = next
    self.transform = transform
    self.write = write
  }

  /// One worker: take, map, hand in, until the source ends or the run stops.
  func work() {
    while true {
      permits.wait()
      guard let (number, item) = take() else {
        permits.signal()
        return
      }
      var bytes: [UInt8] = []
      transform(item, &bytes)
      handIn(number, bytes)
    }
  }

  private func take() -> (Int, Item)? {
    if order.withLock({ $0.stopped }) { return nil }
    return source.withLock { state -> (Int, Item)? in
      guard let item = next(&state.source) else { return nil }
      state.taken += 1
      return (state.taken - 1, item)
    }
  }

  /// Files a finished item; the worker that completes a run of items in order appends them and,
  /// when enough is gathered, writes (the others go back to work meanwhile).
  private func handIn(_ number: Int, _ bytes: [UInt8]) {
    var released = 0
    var pending: [UInt8]? = order.withLock { s in
      if s.stopped {
        released = 1
        return nil
      }
      s.finished[number] = bytes
      return s.writing ? nil : appendReady(&s, released: &released)
    }
    if released > 0 { permits.signal(count: released) }
    while let chunk = pending {
      let written = write(chunk)
      released = 0
      pending = order.withLock { s in
        s.writing = false
        if !written {
          s.stopped = true
          released = s.finished.count
          s.finished = [:]
          return nil
        }
        return appendReady(&s, released: &released)
      }
      if released > 0 { permits.signal(count: released) }
    }
  }

  /// Moves the finished items that are next in order to the output; returns the output to write
  /// (marking it taken) when it holds `flushBytes`.
  private func appendReady(_ s: inout Order, released: inout Int) -> [UInt8]? {
    moveReady(&s, released: &released)
    guard s.output.count >= flushBytes else { return nil }
    s.writing = true
    defer { s.output = [] }
    return s.output
  }

  private func moveReady(_ s: inout Order, released: inout Int) {
    while let bytes = s.finished.removeValue(forKey: s.nextToAppend) {
      if s.output.isEmpty { s.output.reserveCapacity(flushBytes + bytes.count) }
      s.output += bytes
      s.nextToAppend += 1
      released += 1
    }
  }

  /// Writes what is left once every worker has returned.
  func finish() -> OrderedPipeline.Outcome {
    let (rest, stopped) = order.withLock { s in
      var released = 0
      moveReady(&s, released: &released)
      defer { s.output = [] }
      return (s.output, s.stopped)
    }
    if stopped { return .stopped }
    if !rest.isEmpty, !write(rest) { return .stopped }
    return .finished
  }
}

extension DispatchSemaphore {
  fileprivate func signal(count: Int) {
    for _ in 0..<count { signal() }
  }
}
