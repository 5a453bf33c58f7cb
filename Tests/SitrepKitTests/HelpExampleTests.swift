import Foundation
import QueryLanguage
import Testing

@testable import SitrepKit

/// Every example `help` gives runs as shown, in `help`'s order, on the bundled samples: an
/// analyst who copies one gets a result, not an error.
@Suite struct HelpExampleTests {
  /// Examples that need what the samples do not have: an interactive reviewer, a file of coded
  /// events, or that end the run.
  static let needMore: Set<String> = ["review", "import", "quit"]

  @Test func everyExampleRunsOnTheSamples() throws {
    let dir = Fixtures.temporaryDirectory()
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/Samples", withDestinationPath: Fixtures.packageRoot + "/Samples")
    var shell = Fixtures.shell(directory: dir)
    var failures: [String] = []
    for info in CommandCatalog.all where !Self.needMore.contains(info.name) {
      let (_, err, outcome) = Fixtures.run(&shell, info.example)
      if outcome == .failure { failures.append("\(info.example): \(err)") }
    }
    #expect(failures == [])
    #expect(shell.session.articles.count == 2)
  }

  /// Help wraps at words to the screen, so the terminal never breaks a word at its edge.
  @Test func helpFitsAnEightyColumnScreen() {
    var shell = Fixtures.shell()
    shell.context.width = 80
    var long: [String] = []
    for topic in [""] + CommandCatalog.names + ["fields"] {
      let (out, _, _) = Fixtures.run(&shell, "help \(topic)")
      long += out.split(separator: "\n").filter { $0.count > 80 }.map(String.init)
    }
    #expect(long == [])
  }
}
