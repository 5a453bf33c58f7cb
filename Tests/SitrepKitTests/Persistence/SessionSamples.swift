import EventExtraction
import Foundation

@testable import SitrepKit

/// A real session: the repository's sample articles loaded and extracted through the shell, then
/// corrected, tagged, noted, merged, undone and redone, rejected, named, re-set, and saved.
enum SessionSamples {
  static let commands = [
    "set e2 killed = 7", "tag e1 checked", "note e1 \"recounted from the hospital list\"",
    "merge e3 e4", "undo", "redo", "drop e5", "let big = events where killed > 5", "policy best",
    "output csv",
  ]

  /// What the commands report on standard error: `merge e3 e4` joins a ceasefire and an
  /// evacuation in Homs, and with `output csv` the last two say what they did there.
  static let notes =
    "note: the merged events differ in type (ceasefire / evacuation); 'undo' takes the merge back\n"
    + "output csv\nsaved 2 articles, 13 events to s.json\n"

  /// Builds the session in `directory` and saves it as `s.json`; returns the shell and anything
  /// it reported (which should be ``notes`` alone).
  static func savedShell(in directory: String) -> (shell: Shell, errors: String) {
    var shell = Fixtures.shell(directory: directory)
    var errors = ""
    let load = "load \"\(Fixtures.packageRoot)/Samples/articles\""
    for command in [load] + commands + ["save s.json"] {
      errors += Fixtures.run(&shell, command).1
    }
    return (shell, errors)
  }
}
