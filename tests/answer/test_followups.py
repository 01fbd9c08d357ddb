"""Follow-up questions read with the earlier turns of their conversation."""

import pytest

from bot.answer.followups import (Named, asks_more, leans_on_earlier, names_no_subject, read_with_history,
                                  says_nothing_alone, subject_terms, without_chat)
from bot.answer.support import question_focus
from bot.index.lexical import LexicalIndex

LEXICAL_TEXTS = ["Magnesium may help restless legs syndrome.", "Take magnesium at night before bed.",
                 "Creams and sprays put magnesium on the skin.", "Iron is found in red meat."]
LEXICAL = LexicalIndex(LEXICAL_TEXTS)
EARLIER = ("What is restless legs syndrome?", "Can magnesium help restless legs?")


@pytest.mark.parametrize("question", ["What about at night?", "Does it work for everyone?", "and creams?", "Why?",
                                      "Tell me more", "Is that safe for children?"])
def test_questions_that_lean_on_what_was_said_before_are_read_with_it(question):
    assert leans_on_earlier(question, LEXICAL)
    reading = read_with_history(question, EARLIER, LEXICAL)
    assert reading.earlier == EARLIER[-1]  # the latest earlier turn
    assert reading.text.startswith(question) and "magnesium" in reading.text


@pytest.mark.parametrize("question", ["Is magnesium better taken at night for restless legs?",
                                      "Which foods contain iron and vitamin C?",
                                      # short, but nothing in them points outside: asked alone first
                                      "What should I do to sleep better?", "Side effects?",
                                      # a why that says what it asks about
                                      "Why can pregnancy cause anaemia?", "What if I can't fall asleep at night?"])
def test_questions_that_stand_alone_are_not_read_with_history(question):
    assert not leans_on_earlier(question, LEXICAL)


def test_words_the_question_has_are_not_carried_and_empty_turns_are_passed_over():
    reading = read_with_history("Does magnesium work at night?", ["Can magnesium help restless legs?", "  "], LEXICAL)
    assert reading.text.lower().count("magnesium") == 1 and "restless" in reading.text
    assert read_with_history("Why?", [], LEXICAL) is None
    assert read_with_history("Why?", ["the and of"], LEXICAL) is None  # nothing to carry


@pytest.mark.parametrize("middle", ["What about at night?", "and creams?", "Tell me more"])
def test_a_follow_up_to_a_follow_up_keeps_the_subject(middle):
    # "What about at night?" alone carries only "night"; the words it was read with come after its own.
    reading = read_with_history("Does it work for everyone?", ["Can magnesium help restless legs?", middle], LEXICAL)
    assert {"magnesium", "restless", "legs"} <= set(reading.carried)
    assert list(reading.carried[:len(question_focus(middle, LEXICAL).words)]) == [
        w for w in reading.carried if w in question_focus(middle, LEXICAL).words]  # its own words first


@pytest.mark.parametrize("question, middle, earlier", [
    ("Does it work for everyone?", "What about at night?", "What about at night?"),  # it adds "night"
    ("Does it work for everyone?", "Tell me more", "Can magnesium help restless legs?"),  # it adds nothing
    ("Why?", "Thanks, that is it.", "Can magnesium help restless legs?"),
    ("Is it safe at night?", "What about at night?", "Can magnesium help restless legs?"),  # "night" asked again
])
def test_the_turn_read_with_is_the_one_the_words_came_from(question, middle, earlier):
    # The answer says "Read with your earlier question: ..." and feedback replays the question with that turn.
    reading = read_with_history(question, ["Can magnesium help restless legs?", middle], LEXICAL)
    assert reading.earlier == earlier
    assert read_with_history(question, [reading.earlier], LEXICAL).carried == reading.carried or middle == earlier


@pytest.mark.parametrize("history, turns", [
    (["Can magnesium help restless legs?", "What about at night?"],
     ("Can magnesium help restless legs?", "What about at night?")),
    (["Can magnesium help restless legs?", "Tell me more"], ("Can magnesium help restless legs?",)),
    (["What is restless legs syndrome?", "Can magnesium help restless legs?"], ("Can magnesium help restless legs?",)),
])
def test_a_reading_names_every_turn_its_words_came_from_and_replays_the_same(history, turns):
    reading = read_with_history("Does it work for everyone?", history, LEXICAL)
    assert reading.turns == turns and reading.earlier == turns[-1]
    assert read_with_history("Does it work for everyone?", list(turns), LEXICAL).text == reading.text


