@testable import EventExtraction

// How tests get words. Tests of the scanner itself (`WordScanner`, `Word`'s flags, the
// tokenizer's reading of scanner words) call `WordScanner.words` on exact bytes; every other
// test gets its words from these helpers, as the extractor does (normalised text, then the
// scanner), and states what it expects of a word by its text or lower case, never by its key.

/// The words of a normalised sentence.
func words(_ sentence: String) -> [Word] {
  WordScanner.words(TextNormalizer.normalize(sentence).text)
}

/// The first word of a normalised text: the word a one-word text such as "Killed" is.
func word(_ text: String) -> Word {
  words(text)[0]
}

/// The words of a sentence the splitter made (its text is already normalised).
func words(of sentence: Sentence) -> [Word] {
  WordScanner.words(sentence.text)
}
