"""Quote choice: which sentences of the retrieved chunks an answer quotes, or that the documents do not cover the
question. The one owner of candidate scores, the not-found decision (similarity threshold, then whether a sentence
addresses what is asked: `bot.answer.support`), the margin, the quote unit (what a chosen sentence brings with it so
that it stands on its own) and the merging of neighbours."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Collection, Container, Mapping, Sequence

import numpy as np

from bot.answer.answer_type import (
    ADULT,
    age_asked,
    age_conflicts,
    age_fits,
    age_matches,
    asks_dose,
    asks_limit,
    kind_matches,
    limit_matches,
    names_age,
    says_how_long_it_lasts,
    says_how_to_take,
    says_what_it_is,
    stated_ages,
    stated_weights,
    states_dose,
    weight_asked,
    weight_conflicts,
    without_limit_words,
)
from bot.answer.compose import Quote
from bot.answer.medicines import is_medicine
from bot.answer.retrieval import Hit
from bot.answer.support import (
    ASKED_ADDRESSED,
    Evidence,
    Focus,
    Matcher,
    SupportModel,
    Words,
    asks_yes_or_no,
    base_forms,
    compared_words,
    default_model,
    is_english,
    marks_in,
    misspelt_chat,
    named_by,
    names_group,
    names_past_verb,
    names_people,
    people_asked,
    question_focus,
    subject_name,
    weigh,
    without_people,
)
from bot.index.chunking import Chunk, Sentence, is_own_heading, list_marker, looks_like_heading
from bot.index.lexical import LexicalIndex
from bot.index.store import IndexStore
from bot.settings import Settings

# What a sentence holding the kind of answer asked for (a date for "when", a name for "who"...) adds to its score:
# picked on half of SQuAD's articles, a tie-breaker more than a reason (bench/README.md, "Answer types").
ANSWER_KIND_WEIGHT = 0.05
# What a sentence stating a limit adds to its score when the question asks for one, of the same kind (an amount, or
# how long): "the most I can take" is not answered by the usual amount, which shares more of its words ("Adults and
# children over 1 year old need 10 micrograms" for "what is the most vitamin D a 5 year old can take?"). Picked on the
# looked-at leaflet sets (bench/README.md, "Limits, and a new user's own documents").
LIMIT_WEIGHT = 0.3
# What a sentence saying what something is adds to its score when the question asks what it is: "What is Tussimel?"
# is not answered by "Tussimel Consumer Health, Manchester.", which is nearer it (bench/README.md, "A fifth trial").
DEFINITION_WEIGHT = LIMIT_WEIGHT

# How many of the best candidates the support model weighs: the answering sentence is among the first few when it is
# there at all (bench/README.md, "Near misses"), and each costs a tokenization.
SUPPORT_CANDIDATES = 8

# How many of the best candidates are looked through for the dose of the age asked: a dose table's rows read little
# like the question, and the row for the age is often below the `SUPPORT_CANDIDATES` the model weighs (the 10th for
# "my 2 yr old has a temprature how much calpanol do i give"). Picked on the odd half of tests/data/doses.
DOSE_ROW_CANDIDATES = 30
# How many chunks of the top document stating a dose for the age asked join the retrieved ones, and how many of its
# chunks are read for them (a leaflet's are a few dozen).
DOSE_CHUNKS = 2
_DOSE_CHUNKS_READ = 200

# A row for the age asked is quoted from a document that addresses at least this share of the question's other focus
# words (by meaning or spelling): "temprature" where the leaflet says "fever" leaves the drug's name; "cod liver oil"
# in a vitamin D leaflet holds one word of three.
DOCUMENT_SHARE = 0.5
# A warning against a medicine for some people: "Not suitable for babies under 1 year", "Do not give to children under
# 6", "should not be given".
_NOT_FOR = re.compile(r"\b(?:not suitable|unsuitable|do not (?:give|use|take)|don't (?:give|use|take)|must not|"
                      r"should not|not (?:be )?(?:given|used|recommended)|"
                      r"not for (?:use in )?(?:children|babies|infants|under))\b", re.IGNORECASE)
# An age in figures ("under 1 year", "under 12 years", "3 months"), not a span of time ("for more than 10 days").
_AGED = re.compile(r"\b(?:under|over|below|above|younger than|older than|aged?)\s+(?:the age of\s+)?\d{1,2}\s*"
                   r"(?:years?|yrs?|months?|weeks?|s)?\b", re.IGNORECASE)  # "under 16s"
# What puts a row stating the dose for the age before the rows for that age that state none.
_DOSE_FIRST = 10.0
# A word of a weight asked about: whom the dose is for, which a row states ("over 20 kg"), not its document.
_WEIGHT = re.compile(r"(?:\d+(?:\.\d+)?)?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|stones?)|weighs?|weighing|weight",
                     re.IGNORECASE)
# A medicine's form, solid or liquid, by its words or units ("tablets", "5 ml", "syrup").
_SOLID = re.compile(r"\b(?:tablets?|tabs?|caplets?|capsules?|pills?|chewables?)\b", re.IGNORECASE)
_LIQUID = re.compile(r"\d ?(?:ml|mls|millilitres?)\b|\b(?:syrup|liquid|suspension|solution|spoonfuls?|teaspoons?)\b",
                     re.IGNORECASE)


def _form(text: str) -> str | None:
    """"solid" or "liquid" when `text` names one form of a medicine only; else None."""
    solid, liquid = bool(_SOLID.search(text)), bool(_LIQUID.search(text))
    return None if solid == liquid else "solid" if solid else "liquid"


# How many words from a product's name in the question a word names which product it is ("calpanol six plus").
_BESIDE = 2

# A focus word of a document's name or title names the question's subject when it weighs at least this share of
# the question's focus: "law" of "European_Union_law" (0.16 of "What is the name of the law which imposed the speed
# limit?") is one word among rarer ones, not what the question is about. Picked on the SQuAD dev half
# (bench/README.md, "Another subject's passage").
SUBJECT_WEIGHT = 0.2
# A term of art names the question's subject when the model splits it into this many pieces or more and the documents
# of at most this many subjects hold it ("colchicine", of a gout leaflet; bench/README.md, "Terms of art").
TERM_PIECES = 3
TERM_SUBJECTS = 2


# A sentence leans on the one before it when it opens with a word whose meaning is in that sentence: a third-person
# pronoun or possessive, a demonstrative, "both"/"such"; or with a connective that joins it to a previous clause
# (contrast, consequence, addition, example, sequence); or with a short phrase before a comma that holds such a word
# or is followed by one ("Due to this, ...", "In 1066, they ..."). First and second person are left out: "we" and
# "you" are the writer and the reader, not the previous sentence.
_ANAPHORS = frozenset("it its they them their theirs he him his she her hers this that these those such both".split())
_CONNECTIVES = re.compile(
    r"(?:however|therefore|thus|hence|consequently|accordingly|also|furthermore|moreover|additionally|in addition"
    r"|besides|instead|otherwise|nevertheless|nonetheless|still|yet|but|and|or|nor|so|then|similarly|likewise"
    r"|conversely|in contrast|by contrast|on the other hand|as a result|as such|for example|for instance|in fact"
    r"|indeed|in particular|specifically|finally|meanwhile|afterwards|subsequently|the former|the latter)\b")
_OPENING_PHRASE = re.compile(r"([^,;:.!?]+),\s*(\S+)")
_OPENING_PHRASE_WORDS = 4
_WORD = re.compile(r"[a-z]+")
# A chain of leaning sentences ("He ... He ... He ...") brings at most this many before the chosen one.
_MAX_LEAN_BACK = 3
# A warning or instruction right after a sentence in its paragraph comes with it: "Taking too much paracetamol can be
# dangerous." is not quoted without "If you take too much, go to A&E straight away, even if you feel well.", nor
# "Small amounts of alcohol are usually safe." without "Do not drink heavily while taking it." (a new user's trial).
_WARNING = re.compile(
    r"(?:if\b[^.;:!?]{0,160}?,\s*)?(?:do not|don'?t|never|stop|avoid|go (?:to|straight)|call|ring|dial|seek|"
    r"get (?:urgent|emergency|medical|help|immediate)|contact|see (?:a|your) (?:doctor|gp|pharmacist|nurse)|"
    r"tell (?:a|your) (?:doctor|gp|pharmacist|nurse)|speak to (?:a|your)|talk to (?:a|your)|not (?:suitable|for)|"
    r"(?:no|not) more than|(?:a |the )?maximum of)\b", re.IGNORECASE)
# A reply of a word or two ("Yes.", "No.", "Not usually.") says nothing without the question it replies to and the
# sentence after it: it is quoted with the rest of its line, cited under that question (a new user's trial: "should I
# take vitamin K2 along with vitamin D" was answered "Yes.", the reply to a question about pregnancy).
_REPLY_WORDS = 2
_REPLY = re.compile(r"(?:yes|no|not|never|sometimes|usually|rarely|seldom|often|occasionally|maybe|perhaps|possibly|"
                    r"(?:it|that) depends|"
                    r"probably|generally|mostly|very|only|almost|definitely|absolutely|certainly|correct|true|false|"
                    r"s[ií]|ja|nein|oui|non|sim|n[aã]o)\b", re.IGNORECASE)
# A reply opening a sentence: yes, no, not or never, maybe with one more word, then a stop or comma ("No.", "Yes,
# but...", "Not usually."); not "Usually, the rash fades...", which reads alone.
_REPLY_OPENING = re.compile(
    r"(?:yes|no|not|never|(?:it|that) depends|s[ií]|ja|nein|oui|non|sim|n[aã]o)(?: \w+)?[,.;:!]", re.IGNORECASE)
# A lead-in of at most this many words that says what follows is more of the same ("Signs include:", "They are:")
# carries on the quote whose line it ends; not one naming another group ("For children:", a review's).
_SHORT_LEAD_IN_WORDS = 4
_CARRIES_ON = re.compile(r"(?:[\w']+ ){0,2}(?:include|includes|including|are|is|such as)\s*:\s*$", re.IGNORECASE)
_MEDICINE_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
# A list brought by its lead-in ends after this many sentences even when it goes on: a quote, not a page.
_MAX_LIST_SENTENCES = 12
# An item chosen from a list comes with the list's lead-in ("See a GP if:") when at most this many items stand between
# them (quoted with it); further down, the lead-in is cited in its heading path instead, so a quote stays short.
_ITEMS_TO_LEAD_IN = 2
# Table cells as the readers join them, and how far up a table its header row is looked for.
_CELL = " | "
# The line under a Markdown table's header row ("|-----|:---:|"): no row, and no break in the table.
_MD_RULE = re.compile(r"\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*(?=\n)")
_MAX_TABLE_ROWS = 50
# A line without a list marker is an item of a list when it holds one sentence of at most this many words.
_ITEM_WORDS = 12
_CLOSERS = " \t\"'\u201d\u2019)]*_"


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved chunk: `similarity` is its cosine to the question, what the not-found threshold
    applies to (when it is read with the sentence before or its table's header, the better of its own and the two's);
    `score` ranks quotes: similarity plus `lexical_weight` times the share of question words it holds
    (for a sentence that leans on the one before, the better of that and the same over the two sentences read
    together), plus `ANSWER_KIND_WEIGHT` when it holds the kind of answer the question asks for."""

    sentence_id: int
    sentence: Sentence
    score: float
    chunk: Chunk  # the best-ranked retrieved chunk that holds the sentence
    similarity: float
    # What a quote of this sentence may extend over (the sentence it leans on, the list it introduces, the answer
    # under it); None: only its chunk, and only to merge with neighbouring candidates.
    passage: Passage | None = field(default=None, compare=False, repr=False)
    # Its cosine read alone (its encoded vector), where `similarity` is that of its vector pooled in its chunk
    # (`vectors="contextual"`); None: the same as `similarity`. The support model weighs both.
    own_similarity: float | None = field(default=None, compare=False, repr=False)
    # The sentence it is read with, when it leans on the one before or is a table row under its header row: it is
    # weighed as the two read together, and `similarity` / `own_similarity` are the better of its own and theirs.
    read_with: int | None = field(default=None, compare=False, repr=False)
    # What the question read without its subject added to `score` (`QuoteChooser.candidates`), and whether the
    # sentence is a candidate only because its chunk is one of the top document's nearest that reading.
    free_score: float = field(default=0.0, compare=False, repr=False)
    nearest_only: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True, eq=False)
class Passage:
    """Text of one document that a question's retrieved chunks hold, overlapping chunks joined, with its sentences
    by id. A quote never reaches outside its passage, so its text is `text` cut at sentence offsets: verbatim."""

    source: str
    start: int
    text: str
    sentences: Mapping[int, Sentence]

    def between(self, before: Sentence, after: Sentence) -> str:
        """The text between two sentences of this passage."""
        return self.text[before.end - self.start:after.start - self.start]

    def cut(self, first: Sentence, last: Sentence) -> str:
        """The text from the start of `first` to the end of `last`: document[first.start:last.end]."""
        return self.text[first.start - self.start:last.end - self.start]


@dataclass(frozen=True)
class QuoteChoice:
    """The quotes an answer gives, best first (none when the documents do not cover the question); the best
    candidate's similarity, which the not-found threshold saw (None when nothing was searched); and the evidence of
    the best-supported sentence among those that reached it (None when none did), which decided the rest."""

    quotes: tuple[Quote, ...] = ()
    similarity: float | None = None
    evidence: Evidence | None = None


# A word of a question and the words it is typed with ("gout's", "follow-up"), as `without_subject` reads them.
_QUESTION_WORD = re.compile(r"[^\W_][\w'\u2019-]*")
# Words that go with a subject when it is read as "it": "stop the pill working" is "stop it working".
_BEFORE_SUBJECT = frozenset("the a an my your his her our their this that these those".split())


