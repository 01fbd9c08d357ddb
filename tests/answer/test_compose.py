import pytest

from bot.answer.compose import NOTICE, NOTICES, Quote, compose_answer, emergency_message, escape_markdown, location
from bot.answer.phrases import ENGLISH, GERMAN, LANGUAGES
from bot.answer.quotes import Candidate, select_quotes
from bot.answer.safety import Screening
from bot.index.chunking import chunk_document
from bot.settings import Settings

TEXT = "Alpha one. Beta two.\nGamma three. Delta four."


def candidates(scores: dict[int, float]):
    sentences, chunks = chunk_document("d.txt", TEXT, lambda ts: [len(t.split()) for t in ts], chunk_tokens=100,
                                       max_tokens=100, overlap_sentences=0)
    found = [Candidate(i, sentences[i], s, chunks[0], s) for i, s in scores.items()]
    return sorted(found, key=lambda c: (-c.score, c.sentence_id))


def test_nothing_above_the_threshold_gives_no_quotes():
    assert select_quotes(candidates({0: 0.3, 1: 0.2}), top_k=3, min_score=0.45, margin=0.2) == []


def test_quotes_are_best_first_and_within_the_margin_of_the_best():
    quotes = select_quotes(candidates({0: 0.9, 2: 0.8, 3: 0.5}), top_k=3, min_score=0.45, margin=0.2)
    assert [q.text for q in quotes] == ["Alpha one.", "Gamma three."]


def test_at_most_top_k_quotes():
    quotes = select_quotes(candidates({0: 0.9, 2: 0.89}), top_k=1, min_score=0.45, margin=0.5)
    assert [q.text for q in quotes] == ["Alpha one."]


def test_neighbouring_sentences_merge_into_one_verbatim_quote():
    quotes = select_quotes(candidates({0: 0.7, 1: 0.9}), top_k=3, min_score=0.45, margin=0.5)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text == "Alpha one. Beta two." == TEXT[quote.start:quote.end]
    assert (quote.line_start, quote.line_end, quote.score) == (1, 1, 0.9)
    assert location(quote) == "d.txt, line 1"


def test_a_joined_quote_keeps_and_shows_its_best_sentence_in_bold():
    quote = select_quotes(candidates({0: 0.7, 1: 0.9}), top_k=3, min_score=0.45, margin=0.5)[0]
    assert TEXT[quote.best_start:quote.best_end] == "Beta two."
    answer = compose_answer("q", Screening("ok"), [quote], Settings())
    assert "> Alpha one. **Beta two.**" in answer.answer
    assert Quote.from_record(answer.to_record("1")["quotes"][0]) == quote
    first_best = select_quotes(candidates({0: 0.9, 1: 0.7}), top_k=3, min_score=0.45, margin=0.5)[0]
    assert TEXT[first_best.best_start:first_best.best_end] == "Alpha one."
    alone = select_quotes(candidates({0: 0.9}), top_k=3, min_score=0.45, margin=0.5)[0]
    assert (alone.best_start, alone.best_end) == (None, None)
    assert "**" not in compose_answer("q", Screening("ok"), [alone], Settings()).answer


def test_bold_spans_each_line_of_a_best_span_and_escapes_its_text():
    text = "Intro line.\nBest *part* one\n\nand two."
    quote = Quote(text=text, source="d.md", start=10, end=10 + len(text), line_start=1, line_end=4, page_start=None,
                  page_end=None, heading="", score=0.5, best_start=10 + text.index("Best"), best_end=10 + len(text))
    body = compose_answer("q", Screening("ok"), [quote], Settings()).answer
    assert "> Intro line.\n> **Best \\*part\\* one**\n>\n> **and two.**" in body


def test_a_best_span_over_list_items_leaves_their_markers_outside_the_bold_so_they_show_as_one_list():
    from markdown_it import MarkdownIt

    text = "The dose depends on age:\n\n- 3 to 5 months: 2.5 ml\n- 6 to 11 months: 5 ml\n1. Shake the bottle"
    best_end = text.index("\n- 6")
    quote = Quote(text=text, source="d.md", start=0, end=len(text), line_start=1, line_end=5, page_start=None,
                  page_end=None, heading="", score=0.5, best_start=0, best_end=best_end)
    body = compose_answer("q", Screening("ok"), [quote], Settings()).answer.split("\n\n\u2014")[0]
    assert "> - **3 to 5 months: 2.5 ml**\n> - 6 to 11 months: 5 ml" in body
    html = MarkdownIt().render(body)
    assert html.count("<li>") == 3 and html.count("<ul>") == 1
    assert "<li><strong>3 to 5 months: 2.5 ml</strong></li>" in html
    numbered = Quote(**{**quote.__dict__, "best_start": text.index("1. Shake"), "best_end": len(text)})
    assert "> 1. **Shake the bottle**" in compose_answer("q", Screening("ok"), [numbered], Settings()).answer


