"""The front door: a Bot answers questions about one corpus, each stage called once, in a straight line."""

from __future__ import annotations

import contextvars
import functools
import logging
import re
import threading
from dataclasses import replace
from typing import Callable, Collection, Mapping, Sequence

import numpy as np
from threadpoolctl import threadpool_limits

from bot.answer.answer_type import asks_dose
from bot.answer.batching import Coalescer
from bot.answer.compose import Answer, Quote, compose_answer
from bot.answer.examples import example_bank
from bot.answer.followups import (NOT_THE_ASKER, Named, Reading, asks_about_giving, asks_its_own, asks_more,
                                  leans_on_earlier, names_no_subject, read_with_history, says_nothing_alone,
                                  subject_terms, without_chat)
from bot.answer.medicines import Renaming, reword
from bot.answer.quotes import Candidate, QuoteChoice, QuoteChooser, without_subject
from bot.answer.retrieval import Hit, Retriever
from bot.answer.safety import (Screening, example_text, language_of, normalize, screen_by_example, screen_question,
                               settles, speaks_of_suicide, tells_of_now, tells_only)
from bot.answer.support import asks_which, people_asked, question_focus
from bot.answer.topics import is_topics_question, topics_answer
from bot.documents.document import Document
from bot.errors import BotError
from bot.index.chunking import Sentence
from bot.index.embedding import Embedder
from bot.index.lexical import LexicalIndex
from bot.index.refresh import BuildReport, open_index
from bot.index.store import IndexStore
from bot.settings import Settings

log = logging.getLogger(__name__)

FAILED = "Something went wrong while answering. Try again; if it keeps failing, check the server log."


def screen(question: object, settings: Settings, topics: bool = False) -> Screening:
    """The first stage: is the question invalid, urgent, a request for the documents' topics (only when `topics`),
    or to be searched."""
    screening = screen_question(question, settings.max_question_chars)
    if topics and screening.status == "ok" and is_topics_question(question):
        # Never in place of an emergency message; the crisis line stays ("What can I ask? I'm a burden to everyone").
        return Screening("topics", language=screening.language, crisis=screening.crisis)
    return screening


def _failed(screening: Screening, err: Exception) -> Screening:
    """The screening of a question whose answering failed with `err`: an urgent question stays urgent (its
    emergency message needs nothing that failed); any other becomes `invalid`, saying what went wrong (a BotError's
    own message; anything else is logged, never shown as a traceback)."""
    if screening.status == "urgent":
        log.warning("answering an urgent question failed after screening: %s", err)
        return screening
    # A question that speaks of suicide keeps the crisis line when its answer fails.
    if isinstance(err, BotError):
        return Screening("invalid", str(err), language=screening.language, crisis=screening.crisis)
    log.error("answering failed", exc_info=err)
    return Screening("invalid", FAILED, language=screening.language, crisis=screening.crisis)


def _own_gap_first(choice: QuoteChoice, reading: Reading | None) -> QuoteChoice:
    """A refusal of a question read with its conversation names what the question itself asks that the documents
    lack before the words carried from earlier turns ("Are they open at weekends?" after a question on a stuttering
    clinic is "say nothing about weekends", not "say nothing about stuttering"); the carried words only when none of
    its own is missing."""
    if reading is None or choice.quotes or choice.evidence is None:
        return choice
    carried = {word.casefold() for word in reading.carried}
    own = tuple(word for word in choice.evidence.missing if word.casefold() not in carried)
    return replace(choice, evidence=replace(choice.evidence, missing=own)) if own else choice


def _discusses(choice: QuoteChoice, reading: Reading) -> bool:
    """Whether a refusal's evidence shows the documents address words the reading carried from the conversation."""
    carried = {word.casefold() for word in reading.carried}
    return choice.evidence is not None and any(word.casefold() in carried for word in choice.evidence.covered)


def _people_carried_missing(choice: QuoteChoice, reading: Reading) -> bool:
    """Whether a refusal's evidence says the documents lack the people (other than the asker: `NOT_THE_ASKER`) that
    the reading carried from the conversation."""
    carried = {word.casefold() for word in reading.carried}
    evidence = choice.evidence
    # An age is carried word by word ("6", "year", "old") and missing as one ("6 year old").
    return evidence is not None and any(
        set(words.casefold().split()) <= carried and any(group in NOT_THE_ASKER for group, _ in people_asked(words))
        for words in evidence.people_missing)


def _refused_for_its_people(turn: str, answer: Answer, lexical: LexicalIndex, subjects: Collection[str]) -> bool:
    """Whether `answer` refused `turn` for people other than the asker that the turn itself names ("and for
    children?"), not for people it carried from earlier: its evidence says so, or the turn asks nothing but them
    (`says_nothing_alone`: "and for my 6 year old?", refused with no word said missing)."""
    own = {words.casefold() for group, words in people_asked(turn) if group in NOT_THE_ASKER}
    if answer.status != "not_found" or not own:
        return False
    missing = answer.evidence.people_missing if answer.evidence is not None else ()
    if not missing:
        return says_nothing_alone(turn, lexical, subjects)
    return any(words.casefold() in own for words in missing)


def _turns_of(reading: Reading) -> tuple[str, ...]:
    """The earlier turns whose words `reading` carries."""
    return reading.turns or (reading.earlier,)


def _inside(sentence: Sentence, quotes: Sequence[Quote]) -> bool:
    """Whether `sentence` starts inside one of `quotes` (of its document)."""
    return any(quote.source == sentence.source and quote.start <= sentence.start < quote.end for quote in quotes)


