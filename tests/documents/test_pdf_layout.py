import shutil
import subprocess

import pytest

from bot.documents.extraction import extract
from bot.documents.pdf_layout import (Line, heading_level, is_margin_stamp, joint, page_items, running_lines,
                                      without_layout)
from bot.index.chunking import split_sentences
from tests.documents import layouts
from tests.documents.test_extraction import heading_of
from tests.documents.layouts import report_pdf


@pytest.fixture(scope="module")
def report():
    return extract(report_pdf(), "pdf")


def test_without_an_outline_the_title_and_numbered_headings_are_told_by_their_font(report):
    headings = [(h.title, h.level) for h in report.layout.headings]
    assert headings == [(layouts.TITLE, 1), *layouts.HEADINGS]
    for heading in report.layout.headings:  # each starts where its title stands, on a line of its own
        assert report.text[heading.start:].startswith(heading.title + "\n")
    assert report.layout.heading_paths()[1][3] == "2 Treatment > 2.1 Dosage"


def test_a_table_keeps_each_row_whole_and_no_cell_is_a_sentence_of_its_own(report):
    sentences = {report.text[a:b] for a, b in split_sentences(report.text)}
    for table in (layouts.TABLE, layouts.SIGNS):
        rows = [" | ".join(cells) for cells in table]
        assert "\n".join(rows) in report.text
        assert set(rows) <= sentences
        assert not {cell for row in table for cell in row} & sentences


def test_two_columns_are_read_one_after_the_other_whether_written_down_or_across(report):
    text = report.text
    assert f"{layouts.LEFT}\n{layouts.RIGHT}" in text
    left, right = " ".join(layouts.ACROSS_LEFT), " ".join(layouts.ACROSS_RIGHT)
    assert f"{left}\n{right}" in text


def test_a_sentence_running_over_a_page_break_is_joined_and_each_character_keeps_its_page(report):
    text, layout = report.text, report.layout
    start = text.index(layouts.RUN_ON)  # "treat-" "ment" mended, the page break a space
    end = start + len(layouts.RUN_ON)
    assert layout.page_of(start) == 2 and layout.page_of(end - 1) == 3
    assert layout.page_of(text.index("too small to", start)) == 2
    assert layout.page_of(text.index("rule out rare harms", start)) == 3
    assert (start, end) in split_sentences(text)


def test_running_headers_footers_and_page_numbers_are_left_out(report):
    assert "Verbatim Health Review" not in report.text and "Page " not in report.text


def test_a_heading_is_short_set_apart_by_font_or_numbering_and_a_wrapped_line_is_not_one():
    def level(text, size=10.0, bold=False, body_bold=False):
        return heading_level(Line(text, 72.0, 700.0, size, bold), 10.0, body_bold, [14.0])

    assert level("2.1 Dosage") == 2 and level("2 Treatment", bold=True) == 1 and level("Results", size=14.0) == 1
    assert level("Summary", bold=True) == 2  # bold at the body's size ranks below every larger size
    assert level("3.5 Million people took part in the trial, and most of them") is None
    assert level("2 Treatment") is None and level("Summary", bold=True, body_bold=True) is None
    assert level("Take it with food.", size=14.0) is None and level("1.5", size=14.0) is None


def test_ocr_lines_without_fonts_or_places_are_still_joined_into_paragraphs_and_mended():
    lines = [Line(t) for t in ["Tablets of iron are best taken on an", "empty stomach, one hour before a meal. Ask",
                               "your pharmacist which form of iron suits", "you best.", "", "A new paragraph."]]
    items = page_items(lines, None, 0.0, False, [], headings=True)
    assert [i.text for i in items] == ["Tablets of iron are best taken on an empty stomach, one hour before a meal. "
                                       "Ask your pharmacist which form of iron suits you best.", "A new paragraph."]
    assert joint("identi-", "fied") == (1, "") and joint("well-", "Known") == (0, " ") and joint("a", "b") == (0, " ")


