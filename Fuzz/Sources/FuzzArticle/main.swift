import EventExtraction
import Foundation
import FuzzDriver
import SitrepKit

/// libFuzzer entry point: decodes arbitrary bytes as an article and extracts its events.
///
/// Checks that every evidence span the extractor returns (the event's and each field's) lies
/// inside the text it was given.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let decoded = ArticleText(bytes: bytes)
  let input = ArticleInput(id: "fuzz.txt", text: decoded.text, title: decoded.title)
  let extraction = Extractor().extract(input)
  let length = decoded.text.utf8.count
  for event in extraction.events {
    for (field, evidence) in [("event", event.evidence)] + event.fieldEvidence.map({ ($0, $1) }) {
      let span = evidence.span
      precondition(
        span.start >= 0 && span.start <= span.end && span.end <= length,
        "\(field) evidence \(span.start)..<\(span.end) outside a text of \(length) bytes")
    }
  }
  return 0
}

// SwiftPM gives the executable its own entry point, so libFuzzer runs from here.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv, fuzzArticle))
