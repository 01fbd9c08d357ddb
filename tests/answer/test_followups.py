"""Follow-up questions read with the earlier turns of their conversation."""

import pytest

from bot.answer.followups import leans_on_earlier, read_with_history
from bot.index.lexical import LexicalIndex

LEXICAL = LexicalIndex(["Magnesium may help restless legs syndrome.", "Take magnesium at night before bed.",
                        "Creams and sprays put magnesium on the skin.", "Iron is found in red meat."])
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