def _overlaps(quote: Quote, quotes: Sequence[Quote]) -> bool:
    """Whether `quote` shares text with one of `quotes` (of its document)."""
    return any(other.source == quote.source and other.start < quote.end and quote.start < other.end
               for other in quotes)


# The answers to earlier turns worked out during one call of `Bot.ask_batch`, by (the turns up to and including the
# one answered, top_k, sources, heal): a turn is answered again at most once per call however many later turns ask
# for it (`Bot._turns_answered`). Per call and per thread of execution, never shared between users.
_EARLIER: contextvars.ContextVar[dict | None] = contextvars.ContextVar("verbatim_earlier_answers", default=None)

# A document-name term held by more than this share of the documents names no one subject ("dose" of
# aspirin-low-dose.html): a question is not read without it. Picked on the looked-at sets (bench/README.md, "The ask
# without its subject").
SUBJECT_DOCUMENTS = 1 / 3
# The most earlier user turns a question is read with, the latest: a follow-up leans on what was said lately, and each
# "Tell me more" among them asks the turns before it again, one level deeper each (a reviewer's 1,200 turns of it
# reached Python's recursion limit; the chat keeps 10, MTRAG-UN's longest conversation has 10).
MAX_HISTORY_TURNS = 50
# How many earlier user turns an urgent conversation reaches back: its follow-ups get the emergency message too.
URGENT_TURNS_BACK = 3
# How many earlier answers "Tell me more" leaves out the quotes of, at most (the latest).
MAX_MORE_TURNS = 5
# A question of at most this many words says too little to stand apart from an emergency before it ("¿qué hago?").
FEW_WORDS = 3


# The asker asking what to do or what will become of them ("will i be ok", "should i just take paracetamol and lie
# down", "how worried should i be"): after an urgent turn, about it unless it names another document's subject
# (health8's follow-ups to an overdose and a sudden headache had no emergency message).
# Not a question of its own that only holds such words ("How much magnesium should I take?").
_ASKS_WHAT_I_DO = re.compile(r"^\W*(?:(?:should|shall|will|would|can|could|do|must|am)\s+(?:i|we)\b|how worried\b)",
                             re.IGNORECASE)
# What a question asks when it asks what something is: "What is gout?", "what's shingles", "tell me about iron".
_ASKS_WHAT_IT_IS = re.compile(r"^\W*(?:what(?:'s| is| are)|tell me about)\b", re.IGNORECASE)
# A clause break a new question may follow ("otra pregunta: ¿qué es...?", "anyway, what's...").
_AFTER_A_BREAK = re.compile(r"[,.;:!?]\s*")
# ... or who or where, in the six languages the emergency screen reads: "¿Cuál es la capital de Francia?", "who won
# the world cup" (a reviewer's: after an emergency, only English's "what is" stood apart).
_ASKS_WHAT_OR_WHO = re.compile(
    r"(?:^|(?<=\n))\W*(?:what(?:'s| is| are| was)|tell me about|who(?:'s| is| was| won| wrote)|where(?:'s| is)|"
    r"(?:qu[eé]|cu[aá]l|qui[eé]n|d[oó]nde) (?:es|son|fue|era|gan[oó])|h[aá]blame de|"
    r"(?:was|wer|wo) (?:ist|sind|war|hat)|erz[aä]hl mir von|"
    r"qu'est-ce que c'est|qu'est-ce qu'une?|c'est quoi|quel(?:le)? (?:est|[ée]tait)|qui (?:est|a gagn[ée])|"
    r"o[uù] (?:est|se trouve)|"
    r"(?:che )?cos(?:a|') ?[eè]|qual(?:e|') ?[eè]|chi (?:[eè]|ha vinto)|dove (?:[eè]|si trova)|"
    r"o que (?:[eé]|s[aã]o)|qual (?:[eé]|foi)|quem (?:[eé]|foi|ganhou)|onde (?:[eé]|fica))\b", re.IGNORECASE)


def _asks_what_another_subject_is(question: str, turns: Sequence[str], lexical: LexicalIndex,
                                  subjects: Collection[str]) -> bool:
    """Whether `question` asks what something is, and every word of its focus names a document's subject (`subjects`,
    `subject_terms`), one of them a subject none of `turns` names: "What is gout?" after an asthma attack, not
    "ibuprofen ok?", "paracetamol overdose?" or "what's the ibuprofen dose?" (a reviewer's findings)."""
    terms = set(question_focus(question, lexical).terms)
    if not _ASKS_WHAT_IT_IS.match(question) or not terms or not terms <= set(subjects):
        return False
    return bool(terms - {term for earlier in lexical.tokenize(list(turns)) for term in earlier})


def _asks_what_it_is_anew(question: str, turns: Sequence[str], lexical: LexicalIndex) -> bool:
    """Whether `question` asks what, who or where something is, in six languages, and none of its focus words is in
    `turns`: "What is the capital of France?" after "I have crushing chest pain", not "what's the antidote for
    paracetamol?" after "he took all my paracetamol"."""
    terms = set(question_focus(question, lexical).terms)
    asked = without_chat(question)
    return bool(_ASKS_WHAT_OR_WHO.search(_AFTER_A_BREAK.sub("\n", asked))) and bool(terms) and not terms & {
        term for earlier in lexical.tokenize(list(turns)) for term in earlier}


def _names_another_subject(question: str, turns: Sequence[str], lexical: LexicalIndex,
                           subjects: Collection[str]) -> bool:
    """Whether `question` names a document's subject (`subjects`) none of `turns` names: "can i use olive oil for
    earwax" after a stroke told asks about earwax, "should i just take paracetamol and lie down" about the event."""
    terms = {term for term in question_focus(question, lexical).terms if term in subjects}
    return bool(terms - {term for earlier in lexical.tokenize(list(turns)) for term in earlier})


