import EventExtraction
import Foundation
import FuzzDriver
import SitrepKit

/// libFuzzer entry point: reads arbitrary bytes as the two CSV importers do, as a CSV corpus of
/// articles (`load x.csv`) and as an ACLED event export (`import acled x.csv`).
///
/// Every error must name a real line of the text (1 for a header that does not work), and
/// every article read must have an id and a text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let text = ArticleText(bytes: bytes).text
  // Lines as CSVTable counts them: "\r\n" is one Character, so splitting on "\n" and "\r\n"
  // both count; a quoted field may hold line breaks, so errors sit on a record's first line.
  let lines = max(1, text.split(omittingEmptySubsequences: false) { $0.isNewline }.count)
  let (records, errors) = CSVCorpusReader.records(in: text)
  for record in records {
    precondition(!record.id.isEmpty && !record.text.isEmpty, "an article without id or text")
  }
  for error in errors {
    precondition(error.line >= 1 && error.line <= lines, "line \(error.line) of \(lines)")
  }
  let imported = ACLEDEventImporter.events(in: text)
  for error in imported.errors {
    precondition(error.line >= 1 && error.line <= lines, "line \(error.line) of \(lines)")
  }
  _ = imported.sessionEvents
  return 0
}

// SwiftPM gives the executable its own entry point, so libFuzzer runs from here.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv, fuzzCSV))
