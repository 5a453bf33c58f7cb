import EventExtraction
import Foundation

@testable import SitrepKit

/// A real session: the repository's sample articles loaded through the shell, events added,
/// corrected, tagged and noted, settings and named sets changed, saved to a file.
enum SessionSamples {
  /// Builds the session in `directory` and saves it as `s.json`; returns the shell.
  static func savedShell(in directory: String) -> Shell {
    var shell = Fixtures.shell(directory: directory)
    _ = Fixtures.run(&shell, "load \"\(Fixtures.packageRoot)/Samples/articles\"")
    // The extractor may find nothing on this branch; add events the way a command would.
    var transaction = Transaction(session: shell.session)
    let ids = transaction.nextIDs(articles: 0, events: 2)
    var base = ExportFixtures.session.events
    for i in base.indices {
      let id = "e\(ids.event + i)"
      base[i].current.id = id
      base[i].extracted?.id = id
      base[i].current.article = "a1"
      base[i].extracted?.article = "a1"
      base[i].current.fieldEvidence = ["killed": Evidence(span: TextSpan(start: 3, end: 9), rule: "test.count")]
      base[i].current.mentions = [TextSpan(start: 0, end: 4)]
      base[i].current.killed?.parts = [CasualtyPart(group: "children", count: 2)]
      transaction.addEvent(base[i])
    }
    base[1].current.partOf = base[0].id
    shell.commit(transaction, command: "add events")
    var correct = Transaction(session: shell.session)
    if let index = shell.session.eventIndex(base[1].id) {
      correct.updateEvent(at: index) {
        $0.current.killed = .exactly(7)
        $0.status = .corrected
        $0.tags = ["checked"]
        $0.notes = ["recounted from the hospital list"]
      }
    }
    shell.commit(correct, command: "set \(base[1].id) killed = 7")
    _ = Fixtures.run(&shell, "let big = events where killed > 5; policy best; output csv; save s.json")
    return shell
  }
}