def without_subject(question: str, lexical: LexicalIndex, subjects: Container[str]) -> str | None:
    """`question` with each run of words naming a document's subject (all their terms in `subjects`, stemmed as
    `lexical` stems) read as "it": "How is gout treated?" -> "How is it treated?", "does diarrhoea stop the pill
    working" -> "does diarrhoea stop it working". None when it names no subject, or when every focus term of it is
    one (what is left asks nothing: "What is gout?")."""
    words = list(_QUESTION_WORD.finditer(question))
    named = [bool(terms) and all(t in subjects for t in terms)
             for terms in lexical.tokenize([w.group() for w in words])]
    if not any(named) or all(t in subjects for t in question_focus(question, lexical).terms):
        return None
    parts, end, run = [], 0, False
    for word, is_subject in zip(words, named):
        gap = question[end:word.start()]
        if is_subject and run and not gap.strip(" -"):
            end = word.end()  # "restless legs" is one "it"
            continue
        parts.append(gap)
        if is_subject:
            if len(parts) >= 2 and parts[-2].lower() in _BEFORE_SUBJECT and not parts[-1].strip():
                del parts[-2:]  # its determiner goes with it, and the space after it
            parts.append("it")
        else:
            parts.append(word.group())
        end, run = word.end(), is_subject
    parts.append(question[end:])
    return "".join(parts)


