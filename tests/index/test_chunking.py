from bot.documents.document import Heading, Layout
from bot.index.chunking import (LineIndex, chunk_document, is_own_heading, list_marker, looks_like_heading,
                                split_sentences, word_before)


def words(texts):
    return [len(t.split()) for t in texts]


def texts_of(text, spans):
    return [text[a:b] for a, b in spans]


def test_splits_sentences_glued_without_a_space():
    text = "It helps the condition.Magnesium is a mineral. Done"
    assert texts_of(text, split_sentences(text)) == ["It helps the condition.", "Magnesium is a mineral.", "Done"]


def test_keeps_abbreviations_initials_and_decimals_inside_a_sentence():
    text = "Dr. Smith gave 2.5 mg to J. Doe, e.g. daily. Next one."
    assert texts_of(text, split_sentences(text)) == ["Dr. Smith gave 2.5 mg to J. Doe, e.g. daily.", "Next one."]


def test_does_not_split_before_a_lower_case_word():
    text = "Take it at night. or in the morning."
    assert len(split_sentences(text)) == 1


def test_headings_and_list_items_are_their_own_sentences():
    text = "# Dosage\nline one continues\nhere. - item\n- second item"
    assert texts_of(text, split_sentences(text)) == ["# Dosage", "line one continues\nhere.", "- item", "- second item"]


def test_blank_lines_end_a_sentence_without_punctuation():
    text = "Title without stop\n\nBody text."
    assert texts_of(text, split_sentences(text)) == ["Title without stop", "Body text."]


def test_spans_are_trimmed_and_skip_punctuation_only_lines():
    text = "  One.  \n---\n  Two.  "
    assert texts_of(text, split_sentences(text)) == ["One.", "Two."]


class CountingText(str):
    """A str that counts the characters read through indexing."""

    reads = 0

    def __getitem__(self, key):
        CountingText.reads += 1
        return str.__getitem__(self, key)


def test_word_before_reads_back_only_to_the_start_of_the_word():
    text = CountingText("x" * 100_000 + " see Dr.")
    CountingText.reads = 0
    assert word_before(text, len(text) - 1) == "Dr"
    assert CountingText.reads <= 5


def test_word_before_is_the_run_of_letters_and_dots_starting_with_a_letter():
    assert [word_before(t, len(t)) for t in ("as e.g", "x ..Dr", "a 12", "line\n", "")] == ["e.g", "Dr", "", "", ""]


def test_a_capital_at_the_end_of_the_line_above_is_not_an_initial():
    text = "Part B\n\u2026 Then more. End."
    # The ellipsis ends a (punctuation-only, so dropped) sentence: "B" is not taken for an initial across the line.
    assert texts_of(text, split_sentences(text)) == ["Part B", "Then more.", "End."]


def test_a_long_document_splits_as_its_paragraphs_do():
    paragraph = "Dr. Smith gave 2.5 mg to J. Doe. It helps the condition.Magnesium is a mineral. Take it at night.\n\n"
    text = paragraph * 30_000  # 3 MB: a search that looked back to the start of the text would take hours
    one = split_sentences(paragraph)
    assert split_sentences(text) == [(a + i * len(paragraph), b + i * len(paragraph))
                                     for i in range(30_000) for a, b in one]


def test_line_index_maps_offsets_to_one_based_lines():
    lines = LineIndex("ab\ncd\n\nef")
    assert [lines.line_of(i) for i in (0, 2, 3, 6, 7)] == [1, 1, 2, 3, 4]


def test_chunks_and_sentences_are_exact_spans_with_lines():
    text = "First one here. Second one here.\nThird on line two. Fourth one.\n\nFifth after a blank line."
    sentences, chunks = chunk_document("doc.txt", text, words, chunk_tokens=7, max_tokens=20, overlap_sentences=1)
    for item in [*sentences, *chunks]:
        assert text[item.start:item.end] == item.text
        assert item.line_start == text.count("\n", 0, item.start) + 1
        assert item.line_end == text.count("\n", 0, item.end - 1) + 1
    assert chunks[-1].line_end == 4


def test_consecutive_chunks_overlap_by_the_given_sentences():
    text = " ".join(f"Sentence number {i} is here." for i in range(10))
    sentences, chunks = chunk_document("d", text, words, chunk_tokens=15, max_tokens=50, overlap_sentences=1)
    for before, after in zip(chunks, chunks[1:]):
        assert after.sentence_start == before.sentence_stop - 1
    assert chunks[0].sentence_start == 0 and chunks[-1].sentence_stop == len(sentences)


def test_no_chunk_or_sentence_exceeds_the_model_window():
    long_sentence = " ".join(f"word{i}" for i in range(95)) + "."
    text = f"Short start. {long_sentence} Short end."
    sentences, chunks = chunk_document("d", text, words, chunk_tokens=30, max_tokens=40, overlap_sentences=2)
    assert max(words([c.text for c in chunks])) <= 40
    assert max(words([s.text for s in sentences])) <= 40
    covered = "".join(s.text for s in sentences).replace(" ", "")
    assert covered == text.replace(" ", "")  # nothing dropped when a long sentence is cut into pieces


def test_a_word_longer_than_the_window_is_cut_by_characters():
    def chars(texts):
        return [len(t) for t in texts]
    text = "x" * 50
    sentences, chunks = chunk_document("d", text, chars, chunk_tokens=10, max_tokens=16, overlap_sentences=0)
    assert all(len(s.text) <= 16 for s in sentences)
    assert "".join(s.text for s in sentences) == text