SUBJECTS = subject_terms(["leaflets/magnesium.md", "iron.txt", "creams#3"], LEXICAL)


def test_the_subjects_are_the_terms_of_the_documents_names():
    assert SUBJECTS == {"magnesium", "iron", "cream"}


def test_the_people_a_document_is_for_are_no_subject_to_switch_to():
    lexical = LexicalIndex(["Ibuprofen eases pain.", "Eczema in children is common."])
    names = ["ibuprofen.md", "eczema-children.md", "Constipation in babies.txt", "eczema-babies-and-children.md",
             "infant-formula-and-infantile-colic.md"]  # every people word, as a word (a reviewer's)
    assert subject_terms(names, lexical) == {"ibuprofen", "eczema", "constip", "formula", "infantil", "colic"}
    # the browser trial's follow-up: "children" had switched to the eczema leaflet and carried nothing
    reading = read_with_history("what about for children?", ["how many ibuprofen can an adult take in a day?"],
                                lexical, subject_terms(names, lexical))
    assert reading is not None and "ibuprofen" in reading.carried


def test_a_follow_up_s_people_take_the_place_of_the_earlier_turn_s_and_an_ellipsis_asks_what_it_asked():
    reading = read_with_history("what about for children?", ["how many ibuprofen can an adult take in a day?"],
                                LEXICAL)
    assert "ibuprofen" in reading.carried and "adult" not in reading.carried
    assert reading.text.startswith("what about for children? how many ")
    reading = read_with_history("and in pregnancy?", ["how much magnesium should women take?"], LEXICAL)
    assert "women" not in reading.carried and "how much" in reading.text
    # a follow-up asking its own quantity, or naming no people, keeps its own ask and the earlier turn's people
    reading = read_with_history("and how long for children?", ["how many tablets can an adult take?"], LEXICAL)
    assert "how many" not in reading.text
    assert "adult" in read_with_history("and at night?", ["how much can an adult take?"], LEXICAL).carried
    assert "how much" not in read_with_history("Does it work?", ["how much magnesium?"], LEXICAL).text
    # an ellipsis with an ask of its own asks it, not the earlier turn's (a reviewer's)
    for own in ("and what are its side effects for children?", "what else can I do for my kids?"):
        assert "how many" not in read_with_history(own, ["How many magnesium tablets can adults take?"], LEXICAL).text
    # either way round, and an age asked before gives way to the people asked now
    reading = read_with_history("and what about for adults?", ["how much magnesium can children take?"], LEXICAL)
    assert "children" not in reading.carried and "magnesium" in reading.carried
    reading = read_with_history("and for a 70 year old man?", ["how much magnesium for a 10 year old?"], LEXICAL)
    assert not {"10", "year", "old"} & set(reading.carried) and "magnesium" in reading.carried


@pytest.mark.parametrize("question, history", [
    # a trial's conversations: the child's age was carried on, and each of these refused "say nothing about 18 month"
    ("and if I'm pregnant?", ["Can my 18 month old take magnesium?", "and my husband?"]),
    ("is it ok if I have asthma?", ["how many magnesium tablets can I take in a day?", "and for my 10 year old?"]),
    ("and for me?", ["how much magnesium for my 4 year old?"]),
])
def test_the_asker_takes_the_place_of_the_people_earlier_turns_carried(question, history):
    reading = read_with_history(question, history, LEXICAL)
    assert "magnesium" in reading.carried
    assert not {"18", "month", "10", "4", "year", "old", "husband"} & set(reading.carried), reading


def test_a_question_of_its_own_read_with_a_follow_up_takes_only_what_that_was_read_with():
    # a trial: "how much can I take?" after "and in pregnancy?" (read with a paracetamol and alcohol question) was
    # refused; "can I drive?" after "is it safe with alcohol?" asked about alcohol
    history = ["Can magnesium help restless legs?", "is it safe with alcohol?"]
    reading = read_with_history("can I drive?", history, LEXICAL, subject_only=True)
    assert {"magnesium", "restless", "legs"} <= set(reading.carried) and not {"safe", "alcohol"} & set(reading.carried)
    assert reading.earlier == history[0]
    # without it (a follow-up leaning on the turn before) the turn's own words come too
    assert "alcohol" in read_with_history("can I drive then?", history, LEXICAL).carried


def test_an_ellipsis_or_a_pointing_question_naming_no_subject_says_nothing_alone():
    subjects = subject_terms(["magnesium.md", "iron.md"], LEXICAL)
    for question in ("and for children?", "what about at night?", "and is it safe with alcohol?", "Why is that?"):
        assert says_nothing_alone(question, LEXICAL, subjects), question
    for question in ("and iron?", "Is iron safe with alcohol?", "Can children take iron?"):
        assert not says_nothing_alone(question, LEXICAL, subjects), question


