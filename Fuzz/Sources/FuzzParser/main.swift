import Foundation
import FuzzDriver
import QueryLanguage

/// libFuzzer entry point: lexes, splits, parses and renders the diagnostics of arbitrary bytes.
///
/// Any crash, hang or sanitizer report is a bug: every input must come back as statements or
/// diagnostics. Invalid UTF-8 is decoded with replacement characters, as the shell does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let renderer = DiagnosticRenderer()
  let (statements, diagnostics) = Parser.statements(in: source)
  for diagnostic in diagnostics {
    _ = renderer.render(diagnostic, in: source, origin: "<fuzz>")
  }
  for tokens in statements {
    var parser = Parser(tokens: tokens)
    if case .failure(let diagnostic) = parser.parseStatement() {
      _ = renderer.render(diagnostic, in: source, origin: "<fuzz>")
    }
  }
  return 0
}

// SwiftPM gives the executable its own entry point, so libFuzzer runs from here.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv, fuzzParser))