class QuoteChooser:
    """Scores the sentences of retrieved chunks of one index as quote candidates (`candidates`) and chooses the
    quotes among them (`choose`). `words`, the model's word vectors, lets the support model match the question's
    words by meaning; without them it matches stems only."""

    def __init__(self, store: IndexStore, settings: Settings, words: Words | None = None,
                 support: SupportModel | None = None):
        self._store = store
        self.settings = settings
        self._words = words
        self.support = support or default_model()
        self._lexical = store.chunk_lexical
        self._heading = store.columns.sentence_heading
        self._chunk_sentences = store.columns.chunk_sentences
        # A plain view of the (memory-mapped) vectors quotes are ranked by: np.memmap's indexing is slow per call.
        self._sentence_vectors = np.asarray(store.quote_vectors)
        self._own_vectors = np.asarray(store.sentence_vectors) if store.has_quote_vectors else None
        # A dose question reads its candidates' documents whole (`_document_text`): each once, the same text object
        # after (its hash kept, so the matcher's and the phrase cache's lookups of it cost nothing more).
        self._document = functools.lru_cache(maxsize=32)(self._read_document)
        self._document_head = functools.lru_cache(maxsize=256)(self._read_document_head)  # its title block's reach
        self._subjects_holding = functools.lru_cache(maxsize=256)(self._read_subjects_holding)
        # The chunk rows of a document, by its source (`_nearest_chunks`).
        self._document_chunks = functools.lru_cache(maxsize=64)(self._read_document_chunks)

    def candidates(self, question: str, hits: Sequence[Hit], query_vector: np.ndarray,
                   asks: str | None = None, free_vector: np.ndarray | None = None) -> list[Candidate]:
        """Sentences of the best `candidate_chunks` hits, best first by score, ties by id; each with the passage
        of its document those hits hold. `asks`, for a follow-up read with its conversation (`question` is then the
        reading), is the follow-up's own text: its words, not the carried ones, are the words a sentence is scored
        on holding. `free_vector`, for a question naming a document's subject, is the vector of its reading without
        it (`without_subject`): the sentences are scored on their cosine to it too, and the top document's
        `subject_chunks` chunks nearest it are weighed as well."""
        chunks = [hit.chunk for hit in hits[:self.settings.candidate_chunks]]
        retrieved = len(chunks)
        if chunks and free_vector is not None and self.settings.subject_chunks:
            # In the document on gout every chunk says "gout"; the one answering "How is gout treated?" may say it
            # least ("## Treating an attack": "Treatment aims to bring down the pain..."), and rank below the five.
            chunks += self._nearest_chunks(hits[0].chunk.source, chunks, free_vector)
        nearest = {chunk.id for chunk in chunks[retrieved:]}
        if chunks and asks_dose(question) and (age := age_asked(question)) is not None:
            # A dose asked for an age is its table's row for that age, which reads little like the question: the
            # chunk holding it may rank below the five (a trial's "how much metoclopramide for my 9 year old" found
            # the page's warnings, never its table).
            chunks += self._dose_chunks(hits[0].chunk.source, chunks, age[:2], weight_asked(question))
        passage_of = self._passages(chunks)
        owner: dict[int, Chunk] = {}
        seen: set[str] = set()
        about_document = bool(_ASKS_ABOUT_DOCUMENT.search(question))
        for chunk in chunks:
            sentences = passage_of[chunk.id].sentences
            for sid in range(chunk.sentence_start, chunk.sentence_stop):
                # Headings give chunks context but say nothing quotable, but a section's own title is a candidate for
                # what is under it ("Referral red flags" for its list; `_unit`). A sentence repeated elsewhere
                # (overlap, boilerplate shared by documents) is quoted once, from the best-ranked chunk.
                # A title stands for what is under it: a document's title for its title block.
                under = _section_under(passage_of[chunk.id], sid) if self._heading[sid] else sid
                if sid in owner or sentences[sid].text in seen or under is None or \
                        not about_document and self._describes_document(sentences[under]):
                    continue
                owner[sid] = chunk
                seen.add(sentences[sid].text)
        for chunk in chunks:
            # A list whose lead-in ends the chunk ("If you choose to take vitamin D supplements:") runs on into the
            # next one, which the passage takes in: its items are the chunk's candidates too, as the lead-in's
            # ("- children aged 1 to 10 should not take more than 50 micrograms" was never weighed).
            passage, stop = passage_of[chunk.id], chunk.sentence_stop
            if stop not in passage.sentences:
                continue  # the passage ends with the chunk: no list runs on past it here
            for sid in range(chunk.sentence_start, stop):
                if owner.get(sid) is not chunk or not _is_lead_in(passage.sentences[sid].text):
                    continue
                for item in range(stop, _list_end(passage, sid) + 1):
                    if item not in owner and passage.sentences[item].text not in seen and not self._heading[item]:
                        owner[item] = chunk
                        seen.add(passage.sentences[item].text)
        if not owner:
            return []
        if asks is not None and (holders := self._holders_of_subject(question, asks)):
            # A follow-up asks about its conversation's subject: a sentence naming a medicine neither it nor the turns
            # it is read with name, in a document that does not hold that subject, answers another question ("and is
            # it safe with alcohol?" after "how much colchicine?" quoted "ask a doctor how much paracetamol is safe
            # for you", a trial); the subject's own leaflet may name its generic ("Calpanol" and paracetamol).
            owner = {sid: chunk for sid, chunk in owner.items()
                     if subject_name(chunk.source) in holders
                     or not _names_another_medicine(question, passage_of[chunk.id].sentences[sid].text)}
            if not owner:
                return []
        ids = np.fromiter(owner, dtype=np.int64)
        similarities = self._sentence_vectors[ids] @ query_vector
        own = (self._own_vectors[ids] @ query_vector) if self._own_vectors is not None else [None] * len(ids)
        passages = [passage_of[owner[int(sid)].id] for sid in ids]
        texts = [p.sentences[int(sid)].text for sid, p in zip(ids, passages)]
        # The conversation's words found the passages; which sentence answers is the follow-up's own ask ("Who
        # noted it?" after a question on the earliest reference to immunity is "Thucydides noted...", not the
        # sentence holding every carried word). A follow-up with no word of its own ("Why?") keeps the reading's.
        # A follow-up asking only for a limit ("and at most?" after "How much paracetamol can I take?") has no word
        # of its own: its limit word is the limit score's below, not a word the sentence must hold (it quoted "the
        # painkiller most often recommended", a trial).
        words = asks if asks is not None and self._lexical.tokenize([asks])[0] else question
        if asks is not None and asks_limit(question) and not self._lexical.tokenize([without_limit_words(asks)])[0]:
            words = without_limit_words(question)
        words = base_forms(words)
        weight = self.settings.lexical_weight
        headed = [_under_headings(p.sentences[int(sid)], text) for sid, p, text in zip(ids, passages, texts)]
        if names_past_verb(self._lexical.tokenize([words])[0]):
            headed = [base_forms(text) for text in headed]
        scores = similarities + weight * np.asarray(self._lexical.coverage(words, headed))
        joint, joint_similarity, joint_own, read_with = self._read_with_the_one_before(words, ids, passages,
                                                                                       query_vector)
        scores = np.maximum(scores, joint)
        # A sentence read with the one it leans on (or a row with its header) is judged as the two: what the
        # threshold and the support model see is the better of its own cosine and theirs.
        similarities = np.maximum(similarities, joint_similarity)
        if self._own_vectors is not None:
            own = np.maximum(own, joint_own)
        free = np.zeros(len(ids))
        if free_vector is not None:
            free = self.settings.subject_free_weight * (self._sentence_vectors[ids] @ free_vector)
            scores += free
        scores += ANSWER_KIND_WEIGHT * np.asarray(kind_matches(question, texts), dtype=np.float64)
        scores += ANSWER_KIND_WEIGHT * np.asarray(age_matches(question, texts), dtype=np.float64)
        scores += DEFINITION_WEIGHT * np.asarray(says_what_it_is(question, texts), dtype=np.float64)
        # A limit naming another medicine than the question's is not the limit asked ("Do not take more than 8
        # paracetamol tablets" in an ibuprofen leaflet, for "how many ibuprofen can I take in 24 hours": a review's).
        limits = np.asarray(limit_matches(question, texts), dtype=bool)
        if limits.any():
            limits &= ~np.asarray([_names_another_medicine(question, text) for text in texts], dtype=bool)
        weak = np.asarray(limit_matches(question, texts, weak=True), dtype=np.float64)
        scores += np.where(limits, LIMIT_WEIGHT, ANSWER_KIND_WEIGHT * weak)
        found = [Candidate(int(sid), p.sentences[int(sid)], float(score), owner[int(sid)], float(sim), p,
                           None if alone is None else float(alone), with_ if with_ >= 0 else None, float(bonus),
                           owner[int(sid)].id in nearest)
                 for sid, p, sim, score, alone, with_, bonus in zip(ids, passages, similarities, scores, own,
                                                                    read_with.tolist(), free)]
        return sorted(found, key=lambda c: (-c.score, c.sentence_id))

    def _describes_document(self, sentence: Sentence) -> bool:
        """Whether `sentence` describes its document (`_DESCRIBES_DOCUMENT`) and says nothing of whom it is for, or is
        a line of its title block: near the top with no sentence ended above it, short, naming the document or its
        maker, stating no amount or time; not a row, an item or a lead-in, nor under a section of its own."""
        text = sentence.text.strip()
        if _DESCRIBES_DOCUMENT.match(text):
            return not _SAYS_FOR_WHOM.search(text)
        if (sentence.start >= _TITLE_BLOCK_CHARS or len(text.split()) > _TITLE_BLOCK_WORDS
                or _ENDS_SENTENCE.search(text) or text.rstrip("*_ ").endswith(":") or list_marker(text)
                or "|" in text or " > " in sentence.heading or not _NAMES_DOCUMENT.search(text)
                or _STATES_AMOUNT_OR_TIME.search(text)):
            return False
        head = self._document_head(sentence.source)
        return head is not None and not _ENDS_SENTENCE.search(head[:sentence.start]) and \
            sum(bool(line.strip()) for line in head[:sentence.start].splitlines()) < _TITLE_BLOCK_LINES

    def _read_document_head(self, source: str) -> str | None:
        document = self._store.document(source)
        return None if document is None else document.text[:_TITLE_BLOCK_CHARS]

    def _nearest_chunks(self, source: str, chunks: Sequence[Chunk], vector: np.ndarray) -> list[Chunk]:
        """The `subject_chunks` chunks of document `source` not among `chunks` whose best sentence (not a heading) is
        nearest `vector`, best first."""
        # By their first sentences (a chunk's own), from the index's columns: a chunk row is read from disk only
        # when chosen.
        have = {chunk.sentence_start for chunk in chunks}
        rows = [int(row) for row in self._document_chunks(source) if int(self._chunk_sentences[row, 0]) not in have]
        if not rows:
            return []
        spans = self._chunk_sentences[rows]
        first, stop = int(spans[:, 0].min()), int(spans[:, 1].max())
        cosines = self._sentence_vectors[first:stop] @ vector
        cosines[np.asarray(self._heading[first:stop], dtype=bool)] = -np.inf
        best = [float(cosines[start - first:end - first].max()) for start, end in spans]
        order = sorted(range(len(rows)), key=lambda i: (-best[i], rows[i]))[:self.settings.subject_chunks]
        return [self._store.chunks[rows[i]] for i in order if best[i] > -np.inf]

    def _dose_chunks(self, source: str, chunks: Sequence[Chunk], age: tuple[float, float],
                     weight: float | None) -> list[Chunk]:
        """Up to `DOSE_CHUNKS` chunks of document `source` not among `chunks` with a line stating a dose for `age`
        (and `weight`, when given), in document order."""
        have = {chunk.id for chunk in chunks}
        found: list[Chunk] = []
        for row in self._document_chunks(source)[:_DOSE_CHUNKS_READ]:
            chunk = self._store.chunks[int(row)]
            if chunk.id not in have and any(
                    states_dose(line) and age_fits(age, line) and (weight is None or not weight_conflicts(weight, line))
                    for line in chunk.text.splitlines()):
                found.append(chunk)
                if len(found) == DOSE_CHUNKS:
                    break
        return found

    def _read_document_chunks(self, source: str) -> np.ndarray:
        columns = self._store.columns
        at = int(np.searchsorted(columns.chunk_sources, source))
        if at >= len(columns.chunk_sources) or columns.chunk_sources[at] != source:
            return np.zeros(0, dtype=np.int64)
        return np.flatnonzero(columns.chunk_document == at)

    def _read_with_the_one_before(self, words: str, ids: np.ndarray, passages: Sequence[Passage],
                                  query_vector: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """For each sentence that leans on the one before it on its line, the score of the two read together: the
        cosine of their summed vectors plus the lexical weight times the coverage of their joined text ("It plays a
        role..." holds neither "magnesium" nor its meaning alone); the same for a table row and its table's header
        row ("Children 1 to 3 years | 7 mg | 40 mg" under "Group | Daily amount | Upper limit"); -inf for the
        others. Also the cosines of the two read together (their contextual vectors summed, and their own vectors
        summed; -inf for the others) and the id of the sentence each is read with (-1: none)."""
        joint = np.full(len(ids), -np.inf)
        joint_similarity, joint_own = joint.copy(), joint.copy()
        read_with = np.full(len(ids), -1, dtype=np.int64)
        where, joined, leaned = [], [], []
        for i, (sid, passage) in enumerate(zip(ids, passages)):
            before, sentence = passage.sentences.get(int(sid) - 1), passage.sentences[int(sid)]
            if before is not None and _leans(sentence.text) and "\n" not in passage.between(before, sentence):
                where.append(i)
                joined.append(passage.cut(before, sentence))
                leaned.append(int(sid) - 1)
            elif (header := _table_header(passage, int(sid))) is not None:
                # A table row is read with its table's header row, which names what its cells are.
                where.append(i)
                joined.append(f"{passage.sentences[header].text} {sentence.text}")
                leaned.append(header)
        if where:
            pairs = (np.asarray(leaned), ids[where])
            cosines = _pair_cosines(self._sentence_vectors, *pairs, query_vector)
            joint[where] = cosines + self.settings.lexical_weight * np.asarray(self._lexical.coverage(words, joined))
            joint_similarity[where] = cosines
            read_with[where] = leaned
            if self._own_vectors is not None:
                joint_own[where] = _pair_cosines(self._own_vectors, *pairs, query_vector)
        return joint, joint_similarity, joint_own, read_with

    def _passages(self, chunks: list[Chunk]) -> dict[str, Passage]:
        """The passage holding each chunk, by chunk id. A passage whose first sentence leans on the one before, or
        whose last sentence asks a question, leads in to a list or is an item of one, takes in the neighbouring
        chunk of its document too, so that a quote there can bring what it needs; so does one whose first sentence is
        an item of a list, whose lead-in ("Don't:") may stand before it, or a reply, whose question may ("Will it cause
        an abortion?" for "No. The emergency pill works by...", quoted alone in a trial)."""
        rows: dict[int, Sentence] = {}
        passage_of = self._join(chunks, rows)
        more: dict[str, Chunk] = {}
        for passage in {id(p): p for p in passage_of.values()}.values():
            first, last = min(passage.sentences), max(passage.sentences)
            if _leans(passage.sentences[first].text) or list_marker(passage.sentences[first].text) or \
                    _opens_with_reply(passage.sentences[first].text):
                more.update(self._chunk_holding(first - 1, passage.source))
            if _may_continue(passage.sentences[last].text):
                more.update(self._chunk_holding(last, passage.source))
        wanted = [chunk for chunk in more.values() if chunk.id not in passage_of]
        return self._join(chunks + wanted, rows) if wanted else passage_of

    def _chunk_holding(self, sid: int, source: str) -> dict[str, Chunk]:
        """The chunk of `source` that holds both sentence `sid` and the next one (so it overlaps a passage ending or
        starting there), by id; none when there is no such chunk."""
        starts = self._chunk_sentences[:, 0]  # chunks are stored in sentence order
        row = int(np.searchsorted(starts, sid, side="right")) - 1
        if sid < 0 or row < 0 or self._chunk_sentences[row, 1] <= sid + 1:
            return {}
        chunk = self._store.chunks[row]
        return {chunk.id: chunk} if chunk.source == source else {}

    def _join(self, chunks: list[Chunk], rows: dict[int, Sentence]) -> dict[str, Passage]:
        """Chunks of one document that overlap joined into passages; the sentence rows they need read into `rows`
        (a run of rows at once), by chunk id."""
        passage_of: dict[str, Passage] = {}
        for run in _overlapping_runs(chunks):
            first, stop = min(c.sentence_start for c in run), max(c.sentence_stop for c in run)
            missing = [sid for sid in range(first, stop) if sid not in rows]
            if missing:
                rows.update(zip(range(missing[0], missing[-1] + 1),
                                self._store.sentences[missing[0]:missing[-1] + 1]))
            text, end = run[0].text, run[0].end
            for chunk in run[1:]:
                if chunk.end > end:
                    text, end = text + chunk.text[end - chunk.start:], chunk.end
            passage = Passage(run[0].source, run[0].start, text, {sid: rows[sid] for sid in range(first, stop)})
            passage_of.update((chunk.id, passage) for chunk in run)
        return passage_of

    def choose(self, question: str, candidates: Sequence[Candidate], top_k: int,
               own: Sequence[str] = (), people: Collection[str] | None = None) -> QuoteChoice:
        """`_choose`; for a question read without its subject as well (`Candidate.free_score`), the documents answer
        it only if they do without that reading: its quotes are those it ranks first, but it never turns a refusal
        into an answer ("does the pill reduce the risk of ovarian cancer" was answered with "It stops your ovaries
        releasing an egg", a review's). The refusal, or an answer found only without it, is the choice made
        without it. `own`: for a follow-up read with its conversation (`question` is then the reading), the words of
        its own focus, of which a passage must address one (`_own_addressed`): the carried words alone are the
        question before, whose answer is not this one's. `people`: the groups of people (`support.PEOPLE`) a passage
        must name, when not all those the question names (a follow-up's own, not those its conversation carried)."""
        choice = self._choose(question, candidates, top_k, own, people)
        if not any(c.free_score or c.nearest_only for c in candidates):
            return choice
        plain = sorted((replace(c, score=c.score - c.free_score, free_score=0.0) for c in candidates
                        if not c.nearest_only), key=lambda c: (-c.score, c.sentence_id))
        without = self._choose(question, plain, top_k, own, people)
        return choice if choice.quotes and without.quotes else without

    def _choose(self, question: str, candidates: Sequence[Candidate], top_k: int,
                own: Sequence[str] = (), people: Collection[str] | None = None) -> QuoteChoice:
        """The quotes for these candidates of `question`: `select_quotes` (the settings' threshold and margin) over
        the best `SUPPORT_CANDIDATES` that reach the similarity threshold, are on the question's subject
        (`_on_subject`) and that the support model may quote, once it accepts one of them; none when it accepts
        none. The choice carries the
        evidence that decided: the best accepted sentence's, else the best-supported sentence's among those that
        state a quantity asked for (else among all). A dose asked for an age is answered first by the rows for that
        age (`_doses_for_age`), or refused when the documents give it for other ages only."""
        similarity = max((c.similarity for c in candidates), default=None)
        focus = question_focus(question, self._lexical)
        if people is not None:
            # The people carried stay required where no candidate's passage names them: the documents said nothing
            # of them ("can I drink alcohol with it?" after "and in pregnancy?" was refused: the asker may be the
            # one, a reviewer's).
            focus = replace(focus, people=tuple(named for named in focus.people if named[0] in people or not any(
                names_group(named[0], c.chunk.text) for c in candidates)))
        matcher = Matcher(focus, self._lexical, self._words)
        age_rows: list[Candidate] = []  # the doses for the age a yes-or-no question asks about
        # The warnings for the age, read once and only when needed (a range, a form with no row, no row at all, a
        # yes-or-no question).
        warnings = functools.cache(lambda: self._warnings_for_age(question, matcher, candidates))
        if matcher.focus.asks_dose and matcher.focus.age is not None:
            # The dose for the age asked is the answer: its rows are quoted, best first, however far their scores
            # fall below the best row's (bench/README.md, "A dose for the age asked").
            rows, undosed, others = self._doses_for_age(question, matcher, candidates, warnings)
            # The rows for the age that state no dose come after those that do ("| 30 kg or less | Not suitable |"
            # beside "| over 30 kg | 1 tablet |").
            chosen = rows + undosed if rows else []
            if chosen and _asks_range(matcher.focus):
                # A range of ages that a row covers in part: the warnings for its other part come with the rows
                # ("- Children under 2 years of age" beside "2 to 5 years: 2.5 ml" for "allerzine for kids 1-3").
                seen = {id(c) for c, _ in chosen}
                chosen += [(c, e) for c, e in warnings() if id(c) not in seen]
            # A row for people with an illness of an organ the question does not name comes after the others
            # (`_unconditioned_first`).
            dosed = {id(c) for c, _ in rows if not _for_another_illness(question, c)}
            # Each row alone: "- 1 to 3 years: 5 ml" with its list's lead-in and every other age's row read from
            # "3 to 5 months: 2.5 ml" down.
            quotes = self._select([replace(c, score=c.score + (_DOSE_FIRST if id(c) in dosed else 0.0))
                                   for c, _ in chosen], top_k, math.inf, rows=True, floor=False)
            if quotes:
                return QuoteChoice(tuple(quotes), similarity, max((e for _, e in chosen), key=lambda e: e.probability))
            if warned := warnings():
                # No dose for the age, but a warning stating it: "Not suitable for babies under 1 year, because it
                # contains honey." answers "how much tussimel for my 6 month old", which a refusal saying the
                # documents "say nothing about 6 month old" would hide (a reviewer's finding). With no form asked, a
                # warning on every form comes first.
                general = set() if _form(matcher.focus.question) is not None else {
                    id(c) for c, _ in warned if self._warned_form(c) is None}
                quotes = self._select([replace(c, score=c.score + (_DOSE_FIRST if id(c) in general else 0.0))
                                       for c, _ in warned], top_k, math.inf, rows=True)
                return QuoteChoice(tuple(quotes), similarity, max((e for _, e in warned), key=lambda e: e.probability))
            if others:
                # Its documents give the dose for other ages only: they do not say it for this one ("Your documents
                # discuss calpanol, but say nothing about 9 yr old"), whatever else they say of doses ("Do not give
                # more than 4 doses in 24 hours").
                return self._not_for_age(matcher, others, similarity)
        elif matcher.focus.age is not None and asks_yes_or_no(question) and any(
                is_medicine(word) for word in matcher.focus.words) and not _FOR_A_MOTHER.search(question):
            # "Can my 6 year old take atorvastatin?", of a leaflet giving its dose "For children aged 10 years and
            # over" and warning against no age: it does not say; "You can take atorvastatin with or without food."
            # read as yes (a trial). A warning for the age answers (below), as does a dose for it. Only of a
            # medicine: "should i take my baby off dairy" is answered by no dose; nor for a mother ("while
            # breastfeeding my 6 month old": the age is the baby's, a reviewer's).
            rows, undosed, others = self._doses_for_age(question, matcher, candidates, warnings)
            # Its candidates may miss the rows for the age ("can my 7 year old have allerzine?" found the rows for
            # 2 to 5 years and 12 and over only): no line of the documents may state that age.
            if others and not rows and not undosed and not warnings() and not any(
                    age_fits(matcher.focus.age[:2], line, "") for text in {self._document_text(c) for c, _ in others}
                    for line in text.splitlines()):
                return self._not_for_age(matcher, others, similarity)
            # With no warning for the age, the dose for it comes first ("Can my 12 year old take atorvastatin?": "For
            # children aged 10 years and over ... 10mg once a day").
            age_rows = [] if warnings() else [c for c, _ in rows]
        every = self.support_of(question, candidates, matcher)
        weighed = _on_subject(matcher, every, candidates, self._subjects_holding)
        weighed = _own_addressed(matcher, weighed, own, question)
        accepted = [e for _, e in weighed if self.support.accepts(e)]
        # A refusal's evidence: the sentence whose probability the threshold saw (it passed the quantity rule), so
        # that what the answer says is missing comes from the nearest miss, on the question's subject when one is.
        evidence = [e for _, e in weighed or every]
        eligible = [e for e in evidence if not e.quantity_missing]
        best = max(eligible or evidence, key=lambda e: e.probability, default=None)
        if not accepted:
            return QuoteChoice((), similarity, self._as_said(matcher, best, [c for c, _ in weighed or every]))
        # The documents answer; which sentences do is the quote score's to rank, among those the model does not rule
        # out (a better-scored sentence under the threshold often answers: `SupportModel.may_quote`). One it did not
        # accept must address every word of the question the best-supported sentence's passage addresses, and name
        # the people asked about itself: the next drug's dose, or an adult's, is not quoted beside the answer (a
        # reviewer's findings; holding accepted sentences to it too cost more answers than it saved: bench/README.md,
        # "Quoting past the threshold").
        reference = max(accepted, key=lambda e: e.probability)
        addressed = {w for w in matcher.focus.words if w not in reference.missing}
        quotable = [c for c, e in weighed if e in accepted or (
            self.support.may_quote(e) and not addressed.intersection(e.missing)
            and names_people(matcher.focus, _as_read(c)))]
        if not _ASKS_WHO_MAKES.search(question):
            # "Wormex Health Ltd, Glasgow." names its leaflet's medicine and little else: a question read with a
            # conversation about it quoted such lines (a reviewer's "Marketed by Allerzine Pharma, Dublin." for "can I
            # drink alcohol?"), which answer only who makes it.
            quotable = [c for c in quotable if not _MAKER_LINE.match(c.sentence.text.strip())]
        quotable = _instructions_first(question, quotable)
        if matcher.focus.asks_dose:
            # A dose is quoted for the drug asked about only where its paragraph, headings or document name it:
            # "how much cetirizine can an adult take" is not answered by "For adults, the dose of chlorphenamine is
            # 4 mg..." (a reviewer's finding), whatever else the chunk names.
            quotable = [c for c in quotable if _names_held(matcher, c, self._document_text(c))]
            quotable = [c for c in quotable if not states_dose(c.sentence.text)] + _nearest(
                matcher, [c for c in quotable if states_dose(c.sentence.text)])
            if matcher.focus.age is None and not matcher.focus.people:
                quotable = _grown_ups_first(question, quotable)
            quotable = _unconditioned_first(question, quotable)
            quotable.sort(key=lambda c: (-c.score, c.sentence_id))
        quotes = self._select(quotable, top_k, self.settings.quote_margin)
        if matcher.focus.age is not None and asks_yes_or_no(question) and quotes:
            # "Can my 18 month old take Wormex?" is answered first by a warning for that age ("Not suitable for
            # children under 2 years"), not by what else its leaflet says of young children ("the tablet can be
            # crushed and mixed with food", which a trial read as yes).
            warned = self._select([c for c, _ in warnings()], 1, math.inf) \
                or self._select(age_rows, 1, math.inf, rows=True)
            quotes = (warned + [q for q in quotes if not any(
                q.source == w.source and q.start < w.end and w.start < q.end for w in warned)])[:top_k]
        if matcher.focus.asks_dose and not any(states_dose(q.text) for q in quotes):
            # A dose asked is answered by a quote that states one: "Cetirizine and loratadine are the two most widely
            # used." addresses "how much cetirizine can my 5 year old have" but gives no amount. The quote decides,
            # not its sentence: "The most common is ferrous sulfate." comes with the dose in the next sentence. A
            # quotable sentence stating one, ranked lower, is quoted instead; none: the documents do not say.
            dosed = [c for c in quotable if states_dose(c.sentence.text)]
            quotes = self._select(dosed, top_k, self.settings.quote_margin)
            if not any(states_dose(q.text) for q in quotes):  # a title's "4 mg tablets" quotes what is under it
                # A dose stated for other people than those asked about says so ("...say nothing about 5 year old").
                others = [e for c, e in weighed if e.people_missing and e.covered and states_dose(c.sentence.text)]
                return QuoteChoice((), similarity, max(others, key=lambda e: e.probability) if others
                                   else replace(reference, dose_missing=True))
        return QuoteChoice(tuple(quotes), similarity, best)

    def _not_for_age(self, matcher: Matcher, others: Sequence[tuple[Candidate, Evidence]],
                     similarity: float | None) -> QuoteChoice:
        """A refusal of a question asked for an age when the documents give the dose for other ages only (`others`):
        the evidence of the likeliest of those rows, saying the words of the question its document discusses."""
        cand, evidence = max(others, key=lambda row: row[1].probability)
        held = (matcher.match(self._document_text(cand)) >= 0.5) & _not_whom(matcher.focus)
        discussed = tuple(w for w, h in zip(matcher.focus.words, held) if h and w not in evidence.missing)
        return QuoteChoice((), similarity, replace(evidence, covered=evidence.covered or discussed))

    def _as_said(self, matcher: Matcher, evidence: Evidence | None, weighed: Sequence[Candidate]) -> Evidence | None:
        """A refusal's evidence with the words it misses that its documents hold as written (a stem, a mark) marked
        `held_elsewhere`: the nearest passage lacked them, the documents do not, and the refusal does not say they
        "say nothing about" them. A trial's refusals said "nothing about A&E" of a leaflet with a line on going to
        A&E, "nothing about imodium" of the Imodium leaflet."""
        if evidence is None or not evidence.missing:
            return evidence
        columns = self._store.columns
        sources = {c.sentence.source: c for c in weighed}
        documents = [i for i in np.searchsorted(columns.chunk_sources, sorted(sources))
                     if i < len(columns.chunk_sources) and columns.chunk_sources[i] in sources]
        said = set()
        for term, word, mark in zip(matcher.focus.terms, matcher.focus.words, matcher.marks):
            if word not in evidence.missing:
                continue
            if mark:  # matched as written ("A&E", "D"), which the lexical index does not hold
                found = any(word.upper() in {m.upper() for m in marks_in(self._document_text(c))}
                            for c in sources.values())
            else:  # the chunks holding its stem: no document is read again (a refusal on a 1 MB PDF read 0.4 s)
                found = bool(np.isin(columns.chunk_document[self._lexical.holding([term])], documents).any())
            if found:
                said.add(word)
        if not said:
            return evidence
        return replace(evidence, held_elsewhere=tuple(w for w in evidence.missing if w in said))

    def _doses_for_age(self, question: str, matcher: Matcher, candidates: Sequence[Candidate],
                       warnings: Callable[[], list[tuple[Candidate, Evidence]]]
                       ) -> tuple[list[tuple[Candidate, Evidence]], ...]:
        """For a dose asked for an age ("how much calpanol for my 2 year old"): the candidates that give the dose for
        that age, those said for that age that give none (a warning, "| 30 kg or less | Not suitable |"), and those
        that give the dose for other ages only. Among the best `DOSE_ROW_CANDIDATES` that reach the similarity
        threshold, those stating whom they are for (`answer_type.age_fits` and `age_conflicts`: the row's own ages,
        else its heading's; a row without a number in it says no age of its own, "Keep out of the reach of
        children"), on the question's subject (`_on_subject`), naming what is asked (`_names_held`), in a document
        that addresses most of the question's other words (the drug and the complaint: a leaflet's row is about its
        leaflet's medicine, and "how much cod liver oil for my 4 year old" is not answered by vitamin D drops). The
        row for the age answers whatever the model makes of its similarity: a table row reads little like a question
        ("| 2 to 4 years | 7.5 ml | ..."), and it is rarely among the sentences the model weighs (bench/README.md, "A
        dose for the age asked")."""
        focus = matcher.focus
        ages = focus.age[:2]
        # A row need not reach the similarity threshold itself in a document that another sentence reaching it found:
        # "| 20kg to 29kg | 2.5mg up to 3 times a day |" reads 0.28 like a question about a 25 kg child (a trial).
        found = {c.sentence.source for c in candidates if self._passes(c)}
        pool = [c for c in candidates[:DOSE_ROW_CANDIDATES] if c.sentence.source in found
                and re.search(r"\d", own := _with_header(c))
                and (age_fits(ages, own, c.sentence.heading) or age_conflicts(ages, own, c.sentence.heading))]
        if not pool:
            return [], [], []
        weighed = [(c, e) for c, e in self.support_of(question, pool, matcher, len(pool), floor=False)
                   if not e.names_missing]
        weighed = [(c, e) for c, e in _on_subject(matcher, weighed, candidates)
                   if _names_held(matcher, c, self._document_text(c))]
        asked = _not_whom(focus)  # the age and the people asked about are the row's to match, not its document's
        held: dict[str, bool] = {}
        for cand, _ in weighed:
            if (source := cand.sentence.source) not in held:
                found = (matcher.match(self._document_text(cand)) >= 0.5)[asked]
                held[source] = not found.size or found.mean() >= DOCUMENT_SHARE
        weighed = [(c, e) for c, e in weighed if held[c.sentence.source]]
        # A row said for the age asked names its child by that age, whether or not the leaflet says "child" (a
        # "Junior" leaflet's "| 4 to 6 years |"); other people asked about (pregnancy) it must name itself.
        fits = {id(c): age_fits(ages, _with_header(c), c.sentence.heading) for c, _ in weighed}
        children = {words for group, words in focus.people if group == "children"} | {focus.age[2]}
        for_age = [(c, e) for c, e in weighed if fits[id(c)] and not set(e.people_missing) - children]
        # Where a section's rows give doses for other ages, a sentence of it that states no age is for whom its rows
        # say, not for whom its heading says: a lead-in under "Ibuprofen for children" whose table stops at 6 years
        # does not answer for an 8-year-old (a reviewer's finding: the lead-in and the header row were quoted).
        others = {(c.sentence.source, c.sentence.heading) for c, _ in weighed
                  if not fits[id(c)] and states_dose(c.sentence.text)}
        for_age = [(c, e) for c, e in for_age if (c.sentence.source, c.sentence.heading) not in others
                   or stated_ages(_with_header(c))]
        rows = _nearest(matcher, [(c, e) for c, e in for_age
                                  if states_dose(c.sentence.text) and not e.quantity_missing])
        if (weight := weight_asked(focus.question)) is not None and rows:
            # The weight asked rules out the rows for other weights ("over 30 kg" for a 25 kg child); when it rules
            # out every dose, the row for that weight is what the documents say ("| 30 kg or less | Not suitable |").
            sources = {c.sentence.source for c, _ in rows}
            for_age = [(c, e) for c, e in for_age if not weight_conflicts(weight, _with_header(c))]
            light = {id(c) for c, _ in for_age}
            rows = [row for row in rows if id(row[0]) in light] or [
                (c, e) for c, e in for_age if c.sentence.source in sources and not states_dose(c.sentence.text)
                and names_age(ages, _with_header(c)) and stated_weights(_with_header(c))]
        if (form := _form(focus.question)) is not None:
            # "how much paracare 500 mg tablets for my 12 year old" is not answered by a liquid's "10 to 20 ml"; with no
            # row in the form asked, a warning for the age answers ("Allerzine Tablets are not suitable for children
            # under 6 years; use the oral solution instead." for "allerzine tablets for my 4 year old"), else the
            # rows in the other form.
            formed = [row for row in rows if _form(_lines(row[0])) == form]
            rows = formed or ([] if rows and warnings() else rows)
        sections = {(c.sentence.source, c.sentence.heading) for c, _ in rows}
        undosed = [(c, e) for c, e in for_age if not states_dose(c.sentence.text)
                   and (c.sentence.source, c.sentence.heading) in sections
                   and names_age(ages, _with_header(c)) and not looks_like_heading(c.sentence.text)]
        return rows, undosed, [(c, e) for c, e in weighed if states_dose(c.sentence.text) and not fits[id(c)]]

    def _warnings_for_age(self, question: str, matcher: Matcher, candidates: Sequence[Candidate]
                          ) -> list[tuple[Candidate, Evidence]]:
        """Among the best `DOSE_ROW_CANDIDATES` that reach the similarity threshold, those warning against the
        medicine for ages, stated in figures, that hold the age asked ("Not suitable for babies under 1 year"), where
        the document names what is asked."""
        ages = matcher.focus.age[:2]
        # the medicine asked about named by the warning's document, as a dose's lines must name it (`_names_held`):
        # every drug name asked, and a word of what the dose is asked of: "Not suitable for children under 12
        # years." of an ibuprofen leaflet is no answer for amoxicillin (a first version's probes)
        # (not a word for people: "baby" of "my 3 week old baby" names no medicine, though the calpanol leaflet
        # holds it)
        named = _named(matcher.focus) & np.array([bool(without_people(w).strip()) for w in matcher.focus.words],
                                                 dtype=bool)
        form = _form(matcher.focus.question)
        # the warning in the sentence, or in the heading it is listed under ("Who should not take Allerzine" >
        # "- Children under 2 years of age"); in the form asked, when one is ("tablets are not suitable for children
        # under 6" is no answer for the liquid)
        pool = [c for c in candidates[:DOSE_ROW_CANDIDATES] if self._passes(c)
                and _warns(c.sentence)
                and _AGED.search(c.sentence.text) and age_fits(ages, c.sentence.text, c.sentence.heading)
                and (form is None or self._warned_form(c) in (None, form))
                and _holds_medicine(matcher, named, matcher.holds(self._document_text(c)))]
        return self.support_of(question, pool, matcher, len(pool)) if pool else []

    def _warned_form(self, cand: Candidate) -> str | None:
        """The form of the medicine a warning is about: as its words before the warning name it ("Allerzine Tablets
        are not suitable..."), else as its heading does, else its document's only form ("solid" for a leaflet naming
        tablets and no liquid); None when none is told."""
        text = cand.sentence.text
        warning = _NOT_FOR.search(text)
        if found := _form(text[:warning.start()] if warning else "") or _form(cand.sentence.heading):
            return found
        document = self._document_text(cand)
        solid, liquid = len(_SOLID.findall(document)), len(_LIQUID.findall(document))
        return "solid" if liquid == 0 < solid else "liquid" if solid == 0 < liquid else None

    def _document_text(self, cand: Candidate) -> str:
        """The name and text of the candidate's document (its chunk's text when the index has no such document)."""
        return self._document(cand.sentence.source) or f"{subject_name(cand.sentence.source)} {cand.chunk.text}"

    def _holders_of_subject(self, reading: str, asks: str) -> frozenset[str]:
        """The subjects of the documents holding the rarest word a follow-up's `reading` carried from its conversation
        (a word of `reading` that `asks`, the follow-up itself, lacks), when at most `TERM_SUBJECTS` hold it; else
        none: the word names no document's subject."""
        own = set(self._lexical.tokenize([asks])[0])
        carried = [term for term in self._lexical.tokenize([reading])[0] if term not in own]
        if not carried:
            return frozenset()
        holders = self._subjects_holding(max(carried, key=self._lexical.idf))
        return holders if len(holders) <= TERM_SUBJECTS else frozenset()

    def _read_subjects_holding(self, term: str) -> frozenset[str]:
        """The subjects (`subject_name`: a file name without its folder, suffix or "#3" of a record's part) of the
        documents that hold `term` (a stem), up to one more than `TERM_SUBJECTS`: a term more hold names none, and a
        common one is not followed through every document that holds it."""
        scores = self._store.document_lexical.scores_of_terms([[term]])[0]
        sources, subjects = self._store.columns.chunk_sources, set()
        for i in np.flatnonzero(scores > 0):
            subjects.add(subject_name(str(sources[i])))
            if len(subjects) > TERM_SUBJECTS:
                break
        return frozenset(subjects)

    def _read_document(self, source: str) -> str | None:
        document = self._store.document(source)
        return None if document is None else f"{subject_name(source)} {document.text}"

    def _passes(self, cand: Candidate) -> bool:
        """Whether the candidate passes the not-found threshold of the settings (`_reaches`)."""
        return _reaches(cand, self.settings.min_score, self.settings.min_own_score)

    def _select(self, candidates: Sequence[Candidate], top_k: int, margin: float, rows: bool = False,
                floor: bool = True) -> list[Quote]:
        """`select_quotes` with the settings' not-found thresholds (none without `floor`: rows already judged)."""
        if not floor:
            return select_quotes(candidates, top_k, -math.inf, margin, rows)
        return select_quotes(candidates, top_k, self.settings.min_score, margin, rows,
                             min_own_score=self.settings.min_own_score)

    def support_of(self, question: str, candidates: Sequence[Candidate], matcher: Matcher | None = None,
                   limit: int = SUPPORT_CANDIDATES, floor: bool = True) -> list[tuple[Candidate, Evidence]]:
        """Each of the best `limit` candidates that reach the similarity threshold (all of them without `floor`),
        with its evidence; `matcher`, the question's, when the caller has made it."""
        weighed = [c for c in candidates[:limit] if not floor or self._passes(c)]
        if not weighed:
            return []
        matcher = matcher or Matcher(question_focus(question, self._lexical), self._lexical, self._words)
        own = [_as_weighed(c) for c in weighed]
        unnamed = self._unnamed_compared(matcher, weighed)
        return [(c, self._asked_held(matcher, c, _held_to_its_quote(
                    matcher, c, weigh(matcher, _under_headings(c.sentence, text), c.chunk.text, c.similarity,
                                      self.support, c.own_similarity, c.chunk.source, text, c.sentence.heading,
                                      _section(c)), unnamed)))
                for c, text in zip(weighed, own)]

    def _asked_held(self, matcher: Matcher, cand: Candidate, evidence: Evidence) -> Evidence:
        """`evidence` with the parts asked about (`asked_parts`) that a quote of the candidate holds though its
        sentence and chunk do not: in the list its lead-in brings ("can stress cause mouth ulcers": "Things that can
        trigger ... include:" over "- stress"), or as a name its document holds ("can i take microgynon while
        breastfeeding": the pill's leaflet names its brand once, not in every paragraph), as the names rule reads a
        leaflet's drug from its name."""
        if not evidence.asked_missing:
            return evidence
        words = matcher.focus.words
        missing = np.array([w in evidence.asked_missing for w in words], dtype=bool)
        held = np.zeros(len(words), dtype=bool)
        if cand.passage is not None and (unit := _unit(cand, cand.passage)) is not None:
            held |= missing & (matcher.match(f"{_lines(cand, unit)} {unit.heading}") >= ASKED_ADDRESSED)
        names = missing & ~held & np.array([not is_english(w.lower()) for w in words], dtype=bool)
        if names.any():
            held |= names & (matcher.match(self._document_text(cand)) >= 1.0)
        if not held.any():
            return evidence
        addressed = {words[i].lower() for i in np.flatnonzero(held)}
        still = {w for group in matcher.focus.asked if addressed.isdisjoint(group) for w in group}
        return replace(evidence, asked_missing=tuple(w for w in evidence.asked_missing if w.lower() in still))

    def _unnamed_compared(self, matcher: Matcher, weighed: Sequence[Candidate]) -> tuple[str, ...]:
        """The question's words telling apart two things it compares (`_compared`) that none of the weighed
        candidates' documents (name and text) holds as written. The documents, not one chunk: two things compared
        may be set out in two sections, or two passages (MTRAG-UN's two disk setups); not by meaning, where siblings
        read alike ("bronchitis" and "bronchiolitis" 0.89)."""
        compared = _compared(matcher)
        if not compared.any():
            return ()
        held = np.zeros(len(compared), dtype=bool)
        for text in {self._document_text(c) for c in weighed}:
            held |= matcher.holds(text)
        return tuple(w for w, c, h in zip(matcher.focus.words, compared, held) if c and not h)


# A dose question's words for the kind of answer (a dose, a limit, an amount in a form and unit), which every dose
# sentence holds whatever drug it is for: they do not name what the dose is asked of ("whats the dose of nurofen").
# (Read without a final "s": "patches" is "patche".)
_DOSE_WORDS = frozenset("dose dosage amount quantity number maximum max minimum limit daily tablet capsule caplet pill "
                        "liquid syrup suspension solution medicine drop puff sachet spoonful teaspoon ml mg microgram "
                        "mcg gram unit cream gel ointment lotion spray inhaler patche patch lozenge suppository "
                        "pessary powder granule chewable soluble dispersible effervescent injection shampoo".split())


def _names_another_medicine(question: str, text: str) -> bool:
    """Whether `text` names a listed medicine (`medicines.is_medicine`) that `question` does not."""
    asked = {word.lower() for word in _MEDICINE_WORD.findall(question)}
    return any(is_medicine(word) and word.lower() not in asked for word in _MEDICINE_WORD.findall(text))


def _asks_range(focus: Focus) -> bool:
    """Whether the question asks about a range of ages by number ("kids 1-3", "for 3 to 4 years")."""
    return focus.age is not None and focus.age[0] < focus.age[1] < math.inf and " to " in focus.age[2]


def _holds_medicine(matcher: Matcher, named: np.ndarray, held: np.ndarray) -> bool:
    """Whether a text holding the question's focus words `held` names the medicine asked about: every drug name,
    and one of the words `named` for what the dose is asked of."""
    return bool(held[matcher.drug_names].all() and (not named.any() or held[named].any()))


def _warns(sentence: Sentence) -> bool:
    """Whether `sentence` warns against a medicine for some people, itself ("Not suitable for babies under 1 year")
    or as an item listed under a heading that does ("Who should not take Allerzine" > "- Children under 2 years")."""
    return bool(_NOT_FOR.search(sentence.text) or _NOT_FOR.search(sentence.heading.rpartition(" > ")[2]))


def _named(focus: Focus) -> np.ndarray:
    """For each focus word of a dose question, whether it may name what the dose is asked of: not a word of the age
    or people asked about (`_not_whom`), nor of a dose's kind, form or unit (`_dose_word`)."""
    return _not_whom(focus) & ~_dose_word(focus)


def _dose_word(focus: Focus) -> np.ndarray:
    """For each focus word, whether it is a word of a dose's kind, form or unit (`_DOSE_WORDS`)."""
    return np.array([w.lower().rstrip("s") in _DOSE_WORDS for w in focus.words], dtype=bool)


def _not_whom(focus: Focus) -> np.ndarray:
    """For each focus word, whether it is no word of the age, the weight or the people the question asks about
    ("year" and "old" of "9 year old", "toddler", "weighs 20kg")."""
    whom = {w for words in ((focus.age[2],) if focus.age else ()) + tuple(words for _, words in focus.people)
            for w in re.findall(r"\w+", words.lower())}
    return np.array([w.lower() not in whom and not _WEIGHT.fullmatch(w) for w in focus.words], dtype=bool)


def _on_subject(matcher: Matcher, weighed: list[tuple[Candidate, Evidence]], candidates: Sequence[Candidate],
                subjects_holding: Callable[[str], frozenset[str]] | None = None) -> list[tuple[Candidate, Evidence]]:
    """The weighed candidates about what the question names as its subject. A focus word weighing at least
    `SUBJECT_WEIGHT` that one of the best candidates' documents has in its name or its title ("magnesium" of
    magnesium.md, of "# Magnesium and sleep") names a subject; the candidates kept are those whose lines, headings,
    document name and title address the most of the named words, literally or by meaning. "What dose of magnesium
    should I take?" is not answered by an ibuprofen leaflet's dose; "Can I take magnesium with ibuprofen?" by both
    leaflets.
    Else a term of art the question names (a focus word of that weight that the model splits into `TERM_PIECES`
    pieces or more) that at most `TERM_SUBJECTS` subjects' documents hold (`subjects_holding`: "colchicine", of a
    gout leaflet) names the subject the same way: "is colchicine safe to take in pregnancy" is not answered by a
    paracetamol leaflet's pregnancy advice; of several such terms, those held by the fewest subjects name it.
    No word so named (a question on no document's subject, documents with no telling names or titles): all of them."""
    named = np.zeros(len(matcher.focus.terms), dtype=bool)
    for cand in candidates[:SUPPORT_CANDIDATES]:
        named |= matcher.match(_subject_of(cand.sentence)) >= 1.0
    named &= np.array(matcher.focus.weights) >= SUBJECT_WEIGHT
    if not named.any() and weighed and subjects_holding is not None:
        subjects = {subject_name(c.sentence.source) for c in candidates[:SUPPORT_CANDIDATES]}
        terms = [subjects_holding(term) for term, weight, held, pieces in zip(
            matcher.focus.terms, matcher.focus.weights, matcher.held, matcher.pieces)
            if weight >= SUBJECT_WEIGHT and held and pieces >= TERM_PIECES]
        # A term names a subject here only when some candidates' documents hold it and others' do not.
        terms = [holding for holding in terms if len(holding) <= TERM_SUBJECTS and subjects & holding
                 and subjects - holding]
        if terms:
            fewest = min(len(holding) for holding in terms)
            counts = [sum(subject_name(c.sentence.source) in holding for holding in terms if len(holding) == fewest)
                      for c, _ in weighed]
            return [w for w, n in zip(weighed, counts) if n == max(counts) and n > 0]
    if not named.any() or not weighed:
        return weighed

    def held(addresses) -> list[int]:
        """How many named words each candidate's lines (its quote's paragraph), headings, document name or title
        `addresses`. Not its chunk, a window of about 128 tokens: an ibuprofen leaflet's "Using it for a long time
        raises the risk of stomach ulcers" answered "is paracetamol ok for someone who has a stomach ulcer?" because
        "It is fine to take ibuprofen with paracetamol" stood two paragraphs below it."""
        return [int((addresses(f"{_lines(c)} {c.sentence.heading}") | addresses(_subject_of(c.sentence)))[named].sum())
                for c, _ in weighed]

    # Named as the documents name subjects: as written (a stem, or one slip of spelling). A word the documents'
    # names give to one subject says nothing of another's passage however near its meaning ("paracetamol" reads
    # 0.53 like a hay fever leaflet's chunk); by meaning only when no candidate holds any named word as written.
    counts = held(matcher.holds)
    if not max(counts):
        counts = held(lambda text: matcher.match(text) >= 0.5)
    return [w for w, n in zip(weighed, counts) if n == max(counts) and n > 0]


def _held_to_its_quote(matcher: Matcher, cand: Candidate, evidence: Evidence, unnamed: tuple[str, ...] = ()
                       ) -> Evidence:
    """`evidence` held to what a quote of the candidate would say: its paragraph and headings must hold the question's
    marks (an FAQ chunk on vitamins D and K2 does not answer for K2 with its vitamin D paragraph; a hepatitis page's
    section on B does not answer for C); and a question comparing two things is answered only where the documents
    name both: `unnamed`, the words telling them apart that they do not hold ("is frozen shoulder the same as a
    rotator cuff tear" was answered with what a page says of frozen shoulder, a trial). Else the evidence says what
    is missing."""
    lacking = unnamed
    if matcher.marks.any() and cand.passage is not None and (unit := _unit(cand, cand.passage)) is not None:
        held = matcher.match(f"{_lines(cand, unit)} {unit.heading} {named_by(cand.sentence.source)}")
        lacking += tuple(w for w, mark, h in zip(matcher.focus.words, matcher.marks, held) if mark and h < 1.0)
    if not lacking:
        return evidence
    return replace(evidence, names_missing=tuple(dict.fromkeys(evidence.names_missing + lacking)),
                   missing=tuple(dict.fromkeys(lacking + evidence.missing)),
                   covered=tuple(w for w in evidence.covered if w not in lacking))


def _compared(matcher: Matcher) -> np.ndarray:
    """For each focus word of the question, whether it tells apart the two things the question compares: a word of
    one of them and not of the other ("kidney" of "are kidney stones the same thing as gallstones", not "disk" of
    "configuring a single disk... and configuring a two disk...")."""
    sides = compared_words(matcher.focus.question)
    apart = (sides[0] ^ sides[1]) if sides else frozenset()
    # Whom it is for and the form it comes in are others' to check ("the one I had as a child" is held by
    # "children"; "is the syrup the same as the tablets" by "the liquid": a reviewer's findings).
    return np.array([w.lower() in apart and not people_asked(w) and w.lower().removesuffix("s") not in _DOSE_WORDS
                     for w in matcher.focus.words], dtype=bool)


def _names_held(matcher: Matcher, cand: Candidate, document: str = "") -> bool:
    """Whether a quote of the candidate states no dose, or its lines (the quote's paragraph: "Cetirizine and
    loratadine are the two most widely used. For adults..., the dose of each is 10 mg"), headings or document name
    hold every drug name asked about (`Matcher.drug_names`) and at least one of the question's words for what it asks
    the dose of (`_named`): a lead-in's list of another drug's doses ("The dose depends on your child's age:") is not
    quoted for loratadine, nor a cough syrup's row for "how much paracetamol can a 10 year old have", nor an
    antihistamine's dose for nurofen, which no document names (a reviewer's probes). `document`, the candidate's
    document's text, says which words name a product ("Calpanol Six Plus")."""
    text = _lines(cand)
    if not states_dose(text):
        return True
    held = matcher.holds(f"{text} {cand.sentence.heading} {subject_name(cand.sentence.source)}")
    named = _named(matcher.focus)
    if not held[matcher.drug_names].all() or named.any() and not held[named].any():
        return False
    # The words beside the product's name in the question name which product ("calpanol six plus", "nurocalm max
    # strength"): a row of the infant leaflet that mentions the other product is not its dose (a reviewer's finding).
    # "Infant" names which product too ("paracare infant"), though it names whom elsewhere.
    focus = matcher.focus
    product = matcher.holds(_subject_of(cand.sentence)) & named & ~np.array(
        [is_english(w.lower()) for w in focus.words], dtype=bool)  # a name, not "cough" of "cough syrup"
    if not product.any():
        return True
    which = _product_words(focus, product, document) & ~product & _not_whom(replace(focus, people=())) & \
        ~_dose_word(focus)
    return bool(held[which].all())


def _lines(cand: Candidate, unit: _Unit | None = None) -> str:
    """The lines a quote of the candidate spans (its paragraph, a lead-in's list; `unit`, its unit when the caller
    has it): the sentence alone without its passage."""
    text = cand.sentence.text
    if cand.passage is not None and (unit := unit or _unit(cand, cand.passage)) is not None:
        passage = cand.passage
        start = passage.sentences[unit.first].start - passage.start
        end = passage.sentences[unit.last].end - passage.start
        line_end = passage.text.find("\n", end)
        text = passage.text[passage.text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(passage.text)]
    return text


def _named_near(matcher: Matcher, cand: Candidate) -> bool:
    """Whether the candidate's lines or its headings below the document's title hold a word of the question naming
    what is asked (`_named`): in a guide to two medicines ("# Paracetamol and ibuprofen for children"), the rows under
    "## Paracetamol" are paracetamol's, those under "## Ibuprofen" only name it through the title."""
    return bool(matcher.holds(f"{_lines(cand)} {_below_title(cand.sentence)}")[_named(matcher.focus)].any())


def _below_title(sentence: Sentence) -> str:
    """The sentence's headings below its document's title ("Dosage for adults" of "Ibuprofen > Dosage for adults")."""
    return " ".join(sentence.heading.split(" > ")[1:])


def _nearest(matcher: Matcher, rows: list) -> list:
    """`rows` (candidates, or candidate and evidence pairs) whose dose names what is asked near it (`_named_near`),
    when some do; else all of them. In a document whose name or title names what is asked and none of whose `rows`
    names it in its sections, every row is near it: a leaflet on one medicine ("ibuprofen.md") names it in its
    children's section ("Children's ibuprofen comes as a liquid..."), not beside "Do not take more than 1,200 mg in 24
    hours" under "Dosage for adults", which "what is the maximum daily dose of ibuprofen?" had lost to the children's
    rows."""
    candidates = [row[0] if isinstance(row, tuple) else row for row in rows]
    named = _named(matcher.focus)
    sectioned = {c.sentence.source for c in candidates
                 if matcher.holds(_below_title(c.sentence))[named].any()}
    near = [row for row, c in zip(rows, candidates) if _named_near(matcher, c) or (
        c.sentence.source not in sectioned and matcher.holds(_subject_of(c.sentence))[named].any())]
    return near or rows


def _product_words(focus: Focus, product: np.ndarray, document: str) -> np.ndarray:
    """For each focus word, whether it follows a word of `product` (a mask of the focus words) in the question, at
    most `_BESIDE` words on, and the document names a product so ("Calpanol Six Plus", "ParaCare Infant": the question's
    "calpanol six plus" asks of that product; "temprin for teething", "temprin fever" name no product). No word holding
    a digit: a strength ("10mg") says which tablet, not which product."""
    tokens = re.findall(r"[\w']+", focus.question.lower())
    named = _phrases(document)
    found = set()
    for word, is_product in zip(focus.words, product):
        for at, token in enumerate(tokens):
            if is_product and token == word.lower():
                found.update(tokens[i] for i in range(at + 1, min(at + _BESIDE + 1, len(tokens)))
                             if f" {' '.join(tokens[at:i + 1])} " in named)
    return np.array([word.lower() in found and not any(ch.isdigit() for ch in word) for word in focus.words],
                    dtype=bool)


@functools.lru_cache(maxsize=32)
def _phrases(document: str) -> str:
    """`document`'s words, lower case, one space apart and between spaces: where a phrase of words is looked up."""
    return " " + " ".join(re.findall(r"[\w']+", document.lower())) + " "


def _subject_of(sentence: Sentence) -> str:
    """What a sentence's document says it is about: its file name, without its folder and suffix (nor the "#3" of a
    record's part), and its title (the first heading above the sentence); a section's heading names a part, not the
    subject ("Side effects" of an ibuprofen leaflet)."""
    return f"{subject_name(sentence.source)} {sentence.heading.split(' > ')[0]}"


def _reaches(cand: Candidate, min_score: float, min_own_score: float = math.inf) -> bool:
    """Whether the candidate passes the not-found threshold: its similarity reaches `min_score`, or its cosine read
    alone (`Settings.min_own_score`) reaches `min_own_score`."""
    return cand.similarity >= min_score or cand.own_similarity is not None and cand.own_similarity >= min_own_score


def select_quotes(candidates: Sequence[Candidate], top_k: int, min_score: float, margin: float,
                  rows: bool = False, min_own_score: float = math.inf) -> list[Quote]:
    """The best sentences as quotes, best first by score. None unless some sentence passes the not-found threshold
    (its similarity reaches `min_score`, or its cosine read alone `min_own_score`: `_reaches`); each quote passes it
    too, and its score is within `margin` of the best score.
    At most `top_k`. Each quote stands on its own: a sentence that leans on the one before brings it (within the
    paragraph), a lead-in ending in ":" brings its list, a question inside a paragraph brings its answer, and a
    question on a line of its own is replaced by the answer under it (cited in the heading path; a question with no
    answer is not quoted). Overlapping and neighbouring quotes of one paragraph merge; a quote's score is its best
    chosen sentence's. `rows`: the candidates are the rows of a dose for the age asked, each quoted alone, a list's
    item too (its lead-in cited in the heading path), never with the rows for other ages."""
    eligible = [c for c in candidates if _reaches(c, min_score, min_own_score)]
    if not eligible:
        return []
    floor = eligible[0].score - margin
    fallback = _chunk_passages([c for c in eligible if c.passage is None])
    units: list[_Unit] = []
    for cand in eligible:
        if len(units) == top_k:
            break
        if cand.score >= floor and (unit := _unit(cand, cand.passage or fallback[cand.chunk.id], rows)) is not None:
            units.append(unit)
    units.sort(key=lambda u: (u.passage.source, u.first, u.last))
    groups: list[list[_Unit]] = []
    for unit in units:
        if groups and _joins(groups[-1], unit):
            groups[-1].append(unit)
        else:
            groups.append([unit])
    quotes = [_merge(group) for group in groups]
    return sorted(quotes, key=lambda q: (-q.score, q.source, q.start))


@dataclass(frozen=True)
class _Unit:
    """What a quote of one chosen sentence spans: sentences `first` to `last` of `passage`."""

    passage: Passage
    first: int
    last: int
    heading: str
    score: float


def _unit(cand: Candidate, passage: Passage, rows: bool = False) -> _Unit | None:
    """What a quote of `cand` spans within `passage`; None when it has nothing to quote (a question unanswered).
    `rows`: as for `select_quotes`."""
    sentences = passage.sentences
    first = last = cand.sentence_id
    if (opened := _section_under(passage, first)) is not None:
        # A section's title found the passage; what is under it is quoted, cited with the title in its path. Not a
        # question opening it (an FAQ's first): the questions are candidates of their own, quoted by their answers.
        if _is_question(sentences[opened].text):
            return None
        return _Unit(passage, opened, _section_end(passage, opened), sentences[opened].heading, cand.score)
    if _is_question(cand.sentence.text):
        answer, inline = _answer_to(passage, first)
        if answer is None:
            return None
        end = _list_end(passage, _reply_end(passage, answer))
        if not inline and _opens_with_reply(sentences[answer].text) and not is_own_heading(cand.sentence):
            # "No." says nothing without the question it replies to, and says the wrong thing read as the reply to
            # another ("do iron tablets cause muscle pain?" answered "No. Keep iron tablets out of the reach of
            # children."): the question line is quoted with it (a reviewer's finding).
            return _Unit(passage, _questions_start(passage, first), end, sentences[answer].heading, cand.score)
        if not inline:
            # A question on a line of its own is the answer's context, like a heading: cited, not quoted.
            return _Unit(passage, answer, end, _cite(sentences[answer].heading, cand.sentence.text), cand.score)
        last = answer  # a question inside a paragraph is part of what it says: quoted with its answer
    if _CELL in cand.sentence.text and first + 1 in sentences and _table_header(passage, first + 1) == first \
            and sentences[first + 1].text != cand.sentence.text:
        # A table's header row names its cells and says nothing alone ("| Age | Dose | How often |" was quoted first
        # in a trial): it comes with the rows under it, as a lead-in with its list. Only a table's: a Markdown rule
        # under it, or two rows under a first row that the passage shows starting its table, text before it (a
        # web page's title line repeated, "Kolb House | Dublin, CA", is none, nor a passage opening mid-table).
        end = first
        while end + 1 in sentences and _table_header(passage, end + 1) == first and end - first < _MAX_LIST_SENTENCES:
            end += 1
        before = sentences.get(first - 1)
        if _MD_RULE.search(passage.between(cand.sentence, sentences[first + 1])) or \
                end > first + 1 and before is not None and _CELL not in before.text:
            return _Unit(passage, first, end, sentences[first].heading, cand.score)
    for _ in range(_MAX_LEAN_BACK):
        before = sentences.get(first - 1)
        if before is None or not _leans(sentences[first].text) or "\n" in passage.between(before, sentences[first]):
            break
        first -= 1
    heading = sentences[first].heading
    if first == cand.sentence_id and (found := _lead_in_of(passage, first)) is not None:
        # "- you have symptoms of anaemia" says nothing alone: it is one of the cases "See a GP if:" lists.
        lead_in, items = found
        if items <= _ITEMS_TO_LEAD_IN and not rows:
            # With the rest of its list too: "They include: feeling sick, headaches" read as all the side effects.
            first, last = lead_in, max(last, _list_end(passage, lead_in))
        else:
            heading = _cite(heading, sentences[lead_in].text)
    if _opens_with_reply(sentences[first].text) and (asked := sentences.get(first - 1)) is not None \
            and _is_question(asked.text):
        if asked.heading == heading and not is_own_heading(asked):
            first = _questions_start(passage, first - 1)  # a reply chosen for itself comes with its question too
        elif is_own_heading(asked) and heading.endswith(asked.text[_words_start(asked):].strip()):
            # An FAQ's question is its answer's heading: "No. You can go back to eating normally" read first, under
            # "can i drink alcohol after my gallbladder is removed", says no to alcohol (a trial); the heading it
            # replies to is quoted with it.
            first -= 1
    last = _list_end(passage, _reply_end(passage, last))
    after = sentences.get(last + 1)
    if after is not None and after.heading == sentences[last].heading and "\n" not in passage.between(
            sentences[last], after) and (_WARNING.match(after.text.lstrip()) or _CARRIES_ON.fullmatch(
                after.text.strip()) and len(after.text.split()) <= _SHORT_LEAD_IN_WORDS):
        # A warning on the same line, or a short lead-in ending it ("They usually mean your dose is too high. Signs
        # include:"), comes with its list: the signs were the answer a trial's quote left off.
        last = _list_end(passage, last + 1)
    return _Unit(passage, first, last, heading, cand.score)


# The words with which a follow-up tells what it notices or feels, judges, asks for care or asks whether something
# works and for whom ("he still seems a bit deaf", "not noticing much difference", "sorry im panicking, is it
# serious", "Is it safe?", "should I get it checked?", "Does it work for everyone?", which "an extremely effective
# treatment for RLS when magnesium deficiency is a contributing factor" answers): no part of what it asks that a
# passage must name.
_TELLING = frozenset({"seems", "seem", "seemed", "noticing", "notice", "noticed", "difference", "checked", "check",
                      "looked", "look", "serious", "seriously", "panicking", "panic", "scared", "honestly", "sorry",
                      "safe", "safely", "work", "works", "worked", "working", "everyone", "everybody", "anyone",
                      "anybody"})


def _own_addressed(matcher: Matcher, weighed: list[tuple[Candidate, Evidence]],
                   own: Sequence[str], question: str) -> list[tuple[Candidate, Evidence]]:
    """`weighed`, a follow-up's candidates (`own`: the words of its own focus), each whose sentence, read under its
    headings, and chunk address none of them (one word near in meaning counts, `ASKED_ADDRESSED`) held to address
    them as a part asked (`Evidence.asked_missing`): it answers the question before, not this one (conversation sets:
    "can he go swimming?" after a question on ear infections quoted the infection's warning signs). Not the words of
    telling (`_TELLING`) or a function word misspelt (`misspelt_chat`: "how long wil it take"); nor a sentence giving
    the course asked for ("how long will it take to clear up?": "Most ear infections get better on their own within
    3 days", `answer_type.says_how_long_it_lasts`; a reviewer's)."""
    owned = {word.casefold() for word in own if word.casefold() not in _TELLING and not misspelt_chat(word)}
    asked = np.array([word.casefold() in owned for word in matcher.focus.words], dtype=bool)
    if not asked.any():
        return weighed
    words = tuple(word for word, mine in zip(matcher.focus.words, asked) if mine)
    course = says_how_long_it_lasts(question, [c.sentence.text for c, _ in weighed])
    return [(c, e if told or (np.maximum(matcher.match(_as_read(c)), matcher.match(c.chunk.text))[asked]
                              >= ASKED_ADDRESSED).any()
             else replace(e, asked_missing=(*e.asked_missing, *(w for w in words if w not in e.asked_missing))))
            for (c, e), told in zip(weighed, course)]


def _as_read(cand: Candidate) -> str:
    """The candidate's text as the support model reads it: under its headings (`_under_headings`), and a table row
    after its header row, which says what its cells are."""
    return _under_headings(cand.sentence, _with_header(cand))


def _pair_cosines(vectors: np.ndarray, firsts: np.ndarray, seconds: np.ndarray, query_vector: np.ndarray) -> np.ndarray:
    """The cosine to the question of each pair of sentences read together: their vectors (rows of `vectors`) summed."""
    summed = vectors[firsts] + vectors[seconds]
    norms = np.linalg.norm(summed, axis=1)
    return (summed @ query_vector) / np.where(norms > 0, norms, 1.0)


def _section(cand: Candidate) -> str | None:
    """The part of the candidate's chunk in its section, the sections under it and those above it (a document's
    "This medicine is for children aged 6 to 12" under its title is for every section), with its sections' titles:
    whom a passage is for is not a sibling section's to say. An FAQ's "Can I take it with ibuprofen? Yes. ..." is not
    for pregnancy because the question before it in the chunk was "Is it safe in pregnancy?", nor is "Taking
    ibuprofen with food helps to prevent them." under "Side effects" because "Who should not take ibuprofen" lists
    "more than 20 weeks pregnant" (a new user's trial: "can I take ibuprofen in pregnancy?" answered "Yes."). None:
    the whole chunk (no headings, or no passage)."""
    path = cand.sentence.heading
    if not path or cand.passage is None:
        return None
    inside = [sentence.text for sid in range(cand.chunk.sentence_start, cand.chunk.sentence_stop)
              if (sentence := cand.passage.sentences.get(sid)) is not None
              and (not sentence.heading or sentence.heading == path or sentence.heading.startswith(path + " > ")
                   or path.startswith(sentence.heading + " > "))]
    # Its sections' titles count wherever the chunk starts ("Children under 12" over its dose), not the document's
    # title: "Ibuprofen for adults and children" is over every section, "Adults should not take it..." too.
    return " ".join([*path.split(" > ")[1:], *inside])


def _as_weighed(cand: Candidate) -> str:
    """The candidate's text as the support model weighs it: a sentence that leans on the one before read with it
    (`read_with`), a table row after its header row (`_with_header`)."""
    if cand.read_with is None or cand.passage is None or _CELL in cand.sentence.text:
        return _with_header(cand)
    return cand.passage.cut(cand.passage.sentences[cand.read_with], cand.sentence)


# A maker's or seller's line: a name and a place, and nothing else ("Made for SunnyDrops Nutrition, Cardiff.",
# "Manufacturer: Calpanol Healthcare Ltd, Leeds, UK."); and the questions it answers.
_MAKER_LINE = re.compile(r"^(?i:(?:made for|marketed by|manufactured by|manufacturer:|distributed by|produced by|"
                         r"made by)\s+)?[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9&][\w&'.-]*){0,5}"
                         r"(?:,\s*[A-Z0-9][\w.]*(?:\s+[A-Z][\w.]*){0,2}){1,3}\.?$")
_ASKS_WHO_MAKES = re.compile(r"\b(?:who|whom|makes?|made|manufactur\w*|company|companies|maker|brand|marketed|"
                             r"address|where|contact|sells?|supplier)\b", re.IGNORECASE)
# A document describing itself says what it is, never what it says: the lines of its title block (above its first
# sentence, ending without a full stop: "Self-care guide from the Musculoskeletal Physiotherapy Service", "Leaflet
# CP-14, updated January 2024"), who published it, and what it covers ("This guide explains what psoriasis is, what
# causes flare-ups..."), which reads like every question on its subject (a trial quoted it first for "what triggers
# psoriasis flare ups", and "Information for parents and carers from the Children's Sleep Clinic" for "is melatonin
# addictive?"). They are context, quoted only when asked about the document itself. Not whom it is for ("This
# leaflet is for adults and young people aged 16 and over" says who may take the medicine).
_DESCRIBES_DOCUMENT = re.compile(
    r"^\W*(?:(?:this|the|our) (?:leaflet|guide|booklet|page|document|factsheet|fact sheet|information sheet|handout|"
    r"pamphlet|brochure|web ?page|article|resource|sheet)s? (?:\w+ ){0,2}?(?:explains?|tells? you|describes?|covers?|"
    r"answers?|gives? (?:you )?(?:information|advice|details)|looks? at|sets? out|is about|contains?|provides?|aims? to|"
    r"will (?:help|tell|explain|give|answer|cover)|has been (?:written|designed|produced)|is designed|is intended to)\b|"
    r"in this (?:leaflet|guide|booklet|page|document)\b|(?:published|produced|written|prepared|issued|reviewed) by "
    r"(?:the )?(?-i:[A-Z]))", re.IGNORECASE)  # by a name: "Produced by the thyroid gland, ..." is a sentence
# What such a sentence may also say, which is then no description: whom the medicine is for or not for ("This
# leaflet covers adults only and Sneezeaway must not be given to children under 12", a reviewer's).
_SAYS_FOR_WHOM = re.compile(r"\b(?:must|should|not|never|only|(?:under|over) (?:the age of )?\d+|aged?|adults?|child|"
                            r"children|kids?|bab(?:y|ies)|infants?|pregnan\w*|breast-?feed\w*|don't|cannot|can't)\b",
                            re.IGNORECASE)
# A line of a title block names the document or who made it ("Patient information from your community pharmacy",
# "Leaflet CP-14, updated January 2024", "Self-care guide from the Musculoskeletal Physiotherapy Service"): a
# page's first lines without full stops that name none are its text ("Parking is free for 2 hours", a note's
# "Mia - ibuprofen 5 ml every 8 hours", a reviewer's).
_NAMES_DOCUMENT = re.compile(r"\b(?:information|info|leaflet|guide|booklet|factsheet|sheet|handout|patients?|version|"
                             r"edition|updated|reviewed|published|produced|issued|department|practice|clinic|pharmacy|"
                             r"society|charity|trust|hospital|service|advice|NHS|foundation|association|council|team)\b",
                             re.IGNORECASE)
# How far into its document a title block may reach (characters, lines above, words a line), and what ends a
# sentence before it: a web page's lines without full stops ("If the child was born abroad, parent must provide
# evidence of the child's...", MTRAG-UN) are its text, not a title block.
_TITLE_BLOCK_CHARS, _TITLE_BLOCK_LINES, _TITLE_BLOCK_WORDS = 600, 4, 12
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]*_]*(?:\s|$)")  # a title's colon ends none ("Head injury: advice")
_ASKS_ABOUT_DOCUMENT = re.compile(r"\b(?:leaflet|guide|booklet|page|document|factsheet|sheet|handout|pamphlet|"
                                  r"brochure|published|publishes|publisher|wrote|written|author|updated|reviewed|"
                                  r"version|info|information|source|sources|who made)\b", re.IGNORECASE)
