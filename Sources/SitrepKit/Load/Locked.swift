import Foundation

/// A value shared by threads behind a lock: the same `withLock` as the standard library's
/// `Mutex`, over `NSLock` (a pthread mutex).
///
/// Why not `Synchronization.Mutex`: on Linux it locks with futexes that ThreadSanitizer cannot
/// see, so every access made under it is reported as a race (a two-thread probe on Swift 6.3.1
/// gave warnings with `Mutex` and none with `NSLock`), and `Scripts/test --tsan` could not tell
/// a real race in the extraction pipeline from those.
public final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  public init(_ value: Value) {
    self.value = value
  }

  /// Runs `body` on the value with the lock held.
  public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
