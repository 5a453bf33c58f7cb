import EventExtraction

/// `sitrep extract` as a library call: articles from files through the extractor on N workers
/// into JSON Lines, in corpus order, whatever the number of workers.
public enum ExtractPipeline {
  /// How a run ended, and how many lines or files could not be read.
  public struct Summary: Sendable, Equatable {
    public var outcome: OrderedPipeline.Outcome
    public var errors: Int
  }

  /// Extracts every article of `files` and writes its events as JSON Lines.
  /// - Parameters:
  ///   - files: paths as ``CorpusStream`` takes them (`-` is standard input).
  ///   - workers: extraction threads.
  ///   - window: articles read ahead of the output at most.
  ///   - extractor: shared by the workers; ``warmedUp(_:)`` it first.
  ///   - report: a line or file that could not be read (a message without line break), in order.
  ///   - write: output bytes, in order; false stops the run.
  ///   - progress: told the input bytes read so far after each article is read.
  public static func run(
    files: [String], workers: Int, window: Int, extractor: Extractor,
    report: @escaping @Sendable (String) -> Void, write: @escaping @Sendable ([UInt8]) -> Bool,
    progress: @escaping @Sendable (Int) -> Void = { _ in }
  ) -> Summary {
    let (outcome, stream) = OrderedPipeline.run(
      source: CorpusStream(files: files), workers: workers, window: window,
      next: { stream in
        let article = stream.nextArticle()
        for error in stream.takeErrors() { report(error) }
        progress(stream.bytesRead)
        return article
      },
      transform: { article, out in appendLines(of: article, extractor: extractor, to: &out) },
      write: write)
    return Summary(outcome: outcome, errors: stream.errorCount)
  }

  /// Appends the JSON Lines of `article`'s events to `out`, ids prefixed with the article's.
  public static func appendLines(
    of article: ArticleInput, extractor: Extractor, to out: inout [UInt8]
  ) {
    appendLines(of: article, extraction: extractor.extract(article), to: &out)
  }

  /// Appends the JSON Lines of `extraction`'s events to `out`, ids prefixed with the article's.
  public static func appendLines(
    of article: ArticleInput, extraction: ArticleExtraction, to out: inout [UInt8]
  ) {
    // Written straight from each event: no copy into an `EventRecord`, no prefixed id strings.
    for event in extraction.events {
      EventRecord.appendJSONLine(of: event, text: article.text, articleID: article.id, to: &out)
      out.append(0x0A)
    }
  }

  /// `extractor` after one extraction on the calling thread, which builds the tables every
  /// rule builds on first use (and the gazetteer), so that workers do not wait for one another.
  public static func warmedUp(_ extractor: Extractor) -> Extractor {
    _ = extractor.extract(ArticleInput(id: "warm-up", text: warmUpText))
    return extractor
  }

  /// An article that runs most rules once (dateline, casualties, places, dates, sources).
  static let warmUpText = """
    Shelling kills 12 in Aleppo

    ALEPPO, Syria (AP) — At least 12 civilians, including three children, were killed and 30
    wounded on Monday, March 3, 2024, when government forces shelled a market in Aleppo,
    officials said. Rebels attacked an army checkpoint near Idlib, and police arrested 40
    protesters in Damascus after a suicide bomber blew himself up, the Syrian Observatory said.
    """
}
