"""What a corpus is about, from the documents themselves: topics per document, example questions, and the answer
to "what can I ask?". Pure: reads indexed documents, no model."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from bot.answer.compose import escape_markdown, shown_source
from bot.documents.document import Document
from bot.documents.formats import TABLE_KINDS
from bot.index.chunking import looks_like_heading, split_sentences

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)
_STOP = frozenset("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either few for from further had has have
having he her here hers him his how i if in into is it its itself just may me might more most must my no nor not
now of off often on once only or other our out over own per same she should so some such than that the their them
then there these they this those through to too under until up upon us very was we were what when where which while
who whom why will with within without would you your yours it's its don't can't often usually many much one two
however therefore thus like including include includes especially known found used use uses using""".split())
_TOPICS_QUESTION = re.compile(
    r"^\s*(what|which)\s+(can|could|should|may)\s+i\s+ask\b|^\s*what\s+(do|does)\s+(you|the\s+documents?|this)\s+"
    r"(know|cover|contain)\b|^\s*what\s+(are\s+)?(the\s+)?(documents?|topics)\s+(are\s+)?(about|covered)\b"
    r"|^\s*help\s*[?!.]*$",
    re.I)


@dataclass(frozen=True)
class Topics:
    """A document and what it covers: its headings, or else its most frequent phrases."""

    source: str
    topics: tuple[str, ...]


def is_topics_question(question: str) -> bool:
    """Whether a chat message asks what the documents cover ("What can I ask?", "What do you know?", "help")."""
    return isinstance(question, str) and bool(_TOPICS_QUESTION.search(question))


def corpus_topics(documents: Sequence[Document], per_document: int = 6) -> list[Topics]:
    """Up to `per_document` topics of each document, in corpus order."""
    return [Topics(doc.source, tuple(_document_topics(doc, per_document))) for doc in documents]


def _document_topics(document: Document, limit: int) -> list[str]:
    # A table's headings are its rows' places ("Doses, row 12"), not what it covers.
    headings = () if document.kind in TABLE_KINDS else document.layout.headings
    titles = [h.title for h in headings if h.level > 0] or [h.title for h in headings]
    if not titles:
        titles = [document.text[a:b].strip("# ").strip() for a, b in split_sentences(document.text)
                  if looks_like_heading(document.text[a:b])]
    unique = list(dict.fromkeys(t for t in titles if any(ch.isalpha() for ch in t)))
    return unique[:limit] if unique else key_phrases(document.text, limit)


def key_phrases(text: str, limit: int) -> list[str]:
    """The most frequent two-word phrases and words of `text` that are not stop words, as they are written."""
    words = [m.group() for m in _WORD.finditer(text)]
    lower = [w.lower() for w in words]
    written = {w.lower(): w for w, _ in Counter(words).most_common()[::-1]}  # the most common spelling wins
    pairs = Counter((a, b) for a, b in zip(lower, lower[1:]) if a not in _STOP and b not in _STOP and len(a) > 2
                    and len(b) > 2)
    singles = Counter(w for w in lower if w not in _STOP and len(w) > 3)
    phrases: list[str] = []
    used: set[str] = set()
    for (a, b), n in pairs.most_common():
        if n < 2 or len(phrases) >= limit:
            break
        if a not in used and b not in used:
            phrases.append(f"{written[a]} {written[b]}")
            used.update((a, b))
    for word, _ in singles.most_common():
        if len(phrases) >= limit:
            break
        if word not in used:
            phrases.append(written[word])
            used.add(word)
    return phrases


def candidate_examples(documents: Sequence[Document], limit: int = 8) -> list[str]:
    """Example questions from the corpus's topics, one document at a time in turn, most central topics first."""
    per_document = [list(t.topics) for t in corpus_topics(documents, per_document=limit)]
    questions: list[str] = []
    for depth in range(limit):
        for topics in per_document:
            if depth < len(topics) and len(questions) < limit:
                questions.append(f"What do the documents say about {topics[depth].rstrip('?.!:')}?")
    return questions


def topics_answer(documents: Sequence[Document]) -> str:
    """A short Markdown answer listing what the documents cover, document text escaped."""
    lines = ["I can only quote your documents. They cover:", ""]
    for item in corpus_topics(documents):
        covered = ", ".join(escape_markdown(t) for t in item.topics) or "(no clear topics)"
        lines.append(f"- **{escape_markdown(shown_source(item.source))}**: {covered}")
    lines += ["", "Ask about any of these, in your own words."]
    return "\n".join(lines)