def _renamed(renaming: Renaming, reading: Reading | None, written: dict[str, str],
             turns: dict[str, Renaming]) -> tuple[tuple[str, str], ...]:
    """The medicine names a question was read with: its own, then those of the earlier turns its reading carried
    words from ("how much nurofen..." then "and in pregnancy?"), when the answer shows that reading (`reading`)."""
    carried = [written.get(turn, turn) for turn in (reading.turns or (reading.earlier,))] if reading else []
    pairs = list(renaming.renamed)
    for turn in carried:
        pairs.extend(turns[turn].renamed if turn in turns else ())
    return tuple(dict.fromkeys(pairs))


def _names_used(store: IndexStore) -> Callable[[str], bool]:
    """Whether the documents of `store` use a word (each of its terms is in some chunk), or a phrase (some chunk
    holds its words as written, in order, the last one maybe in the plural: "the runs" is not "run"), asked once per
    word. A phrase reads only the chunks that hold all its terms."""
    lexical = store.chunk_lexical
    terms = lexical.terms

    # Remembered for the index's life, so bounded: the words asked are the users'.
    @functools.lru_cache(maxsize=4096)
    def used(word: str) -> bool:
        stems = lexical.tokenize([word])[0]
        if not stems or not all(stem in terms for stem in stems):
            return False
        words = re.findall(r"\w+", word)
        if len(words) < 2:
            return True
        phrase = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?:s|es)?(?!\w)", re.IGNORECASE)
        return any(phrase.search(store.chunks[int(i)].text) for i in lexical.holding(stems))
    return used


class _Index:
    """The stages that read one index: retrieval and quote choice, swapped together when the index changes."""

    def __init__(self, store: IndexStore, settings: Settings, embedder: Embedder):
        self.store = store
        self.retriever = Retriever(store, settings)
        self.quotes = QuoteChooser(store, settings, embedder.words)

    @functools.cached_property
    def names_used(self) -> Callable[[str], bool]:
        """Whether the documents use a word or phrase (`_names_used`), remembered for this index."""
        return _names_used(self.store)

    @functools.cached_property
    def subjects(self) -> frozenset[str]:
        """The terms of the documents' names, which a follow-up may switch between (`followups.subject_terms`); read
        on the first question, not at opening."""
        return subject_terms(self.store.file_times, self.store.chunk_lexical)

    @functools.cached_property
    def subjects_named(self) -> "_NamedSubjects":
        """Of `subjects`, those held by at most a third of the documents (or by one): what a question names as its
        subject, read without it when its quotes are scored (`quotes.without_subject`). "gout" of gout.md, not "dose"
        of aspirin-low-dose.html, which most leaflets hold, nor "low". Each term is looked at when a question holds
        it, not all at once."""
        return _NamedSubjects(self.subjects, self.store)

    @functools.cached_property
    def named(self) -> Named:
        """What a turn may name that only some documents speak of: `subjects_named`, and any term held by at most a
        third of the documents (or by one), "alendronic" of a leaflet on osteoporosis."""
        return Named(self.subjects_named, _NamedSubjects(None, self.store))


class _NamedSubjects:
    """The terms of the documents' names (any term, when `subjects` is None) held by at most `SUBJECT_DOCUMENTS` of
    the documents (or by one), as a collection whose membership is read per term and remembered."""

    def __init__(self, subjects: frozenset[str] | None, store: IndexStore):
        columns, lexical = store.columns, store.chunk_lexical
        most = max(1.0, len(columns.chunk_sources) * SUBJECT_DOCUMENTS)

        @functools.lru_cache(maxsize=4096)  # the terms asked are the users': bounded
        def named(term: str) -> bool:
            return (subjects is None or term in subjects) and 0 < len(
                np.unique(columns.chunk_document[lexical.holding([term])])) <= most

        self._named = named

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self._named(term)


