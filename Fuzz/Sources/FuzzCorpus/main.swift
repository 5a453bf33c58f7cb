import EventExtraction
import Foundation
import FuzzDriver
import SitrepKit

/// libFuzzer entry point: reads arbitrary bytes as a JSON Lines corpus.
///
/// Every non-blank line must come back either as a record or as an error with its line number.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCorpus(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let text = ArticleText(bytes: bytes).text
  let (records, errors) = CorpusReader.records(in: text)
  for record in records { _ = record.input }
  // Every line break counts, "\r\n" included: it is one Character, so splitting on "\n"
  // alone undercounted and failed this check on a CRLF line (found by this target, kept as
  // Corpus/corpus/regression-crlf-line-count.jsonl).
  let lines = text.split(omittingEmptySubsequences: false) { $0.isNewline }.count
  for error in errors {
    precondition(error.line >= 1 && error.line <= lines, "line \(error.line) of \(lines)")
  }
  return 0
}

// SwiftPM gives the executable its own entry point, so libFuzzer runs from here.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv, fuzzCorpus))
