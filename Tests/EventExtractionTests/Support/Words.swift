@testable import EventExtraction

/// The words of a normalised sentence.
func words(_ sentence: String) -> [Word] {
  WordScanner.words(TextNormalizer.normalize(sentence).text)
}