@pytest.mark.parametrize("question, history, carried, not_carried", [
    # a turn naming another subject with nothing pointing back switches to it
    ("What about iron?", ["Can magnesium help restless legs?"], {"restless", "legs"}, {"magnesium"}),
    ("Which foods have it?", ["Can magnesium help restless legs?", "What about iron?"], {"iron"}, {"magnesium"}),
    # a question pointing back asks about both; an aspect ("at night") switches nothing
    ("Can I take it with iron?", ["Can magnesium help restless legs?"], {"magnesium"}, set()),
    ("Does it work for everyone?", ["Can magnesium help restless legs?", "What about at night?"],
     {"magnesium", "night"}, set()),
])
def test_a_turn_naming_another_documents_subject_switches_to_it(question, history, carried, not_carried):
    reading = read_with_history(question, history, LEXICAL, SUBJECTS)
    assert carried <= set(reading.carried) and not not_carried & set(reading.carried)
    assert "magnesium" in read_with_history(question, history, LEXICAL).text  # without the names, carried


def test_a_long_chain_of_follow_ups_is_read_once_each_and_keeps_the_subject():
    calls = []  # nothing to carry: each turn was read again for each later one, 12,286 words split
    assert read_with_history("Why?", ["Why?"] * 12, CountingLexical(calls)) is None and len(calls) < 1_000
    reading = read_with_history("and creams?", ["Can magnesium help restless legs?"] + ["and sprays?"] * 1_500, LEXICAL)
    assert "magnesium" in reading.carried  # no recursion as deep as the conversation is long


@pytest.mark.parametrize("question, history, carried, not_carried", [
    # A browser trial: after a refused "what about for children?", every later follow-up was refused for children.
    ("and at night?", ["Can magnesium help restless legs?", "what about for children?"], {"magnesium", "restless"},
     {"children"}),
    ("and sprays?", ["Can magnesium help restless legs?", "What about at night?"], {"magnesium"}, {"night"}),
    # a subject the ellipsis before named stays: "and at night?" after "What about iron?" asks about iron at night
    ("and at night?", ["Can magnesium help restless legs?", "What about iron?"], {"iron"}, {"magnesium"}),
    # a follow-up that asked a question of its own is no ellipsis to replace (MTRAG-UN: "What about the rent-to-buy
    # option?" after "Is there a maximum income limit to qualify?")
    ("and sprays?", ["Can magnesium help restless legs?", "Is it better taken at night?"], {"magnesium", "night"},
     set()),
    ("and sprays?", ["Can magnesium help restless legs?", "And is it better taken at night?"],
     {"magnesium", "night"}, set()),  # a reviewer's: an "And" that asks its own question
])
def test_an_ellipsis_with_words_of_its_own_takes_the_place_of_the_follow_up_before_it(question, history, carried,
                                                                                     not_carried):
    reading = read_with_history(question, history, LEXICAL, SUBJECTS)
    assert carried <= set(reading.carried) and not not_carried & set(reading.carried), reading


def test_a_follow_up_that_adds_nothing_of_its_own_carries_the_ellipsis_before_it_whole():
    assert {"children", "magnesium"} <= set(read_with_history(
        "Why?", ["Can magnesium help restless legs?", "what about for children?"], LEXICAL, SUBJECTS).carried)


class CountingLexical(LexicalIndex):
    """LEXICAL's texts, counting the words it is asked to split (one list per question read)."""

    def __init__(self, calls: list):
        super().__init__(LEXICAL_TEXTS)
        self._calls = calls

    def tokenize(self, words):
        self._calls.append(words)
        return super().tokenize(words)


def test_a_turn_that_stands_alone_carries_only_its_own_words():
    reading = read_with_history("Does it work?", ["Can magnesium help restless legs?", "Which foods contain iron?"],
                                LEXICAL)
    assert "magnesium" not in reading.carried and "iron" in reading.carried


