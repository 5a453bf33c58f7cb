import Foundation
import Testing

@testable import SitrepKit

/// `load` extracts on several threads (`ShellContext.workers`). Whatever the number of threads,
/// the session must come out the same, in the same order. `Scripts/test --tsan` runs this suite
/// under ThreadSanitizer, where a data race in the parallel extraction is reported.
@Suite struct ParallelLoadTests {
  /// 24 articles: the two sample articles, each under 12 different first lines (so no two
  /// have the same text and all are loaded).
  private func writeArticles(in directory: String) throws -> Int {
    let samples = Fixtures.packageRoot + "/Samples/articles"
    let names = try FileManager.default.contentsOfDirectory(atPath: samples).sorted()
    var count = 0
    for name in names where name.hasSuffix(".txt") {
      let text = try String(contentsOfFile: samples + "/" + name, encoding: .utf8)
      for copy in 0..<12 {
        let path = directory + "/\(copy)-\(name)"
        try Data("Copy \(copy)\n\(text)".utf8).write(to: URL(fileURLWithPath: path))
        count += 1
      }
    }
    return count
  }

  private func loaded(workers: Int, from directory: String) -> (Shell, String, String) {
    var shell = Fixtures.shell(directory: directory)
    shell.context.workers = workers
    let (out, err, _) = Fixtures.run(&shell, "load .")
    return (shell, out, err)
  }

  @Test(arguments: [2, 4, 8])
  func anyNumberOfWorkersGivesTheSameSession(workers: Int) throws {
    let directory = Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let count = try writeArticles(in: directory)
    #expect(count == 24)
    let (serial, serialOut, serialErr) = loaded(workers: 1, from: directory)
    let (parallel, parallelOut, parallelErr) = loaded(workers: workers, from: directory)
    #expect(serialOut.hasPrefix("loaded 24 articles, "))
    #expect(serial.session.events.count > 24, "the samples hold several events each")
    #expect(parallelOut == serialOut)
    #expect(parallelErr == serialErr)
    #expect(parallel.session.articles == serial.session.articles)
    #expect(parallel.session.events == serial.session.events)
  }
}
