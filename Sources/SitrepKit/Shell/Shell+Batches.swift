import EventExtraction
import QueryLanguage

extension Shell {
  /// Extracts the articles of `items` on every core, 256 at a time, handing each one's
  /// extraction to `take` in order; progress under `label`, and Ctrl-C checked between batches
  /// (`load` and `extract again`).
  ///
  /// - Throws: "`label` cancelled; `untouched`" when Ctrl-C stops it: the caller's transaction
  ///   is then dropped, so the session stays as it was.
  func extractInBatches<Item: Sendable>(
    _ items: [Item], label: String, untouched: String, extractor: Extractor,
    input: @Sendable (Item) -> ArticleInput, take: (Item, ArticleExtraction) -> Void
  ) throws(Diagnostic) {
    let started = context.clock()
    let batch = 256
    for from in stride(from: 0, to: items.count, by: batch) {
      if context.isCancelled() {
        context.progress(nil)
        throw .error("\(label) cancelled; \(untouched)", at: nil)
      }
      let slice = Array(items[from..<min(items.count, from + batch)])
      let extractions = ParallelMap.map(slice, workers: context.workers) { extractor.extract(input($0)) }
      for (item, extraction) in zip(slice, extractions) { take(item, extraction) }
      context.progress(
        CommandProgress(label: label, done: min(items.count, from + batch), total: items.count, started: started))
    }
    context.progress(nil)
  }
}