@pytest.mark.parametrize("question, asked", [
    ("Sorry, I meant at night.", "at night."),
    ("got it. I heard that creams work?", "creams work?"),
    ("BTW do you think it helps children?", "it helps children?"),
    ("No, I want to ask you about creams", "creams"),
    ("Is that all? I heard there are sprays too.", "Is that all? there are sprays too."),
    ("I mean, what about creams?", "what about creams?"),
    ("No. Sorry, at night?", "at night?"),
])
def test_a_reading_leaves_out_the_words_of_conversation_around_the_ask(question, asked):
    # Documents never say "sorry", "heard" or "meant": as focus words of the reading they only count as missing.
    reading = read_with_history(question, EARLIER, LEXICAL)
    assert reading.text.startswith(asked) and "magnesium" in reading.text
    focus = {word.casefold() for word in question_focus(reading.text, LEXICAL).words}
    assert not focus & {"sorry", "meant", "heard", "got", "btw", "ask"}


def test_the_words_of_conversation_of_an_earlier_turn_are_not_carried():
    # "I meant of the whole trail..." carries "trail", not "meant" (an MTRAG-UN conversation)
    reading = read_with_history("Can I take it with food?", ["Sorry, I meant magnesium tablets, not creams"], LEXICAL)
    assert "magnesium" in reading.carried and not {"sorry", "meant"} & {w.casefold() for w in reading.carried}


@pytest.mark.parametrize("question", ["Thanks!", "Got it.", "Know your rights", "Noise levels at night?",
                                      "Are thank-you notes needed?", "Is the Great Lakes water safe?",
                                      # "no", "I see", "thank you" that are words of the ask (a reviewer's finding)
                                      "No periods for 3 months, is that normal?", "Can I eat eggs, no dairy?",
                                      "I see double after reading, why?", "Thank you notes?", "Is it safe, no?"])
def test_a_question_with_nothing_around_its_ask_or_nothing_else_is_kept_as_asked(question):
    assert without_chat(question) == question


@pytest.mark.parametrize("question", ["Sorry, why?", "OK, and creams?", "Thanks. What about at night?"])
def test_a_follow_up_after_words_of_conversation_still_leans_on_the_earlier_turn(question):
    assert leans_on_earlier(question, LEXICAL)


@pytest.mark.parametrize("question, more", [
    ("Tell me more", True), ("OK, tell me more about it", True), ("More?", True), ("more details please", True),
    ("What else can I do?", True), ("Anything else?", True), ("Any other options?", True), ("go on", True),
    ("More people get it in winter?", False), ("Is there any other treatment?", False),
    ("continue taking it?", False), ("What about at night?", False)])
def test_a_request_for_more_than_was_said_is_told_from_a_question_of_its_own(question, more):
    assert asks_more(question) is more


def test_a_documents_subject_is_never_cut_from_what_a_long_chain_carries():
    # A new user's trial: after "and if she is formula fed?" and "what about a 12 year old?", "can I get it through a
    # window?" carried their words, and "vitamin D", the subject, was cut.
    lexical = LexicalIndex(["Vitamin D is made in the skin in sunlight.", "Babies fed infant formula get vitamin D.",
                            "Glass blocks the sunlight the skin needs."])
    history = ["How much vitamin D does my baby need?", "and if she is formula fed?",
               "and if she has dark skin or wears a veil?"]
    question = "can I get it through a window?"
    assert "vitamin" not in read_with_history(question, history, lexical).carried  # no subjects known: cut
    reading = read_with_history(question, history, lexical, frozenset({"vitamin"}))
    assert "vitamin" in reading.carried and len(reading.carried) == 6


def test_the_age_a_turn_asked_about_is_carried_whole():
    # A reviewer's finding: once "year" and "old" were no focus, "and how often?" after "what about my 8 year old?"
    # was read with the adult question alone, and quoted the adults' line.
    reading = read_with_history("and how often?", ["How much magnesium can I take?", "what about my 8 year old?"],
                                LEXICAL)
    assert {"8", "year", "old"} <= set(reading.carried)


def test_a_question_naming_nothing_few_documents_hold_leans_on_a_turn_that_does():
    named = Named(subjects=frozenset({"iron"}), rare=frozenset({"cream", "spray", "iron", "red", "meat", "bed"}))
    assert names_no_subject("What are the side effects?", ["Can I take iron?"], LEXICAL, named)
    assert names_no_subject("Is it safe?", ["Are there creams?"], LEXICAL, named)  # a word few documents hold
    # it names one itself, or nothing before it does
    assert not names_no_subject("Are sprays safe?", ["Can I take iron?"], LEXICAL, named)
    assert not names_no_subject("What are the side effects?", ["Hello there"], LEXICAL, named)
    assert not names_no_subject("What are the side effects?", [], LEXICAL, named)
    # only the latest turns count
    assert not names_no_subject("What are the side effects?", ["Can I take iron?", "a", "b", "c"], LEXICAL, named)