# An amount or a time a line states is what its page says, whatever it names ("Pharmacy open 8am to 6pm").
_STATES_AMOUNT_OR_TIME = re.compile(r"[$\u00a3\u20ac]\s?\d|\b\d+(?:[.:]\d+)?\s?(?:am|pm|mg|ml|g|kg|mcg|hours?|"
                                    r"minutes?|days?|weeks?|tablets?|puffs?|drops?|%)\b", re.IGNORECASE)
# A question asked for a mother, whose baby's age it may name.
_FOR_A_MOTHER = re.compile(r"\b(?:breast-?feed\w*|breast feeding|nursing|pregnan\w*|expecting)\b", re.IGNORECASE)


def _instructions_first(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """A question asking how to take or use something ("How should I take ramipril?") is answered by an instruction
    ("Take this medicine once a day...", `answer_type.says_how_to_take`), and one asking how long a condition lasts
    by its course with a time (`answer_type.says_how_long_it_lasts`): those quotable sentences score just above the
    best other sentence, in their order (a trial: the overdose line, which shares the question's words, came first,
    the instruction, which says "this medicine", not at all)."""
    texts = [c.sentence.text for c in candidates]
    told = [a or b for a, b in zip(says_how_to_take(question, texts), says_how_long_it_lasts(question, texts))]
    if not any(told) or all(told):
        return candidates
    lift = max(c.score for c, t in zip(candidates, told) if not t) - max(
        c.score for c, t in zip(candidates, told) if t) + 1e-6
    lifted = [replace(c, score=c.score + max(lift, 0.0)) if t else c for c, t in zip(candidates, told)]
    return sorted(lifted, key=lambda c: (-c.score, c.sentence_id))


def _grown_ups_first(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """A dose asked for no one in particular ("How much atorvastatin should I take?") is an adult's: a dose said for
    children only scores just under the best dose said for adults or for no age (and for no illness the question does
    not name: `_for_another_illness`), where there is one (a trial: "For children aged 10 years and over..." came
    before "The usual dose for adults is 10mg to 20mg once a day.")."""
    children = {id(c) for c in candidates if states_dose(c.sentence.text)
                and age_conflicts((float(ADULT), math.inf), _with_header(c), c.sentence.heading)}
    return _doses_under(candidates, children, lambda c: not _for_another_illness(question, c))


# A dose said for people with an illness of an organ ("Adults and children weighing more than 30 kg with severe liver
# problems should take 10 mg every other day"), which a question asking a dose for someone without one does not name.
_CONDITIONED = re.compile(r"\b(?:with|who (?:have|has)|if (?:you|they|he|she|your child) (?:have|has))\b"
                          r"(?:\s+[\w-]+){0,3}?\s+(?:liver|kidney|renal|hepatic|heart)\s+(?:problems?|disease|"
                          r"failure|impairment)", re.IGNORECASE)
_ORGANS = re.compile(r"\b(?:liver|kidneys?|renal|hepatic|heart)\b", re.IGNORECASE)


def _for_another_illness(question: str, cand: Candidate) -> bool:
    """Whether `cand` says what it says for people with an illness of an organ that `question` does not name."""
    return bool(_CONDITIONED.search(cand.sentence.text)) and not _ORGANS.search(question)


def _unconditioned_first(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """A dose asked by someone who names no illness of an organ is not the dose for people with one: a dose said for
    them scores just under the best dose said for no such illness, where there is one (a conversation set: "what about
    a 10 year old who weighs 35 kg" after a question on loratadine for adults was answered with the row for children
    "with severe liver problems")."""
    ill = {id(c) for c in candidates if states_dose(c.sentence.text) and _for_another_illness(question, c)}
    return _doses_under(candidates, ill)


def _doses_under(candidates: list[Candidate], lowered: set[int],
                 counts: Callable[[Candidate], bool] = lambda c: True) -> list[Candidate]:
    """`candidates` with those whose id is in `lowered` scoring just under the best other dose sentence that `counts`,
    where there is one (`_grown_ups_first`, `_unconditioned_first`)."""
    others = [c.score for c in candidates if states_dose(c.sentence.text) and id(c) not in lowered and counts(c)]
    if not lowered or not others:
        return candidates
    below = max(others) - 1e-6
    return [replace(c, score=min(c.score, below)) if id(c) in lowered else c for c in candidates]


_AGE_CELL = re.compile(r"\b(?:years?|yrs?|months?)\b", re.IGNORECASE)


def _with_header(cand: Candidate) -> str:
    """The candidate's sentence, a table row after its header row, a list's item stating no age after its lead-in
    ("Adults and young people aged 16 and over:" says whom "- one tablet twice a day" is for)."""
    if cand.passage is None:
        return cand.sentence.text
    header = _table_header(cand.passage, cand.sentence_id)
    if header is None and not stated_ages(cand.sentence.text):  # an item's own ages say whom it is for
        header = (found := _lead_in_of(cand.passage, cand.sentence_id)) and found[0]
    if header is None:
        return cand.sentence.text
    # A row whose first cell states ages by their unit is read on a line of its own: a Word table's row has no
    # opening "|", and "Highest dose 12 to 17 years" read no age. Not a row of days or weights ("2 to 3 | 8 mg"
    # under "Day | Dose" is no age: a reviewer's finding).
    between = "\n" if _AGE_CELL.search(cand.sentence.text.split(_CELL.strip(), 1)[0]) else " "
    return f"{cand.passage.sentences[header].text}{between}{cand.sentence.text}"


def _under_headings(sentence: Sentence, text: str) -> str:
    """`text` (of `sentence`) read under its headings: "Common symptoms are tiredness..." under "Iron deficiency
    anaemia > Symptoms" says what "What are the symptoms of iron deficiency anaemia?" asks."""
    return f"{sentence.heading.replace(' > ', ' ')} {text}" if sentence.heading else text


def _table_header(passage: Passage, sid: int) -> int | None:
    """The header row of the table whose row `sid` is (cells joined by " | ", one row a line, as the readers of
    every format write them): the first row of its run of rows within `passage`; None when `sid` is no row or is
    the header itself."""
    sentences = passage.sentences
    if _CELL not in sentences[sid].text:
        return None
    first = sid
    while (before := sentences.get(first - 1)) is not None and _CELL in before.text \
            and _next_row(passage, before, sentences[first]) and sid - first < _MAX_TABLE_ROWS:
        first -= 1
    return first if first != sid else None


def _next_row(passage: Passage, row: Sentence, after: Sentence) -> bool:
    """Whether `after` is the row under `row` in one table: on the next line, or after one blank line with as many
    cells in a table read a row a paragraph (a web page's or a Word document's: its header row was quoted alone, with
    no row under it). Not two Markdown tables one under the other, whose rows open with "|" (a reviewer's: the second
    table's header was read as a row of the first)."""
    between = _MD_RULE.sub("", passage.between(row, after))
    lines = between.count("\n")
    return lines == 1 or (lines == 2 and not between.strip() and row.text.count(_CELL) == after.text.count(_CELL)
                          and not row.text.lstrip().startswith("|") and not after.text.lstrip().startswith("|"))


def _section_under(passage: Passage, sid: int) -> int | None:
    """The first sentence under `sid` when `sid` is the title of its section as the layout found it and that
    sentence (no title itself) is in `passage` under it; else None."""
    sentences = passage.sentences
    title, under = sentences.get(sid), sentences.get(sid + 1)
    if title is None or under is None or not is_own_heading(title) or looks_like_heading(under.text) \
            or is_own_heading(under) or under.heading != title.heading:
        return None
    return sid + 1


def _section_end(passage: Passage, sid: int) -> int:
    """The last sentence of what opens a section at `sid`: its line (paragraph), and the list it introduces or is
    the first item of, within the section and at most `_MAX_LIST_SENTENCES` sentences."""
    sentences = passage.sentences
    end = sid
    while (after := sentences.get(end + 1)) is not None and end - sid < _MAX_LIST_SENTENCES \
            and after.heading == sentences[sid].heading and "\n" not in passage.between(sentences[end], after):
        end += 1
    if _is_lead_in(sentences[end].text):
        return _list_end(passage, end)
    if list_marker(sentences[sid].text):
        while (after := sentences.get(end + 1)) is not None and end - sid < _MAX_LIST_SENTENCES \
                and after.heading == sentences[sid].heading and list_marker(after.text):
            end += 1
    return end


def _leans(text: str) -> bool:
    """Whether the sentence `text` leans on the one before it (see `_ANAPHORS`)."""
    opening = text.lstrip(" \t\"'\u201c\u2018([").lower()
    first = _WORD.match(opening)
    if _CONNECTIVES.match(opening) or (first is not None and first.group() in _ANAPHORS):
        return True
    phrase = _OPENING_PHRASE.match(opening)
    if phrase is None:
        return False
    words, after = _WORD.findall(phrase.group(1)), _WORD.match(phrase.group(2))
    return len(words) <= _OPENING_PHRASE_WORDS and (any(word in _ANAPHORS for word in words)
                                                    or (after is not None and after.group() in _ANAPHORS))


def _is_reply(text: str) -> bool:
    """Whether the sentence `text` is a reply of at most `_REPLY_WORDS` words ("Yes.", "Not usually.")."""
    return len(text.split()) <= _REPLY_WORDS and not _may_continue(text) and bool(_REPLY.match(text.lstrip()))


def _opens_with_reply(text: str) -> bool:
    """Whether the sentence `text` is or opens with a reply to a question: "No.", "Yes, but keep within...", "Not
    usually.", "Sometimes."."""
    return bool(_REPLY_OPENING.match(text.lstrip(" \t*_\"'"))) or _is_reply(text)


def _questions_start(passage: Passage, sid: int) -> int:
    """The first of the questions that end at sentence `sid` on its line ("Is it contagious? Can I catch it?"), at
    most `_MAX_LEAN_BACK` back: a paragraph ending in a question is not quoted whole for it."""
    sentences = passage.sentences
    for _ in range(_MAX_LEAN_BACK):
        before = sentences.get(sid - 1)
        if before is None or not _is_question(before.text) or "\n" in passage.between(before, sentences[sid]):
            break
        sid -= 1
    return sid


def _reply_end(passage: Passage, sid: int) -> int:
    """The sentence after `sid` on its line under the same heading when `sid` is a reply (`_is_reply`); else `sid`."""
    sentences = passage.sentences
    after = sentences.get(sid + 1)
    if after is None or not _is_reply(sentences[sid].text) or after.heading != sentences[sid].heading \
            or "\n" in passage.between(sentences[sid], after) or looks_like_heading(after.text):
        return sid
    return sid + 1


def _is_question(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith("?")


def _is_lead_in(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(":")


# A sentence that announces the parts of what follows without a colon ("There are two main ways to treat head lice."):
# said alone it answers nothing (a second trial), like a lead-in.
_ANNOUNCES = re.compile(r"there (?:are|were) (two|three|four|2|3|4) (?:main |different |common |simple |basic |key )?"
                        r"(?:ways|types|kinds|forms|options|treatments|steps|stages|methods|approaches)\b[^.:;!?]*\.",
                        re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4}


def _announced(text: str) -> int:
    """How many parts the sentence `text` announces ("There are two main ways to ..."): 0 for none."""
    found = _ANNOUNCES.fullmatch(text.strip())
    return 0 if found is None else _COUNTS.get(found.group(1).lower()) or int(found.group(1))


def _may_continue(text: str) -> bool:
    """Whether what makes the sentence `text` stand on its own may come after it: the answer to a question, the
    list after a lead-in, the rest of a list it is an item of."""
    return _is_question(text) or _is_lead_in(text) or bool(list_marker(text)) or _announced(text) > 0


def _answer_to(passage: Passage, sid: int) -> tuple[int | None, bool]:
    """The first sentence answering the question `sid`, after the questions on its line, and whether it is on that
    line too. It must be under the same heading and itself be no question or heading: else None."""
    sentences = passage.sentences
    while (after := sentences.get(sid + 1)) is not None and _is_question(after.text) \
            and "\n" not in passage.between(sentences[sid], after):
        sid += 1
    if after is None or _is_question(after.text) or looks_like_heading(after.text) \
            or after.heading != sentences[sid].heading:
        return None, False
    return sid + 1, "\n" not in passage.between(sentences[sid], after)


# A line that only numbers its page: "Page 1 of 3", "- 2 -", or a number set far to the right or centre ("   1").
# Not a number or a date at a line's start ("4", "12/03"), which may be a list's value (a reviewer's finding).
_PAGE_FURNITURE = re.compile(r"page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-", re.IGNORECASE)
_PAGE_NUMBER_INDENT = 8


def _is_page_furniture(passage: Passage, sid: int) -> bool:
    """Whether sentence `sid` is a line of its own numbering its page (`_PAGE_FURNITURE`)."""
    sentences = passage.sentences
    text, before = sentences[sid].text.strip(), sentences.get(sid - 1)
    if before is None or "\n" not in passage.between(before, sentences[sid]):
        return False
    after = sentences.get(sid + 1)
    if after is not None and "\n" not in passage.between(sentences[sid], after):
        return False
    if _PAGE_FURNITURE.fullmatch(text):
        return True
    indent = passage.between(before, sentences[sid]).rsplit("\n", 1)[-1]
    return text.isdigit() and len(text) <= 4 and len(indent.expandtabs()) >= _PAGE_NUMBER_INDENT


def _list_end(passage: Passage, sid: int) -> int:
    """The last sentence of the list the lead-in `sid` (a sentence ending in ":") introduces, or `sid` itself when
    it is no lead-in; of the parts a sentence ending its line announces ("There are two main ways to ..."), one a
    line. The list is the line after the lead-in, whatever it holds, and when that line is an item (it
    has a list marker, or is one short sentence) the lines after it that are items of the same kind: marked ones,
    or short unmarked ones set apart alike (a line break, or a blank line) that lead in to nothing themselves. It
    ends at a heading and after `_MAX_LIST_SENTENCES` sentences."""
    sentences = passage.sentences
    parts = _announced(sentences[sid].text)
    if not parts and not _is_lead_in(sentences[sid].text):
        return sid  # most sentences: the lines after them are not walked (every quote unit ends here)
    lines = _lines_after(passage, sid)
    if parts and lines and "\n" in passage.between(sentences[sid], sentences[lines[0][0]]):
        return lines[:parts][-1][-1]  # its parts: the lines after it, one a part
    if parts or not lines:
        return sid
    marked, short = bool(list_marker(sentences[lines[0][0]].text)), _is_item_line(passage, lines[0])
    end, blank = lines[0][-1], None
    for line in lines[1:]:
        if marked and len(line) == 1 and _is_page_furniture(passage, line[0]):
            # A page's number or footer between two items of a leaflet copied from a PDF ("1", "Page 1 of 3"): the
            # list goes on past it (a trial's warning signs stopped at 2 of 11).
            continue
        gap_is_blank = "\n\n" in re.sub(r"[ \t]", "", passage.between(sentences[end], sentences[line[0]]))
        if marked:
            item = bool(list_marker(sentences[line[0]].text))
        else:
            item = (short and _is_item_line(passage, line) and not _is_lead_in(sentences[line[-1]].text)
                    and blank in (None, gap_is_blank))
        if not item:
            break
        blank, end = gap_is_blank, line[-1]
    return end


def _lead_in_of(passage: Passage, sid: int) -> tuple[int, int] | None:
    """The lead-in (a line ending in ":") of the list whose marked item sentence `sid` starts, under the same heading
    and at most `_MAX_LIST_SENTENCES` sentences up, with how many items stand between them; None for no item, or an
    item of no such list. Walked line by line: an item may hold several sentences."""
    sentences = passage.sentences
    if not list_marker(sentences[sid].text):
        return None
    line, items = sid, 0  # the first sentence of the item line reached, and the items passed on the way
    while sid - line <= _MAX_LIST_SENTENCES:
        end = sentences.get(line - 1)  # the last sentence of the line above
        if end is not None and end.heading == sentences[sid].heading and _is_page_furniture(passage, line - 1):
            line -= 1  # a page's number or footer inside the list
            continue
        if end is None or end.heading != sentences[sid].heading or looks_like_heading(end.text) \
                or "\n" not in passage.between(end, sentences[line]):
            return None
        start = line - 1
        while (before := sentences.get(start - 1)) is not None and "\n" not in passage.between(before,
                                                                                               sentences[start]):
            start -= 1
        if not list_marker(sentences[start].text):
            return (line - 1, items) if _is_lead_in(end.text) and _list_end(passage, line - 1) >= sid else None
        line, items = start, items + 1
    return None


def _lines_after(passage: Passage, sid: int) -> list[list[int]]:
    """The sentences after `sid` under its heading, at most `_MAX_LIST_SENTENCES` besides lines numbering a page
    (`_is_page_furniture`), grouped by line."""
    sentences = passage.sentences
    lines: list[list[int]] = []
    j, counted = sid, 0
    while counted < _MAX_LIST_SENTENCES:
        j += 1
        after = sentences.get(j)
        if after is None or after.heading != sentences[sid].heading:
            break
        counted += not _is_page_furniture(passage, j)
        if not lines or "\n" in passage.between(sentences[j - 1], after):
            lines.append([j])
        else:
            lines[-1].append(j)
    return lines


def _is_item_line(passage: Passage, line: list[int]) -> bool:
    """Whether a line of these sentences could be an item of a list: one sentence of at most `_ITEM_WORDS` words."""
    return len(line) == 1 and len(passage.sentences[line[0]].text.split()) <= _ITEM_WORDS


def _cite(heading: str, question: str) -> str:
    """The heading path `heading` with the question line `question` at its end (once)."""
    title = " ".join(question[len(list_marker(question)):].split())
    if heading == title or heading.endswith(" > " + title):
        return heading
    return f"{heading} > {title}" if heading else title


def _joins(group: list[_Unit], unit: _Unit) -> bool:
    """Whether `unit` (starting no earlier than the group) overlaps the group or continues its paragraph."""
    passage, last = group[0].passage, max(u.last for u in group)
    if unit.passage is not passage or unit.first > last + 1:
        return False
    # a heading or list item above a sentence stays its own quote
    return unit.first <= last or "\n" not in passage.between(passage.sentences[last], passage.sentences[unit.first])


_HEADING_MARKS = re.compile(r"#{1,6}[ \t]+")


def _words_start(sentence: Sentence) -> int:
    """Where a heading's words start in its text, past its Markdown marks ("## "); 0 for any other sentence."""
    marks = _HEADING_MARKS.match(sentence.text)
    return marks.end() if marks and is_own_heading(sentence) and marks.end() < len(sentence.text) else 0


def _merge(group: list[_Unit]) -> Quote:
    passage = group[0].passage
    first_id, last_id = group[0].first, max(u.last for u in group)
    first, last = passage.sentences[first_id], passage.sentences[last_id]
    # A quote joining neighbours reads in document order, so its best sentence may come second: its span is kept.
    best = max(group, key=lambda u: u.score)
    spans_all = (best.first, best.last) == (first_id, last_id)
    skip = _words_start(first)  # a Markdown heading's marks open no quote: it starts at its words, still verbatim
    best_start = passage.sentences[best.first].start + (skip if best.first == first_id else 0)
    return Quote(text=passage.cut(first, last)[skip:], source=first.source, start=first.start + skip, end=last.end,
                 line_start=first.line_start, line_end=last.line_end, page_start=first.page_start,
                 page_end=last.page_end, heading=group[0].heading, score=round(best.score, 4),
                 ocr=any(s.ocr for i, s in passage.sentences.items() if first_id <= i <= last_id),
                 best_start=None if spans_all else best_start,
                 best_end=None if spans_all else passage.sentences[best.last].end)


def _chunk_passages(candidates: Sequence[Candidate]) -> dict[str, Passage]:
    """For candidates made without passages: each chunk as a passage holding only those candidates' sentences."""
    chunks = {cand.chunk.id: cand.chunk for cand in candidates}
    sentences: dict[str, dict[int, Sentence]] = {}
    for cand in candidates:
        sentences.setdefault(cand.chunk.id, {})[cand.sentence_id] = cand.sentence
    return {key: Passage(chunk.source, chunk.start, chunk.text, sentences[key]) for key, chunk in chunks.items()}


def _overlapping_runs(chunks: Sequence[Chunk]) -> list[list[Chunk]]:
    """The chunks grouped into runs of one document, each overlapping (or touching) the run before it, by start."""
    runs: list[list[Chunk]] = []
    for chunk in sorted({c.id: c for c in chunks}.values(), key=lambda c: (c.source, c.start, c.end)):
        if runs and runs[-1][0].source == chunk.source and chunk.start <= max(c.end for c in runs[-1]):
            runs[-1].append(chunk)
        else:
            runs.append([chunk])
    return runs
