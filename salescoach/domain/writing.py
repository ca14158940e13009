"""The writing coach's checks: what makes a sales email short and precise, each with the
rule it comes from.

The transcript (../shared/seeds) asks for « des emails pas trop longs », written « précisément
de façon concise »; the article asks for one clear ask (« faites la demande »). The checks
here measure that, as the rep types: every call is one pass over the draft (about 3 ms for
1,000 words once its words have been seen; syllables are cached per word).

Readability uses the syllables of pyphen's hyphenation dictionaries (the library textstat
itself uses outside English) in the published formulas: Flesch's Reading Ease for English,
Kandel and Moles' adaptation of it for French. textstat is not used: for English it fetches
NLTK's pronunciation dictionary from the network on first use, and salescoach never opens a
connection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from salescoach.domain.messages import QT_TRANSLATE_NOOP

CTX = "Writing"

LANGUAGES = ("fr", "en")

# Words: letters and digits, joined by an apostrophe or a hyphen (« aujourd'hui »,
# « l’équipe », "follow-up" are one word each, as a reader sees them).
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# A sentence ends at . ! ? … (or several), or at a blank line; a line break alone does not
# end one (a greeting line does, being followed by a blank line).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”)\]]*\s+|\n\s*\n")

# Words per minute, reading silently: English non-fiction 238 (Brysbaert, 2019, a
# meta-analysis of 190 studies); French 195 (IReST, Trauzettel-Klosinski et al., 2012).
READING_SPEED = {"en": 238, "fr": 195}

MAX_WORDS = 125  # a short email: read in well under a minute
MAX_SENTENCE_WORDS = 25  # past 25 words a sentence is read twice
BEST_ASKS = 1
MAX_SUBJECT_CHARS = 50  # what a phone's inbox shows of a subject
MAX_READING_SECONDS = 40
MIN_READABILITY = 60  # "plain" on Flesch's scale, for both formulas

# Calls to action (lower case): a sentence holding one asks the reader to do something,
# even without a question mark.
ASK_PHRASES = {
    "en": (
        "let me know", "could you", "would you", "can you", "can we", "please",
        "are you free", "are you available", "do you have", "shall we", "feel free to",
        "reply", "book a", "introduce me",
    ),
    "fr": (
        "pourriez-vous", "pourrais-tu", "seriez-vous", "auriez-vous", "pouvez-vous",
        "merci de", "n'hésitez pas", "n’hésitez pas", "dites-moi", "faites-moi savoir",
        "êtes-vous disponible", "répondez", "me présenter", "accepteriez-vous",
    ),
}  # fmt: skip

# Phrases that add words, not meaning: the stock openings and hedges of a sales email.
FILLERS = {
    "en": (
        "just checking in", "just following up", "just wanted to",
        "i hope this email finds you well", "i hope this finds you well", "i wanted to reach out",
        "touching base", "circling back", "as per my last email", "sorry to bother you",
        "i was wondering if", "at the end of the day",
        "in order to", "to be honest", "quick question", "per our conversation",
    ),
    "fr": (
        "je me permets de", "je reviens vers vous", "j'espère que vous allez bien",
        "j’espère que vous allez bien", "j'espère que ce message vous trouve",
        "j’espère que ce message vous trouve", "je voulais juste", "petit rappel",
        "désolé de vous déranger", "sans vouloir vous déranger", "n'hésitez surtout pas",
        "n’hésitez surtout pas", "au final", "en fait", "du coup", "afin de pouvoir",
        "dans le cadre de", "suite à notre échange",
    ),
}  # fmt: skip


class Rule(StrEnum):
    """Where each check comes from; the UI shows the rule's text next to the check."""

    LENGTH = "length"
    READING_TIME = "reading_time"
    SENTENCE = "sentence"
    ASKS = "asks"
    READABILITY = "readability"
    FILLERS = "fillers"
    SUBJECT = "subject"


RULES: dict[Rule, str] = {
    Rule.LENGTH: QT_TRANSLATE_NOOP(
        "Writing",
        "Short, precise emails that are not too long (selling at a distance): "
        "at most {limit} words.",
    ),
    Rule.READING_TIME: QT_TRANSLATE_NOOP(
        "Writing", "Read in {limit} seconds at most, at {speed} words a minute read silently."
    ),
    Rule.SENTENCE: QT_TRANSLATE_NOOP(
        "Writing", "Precise and concise: no sentence over {limit} words."
    ),
    Rule.ASKS: QT_TRANSLATE_NOOP(
        "Writing", "Don't be afraid to ask, but ask one thing: one question or request is best."
    ),
    Rule.READABILITY: QT_TRANSLATE_NOOP("Writing", "Easy to read: {formula} of {limit} or more."),
    Rule.FILLERS: QT_TRANSLATE_NOOP("Writing", "Every word earns its place: no filler phrases."),
    Rule.SUBJECT: QT_TRANSLATE_NOOP(
        "Writing", "A subject a phone shows whole: {limit} characters at most."
    ),
}

FORMULAS = {
    "en": QT_TRANSLATE_NOOP("Writing", "Flesch reading ease"),
    "fr": QT_TRANSLATE_NOOP("Writing", "Flesch reading ease (Kandel and Moles, French)"),
}