def whole_share(extracted) -> tuple[float, list[str]]:
    """The share of the indexed sentences of `extracted` that are whole: closing punctuation, a heading, or a
    table row; and those that are not."""
    text = extracted.text
    titles = {h.title for h in extracted.layout.headings}
    sentences = [text[a:b] for a, b in split_sentences(text)]
    broken = [s for s in sentences
              if not (s.rstrip("\"')\u201d\u2019").endswith((".", "!", "?", ":")) or s in titles or " | " in s)]
    return 1 - len(broken) / len(sentences), broken


def test_at_least_95_percent_of_indexed_sentences_are_whole_across_the_layouts():
    from tests.documents.test_extraction import report_pdf as wrapped_report_pdf

    ligatures = extract(layouts.ligature_pdf(), "pdf").text
    assert ligatures == ("The first dose of magnesium was identified by the doctors in the trial as the one to keep. "
                         "It was fine for most adults, and the final report says so.")
    total = broken = 0
    for data in (report_pdf(), wrapped_report_pdf(), layouts.ligature_pdf()):
        extracted = extract(data, "pdf")
        not_whole = whole_share(extracted)[1]
        total += len(split_sentences(extracted.text))
        broken += len(not_whole)
    assert (total - broken) / total >= 0.95, (total, broken)
    share, not_whole = whole_share(extract(report_pdf(), "pdf"))
    assert share == 1.0, not_whole


@pytest.mark.slow
def test_answers_quote_a_table_row_whole_and_a_sentence_over_a_page_break_with_their_pages_and_headings(make_bot):
    bot = make_bot({"report.pdf": report_pdf()})
    quotes = bot.ask("How much magnesium should older adults take with breakfast?").quotes
    row = next(q for q in quotes if "Older adults | 200 mg | With breakfast" in q.text)
    assert row.page_start == 1
    assert row.heading == "2 Treatment > 2.1 Dosage"
    run_on = bot.ask("Did anyone stop the treatment because of side effects?").quotes[0]
    assert layouts.RUN_ON in run_on.text and (run_on.page_start, run_on.page_end) == (2, 3)
    assert run_on.heading == "2 Treatment > 2.2 Side effects"
    document = bot.document("report.pdf")
    for quote in (row, run_on):
        assert document.text[quote.start:quote.end] == quote.text


