import Foundation
import FuzzDriver
import SitrepKit

/// libFuzzer entry point: reads arbitrary bytes as a saved session.
///
/// A session that opens must save again, and the saved form must open to the same bytes when
/// saved once more (save → open → save is stable).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  guard let session = try? SessionStore.decode(bytes) else { return 0 }
  guard let saved = try? SessionStore.encode(session) else {
    preconditionFailure("a session that opened could not be saved again")
  }
  guard let reopened = try? SessionStore.decode(saved) else {
    preconditionFailure("a saved session could not be opened")
  }
  precondition(
    (try? SessionStore.encode(reopened)) == saved, "save → open → save changed the file")
  return 0
}

// SwiftPM gives the executable its own entry point, so libFuzzer runs from here.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv, fuzzSession))
