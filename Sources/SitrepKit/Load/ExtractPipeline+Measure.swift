import EventExtraction
import Foundation

extension ExtractPipeline {
  /// A part of the pipeline timed alone: bytes through it and the CPU seconds they took.
  public struct Measurement: Sendable, CustomStringConvertible {
    public var part: String
    public var bytes: Int
    public var cpuSeconds: Double

    public var description: String {
      let rate = cpuSeconds > 0 ? Double(bytes) / cpuSeconds / 1_000_000 : 0
      return "\(part): \(bytes) bytes in \(cpuSeconds) CPU-s = \(Int(rate.rounded())) MB per CPU-s"
    }
  }

  /// Times reading and parsing `files` into articles on this thread (no extraction).
  public static func measureReading(_ files: [String]) -> Measurement {
    var stream = CorpusStream(files: files)
    let started = cpuTime()
    var bytes = 0
    while let article = stream.nextArticle() { bytes += article.text.utf8.count }
    let seconds = cpuTime() - started
    let fileBytes = files.reduce(0) {
      $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
    }
    return Measurement(part: "read (\(bytes) bytes of text)", bytes: fileBytes, cpuSeconds: seconds)
  }

  /// Times writing the JSON Lines of the first `articles` articles' events `rounds` times over
  /// (extracted once beforehand, on this thread).
  public static func measureWriting(_ files: [String], articles: Int, rounds: Int) -> Measurement {
    var stream = CorpusStream(files: files)
    let extractor = warmedUp(Extractor())
    var extracted: [(ArticleInput, ArticleExtraction)] = []
    while extracted.count < articles, let article = stream.nextArticle() {
      extracted.append((article, extractor.extract(article)))
    }
    var out: [UInt8] = []
    var bytes = 0
    let started = cpuTime()
    for _ in 0..<rounds {
      for (article, extraction) in extracted {
        appendLines(of: article, extraction: extraction, to: &out)
      }
      bytes += out.count
      out.removeAll(keepingCapacity: true)
    }
    return Measurement(part: "write", bytes: bytes, cpuSeconds: cpuTime() - started)
  }

  #if canImport(Glibc)
    private static let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
  #else
    private static let RUSAGE_SELF_WHO = RUSAGE_SELF
  #endif

  /// CPU seconds this process has used (user and system).
  static func cpuTime() -> Double {
    var usage = rusage()
    _ = getrusage(RUSAGE_SELF_WHO, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }
}