def test_sentences_glued_without_white_space_split_reading_each_character_a_few_times():
    text = CountingText("Ab.Cd." * 1_000)  # a word_before per full stop would read back to the start: 3 M reads
    CountingText.reads = 0
    spans = split_sentences(text)
    assert CountingText.reads <= 5 * len(text)
    # Only the first full stop follows a word with no dot in it ("Ab"); after that the word is "Ab.Cd...".
    assert [text[a:b] for a, b in spans] == ["Ab.", text[3:]]


def test_a_word_far_longer_than_the_window_is_cut_in_time_linear_in_its_length():
    counted = []

    def chars(texts):
        counted.extend(len(t) for t in texts)
        return [len(t) for t in texts]
    text = "x" * 20_000
    sentences, _ = chunk_document("d", text, chars, chunk_tokens=64, max_tokens=64, overlap_sentences=0)
    assert "".join(s.text for s in sentences) == text
    assert [len(s.text) for s in sentences[:-1]] == [64] * (len(sentences) - 1)  # as long as the window allows
    assert sum(counted) <= 20 * len(text)  # cutting from the whole rest each time counted about 10 M characters


def test_sentence_ids_are_global_from_the_offset():
    sentences, chunks = chunk_document("d", "A one. B two.", words, chunk_tokens=100, max_tokens=100,
                                       overlap_sentences=0, first_sentence_id=7)
    assert (chunks[0].sentence_start, chunks[0].sentence_stop) == (7, 9)


def test_chunk_ids_are_stable_and_name_source_and_span():
    text = "One. Two."
    first = chunk_document("a/b.md", text, words, chunk_tokens=100, max_tokens=100, overlap_sentences=0)[1]
    again = chunk_document("a/b.md", text, words, chunk_tokens=100, max_tokens=100, overlap_sentences=0)[1]
    assert first == again and first[0].id == "a/b.md#0-9"


def test_headings_and_title_lines_are_recognised_but_list_items_and_sentences_are_not():
    for heading in ["# Dosage", "## What ibuprofen is used for", "Ibuprofen 200 mg tablets", "Side effects"]:
        assert looks_like_heading(heading), heading
    for text in ["- Dim the lights", "1. Take with food", "Short naps help.", "Is it safe?",
                 "Take one or two tablets every four to six hours as needed"]:
        assert not looks_like_heading(text), text


def test_layout_gives_sentences_their_pages_and_heading_paths():
    text = "Guide\n\nMagnesium\n\nIt helps. Some say.\n\nDosage\n\nTake 300 mg.\n\nSleep\n\nRest well."
    headings = tuple(Heading(text.index(t), level, t) for t, level in
                     (("Guide", 1), ("Magnesium", 2), ("Dosage", 3), ("Sleep", 2)))
    layout = Layout(pages=(0, text.index("Take")), headings=headings, has_lines=False)
    sentences, chunks = chunk_document("g.pdf", text, words, chunk_tokens=50, max_tokens=50, overlap_sentences=0,
                                       layout=layout)
    where = {s.text: (s.page_start, s.heading, s.line_start) for s in sentences}
    assert where["It helps."] == (1, "Guide > Magnesium", None)
    assert where["Take 300 mg."] == (2, "Guide > Magnesium > Dosage", None)
    assert where["Rest well."] == (2, "Guide > Sleep", None)
    assert all(c.line_start is None for c in chunks)


def test_without_layout_there_are_lines_but_no_pages_or_headings():
    sentences, _ = chunk_document("d.txt", "One.\nTwo.", words, chunk_tokens=50, max_tokens=50, overlap_sentences=0)
    assert [(s.line_start, s.page_start, s.heading) for s in sentences] == [(1, None, ""), (2, None, "")]


def test_list_marker_is_the_bullet_or_number_a_line_opens_with():
    assert [list_marker(t) for t in ("- cramps", "  2. rest", "\u2022 sleep", "3) walk", "* tea")] == [
        "- ", "  2. ", "\u2022 ", "3) ", "* "]
    assert [list_marker(t) for t in ("-5 degrees", "2.5 mg daily", "Magnesium helps.", "")] == ["", "", "", ""]


def test_a_numbered_heading_or_item_keeps_its_number():
    text = "1. Why iron matters\nIron carries oxygen. It is in meat.\n2.1. Blood tests\nA doctor can test it. He said 5. Then."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "1. Why iron matters", "Iron carries oxygen.", "It is in meat.", "2.1. Blood tests", "A doctor can test it.",
        "He said 5.", "Then."]


def test_a_section_title_the_layout_found_is_a_heading_and_a_numbered_item_is_not():
    text = "Iron leaflet\n\n1. Why iron matters\n\nIron carries oxygen.\n\nSteps\n\n1. Take with food\n2. Drink water"
    headings = tuple(Heading(text.index(t), level, t)
                     for t, level in [("Iron leaflet", 1), ("1. Why iron matters", 2), ("Steps", 2)])
    sentences, _ = chunk_document("x.pdf", text, lambda texts: [len(t.split()) for t in texts], chunk_tokens=128,
                                  max_tokens=256, overlap_sentences=1, layout=Layout((), headings, True))
    own = {s.text: is_own_heading(s) for s in sentences}
    assert own == {"Iron leaflet": True, "1. Why iron matters": True, "Iron carries oxygen.": False, "Steps": True,
                   "1. Take with food": False, "2. Drink water": False}
