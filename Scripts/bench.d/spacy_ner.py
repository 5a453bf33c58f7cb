#!/usr/bin/env python3
"""Peer for extraction in Scripts/bench: spaCy over the same articles.

Usage: spacy_ner.py CORPUS.jsonl MAX_BYTES
Runs en_core_web_sm's named-entity pass (nlp.pipe, other components disabled) over the corpus's
articles until MAX_BYTES of text are done. Without the model (it is not on PyPI under its own
name) it runs spaCy's English tokenizer alone (spacy.blank("en")), a lower bound on any spaCy
pipeline, and says so. Prints one JSON object: {"mode", "articles", "bytes", "seconds",
"entities", "tokens"}.
"""

import json
import sys
import time

import spacy


def main(argv):
    limit = int(argv[1])
    texts, size = [], 0
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= limit:
                break
    try:
        nlp = spacy.load("en_core_web_sm", disable=["parser", "lemmatizer", "tagger"])
        mode = "en_core_web_sm NER"
    except OSError:
        nlp = spacy.blank("en")
        mode = "tokenizer only (no en_core_web_sm)"
    start = time.perf_counter()
    entities = tokens = 0
    for doc in nlp.pipe(texts, batch_size=64):
        entities += len(doc.ents)
        tokens += len(doc)
    seconds = time.perf_counter() - start
    print(json.dumps({"mode": mode, "articles": len(texts), "bytes": size, "seconds": seconds,
                      "entities": entities, "tokens": tokens}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