class Bot:
    """Answers questions by quoting the corpus verbatim. Thread-safe: questions asked at once are encoded as one
    batch (one encoding at a time), and `refresh` swaps in a new index whole while questions are being answered."""

    def __init__(self, settings: Settings, embedder: Embedder, store: IndexStore,
                 build_report: BuildReport | None = None):
        # Retrieval's vector math is small, and idle OpenBLAS worker threads spin, taking a core from the model's next
        # encode (bench/README.md). The model and faiss keep their own OpenMP threads.
        threadpool_limits(limits=1, user_api="blas")
        self.settings = settings
        self.embedder = embedder
        self.build_report = build_report
        self._index = _Index(store, settings, embedder)
        self._refreshing = threading.Lock()
        # Questions asked at the same time (concurrent chat users) are encoded as one batch.
        self._questions = Coalescer(lambda texts: embedder.encode(texts, batch_size=settings.encode_batch_size),
                                    max_items=settings.encode_batch_size)
        # The emergency screen's example messages, when their vectors are this model's (`bot.answer.examples`).
        self._examples = example_bank(embedder.model_hash)
        # An earlier turn is screened again for each question after it: each once, while the conversation lasts.
        self._turn_screening = functools.lru_cache(maxsize=1024)(self._screen_turn)

    @property
    def store(self) -> IndexStore:
        """The index being searched."""
        return self._index.store

    @property
    def retriever(self) -> Retriever:
        """Retrieval over the index being searched."""
        return self._index.retriever

    @property
    def questions_waiting(self) -> int:
        """How many questions wait to be encoded in the next batch (0 when idle)."""
        return self._questions.waiting

    def document(self, source: str) -> Document | None:
        """The indexed document `source` (its text is what quote offsets point into), or None."""
        return self.store.document(source)

    def refresh(self, progress: bool = False) -> BuildReport:
        """Bring the index up to date with the corpus folder, re-reading and re-embedding only what changed."""
        with self._refreshing:
            store, report = open_index(self.settings, self.embedder, progress=progress, current=self.store)
            if store is not self.store:
                self._index = _Index(store, self.settings, self.embedder)
            self.build_report = report
            return report

    @classmethod
    def open(cls, settings: Settings | None = None, progress: bool = False, embedder: Embedder | None = None,
             documents: list[Document] | None = None) -> "Bot":
        """Load the model (unless given) and the index, building or refreshing the index when missing or stale.
        `documents` replaces reading `settings.corpus_dir` (benchmarks pass their own)."""
        settings = settings or Settings.from_env()
        embedder = embedder or Embedder.load(settings.model, settings.precision, settings.backend,
                                             settings.question_encoder_dir())
        store, report = open_index(settings, embedder, progress=progress, documents=documents)
        return cls(settings, embedder, store, report)

    def ask(self, question: str, top_k: int | None = None, sources: Collection[str] | None = None,
            topics: bool = False, history: Sequence[str] = ()) -> Answer:
        """Answer one question (see `ask_batch`); `history` is the conversation's earlier user turns, oldest first."""
        return self.ask_batch([question], top_k, sources, topics, [history])[0]

    def ask_batch(self, questions: Sequence[str], top_k: int | None = None,
                  sources: Collection[str] | None = None, topics: bool = False,
                  histories: Sequence[Sequence[str]] | None = None) -> list[Answer]:
        """Answer many questions at once, in order; encoding and search run as one batch. `top_k` overrides the
        setting; `sources`, when given and not empty, limits quotes to those corpus files; with `topics`, "What can
        I ask?" is answered with what the documents cover (the chat does this). `histories`, one per question, are
        the earlier user turns of each one's conversation: a question that leans on them, or that its documents do
        not answer alone, is read with them (`bot.answer.followups`), and its answer says so. A question whose own
        search fails is answered alone: `invalid` with what went wrong, or, when urgent, with the emergency message;
        the others are answered as usual."""
        if _EARLIER.get() is not None:
            return self._answer_batch(questions, top_k, sources, topics, histories)
        token = _EARLIER.set({})
        try:
            return self._answer_batch(questions, top_k, sources, topics, histories)
        finally:
            _EARLIER.reset(token)

    def _answer_batch(self, questions: Sequence[str], top_k: int | None, sources: Collection[str] | None,
                      topics: bool, histories: Sequence[Sequence[str]] | None, heal: bool = True) -> list[Answer]:
        """`ask_batch`; with `heal`, a question read with a turn its documents did not answer is read again
        without that turn (`_read_without_refused`), which the earlier turns, answered again for it, are not."""
        top_k = self.settings.top_k if top_k is None else max(1, int(top_k))
        index = self._index  # one index for the whole batch, even if a refresh lands meanwhile
        # Only text is a turn: anything else a caller passes is no part of the conversation (and no reason to fail);
        # only the latest `MAX_HISTORY_TURNS` are read.
        history = [tuple(t for t in histories[i] if isinstance(t, str))[-MAX_HISTORY_TURNS:] if histories
                   and i < len(histories) and histories[i] else () for i in range(len(questions))]
        given = history
        screenings = [self.screening(q, h, topics) for q, h in zip(questions, history)]
        # An urgent question that could not all be read is not searched: its emergency message needs no search.
        searched = [i for i, s in enumerate(screenings) if s.status == "ok" or s.status == "urgent" and not s.reason]
        lexical, searching = index.store.chunk_lexical, set(searched)
        # A medicine or a thing asked by a name or word its documents do not use is searched by one they do
        # ("nurofen" as "ibuprofen", "the runs" as "diarrhoea"), in the question and in the turns it may be read
        # with; the answer shows the turns as they were written.
        used = index.names_used
        renamings = [reword(q, used) if i in searching else Renaming(q) for i, q in enumerate(questions)]
        asked = [renaming.text for renaming in renamings]
        turn_renamings = [{t: reword(t, used) for t in turns} if i in searching else {}
                          for i, turns in enumerate(history)]
        read_as = [tuple(turn_renamings[i][t].text if t in turn_renamings[i] else t for t in turns)
                   for i, turns in enumerate(history)]
        written = [dict(zip(read_as[i], turns)) for i, turns in enumerate(history)]
        history = read_as
        # A question that names no subject while its conversation does ("what are the side effects?" after a
        # question on aspirin) is read with it too, though nothing in it points back (a trial: alone, it quoted the
        # one leaflet listing side effects best, the pill's, in every conversation); alone when that finds nothing.
        named = index.named
        unnamed = {i for i in searching if history[i] and not leans_on_earlier(asked[i], lexical)
                   and names_no_subject(asked[i], history[i], lexical, named)}
        readings: list[Reading | None] = [
            read_with_history(asked[i], history[i], lexical, index.subjects, named=named)
            if i in searching and history[i] and (i in unnamed or leans_on_earlier(asked[i], lexical)) else None
            for i in range(len(questions))]
        choices = [QuoteChoice()] * len(questions)  # none for what was not searched
        self._by_example_alone(questions, [i for i in searched if readings[i]], screenings)
        self._choose(index, asked, searched, readings, screenings, choices, sources, top_k)
        # A question that finds nothing the way it was first read is read the other way too: alone when it was read
        # with its conversation, with its conversation when it was read alone.
        # Not a question read with its conversation whose refusal shows the documents discuss the subject it carried:
        # "What about for children?" after a cetirizine question is "say nothing about children", not a quote about
        # children from another leaflet.
        # Nor an ellipsis that alone asks nothing ("and for children?" alone quoted another medicine's doses).
        again = [i for i in searched if history[i] and not choices[i].quotes and screenings[i].status == "ok"
                 and (i in unnamed or not (readings[i] and (_discusses(choices[i], readings[i])
                                                            or says_nothing_alone(asked[i], lexical, index.subjects))))]
        retried = {i: None if readings[i] else read_with_history(asked[i], history[i], lexical, index.subjects,
                                                                 named=named,
                                                                 subject_only=True)
                   for i in again}
        retried = {i: reading for i, reading in retried.items() if reading is not None or readings[i] is not None}
        if retried:
            second = [QuoteChoice()] * len(questions)
            self._choose(index, asked, list(retried), [retried.get(i) for i in range(len(questions))],
                         screenings, second, sources, top_k)
            for i, reading in retried.items():
                if second[i].quotes or reading is None:  # alone, the question's own words decide what is missing
                    choices[i], readings[i] = second[i], reading
        if heal:
            stale = [i for i in searched if readings[i] and not choices[i].quotes and screenings[i].status == "ok"
                     and _people_carried_missing(choices[i], readings[i]) and asks_its_own(asked[i], lexical)]
            if stale:
                self._read_without_refused(index, asked, stale, given, history, readings, screenings, choices,
                                           sources, top_k)
        choices = [_own_gap_first(choice, reading) for choice, reading in zip(choices, readings)]
        # "Tell me more" and "What else?" ask for what the answers before did not quote: read as before, their quotes
        # are chosen among the sentences those answers left out (a browser trial: they repeated the same quotes).
        more = [i for i in searched if choices[i].quotes and screenings[i].status == "ok" and given[i]
                and asks_more(questions[i])]
        said_all: set[int] = set()
        if more:
            said = {i: self._quoted_before(given[i], top_k, sources, heal) for i in more}
            said = {i: quotes for i, quotes in said.items() if quotes}
            fresh = [QuoteChoice()] * len(questions)
            self._choose(index, asked, list(said), readings, screenings, fresh, sources, top_k, said)
            # Nothing left that was not quoted before: the answer stands, said to be no more than before (a refusal
            # cost two MTRAG-UN turns their own passage, quoted two turns back).
            said_all = {i for i in said if not fresh[i].quotes}
            for i in set(said) - said_all:
                choices[i] = fresh[i]
        listing = topics_answer(index.store.documents) if any(s.status == "topics" for s in screenings) else ""
        return [compose_answer(q, s, choice.quotes, self.settings, choice.similarity, listing, choice.evidence,
                               words.get(reading.earlier, reading.earlier) if reading else "",
                               tuple(words.get(t, t) for t in reading.turns) if reading else (),
                               _renamed(renaming, reading if choice.quotes else None, words, turns), i in said_all)
                for i, (q, s, choice, reading, renaming, words, turns) in enumerate(
                    zip(questions, screenings, choices, readings, renamings, written, turn_renamings))]

    def screening(self, question: object, history: Sequence[object] = (), topics: bool = False) -> Screening:
        """The first stage alone, without searching: whether `question` (read after its conversation's earlier user
        turns, `history`) is invalid, urgent, a request for the topics (with `topics`), or to be searched."""
        screening = screen(question, self.settings, topics)
        if screening.status == "ok" and history:
            after = self._screen_after(question, history)
            if after.status != "ok":
                return after
            if (settled := self._settled(question, history)) is not None:
                return settled
        if screening.status != "urgent" and history and not screening.crisis and \
                (language := self._suicide_before(history)):
            # "I can't stop thinking about ending it all", then "what is the dose of sertraline": the crisis line
            # stays with the next answers, topics and invalid ones too (a new user's trial), in the language of the
            # turn that spoke of it.
            return replace(screening, crisis=True, language=language)
        return screening

    def _settled(self, question: str, history: Sequence[object]) -> Screening | None:
        """The "settled" screening of a turn that only tells ("false alarm, sorry", "ya estamos en el hospital") that
        an emergency told in the turns before, and not settled since, was none or is in care: nothing in it to search
        for. In the turn's language, else the emergency's. None for any other turn, and after a wish to die."""
        turns = self._latest_turns(history)
        if not tells_only(question) or not settles(question) or self._suicide_before(turns) is not None:
            return None
        told = [alone for alone in map(self._turn_screening, self._unsettled(turns, False)) if alone.status == "urgent"]
        return Screening("settled", language=language_of(normalize(question), told[-1].language)) if told else None

    def _unsettled(self, turns: list[str], wish_to_die: bool) -> list[str]:
        """`turns` after the last one that settled an emergency before it ("false alarm", "we're at the hospital now"):
        what came before it is not read again ("ok thanks" after it asks nothing about it, a reviewer's). A turn that
        itself tells an emergency settles none ("the doctor said it's just a virus yesterday, but now she's floppy")."""
        settled = [i for i, turn in enumerate(turns)
                   if settles(turn, wish_to_die) and self._turn_screening(turn).status != "urgent"]
        return turns[settled[-1] + 1:] if settled else turns

    def _latest_turns(self, history: Sequence[object]) -> list[str]:
        """The last `URGENT_TURNS_BACK` earlier turns that hold text, each cut to the question limit."""
        limit = self.settings.max_question_chars
        return [turn[-limit:] for turn in history if isinstance(turn, str) and turn.strip()][-URGENT_TURNS_BACK:]

    def _suicide_before(self, history: Sequence[object]) -> str | None:
        """The language of the latest of the last `URGENT_TURNS_BACK` earlier turns that spoke of suicide or
        self-harm (`speaks_of_suicide`: urgent or not), or told an emergency read as a wish to die (the crisis line of
        its answer: "she has her dad's pills and her phone is off", read by the letters model alone), or None."""
        for turn in reversed(self._latest_turns(history)):
            if language := speaks_of_suicide(turn):
                return language
            alone = self._turn_screening(turn)
            if alone.status == "urgent" and "suicide" in alone.kinds:
                return alone.language
        return None

    def _screen_turn(self, turn: str) -> Screening:
        """The screening of an earlier turn alone, by all three signals: the phrases, the letters model and the
        example messages (`_turn_screening` keeps it while the conversation lasts)."""
        screening = screen_question(turn, self.settings.max_question_chars)
        return self._by_example(turn, screening)

    def _by_example(self, text: str, screening: Screening) -> Screening:
        """`screening` of `text`, made urgent when the example messages read an emergency in it (it encodes `text`)."""
        if screening.status != "ok" or self._examples is None or example_text(text) is None:
            return screening
        vector = self._questions.run([text])[0]
        return screen_by_example(text, vector, self._examples) or screening

    def _screen_after(self, question: str, history: Sequence[object]) -> Screening:
        """The screening of a question that passed alone, read after the latest earlier turns (at most
        `URGENT_TURNS_BACK`): an emergency told over two turns ("My 3 year old just swallowed" then "a whole bottle
        of my iron pills, what now?"), or a follow-up to an urgent turn ("Would it help?" after "I want to end my
        life tonight"; "Is it safe?" then "¿qué hago?" after "mi hijo se tomó todas las pastillas"), is urgent too,
        so its answer gives the emergency message first and nothing before it."""
        limit = self.settings.max_question_chars
        turns = self._latest_turns(history)
        wish_to_die = self._suicide_before(turns) is not None
        turns = self._unsettled(turns, wish_to_die)
        if not turns:
            return Screening("ok")
        # The latest turns, then more of them: a follow-up two turns after the emergency ("Is it safe?", then "What
        # do I do?") is urgent too. Joined as one sentence (an emergency told over two turns), and as separate ones
        # when the question leans on what came before, says little or tells of now (after "my son took all the pills",
        # "Is it safe?" and "what do I do now?" ask about the event; "What is the capital of France?" after an
        # emergency is no emergency).
        index = self._index
        lexical = index.store.chunk_lexical
        # A few words asking what a document's subject the turns before did not name is ("What is gout?" after "What
        # should I do in an asthma attack?", a new user's trial) change the subject: they say enough to stand apart.
        # Any other few words naming one may still ask about the emergency ("ibuprofen ok?", "paracetamol overdose?").
        says_little = len(question.split()) <= FEW_WORDS and not _asks_what_another_subject_is(
            question, turns, lexical, index.subjects)
        # Right after an emergency told, the next turn asks about it unless it names another subject, or asks what
        # something the turns did not name is ("What is the capital of France?"): people ask what to do in their own
        # words ("is benadryl enough or do i need the epipen", "ci metto un laccio sopra il ginocchio?", "ça prend
        # combien de temps?"), none of which leans on the turn before by its words alone. A turn that tells the
        # emergency was none or is in professional hands ("false alarm", "we're in the ER now") asks about none.
        follows_urgent = bool(turns) and not _asks_what_it_is_anew(question, turns, lexical) \
            and self._turn_screening(turns[-1]).status == "urgent"
        asks_about = not settles(question, wish_to_die) and (
            says_little or leans_on_earlier(question, lexical) or tells_of_now(question)
            or ((follows_urgent or _ASKS_WHAT_I_DO.search(question))
                and not _names_another_subject(question, turns, lexical, index.subjects_named)))
        joints = (" ", ". ") if asks_about else (" ",)
        for back in range(1, len(turns) + 1):
            # Joined as one sentence, the turns tell an emergency only if they do not already alone: a question of
            # its own after "I have crushing chest pain" would be read as asked about that pain ("... is that
            # serious?" is someone's event asked about).
            apart = screen_question(" ".join(turns[-back:]), back * (limit + 2), model=False).status == "urgent"
            for joint in joints:
                if joint == " " and apart:
                    continue
                # The phrases alone read the joins: the model's three words would be counted over several turns
                # ("Blood", "Bleeding", "Pills"), and a turn alone was already read by it.
                joined = screen_question(joint.join([*turns[-back:], question]), (back + 1) * (limit + 2), model=False)
                if joined.status == "urgent":
                    return replace(joined, earlier=tuple(turns[-back:]))
        if ". " not in joints:
            return Screening("ok")
        # An emergency only the letters model or the example messages read ("she has her dad's pills and her phone is
        # off", "honestly I don't see the point in going on anymore"), then "what should I do?": the phrases see
        # nothing in the join, so those signals read it, when the turn alone was urgent to them too (never words
        # counted over several turns; "she's home safe now" after it takes it back).
        for back in range(1, len(turns) + 1):
            if self._turn_screening(turns[-back]).status != "urgent":
                continue
            text = ". ".join([*turns[-back:], question])
            joined = self._by_example(text, screen_question(text, (back + 1) * (limit + 2)))
            if joined.status == "urgent":
                return replace(joined, earlier=tuple(turns[-back:]))
        return Screening("ok")

    def _by_example_alone(self, questions: Sequence[str], read: Sequence[int], screenings: list[Screening]) -> None:
        """The example messages' check of the questions at `read`, searched as a reading of their conversation: each
        is encoded alone for it ("my boy chewed on a laundry capsule, he keeps gagging" after another question)."""
        read = [i for i in read if screenings[i].status == "ok" and example_text(questions[i]) is not None]
        if not read or self._examples is None:
            return
        for i, vector in zip(read, self._questions.run([questions[i] for i in read])):
            screenings[i] = screen_by_example(questions[i], vector, self._examples) or screenings[i]

    def _choose(self, index: _Index, questions: Sequence[str], searched: Sequence[int],
                readings: Sequence[Reading | None], screenings: list[Screening], choices: list[QuoteChoice],
                sources: Collection[str] | None, top_k: int,
                said: Mapping[int, Sequence[Quote]] | None = None) -> None:
        """Search the questions at `searched` (each as its reading when it has one) and choose their quotes into
        `choices`, none of a sentence inside a quote `said[i]` already gave; a question whose search or choice fails
        gets a failed screening (`_failed`)."""
        texts = [readings[i].text if readings[i] else questions[i] for i in searched]
        # Nothing to search (invalid, topics): no need to wait for the model, which a refresh may be using.
        asks = [questions[i] if readings[i] else None for i in searched]
        found = self._candidates_each(index, texts, sources, asks) if texts else []
        for i, text, (vector, candidates) in zip(searched, texts, found):
            try:
                if isinstance(candidates, Exception):
                    raise candidates
                if said and said.get(i):
                    candidates = [c for c in candidates if not _inside(c.sentence, said[i])]
                if screenings[i].status == "ok" and not readings[i] and self._examples is not None:
                    # The third signal needs the question's own vector, which its search has just made.
                    screenings[i] = screen_by_example(questions[i], vector, self._examples) or screenings[i]
                # The words of conversation around a question's ask are no focus a passage must address ("have you
                # heard of...", "BTW"): its reading already leaves them out.
                asked = text if readings[i] else without_chat(text)
                before = said.get(i, ()) if said else ()
                own, people = (), None
                if readings[i]:
                    follow_up = without_chat(questions[i])
                    # A follow-up's own ask, which a passage must address (`QuoteChooser.choose`); not a question
                    # asking which things, answered by naming them.
                    if not asks_which(follow_up):
                        own = question_focus(follow_up, index.store.chunk_lexical).words
                    # The people its conversation carried ("and if I'm pregnant?") are searched with, but a passage
                    # must name only those it names itself ("how long until it works?" is answered for everyone, a
                    # trial's), unless it asks a dose or about giving, which differ by whom for.
                    if not asks_dose(follow_up) and not asks_about_giving(follow_up):
                        people = {group for group, _ in people_asked(follow_up)}
                choices[i] = index.quotes.choose(asked, candidates, top_k + len(before), own, people)
                if before:
                    # A quote is a unit (a list with its lead-in, a section under its title): one found by a
                    # sentence the answers before left out may still be one they quoted (a trial's "tell me more"
                    # repeated the self-care list, found by its section's title): such quotes give way to the next.
                    choices[i] = replace(choices[i], quotes=tuple(
                        quote for quote in choices[i].quotes if not _overlaps(quote, before))[:top_k])
            except Exception as err:
                screenings[i] = _failed(screenings[i], err)

    def _read_without_refused(self, index: _Index, asked: Sequence[str], stale: Sequence[int],
                              given: Sequence[Sequence[str]], history: Sequence[Sequence[str]],
                              readings: list[Reading | None], screenings: list[Screening], choices: list[QuoteChoice],
                              sources: Collection[str] | None, top_k: int) -> None:
        """The questions at `stale`, refused for people their reading carried and asking something of their own, read
        again without the earlier turns (of the latest `MAX_MORE_TURNS`) refused for the people they named, when that
        leaves a reading: after "and for children?" was refused ("say nothing about children"), "is it safe with
        alcohol?" asks about the paracetamol of the turn before, not about children (a new user's trial: every later
        turn was refused for children). The new reading's answer is kept when it quotes; the turns it was read with
        are named as always. A turn answered carries its words still: "is it safe with alcohol?" after "what about
        aspirin?" is about aspirin, and said to be nothing the documents say when they do not."""
        lexical = index.store.chunk_lexical
        retried: dict[int, Reading] = {}
        for i in stale:
            start = max(len(given[i]) - MAX_MORE_TURNS, 0)
            answers = self._turns_answered(given[i], start, top_k, sources, heal=False)
            # Only refusals for the people a turn asked about: the user was told the documents say nothing about
            # children and asks on; another refusal's words may still be what the next turn asks about ("Is it free?"
            # after "Is it for both men and women?" read without it quoted another service: MTRAG-UN), and a turn
            # refused for people it carried asked something of its own ("is it safe with alcohol?").
            refused = {start + k for k, answer in enumerate(answers)
                       if _refused_for_its_people(given[i][start + k], answer, lexical, index.subjects)}
            if not refused.intersection(k for k, t in enumerate(history[i]) if t in _turns_of(readings[i])):
                continue
            kept = [t for k, t in enumerate(history[i]) if k not in refused]
            reading = read_with_history(asked[i], kept, lexical, index.subjects,
                                        subject_only=not leans_on_earlier(asked[i], lexical),
                                        named=index.named) if kept else None
            # Read with less of the conversation, never with more: a turn the first reading did not use is no
            # better a guess of what the question leans on (MTRAG-UN: "Why do people need so many doses?" read with
            # an insurance question four turns back).
            if reading is not None and set(_turns_of(reading)) <= set(_turns_of(readings[i])):
                retried[i] = reading
        if not retried:
            return
        second = [QuoteChoice()] * len(asked)
        self._choose(index, asked, list(retried), [retried.get(i) for i in range(len(asked))], screenings, second,
                     sources, top_k)
        for i, reading in retried.items():
            if second[i].quotes:
                choices[i], readings[i] = second[i], reading

    def _quoted_before(self, turns: Sequence[str], top_k: int, sources: Collection[str] | None,
                       heal: bool = True) -> list[Quote]:
        """The quotes the answers to the latest `MAX_MORE_TURNS` of `turns` gave (the turns asked again, each with
        those before it: answers are the same for the same conversation). All of them, not only the latest's: "Tell
        me more" after "and at night?" repeated the first answer's quotes (a second trial). `heal` as for
        `_answer_batch`: an answer asked again to find refused turns asks none again itself."""
        start = max(len(turns) - MAX_MORE_TURNS, 0)
        return [quote for answer in self._turns_answered(turns, start, top_k, sources, heal) for quote in answer.quotes]

    def _turns_answered(self, turns: Sequence[str], start: int, top_k: int, sources: Collection[str] | None,
                        heal: bool) -> list[Answer]:
        """The answers to `turns[start:]`, each asked with the turns before it, each worked out once in a call of
        `ask_batch` (`_EARLIER`): a conversation of "Tell me more" asked every earlier turn again for each, and each
        of those its own earlier turns (a reviewer counted 507 searches for one question)."""
        known = _EARLIER.get()
        if known is None:
            known = {}
        sources_key = frozenset(sources) if sources else None
        keys = [(tuple(turns[:end + 1]), top_k, sources_key, heal) for end in range(start, len(turns))]
        missing = [k for k, key in enumerate(keys) if key not in known]
        if missing:
            answers = self._answer_batch([turns[start + k] for k in missing], top_k, sources, False,
                                         [turns[:start + k] for k in missing], heal=heal)
            known.update((keys[k], answer) for k, answer in zip(missing, answers))
        return [known[key] for key in keys]

    def reply(self, question: object, top_k: int | None = None, sources: Collection[str] | None = None,
              topics: bool = False, history: Sequence[str] = ()) -> Answer:
        """`ask`, for a server: never raises. A failure becomes an `invalid` answer saying what went wrong (the
        error's own message for a BotError), which still carries the notice; an urgent question keeps its
        emergency message whatever fails."""
        try:
            return self.ask(question, top_k, sources, topics, history)
        except Exception as err:  # never a traceback in the chat
            screening = _failed(screen_question(question, self.settings.max_question_chars), err)
            return compose_answer(question if isinstance(question, str) else "", screening, (), self.settings)

    def search_batch(self, questions: Sequence[str]) -> list[list[Hit]]:
        """Fused chunk hits for each question, best first."""
        return self._search(self._index, questions)[1]

    def candidates_batch(self, questions: Sequence[str],
                         sources: Collection[str] | None = None) -> list[list[Candidate]]:
        """Scored sentences of the best chunks for each question, best first, before any threshold; only from
        the files `sources` when given."""
        return [candidates for _, candidates in self._candidates(self._index, questions, sources)]

    def _candidates(self, index: _Index, questions: Sequence[str], sources: Collection[str] | None,
                    asks: Sequence[str | None] | None = None) -> list[tuple[np.ndarray, list[Candidate]]]:
        """`candidates_batch`, each with the question's vector; `asks`, one per question, the own text of a
        follow-up searched as its reading."""
        asks = asks or [None] * len(questions)
        # A question naming a document's subject is read without it as well, encoded in the same batch.
        free = [without_subject(question if ask is None else ask, index.store.chunk_lexical, index.subjects_named)
                if self.settings.subject_free_weight or self.settings.subject_chunks else None
                for question, ask in zip(questions, asks)]
        vectors, hits, free_vectors = self._search(index, questions, self.settings.candidate_chunks, sources,
                                                   [text for text in free if text])
        free_vector = iter(free_vectors)
        return [(v, index.quotes.candidates(q, h, v, a, next(free_vector) if text else None))
                for q, h, v, a, text in zip(questions, hits, vectors, asks, free)]

    def _candidates_each(self, index: _Index, questions: Sequence[str], sources: Collection[str] | None,
                         asks: Sequence[str | None]) -> list[tuple[np.ndarray | None, list[Candidate] | Exception]]:
        """`_candidates`, with a failure kept to the question that causes it: when the batch fails, each question
        is searched alone, and one whose search fails gets its error in place of its candidates."""
        try:
            return self._candidates(index, questions, sources, asks)
        except Exception as err:
            if len(questions) == 1:
                return [(None, err)]
        found: list[tuple[np.ndarray | None, list[Candidate] | Exception]] = []
        for question, ask in zip(questions, asks):
            try:
                found.extend(self._candidates(index, [question], sources, [ask]))
            except Exception as err:
                found.append((None, err))
        return found

    def _search(self, index: _Index, questions: Sequence[str], limit: int | None = None,
                sources: Collection[str] | None = None, more: Sequence[str] = ()
                ) -> tuple[np.ndarray, list[list[Hit]], np.ndarray]:
        """The questions' vectors and hits, and the vectors of `more` texts encoded in the same batch."""
        vectors = self._questions.run([*questions, *more])
        vectors, extra = vectors[:len(questions)], vectors[len(questions):]
        return vectors, (index.retriever.search_batch(questions, vectors, limit, sources) if len(questions) else []), \
            extra