@pytest.mark.parametrize("text, best", [("第一句。第二句。第三句。", "第二句。"), ("Stop!Now go.", "Stop!"),
                                        ("Intro. (Take 2 tablets.)Next part.", "(Take 2 tablets.)")])
def test_a_best_span_not_set_off_by_spaces_is_shown_plain_never_with_stray_stars(text, best):
    start = text.index(best)
    quote = Quote(text=text, source="d.txt", start=0, end=len(text), line_start=1, line_end=1, page_start=None,
                  page_end=None, heading="", score=0.5, best_start=start, best_end=start + len(best))
    answer = compose_answer("q", Screening("ok"), [quote], Settings()).answer
    assert "**" not in answer.split("\n\n")[0] and answer.startswith("> " + escape_markdown(text))


def quote_at(**place) -> Quote:
    fields = dict(line_start=None, line_end=None, page_start=None, page_end=None, heading="")
    return Quote(text="a\nb", source=place.pop("source", "x/y.md"), start=0, end=3, score=0.5, **{**fields, **place})


def test_location_names_a_line_range():
    assert location(quote_at(line_start=3, line_end=4)) == "x/y.md, lines 3\u20134"


def test_location_names_pages_and_the_heading_path():
    assert location(quote_at(source="a.pdf", page_start=2, page_end=2)) == "a.pdf, page 2"
    assert location(quote_at(source="a.pdf", page_start=2, page_end=3)) == "a.pdf, pages 2\u20133"
    assert location(quote_at(source="w.docx", heading="Magnesium > Dosage")) == "w.docx, Magnesium > Dosage"
    assert location(quote_at(heading="Sleep", line_start=7, line_end=7)) == "x/y.md, Sleep, line 7"


@pytest.mark.parametrize("status", ["ok", "urgent", "invalid"])
@pytest.mark.parametrize("with_quotes", [True, False])
def test_every_path_carries_the_notice(status, with_quotes):
    quotes = select_quotes(candidates({0: 0.9}), 3, 0.45, 0.2) if with_quotes else []
    answer = compose_answer("q?", Screening(status, "Bad question."), quotes, Settings())
    assert answer.notice in NOTICES and answer.answer.endswith(f"*{answer.notice}*")
    assert answer.notice == (ENGLISH.notice if status == "urgent" else NOTICE)
    expected = {"ok": "answered" if with_quotes else "not_found", "urgent": "urgent", "invalid": "invalid"}
    assert answer.status == expected[status]


def test_urgent_answers_put_the_emergency_numbers_first():
    settings = Settings()
    answer = compose_answer("q", Screening("urgent", kinds=("suicide",)), [], settings)
    first = answer.answer.split("\n\n")[0]
    assert "112" in first and "911" in first and "emergency" in first
    assert "988" in answer.answer


def test_emergency_number_is_configurable():
    answer = compose_answer("q", Screening("urgent", kinds=("heart",)), [], Settings(emergency_numbers="000"))
    assert "000" in answer.answer and "911" not in answer.answer


def test_answer_text_shows_quote_and_location():
    quotes = select_quotes(candidates({3: 0.9}), 3, 0.45, 0.2)
    answer = compose_answer("q", Screening("ok"), quotes, Settings())
    assert "> Delta four." in answer.answer and "d.txt, line 2" in answer.answer


def test_markup_in_documents_is_escaped_so_it_shows_as_text():
    from html import unescape

    from markdown_it import MarkdownIt

    render = MarkdownIt("commonmark", {"html": True}).render  # raw HTML on, as a chat that trusted it would be
    said = ('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=y> *b* &lt;i&gt; <!-- c --> '
            '<http://x.test>')
    escaped = escape_markdown(said)
    assert "<" not in escaped.replace("< ", "") and "[" not in escaped.replace("\\[", "")
    assert "*" not in escaped.replace("\\*", "")
    html = render(escaped)
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<em>" not in html
    assert unescape(html.removeprefix("<p>").removesuffix("</p>\n")) == said  # shown as written
    # only what could start markup is escaped: what a person copies reads as written
    for plain in ("R&D", "A&E", "Cold sores > Things you can do", "under 5 years (< 5)", "2 > 1"):
        assert escape_markdown(plain) == plain
    for line in ("> not a quote", "  > nor this"):
        assert unescape(render(escape_markdown(line))).strip() == f"<p>{line.strip()}</p>"
    # a reviewer's: a ">" after a list marker, or after a lone carriage return, opens a quote too; "<" before a digit
    # or a dot opens an e-mail link
    for line in ("- > Checked by your GP", "1. > x", "+ > y", "x\r> > y", "<1@evil.example>", "<.a@b.co>"):
        html = render("> " + escape_markdown(line))
        assert html.count("<blockquote>") == 1 and "<a " not in html, (line, html)


