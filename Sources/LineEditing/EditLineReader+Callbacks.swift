internal import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Set by the SIGINT handler, cleared by `readLine`. A plain global because a signal handler
/// can capture nothing; only an `Int32` store happens in the handler.
nonisolated(unsafe) var interruptReceived: Int32 = 0

/// The SIGINT handler: only records the signal; `el_gets` then fails with EINTR.
let interruptHandler: @convention(c) (Int32) -> Void = { _ in
  interruptReceived = 1
}

/// The reader that owns `editLine`, found through `EL_CLIENTDATA`.
private func reader(of editLine: OpaquePointer?) -> EditLineReader? {
  guard let editLine, let data = clibedit_get_clientdata(editLine) else { return nil }
  return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

/// libedit's `EL_PROMPT` function: the prompt string of the current `readLine`.
let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = {
  reader(of: $0)?.promptPointer
}

/// libedit's Tab function (`sitrep-complete`).
let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
  guard let reader = reader(of: editLine) else { return UInt8(CC_ERROR) }
  return reader.complete()
}

extension EditLineReader {
  /// Completes the word before the cursor and tells libedit how to redraw.
  func complete() -> UInt8 {
    guard let info = el_line(handle), let start = info.pointee.buffer,
      let cursor = info.pointee.cursor
    else { return UInt8(CC_ERROR) }
    let bytes = UnsafeRawBufferPointer(start: start, count: cursor - start)
    let lineBeforeCursor = String(decoding: bytes, as: UTF8.self)
    let word = Completion.currentWord(in: lineBeforeCursor)
    switch Completion.action(word: word, candidates: completer(lineBeforeCursor)) {
    case .none:
      return UInt8(CC_ERROR)
    case .replace(let deleting, let text):
      if deleting > 0 { el_deletestr(handle, Int32(deleting)) }
      return el_insertstr(handle, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    case .list(let candidates):
      writeOutput("\n" + CompletionListing.render(candidates, width: terminalWidth))
      return UInt8(CC_REDISPLAY)
    }
  }
}
