"""The emergency screen's work on hostile messages stays bounded: a message made of hundreds of emergency phrases,
each rejected (here by a mention cue at its end), is not read phrase by phrase in its 2,000-character sentence."""

from bot.answer import safety
from bot.answer.safety import screen_question


def test_a_message_of_hundreds_of_rejected_phrases_reads_only_a_few_of_them(monkeypatch):
    reads = []
    happening = safety._happening
    monkeypatch.setattr(safety, "_happening", lambda *args, **kwargs: reads.append(1) or happening(*args, **kwargs))
    message = ("vomi sang " * 200)[:1987] + " in the novel"
    assert screen_question(message, 2000).status == "ok"
    assert 0 < len(reads) <= 100  # 12 a pattern that matches; the message holds about 400 matches


def test_an_emergency_after_many_sentences_of_mentions_and_past_events_is_still_urgent():
    for before in ("My dad had chest pain last year. ", "No chest pain yesterday. ",
                   "My sister read about chest pain in a novel. "):
        message = before * 14 + "Now I have crushing chest pain right now"
        assert screen_question(message, 2000).status == "urgent", before


def test_invisible_format_characters_inside_words_hide_no_emergency():
    for hidden in ("\u200b", "\u00ad", "\u200f", "\u2060"):
        assert screen_question(f"I have che{hidden}st pa{hidden}in right now", 2000).status == "urgent", repr(hidden)


def test_a_whole_message_spelt_out_letter_by_letter_is_read_as_words():
    message = ("i n e e d h e l p m y d a d c a n t b r e a t h e " * 40)[:1990]
    assert screen_question(message, 2000).status == "urgent"
    assert screen_question(("a " * 1000)[:1990], 2000).status == "ok"