def test_a_list_marker_stays_outside_the_bold_only_at_a_line_s_start():
    text = "Dose - 5 ml twice"
    start = text.index("- 5")
    quote = Quote(text=text, source="d.txt", start=0, end=len(text), line_start=1, line_end=1, page_start=None,
                  page_end=None, heading="", score=0.5, best_start=start, best_end=len(text))
    assert "> Dose **- 5 ml twice**" in compose_answer("q", Screening("ok"), [quote], Settings()).answer


def test_the_earlier_turn_an_answer_was_read_with_is_shown_escaped_and_kept_no_longer_than_a_question():
    quotes = select_quotes(candidates({3: 0.9}), 3, 0.45, 0.2)
    earlier = "Is it \u202eeslaf\u202c safe \x1b[31mred\x00 <b>bold</b>? " + "x" * 10_000
    answer = compose_answer("Why?", Screening("ok"), quotes, Settings(), context=earlier)
    line = answer.answer.split("\n")[0]
    assert line.startswith("*Read with your earlier question:")
    assert not any(ch in line for ch in "\u202e\u202c\x1b\x00") and "\\u202e" in line
    assert "<b>" not in line and "&lt;b>bold&lt;/b>" in line
    assert len(answer.context) <= Settings().max_question_chars + 1
    assert answer.context.startswith("Is it \u202eeslaf")  # the record keeps the text itself, cut


def test_record_has_the_documented_fields():
    quotes = select_quotes(candidates({0: 0.9}), 3, 0.45, 0.2)
    record = compose_answer("q", Screening("ok"), quotes, Settings()).to_record("7")
    assert list(record) == ["id", "question", "status", "answer", "notice", "quotes"]
    assert list(record["quotes"][0]) == ["text", "source", "start", "end", "line_start", "line_end",
                                         "page_start", "page_end", "heading", "score", "ocr", "best_start",
                                         "best_end"]


def test_quotes_need_similarity_above_the_threshold_even_when_their_score_is_high():
    sentences, chunks = chunk_document("d.txt", TEXT, lambda ts: [len(t.split()) for t in ts], chunk_tokens=100,
                                       max_tokens=100, overlap_sentences=0)
    lexical_only = Candidate(0, sentences[0], score=0.9, chunk=chunks[0], similarity=0.3)
    semantic = Candidate(2, sentences[2], score=0.8, chunk=chunks[0], similarity=0.7)
    assert [q.text for q in select_quotes([lexical_only, semantic], 3, 0.45, 0.3)] == ["Gamma three."]
    assert select_quotes([lexical_only], 3, 0.45, 0.3) == []


def test_neighbours_across_a_line_break_stay_separate_quotes():
    text = "# Alpha one\nBeta two."
    sentences, chunks = chunk_document("d.txt", text, lambda ts: [len(t.split()) for t in ts], chunk_tokens=100,
                                       max_tokens=100, overlap_sentences=0)
    found = [Candidate(i, sentences[i], 0.9 - i / 10, chunks[0], 0.9 - i / 10) for i in range(2)]
    assert [q.text for q in select_quotes(found, 3, 0.45, 0.3)] == ["# Alpha one", "Beta two."]


def test_an_answer_echoes_at_most_the_question_limit_and_only_printable_text():
    settings = Settings(max_question_chars=50)
    long = compose_answer("x" * 10_000, Screening("invalid", "too long"), (), settings)
    assert long.question == "x" * 50 + "\u2026"
    broken = compose_answer("a\ud800b", Screening("invalid", "not valid Unicode"), (), settings)
    assert broken.question == "a\ufffdb"


