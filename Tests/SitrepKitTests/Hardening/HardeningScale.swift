import Foundation

/// How big the heaviest hostile inputs are in this run.
///
/// Under a sanitizer (`Scripts/test --asan` or `--tsan` set `SITREP_SANITIZER`) every byte costs
/// several times more, so the 200 MB file and the 10,000-file directory shrink tenfold there:
/// the same code paths still run under the sanitizer, and the normal run keeps the full sizes.
enum HardeningScale {
  static let sanitizer: String? = ProcessInfo.processInfo.environment["SITREP_SANITIZER"]

  /// 1 normally, 10 under a sanitizer.
  static let divisor = sanitizer == nil ? 1 : 10

  /// The "200 MB with no newline" file's size in bytes.
  static let hugeFileBytes = (200 << 20) / divisor

  /// The "directory of 10,000 small files" count.
  static let manyFiles = 10_000 / divisor
}