# (base, per word in a sentence, per syllable in a word): Flesch (1948); Kandel & Moles
# (1958), the French adaptation. The same constants as textstat's.
_FLESCH = {"en": (206.835, 1.015, 84.6), "fr": (207.0, 1.015, 73.6)}
_PYPHEN_LANG = {"en": "en_US", "fr": "fr_FR"}


@dataclass(frozen=True)
class Filler:
    phrase: str
    start: int  # where it is in the body, to underline it
    end: int


@dataclass(frozen=True)
class WritingReport:
    """Every check's figure for one draft."""

    language: str
    words: int
    sentences: int
    syllables: int
    longest_sentence: int  # words
    longest_sentence_at: tuple[int, int]  # its span in the body
    asks: int
    fillers: tuple[Filler, ...]
    subject_chars: int

    @property
    def reading_seconds(self) -> int:
        return round(self.words * 60 / READING_SPEED[self.language])

    @property
    def readability(self) -> float | None:
        """Flesch's reading ease (Kandel and Moles' for French); None with no words."""
        if not self.words or not self.sentences:
            return None
        base, per_word, per_syllable = _FLESCH[self.language]
        return (
            base
            - per_word * self.words / self.sentences
            - per_syllable * self.syllables / self.words
        )

    def passes(self, rule: Rule) -> bool:
        """Whether the draft keeps `rule` (an empty draft keeps them all but the ask)."""
        readability = self.readability
        return {
            Rule.LENGTH: self.words <= MAX_WORDS,
            Rule.READING_TIME: self.reading_seconds <= MAX_READING_SECONDS,
            Rule.SENTENCE: self.longest_sentence <= MAX_SENTENCE_WORDS,
            Rule.ASKS: self.asks == BEST_ASKS,
            Rule.READABILITY: readability is None or readability >= MIN_READABILITY,
            Rule.FILLERS: not self.fillers,
            Rule.SUBJECT: 0 < self.subject_chars <= MAX_SUBJECT_CHARS,
        }[rule]


def rule_text(rule: Rule) -> tuple[str, dict[str, object]]:
    """The rule's English source text (context "Writing") and its arguments but the
    formula's and the speed's, which depend on the language."""
    limits: dict[Rule, dict[str, object]] = {
        Rule.LENGTH: {"limit": MAX_WORDS},
        Rule.READING_TIME: {"limit": MAX_READING_SECONDS},
        Rule.SENTENCE: {"limit": MAX_SENTENCE_WORDS},
        Rule.READABILITY: {"limit": MIN_READABILITY},
        Rule.SUBJECT: {"limit": MAX_SUBJECT_CHARS},
    }
    return RULES[rule], limits.get(rule, {})


@lru_cache(maxsize=2)
def _hyphenator(language: str) -> object:
    import pyphen  # type: ignore[import-untyped]  # its dictionaries load on first use (about 10 ms)

    return pyphen.Pyphen(lang=_PYPHEN_LANG[language])


@lru_cache(maxsize=50_000)
def syllables(word: str, language: str) -> int:
    """A word's syllables: the hyphenation points pyphen finds, plus one (as textstat
    counts them without a pronunciation dictionary)."""
    return len(_hyphenator(language).positions(word)) + 1  # type: ignore[attr-defined]


@lru_cache(maxsize=4)
def _phrases(language: str, kind: str) -> re.Pattern[str]:
    phrases = (ASK_PHRASES if kind == "asks" else FILLERS)[language]
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """Where each sentence of `body` is (blank ones left out)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _SENTENCE_END.finditer(body):
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(body)))
    return [(a, b) for a, b in spans if body[a:b].strip()]


@lru_cache(maxsize=8192)
def _sentence(sentence: str, language: str) -> tuple[int, int, bool]:
    """(words, syllables, whether it asks) of one sentence: cached, so that a keystroke
    measures again only the sentence it changed."""
    found = _WORD.findall(sentence)
    if not found:
        return 0, 0, False
    ask = sentence.rstrip().rstrip("\"'»”)]").endswith("?") or bool(
        _phrases(language, "asks").search(sentence)
    )
    return len(found), sum(syllables(w.lower(), language) for w in found), ask


def check(body: str, subject: str = "", language: str = "en") -> WritingReport:
    """Measure a draft; `language` is "fr" or "en" (anything else is read as English)."""
    if language not in LANGUAGES:
        language = "en"
    words = syllable_count = asks = counted = 0
    longest, longest_at = 0, (0, 0)
    for a, b in sentence_spans(body):
        n, syl, ask = _sentence(body[a:b], language)
        if not n:
            continue
        counted += 1
        words += n
        syllable_count += syl
        asks += ask
        if n > longest:
            longest, longest_at = n, (a, b)
    fillers = tuple(
        Filler(m.group(0), m.start(), m.end()) for m in _phrases(language, "fillers").finditer(body)
    )
    return WritingReport(
        language=language,
        words=words,
        sentences=counted,
        syllables=syllable_count,
        longest_sentence=longest,
        longest_sentence_at=longest_at,
        asks=asks,
        fillers=fillers,
        subject_chars=len(subject.strip()),
    )