@pytest.mark.parametrize("source, shown", [
    ("invoice\u202egpj.exe.txt", "invoice\\u202egpj.exe.txt"),  # right-to-left override: would show "txt.exe.jpg"
    ("a\u2066b\u2069.md", "a\\u2066b\\u2069.md"),  # isolates
    ("dose\u200b.txt", "dose\\u200b.txt"),  # zero-width space: would pass for dose.txt
    ("x\u00a0y\u3000z.txt", "x\\xa0y\\u3000z.txt"),  # spaces that are not the plain one
    ("line\nbreak\x1b[31m.txt", "line\\x0abreak\\x1b[31m.txt"),  # controls, a terminal colour code
    ("tag\U000e0041.txt", "tag\\U000e0041.txt"),  # an invisible tag character
    ("r\u00e9sum\u00e9 notes/\u7528\u91cf.md", "r\u00e9sum\u00e9 notes/\u7528\u91cf.md"),  # letters of any script stay
])
def test_source_names_show_invisible_and_reordering_characters_as_escapes(source, shown):
    assert location(quote_at(source=source, line_start=1)) == f"{shown}, line 1"


def test_the_source_line_of_an_answer_cannot_be_spoofed_by_a_bidirectional_control():
    quote = Quote("Take two.", "dose\u202etxt.exe", 0, 9, 1, 1, None, None, "", 0.9)
    answer = compose_answer("q", Screening("ok"), [quote], Settings())
    assert "\u202e" not in answer.answer and "\u2014 dose\\\\u202etxt.exe, line 1" in answer.answer


def test_the_emergency_message_is_in_the_language_of_the_question_with_the_configured_numbers():
    settings = Settings(emergency_numbers="112", crisis_line="0800 111 0 111")
    german = compose_answer("Ich will nicht mehr leben", Screening("urgent", kinds=("suicide",), language="de"), (),
                            settings)
    assert german.answer.startswith("**Das könnte ein Notfall sein. Rufen Sie jetzt Ihre örtliche Notrufnummer "
                                    "an: 112.")
    assert "rufen Sie jetzt 0800 111 0 111 an" in german.answer and german.answer.endswith(f"*{GERMAN.notice}*")
    assert "Not medical advice" not in german.answer
    unknown = compose_answer("x", Screening("urgent", kinds=("heart",), language="nl"), (), settings)
    assert unknown.answer.startswith("**This may be an emergency.")


@pytest.mark.parametrize("language, words", [("es", "(Europa y muchos otros países) o 911 (Estados Unidos y"),
                                              ("de", "(Europa und viele andere Länder) oder 911"),
                                              ("fr", "(Europe et de nombreux autres pays) ou 911"),
                                              ("pt", "(Europa e muitos outros países) ou 911"),
                                              ("it", "(Europa e molti altri paesi) o 911")])
def test_the_default_numbers_and_crisis_line_are_said_in_the_language_of_the_question(language, words):
    answer = compose_answer("x", Screening("urgent", kinds=("suicide",), language=language), (), Settings())
    assert words in answer.answer and "Europe and many" not in answer.answer and ", US)" not in answer.answer
    english = compose_answer("x", Screening("urgent", kinds=("suicide",), language="en"), (), Settings())
    assert "112 (Europe and many other countries) or 911 (US and Canada)" in english.answer


@pytest.mark.parametrize("language, notice, call", [("en", "Not medical advice", "Call now."),
                                                    ("es", "Esto no es un consejo médico", "Llame ahora."),
                                                    ("de", "Keine medizinische Beratung", "Rufen Sie jetzt an."),
                                                    ("fr", "Ceci n'est pas un avis médical", "Appelez maintenant."),
                                                    ("pt", "Não é aconselhamento médico", "Ligue agora."),
                                                    ("it", "Non è un consiglio medico", "Chiama ora.")])
def test_an_urgent_answer_ends_with_its_own_notice_in_the_message_s_language_and_the_call(language, notice, call):
    # The usual notice's "ask a doctor or pharmacist before acting on anything here" under "call now" reads as a
    # reason to wait (a browser trial); and said twice, in the message's language and in English, it buries the call.
    answer = compose_answer("x", Screening("urgent", kinds=("heart",), language=language), (), Settings())
    message, said = answer.answer.split("\n\n")
    assert said == f"*{answer.notice}*" and answer.notice.startswith(notice) and answer.notice.endswith(call)
    assert "doctor" not in answer.answer and (language == "en") == ("Not medical advice" in answer.answer)
    assert answer.answer.count(notice) == 1


def test_every_language_has_an_urgent_notice_of_its_own():
    urgent = {language.notice for language in LANGUAGES}
    usual = {language.usual_notice for language in LANGUAGES if language.code != "en"}
    assert len(urgent) == len(LANGUAGES) and NOTICE not in urgent and NOTICES == urgent | usual | {NOTICE}
    assert len(usual) == len(LANGUAGES) - 1 and not usual & urgent and ENGLISH.usual_notice == ""


