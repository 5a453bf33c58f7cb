#!/usr/bin/env python3
"""Peer for session open/save in Scripts/bench: Python's json module and typed objects.

Usage: json_session.py SESSION.json OUT.json
Reads SESSION.json with json.load into dataclasses (articles, events with their casualties,
places, dates and evidence), then writes them back with json.dump (the C encoder, compact).
Prints one JSON object: {"open_ms", "save_ms", "articles", "events"}.
"""

import json
import sys
import time
from dataclasses import dataclass
from typing import Optional


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Evidence:
    span: Span
    rule: str


@dataclass(slots=True)
class Casualties:
    qualifier: str
    parts: list
    low: Optional[int] = None
    best: Optional[int] = None
    high: Optional[int] = None
    victims: Optional[str] = None


@dataclass(slots=True)
class Place:
    raw: str
    name: str
    precision: str
    within: Optional[str] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    basis: Optional[str] = None


@dataclass(slots=True)
class EventDate:
    start: str
    end: str
    precision: str


@dataclass(slots=True)
class Event:
    id: str
    article: str
    type: str
    actors: list
    scope: str
    evidence: Evidence
    mentions: list
    fieldEvidence: dict
    killed: Optional[Casualties] = None
    injured: Optional[Casualties] = None
    place: Optional[Place] = None
    date: Optional[EventDate] = None
    target: Optional[str] = None
    source: Optional[str] = None
    partOf: Optional[str] = None
    dateExpression: Optional[dict] = None


@dataclass(slots=True)
class SessionEvent:
    current: Event
    status: str
    tags: list
    notes: list
    extracted: Optional[Event] = None
    merge: Optional[str] = None


@dataclass(slots=True)
class Article:
    id: str
    title: str
    path: str
    sha256: str
    text: str
    date: dict
    loadNotes: list
    outlet: Optional[str] = None
    dateline: Optional[str] = None


def evidence(d):
    return Evidence(Span(**d["span"]), d["rule"])


def event(d):
    d = dict(d)
    d["evidence"] = evidence(d["evidence"])
    d["mentions"] = [Span(**m) for m in d["mentions"]]
    d["fieldEvidence"] = {k: evidence(v) for k, v in d["fieldEvidence"].items()}
    for key in ("killed", "injured"):
        if key in d:
            d[key] = Casualties(**d[key])
    if "place" in d:
        d["place"] = Place(**d["place"])
    if "date" in d:
        d["date"] = EventDate(**d["date"])
    return Event(**d)


def session_event(d):
    d = dict(d)
    d["current"] = event(d["current"])
    # Version 2 leaves `extracted` out when it equals `current` and writes null for an event
    # added by hand.
    if d.get("extracted") is not None:
        d["extracted"] = event(d["extracted"])
    return SessionEvent(**d)


def plain(value):
    """A dataclass tree back to dicts and lists, leaving out None like Swift's encoder."""
    if hasattr(value, "__slots__"):
        return {k: plain(getattr(value, k)) for k in value.__slots__
                if getattr(value, k) is not None}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def main(argv):
    start = time.perf_counter()
    with open(argv[0], encoding="utf-8") as f:
        raw = json.load(f)
    articles = [Article(**a) for a in raw["articles"]]
    events = [session_event(e) for e in raw["events"]]
    rest = {k: v for k, v in raw.items() if k not in ("articles", "events")}
    del raw
    opened = time.perf_counter()
    tree = dict(rest, articles=[plain(a) for a in articles], events=[plain(e) for e in events])
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(tree, f, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    saved = time.perf_counter()
    print(json.dumps({"open_ms": (opened - start) * 1000, "save_ms": (saved - opened) * 1000,
                      "articles": len(articles), "events": len(events)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