BROWSER_PAGE = """<html><head><style>body { font-family: sans-serif; font-size: 11pt } .cols { column-count: 2 }
</style></head><body>
<h1>Iron deficiency in adults</h1>
<p>Iron deficiency is the most common nutritional deficiency in the world. It develops slowly, as the body uses up
its stores of iron, and it often goes unnoticed until anaemia appears.</p>
<h2>2.1 Symptoms</h2>
<p>Tiredness, pale skin and shortness of breath are the usual signs. Some people also have <b>restless legs</b> at
night, brittle nails, or a craving for ice.</p>
<table border="1"><tr><th>Group</th><th>Daily iron</th><th>Notes</th></tr>
<tr><td>Men</td><td>8 mg</td><td>From food alone</td></tr>
<tr><td>Women 19-50</td><td>18 mg</td><td>More in pregnancy</td></tr>
<tr><td>Children</td><td>7-10 mg</td><td>Depends on age</td></tr></table>
<h2>2.2 Treatment</h2>
<div class="cols"><p>Iron tablets are best taken on an empty stomach, one hour before a meal, with a glass of orange
juice to help absorption. Tea and coffee should be avoided for an hour after a dose because they reduce how much iron
is taken up.</p><p>Side effects include constipation, dark stools and an upset stomach. Taking the tablet with a
little food reduces them, though less iron is absorbed that way, and a doctor may suggest a lower dose taken every
other day instead.</p></div></body></html>"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_a_page_printed_to_pdf_by_a_browser_reads_with_its_headings_table_rows_and_columns(tmp_path):
    (tmp_path / "page.html").write_text(BROWSER_PAGE, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={tmp_path / 'page.pdf'}", str(tmp_path / "page.html")],
                   capture_output=True, timeout=120, check=True)
    extracted = extract((tmp_path / "page.pdf").read_bytes(), "pdf")
    text = extracted.text
    assert [(h.title, h.level) for h in extracted.layout.headings] == [
        ("Iron deficiency in adults", 1), ("2.1 Symptoms", 2), ("2.2 Treatment", 2)]
    assert ("Group | Daily iron | Notes\nMen | 8 mg | From food alone\nWomen 19-50 | 18 mg | More in pregnancy\n"
            "Children | 7-10 mg | Depends on age") in text
    assert ("Some people also have restless legs at night, brittle nails, or a craving for ice.") in text
    assert ("Tea and coffee should be avoided for an hour after a dose because they reduce how much iron is taken "
            "up.\nSide effects include constipation") in text
    assert whole_share(extracted) == (1.0, [])


def test_a_two_page_pdf_loses_its_running_lines_and_joins_its_sentence_over_the_footnote_and_page_break():
    extracted = extract(layouts.leaflet_pdf(), "pdf")
    text = extracted.text
    assert layouts.LEAFLET_HEADER not in text and "Leaflet CHS-2026" not in text
    assert layouts.LEAFLET_RUN_ON in text and layouts.LEAFLET_FOOTNOTE in text
    start = text.index(layouts.LEAFLET_RUN_ON)
    assert extracted.layout.page_of(start) == 1 and extracted.layout.page_of(text.index("to keep it there")) == 2
    assert extracted.layout.page_of(text.index(layouts.LEAFLET_FOOTNOTE)) == 1


def test_ocr_lines_repeated_at_the_edges_of_both_pages_of_two_are_running_but_a_line_on_one_page_is_not():
    pages = [[Line("Vitamin D | Community Health Service"), Line("Some text on page one."),
              Line("Leaflet CHS-2026 | Page 1 of 2")],
             [Line("Vitamin D | Community Health Service"), Line("Other text on page two."),
              Line("Leaflet CHS-2026 | Page 2 of 2")]]
    assert running_lines(pages) == {"vitamin d | community health service", "leaflet chs-# | page # of #"}
    assert running_lines(pages[:1]) == set()
    # Drawn at different heights, the same words are text, not a running line.
    moved = [[Line("Take it with food.", 72.0, 800.0)], [Line("Take it with food.", 72.0, 500.0)]]
    assert running_lines(moved) == set()


def test_two_columns_of_two_paragraphs_between_text_across_the_page_lose_their_line_breaks():
    text = extract(layouts.columns_pdf(), "pdf").text
    paragraphs = text.split("\n")
    for paragraph in layouts.COLUMN_LEFT + layouts.COLUMN_RIGHT:
        assert paragraph in paragraphs
    assert " ".join([layouts.ACROSS_ABOVE] * 2) in paragraphs and " ".join([layouts.ACROSS_BELOW] * 2) in paragraphs


def test_a_footer_ending_in_page_n_of_m_is_left_out_even_on_a_single_page_but_a_sentence_naming_a_page_is_not():
    lines = [Line("Magnesium and your health"), Line("Results are on page 3 of 10"),
             Line("Take it with food."), Line("Leaflet CHS-2026 | Page 1 of 1")]
    kept = [line.text for line in without_layout(lines, set())]
    assert kept == ["Magnesium and your health", "Results are on page 3 of 10", "Take it with food."]
    assert without_layout([Line("Body text."), Line("Iron leaflet - Page 2 of 4")], set()) == [Line("Body text.")]


def test_footnotes_are_paragraphs_of_their_own_page_not_table_rows_and_leave_the_next_heading_alone():
    extracted = extract(layouts.footnotes_pdf(), "pdf")
    text, layout = extracted.text, extracted.layout
    paragraphs = text.split("\n")
    for note in layouts.NOTES + [layouts.RAISED_NOTE]:  # the mark drawn apart, and raised above a wrapped note
        assert note in paragraphs
    assert " | " not in text
    assert [(h.title, h.level) for h in layout.headings] == [("1 Background", 1), ("2 Treatment", 1)]
    assert layout.page_of(text.index(layouts.NOTES[1])) == 1 and layout.page_of(text.index(layouts.RAISED_NOTE)) == 2
    assert heading_of(extracted, layouts.NOTES[1]) == "1 Background"
    assert heading_of(extracted, layouts.NOTES_AFTER) == "2 Treatment"
    assert text.index(layouts.NOTES[1]) < text.index("2 Treatment") < text.index(layouts.NOTES_AFTER)
    sentences = {text[a:b] for a, b in split_sentences(text)}
    assert set(layouts.NOTES) | {layouts.RAISED_NOTE} <= sentences


def test_small_footnote_like_lines_within_the_text_or_a_table_row_starting_with_a_number_stay_as_they_are():
    body = [Line("Take one tablet a day with water, preferably in the morning before breakfast.", 72.0, 700.0, 11.0,
                 cells=((72.0, "Take one tablet a day with water, preferably in the morning before breakfast."),))]
    row = Line("1 Adults 300 mg", 72.0, 100.0, 9.0, cells=((72.0, "1"), (150.0, "Adults"), (300.0, "300 mg")))
    items = page_items(body + [row, Line("2 Children 150 mg", 72.0, 90.0, 9.0,
                                         cells=((72.0, "2"), (150.0, "Children"), (300.0, "150 mg")))],
                       612.0, 11.0, False, [], headings=True)
    assert [i.kind for i in items] == ["text", "row", "row"]
    beside = Line("1 A note set beside the text, not under it.", 72.0, 720.0, 9.0,
                  cells=((72.0, "1"), (80.0, "A note set beside the text, not under it.")))
    assert [i.kind for i in page_items(body + [beside], 612.0, 11.0, False, [], headings=True)] == ["text", "text"]


def test_a_browsers_printed_header_and_footer_are_left_out_of_a_one_page_pdf_but_its_own_text_is_kept():
    text = extract(layouts.browser_page_pdf(), "pdf").text
    for stamp in layouts.BROWSER_HEADER + layouts.BROWSER_FOOTER[:1]:
        assert stamp not in text
    assert not any(line.endswith(layouts.BROWSER_FOOTER[1]) for line in text.split("\n"))
    for kept in layouts.BROWSER_BODY + [layouts.BROWSER_NOTE]:  # a web address in the text; a small line of its own
        assert kept in text


def test_a_margin_stamp_is_a_small_line_ending_no_sentence_in_the_top_margin_or_a_browsers_stamp_at_the_foot():
    page = (0.0, 842.0)

    def stamp(text, y=830.0, size=8.0):
        return is_margin_stamp(Line(text, 20.0, y, size), 11.0, page)

    assert stamp("12/2/26, 1:05 PM Iron deficiency - NHS") and stamp("https://www.nhs.uk/iron/ 2/5", y=12.0)
    assert not stamp("12/2/26, 1:05 PM", y=420.0)  # inside the page, not in its margin
    assert not stamp("https://www.nhs.uk/iron/", size=11.0)  # the body's size
    assert stamp("Community Pharmacy Leaflet 7 | Iron tablets")  # a running title above the text
    assert not stamp("Smith J, Iron in pregnancy, Lancet 2020", y=12.0)  # small print at the foot: a footnote
    assert not stamp("Reviewed on 01/11/2026 by the editors.", y=12.0)  # a sentence
    assert not is_margin_stamp(Line("12/2/26, 1:05 PM"), 11.0, page)  # OCR: no size or place


def test_a_word_processors_page_reads_whole_title_list_items_marked_sentences_and_a_paragraph_over_two_columns():
    extracted = extract(layouts.word_processor_pdf(), "pdf")
    text = extracted.text
    paragraphs = text.split("\n")
    assert [(h.title, h.level) for h in extracted.layout.headings] == [(layouts.WP_TITLE, 1)]  # one title, wrapped
    assert " ".join(layouts.WP_MARKED) in paragraphs  # the reference mark after the full stop left out
    sentences = {text[a:b] for a, b in split_sentences(text)}
    assert set(layouts.WP_MARKED) <= sentences
    for item in layouts.WP_ITEMS + layouts.WP_STEPS:  # a list, not a table: the marker drawn apart, a wrapped item
        assert item in paragraphs
    assert " | " not in text
    assert f"{layouts.WP_LEFT} {layouts.WP_RIGHT}" in paragraphs  # from the left column's foot to the right's top


def test_a_reference_mark_is_left_out_only_after_a_full_stop_and_an_exponent_is_kept():
    from bot.documents.pdf import _without_reference_marks

    def line(*pieces):
        return "".join(p[4] for p in _without_reference_marks([(0.0, 0.0, size, False, t) for t, size in pieces]))

    assert line(("of anaemia.", 11.0), ("1", 6.5), (" It develops", 11.0)) == "of anaemia. It develops"
    assert line(("of anaemia", 11.0), ("1", 6.5), (". It develops", 11.0)) == "of anaemia1. It develops"
    assert line(("of anaemia.", 11.0), ("1", 6.5), ("It", 11.0), (" develops", 11.0)) == "of anaemia. It develops"
    assert line(("an area of 1.73 m", 11.0), ("2", 6.5), (" of body", 11.0)) == "an area of 1.73 m2 of body"
    assert line(("It was 2.", 11.0), (" 3", 11.0), (" days", 11.0)) == "It was 2. 3 days"  # the text's own size


def test_a_table_drawn_cell_by_cell_with_cells_wrapped_over_lines_keeps_each_row_whole():
    extracted = extract(layouts.wrapped_table_pdf(), "pdf")
    text = extracted.text
    assert "\n".join(" | ".join(cells) for cells in layouts.FOODS) in text
    assert f"{layouts.ACROSS_ABOVE}\n{' | '.join(layouts.FOODS[0])}" in text  # the paragraph above is no cell
    assert text.endswith(layouts.ACROSS_BELOW) and extracted.layout.headings == ()


def test_top_aligned_tables_keep_a_wrapped_last_cell_in_its_row_and_short_cells_are_no_two_columns():
    text = extract(layouts.top_aligned_tables_pdf(), "pdf").text
    for table in (layouts.LEVELS, layouts.AMOUNTS):
        assert "\n".join(" | ".join(cells) for cells in table) in text
    assert text.startswith(layouts.ACROSS_ABOVE + "\n") and text.endswith("\n" + layouts.ACROSS_BELOW)


def test_a_paragraph_after_a_list_item_is_its_own_but_the_items_wrapped_lines_are_the_items():
    def at(text, x, y):
        return Line(text, x, y, 10.0, cells=((x, text),))

    lines = [at("\u2022 women who have been through the menopause and have a low calcium intake from", 72.0, 700.0),
             at("their diet, or who cannot eat dairy foods", 84.0, 688.0),
             at("\u2022 people with osteoporosis who have been advised to take a supplement by a doctor", 72.0, 676.0),
             at("Calcium works together with vitamin D, which the body needs to absorb calcium from", 72.0, 664.0),
             at("food.", 72.0, 652.0)]
    texts = [i.text for i in page_items(lines, 612.0, 10.0, False, [], headings=True)]
    assert texts == ["\u2022 women who have been through the menopause and have a low calcium intake from their diet, "
                     "or who cannot eat dairy foods",
                     "\u2022 people with osteoporosis who have been advised to take a supplement by a doctor",
                     "Calcium works together with vitamin D, which the body needs to absorb calcium from food."]


def test_a_short_line_goes_on_when_the_next_starts_in_lower_case_but_a_short_sentence_ends_its_paragraph():
    lines = [Line(t) for t in ["Mandatory fortification of flour, introduced in",
                               "more than 80 countries, reaches women whether",
                               "or not they plan a", "pregnancy, in every region.", "Uptake is lowest among",
                               "younger women and those with unplanned", "pregnancies.", "Fortification works."]]
    items = page_items(lines, None, 0.0, False, [], headings=True)
    assert [i.text for i in items] == [
        "Mandatory fortification of flour, introduced in more than 80 countries, reaches women whether or not they "
        "plan a pregnancy, in every region.",
        "Uptake is lowest among younger women and those with unplanned pregnancies.", "Fortification works."]