def test_an_urgent_answer_shows_the_message_alone_and_keeps_its_quotes_in_the_record():
    quote = Quote("Magnesium eliminates possible side effects.", "a.txt", 0, 43, 1, 1, None, None, "", 0.9)
    answer = compose_answer("I took 40 magnesium pills", Screening("urgent", kinds=("poisoning",)), [quote],
                            Settings())
    assert answer.answer == f"{emergency_message(('poisoning',), Settings())}\n\n*{ENGLISH.notice}*"
    assert answer.quotes == (quote,) and answer.to_record("1")["quotes"][0]["text"] == quote.text


def test_an_urgent_record_names_the_words_that_made_it_urgent_and_others_do_not_carry_the_key():
    from bot.answer.compose import Answer
    from bot.answer.safety import screen_question

    urgent = compose_answer("my chest is crushing, help", screen_question("my chest is crushing, help", 2000), [],
                            Settings())
    record = urgent.to_record("1")
    assert record["status"] == "urgent" and record["trigger"] == "chest is crushing"
    assert Answer.from_record(record).trigger == "chest is crushing"
    ordinary = compose_answer("Can magnesium help?", Screening("ok"), [], Settings())
    assert "trigger" not in ordinary.to_record("2")


def test_a_question_that_speaks_of_suicide_gets_the_crisis_line_after_the_quotes_in_its_language():
    quote = select_quotes(candidates({0: 0.9}), top_k=3, min_score=0.45, margin=0.2)[0]
    settings = Settings()
    crisis = compose_answer("q", Screening("ok", language="fr", crisis=True), [quote], settings).answer
    quotes_at, line_at = crisis.index("Alpha one."), crisis.index("**Si vous pensez au suicide")
    assert quotes_at < line_at < crisis.index(NOTICE)
    assert "988" in crisis
    refused = compose_answer("q", Screening("ok", crisis=True), [], settings).answer
    assert "If you are thinking about suicide" in refused
    assert "suicide" not in compose_answer("q", Screening("ok"), [quote], settings).answer


def test_the_crisis_line_stays_on_a_topics_answer_and_on_a_failed_one():
    settings = Settings()
    for status, reason in (("topics", ""), ("invalid", "Something went wrong while answering.")):
        answer = compose_answer("q", Screening(status, reason, crisis=True), [], settings, topics="Topics").answer
        assert "**If you are thinking about suicide" in answer and answer.endswith(f"*{NOTICE}*")
    assert "suicide" not in compose_answer("q", Screening("topics"), [], settings, topics="Topics").answer


@pytest.mark.parametrize("covered, question, said", [
    (("inflammatory", "anti", "painkillers"), "are anti-inflammatory painkillers ok in pregnancy?",
     "discuss anti-inflammatory painkillers, but"),
    (("ibuprofen", "paracetamol", "safe"), "is it safe to take paracetamol, ibuprofen in pregnancy",
     "discuss ibuprofen, paracetamol and safe, but"),  # a comma parts them (a reviewer's)
    (("5 year old", "ibuprofen"), "can my 5 year old take ibuprofen in pregnancy", "discuss 5 year old and ibuprofen"),
    (("effects", "sertraline", "side"), "what are the side effects of sertraline in pregnancy",
     "discuss side effects and sertraline, but"),  # a trial's "effects, sertraline and side"
])
def test_a_refusal_says_words_next_to_each_other_in_the_question_as_one_phrase(covered, question, said):
    from bot.answer.compose import not_covered
    from bot.answer.support import FEATURES, Evidence

    evidence = Evidence((0.0,) * len(FEATURES), 0.0, ("pregnancy",), covered)
    assert said in not_covered(evidence, question)


def test_a_settled_turn_is_answered_by_its_language_s_fixed_reply_and_the_notice():
    from bot.answer.phrases import SPANISH

    # its own status, and the usual notice in its language (a trial: a Spanish reply ended in English, was labelled
    # not_found in exports and offered "Should have been answered")
    answer = compose_answer("ya estamos en el hospital", Screening("settled", language="es"), (), Settings())
    assert answer.status == "settled" and answer.answer == f"{SPANISH.settled}\n\n*{SPANISH.usual_notice}*"
    assert answer.quotes == () and answer.notice == SPANISH.usual_notice and answer.notice in NOTICES
    english = compose_answer("false alarm", Screening("settled", language="en"), (), Settings())
    assert english.notice == NOTICE and english.answer.endswith(f"*{NOTICE}*")
