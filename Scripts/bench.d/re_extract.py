#!/usr/bin/env python3
"""The floor peer for Scripts/bench: a plain Python `re` extractor of casualty phrases.

Reads a JSON Lines corpus ({"id", "text", ...} a line) from a file or standard input and writes
one JSON line per casualty phrase: {"article", "killed" or "injured", "qualifier", "start", "end"}
(character offsets). It knows figures in digits and a few number words, qualifiers ("at least",
"about", "nearly", "more than"), and the verbs around them: "killed 40 people", "40 people were
killed", "killing at least five", "250 civilians have died", "12 wounded". No places, dates or
actors: it is the cheapest thing that still finds the numbers an analyst counts.

Usage: re_extract.py [CORPUS.jsonl] > phrases.jsonl
"""

import json
import re
import sys

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "dozens": 24,
         "scores": 40, "hundreds": 200}
NUMBER = r"(?P<n>\d[\d,]*|" + "|".join(WORDS) + r")"
QUALIFIER = r"(?P<q>at least|about|around|nearly|almost|more than|over|some|up to)?\s*"
VICTIMS = r"(?:\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:people|civilians|children|soldiers|fighters|" \
    r"militants|rebels|troops|persons|others|women|men|policemen|police officers))?"
HURT = r"(?P<v>killed|dead|died|wounded|injured|hurt)"
PATTERNS = [
    # "killing at least five people", "killed 40 civilians", "wounding 12"
    re.compile(r"\b(?P<v>kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+" + QUALIFIER + NUMBER
               + VICTIMS, re.IGNORECASE),
    # "at least 50 people were killed", "250 civilians have died", "12 wounded"
    re.compile(r"\b" + QUALIFIER + NUMBER + VICTIMS
               + r"\s+(?:(?:were|was|have been|had been|have|has|are|being)\s+)?" + HURT + r"\b",
               re.IGNORECASE),
    # "a death toll of 30", "death toll rose to 30"
    re.compile(r"\bdeath toll\s+(?:of|rose to|climbed to|reached|stood at)\s+" + QUALIFIER
               + NUMBER, re.IGNORECASE),
]


def figure(text):
    text = text.lower()
    if text in WORDS:
        return WORDS[text]
    return int(text.replace(",", ""))


def phrases(article, text):
    seen = set()
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if m.start() in seen:
                continue
            seen.add(m.start())
            verb = (m.groupdict().get("v") or "killed").lower()
            field = "injured" if verb.startswith(("wound", "injur", "hurt")) else "killed"
            yield {"article": article, field: figure(m.group("n")),
                   "qualifier": (m.group("q") or "exact").lower(),
                   "start": m.start(), "end": m.end()}


def main(argv):
    source = open(argv[0], encoding="utf-8") if argv else sys.stdin
    out = sys.stdout
    for line in source:
        if not line.strip():
            continue
        record = json.loads(line)
        for phrase in phrases(record["id"], record["text"]):
            out.write(json.dumps(phrase) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
