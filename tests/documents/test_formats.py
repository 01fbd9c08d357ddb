"""PowerPoint, EPUB, OpenDocument, RTF, CSV and Excel: what is read, where each passage stands (slide, chapter,
heading, sheet and row), that every quote is the stored text verbatim, and that a damaged file is skipped with its
reason."""

import io
import zipfile

import pytest

from bot.answer.compose import location
from bot.answer.topics import corpus_topics
from bot.documents.corpus import load_corpus
from bot.documents.extraction import Limits, extract, kind_of, sniff
from bot.documents.uploads import save_upload
from bot.errors import DocumentError
from tests.support import open_bot, write_files
from tests.support.formats import epub_bytes, odt_bytes, pptx_bytes, rtf_bytes, xlsx_bytes

SLIDE_TWO = "Magnesium glycinate taken at bedtime eased night cramps in most trial patients."
DECK = [("Restless legs", "The urge to move the legs grows in the evening.", ""),
        ("Magnesium", SLIDE_TWO, "Mention that the trial was small."),
        (None, "Questions and discussion welcome.", "")]
ROW = ["Ferrous sulfate", "65 mg of elemental iron", "Take with vitamin C on an empty stomach"]
SHEETS = {"Doses": [["Medicine", "Dose", "Advice"], ["Magnesium citrate", "200 mg", "Take it with the evening meal"],
                    [], ROW],
          "Notes": [["Topic", "Note"], ["Sleep", "Keep a regular bedtime"]],
          "Secret": [["Hidden"], ["Text nobody sees on screen"]]}
CHAPTERS = [("1. Symptoms", "<h1>Symptoms</h1><p>The legs feel restless when lying down.</p>"),
            ("2. Treatment", "<p>Iron supplements help patients whose ferritin is below 75 micrograms per litre.</p>")]
ODT = ('<text:h text:outline-level="1">Treatment</text:h>'
       '<text:p>Stretching the calves<text:s text:c="2"/>before bed<text:note text:note-class="footnote">'
       '<text:note-citation>1</text:note-citation><text:note-body><text:p>Five minutes is enough.</text:p>'
       '</text:note-body></text:note> relieves <text:span>mild symptoms</text:span>.</text:p>'
       '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Deleted advice.</text:p>'
       '</text:deletion></text:changed-region></text:tracked-changes>'
       '<text:h text:outline-level="2">Doses</text:h>'
       '<table:table><table:table-row><table:table-cell><text:p>Iron</text:p></table:table-cell>'
       '<table:table-cell><text:p>65 mg</text:p></table:table-cell></table:table-row></table:table>')
RTF = ["Warm baths before bedtime can calm restless legs.", "Caf\u00e9 drinks make the symptoms worse."]
CSV = ("\ufeffMedicine;Dose;Advice\n"
       "Magnesium citrate;200 mg;\"Take it with\nthe evening meal\"\n"
       "Ropinirole;0.25 mg;Take it one to three hours before bedtime\n").encode("utf-8")


def heading_at(extracted, needle: str) -> str:
    starts, paths = extracted.layout.heading_paths()
    at = extracted.text.index(needle)
    return max(((s, p) for s, p in zip(starts, paths) if s <= at), default=(0, ""))[1]


def test_pptx_notes_written_by_impress_in_a_text_box_are_read_and_the_slide_number_is_not():
    extracted = extract(pptx_bytes(DECK, impress_notes=True), "pptx")
    text, layout = extracted.text, extracted.layout
    assert layout.page_of(text.index("Mention that the trial was small.")) == 2
    assert text.split("\n\n")[-1] == "Questions and discussion welcome."  # slide 2's number "2" is not read
    assert "\n\n2\n\n" not in text and not text.endswith("small.\n\n2")


def test_pptx_slides_are_pages_titles_headings_and_notes_stay_on_their_slide():
    extracted = extract(pptx_bytes(DECK, table=[["Drug", "Dose"], ["Iron", "65 mg"]]), "pptx")
    text, layout = extracted.text, extracted.layout
    assert text.count("Magnesium") == 2  # the title once, and in the sentence
    assert layout.page_of(text.index(SLIDE_TWO)) == 2 and heading_at(extracted, SLIDE_TWO) == "Magnesium"
    assert layout.page_of(text.index("Mention that the trial")) == 2
    # The untitled slide is under no heading, not under the slide before it.
    assert layout.page_of(text.index("Questions and")) == 3 and heading_at(extracted, "Questions and") == ""
    assert "Drug | Dose\nIron | 65 mg" in text and not layout.has_lines


def test_xlsx_rows_are_passages_with_their_header_cited_by_sheet_and_row():
    extracted = extract(xlsx_bytes(SHEETS, hidden=("Secret",)), "xlsx")
    row = ("Medicine: Ferrous sulfate; Dose: 65 mg of elemental iron; Advice: Take with vitamin C on an empty "
           "stomach.")
    assert row in extracted.text.split("\n")
    assert heading_at(extracted, "Medicine: Ferrous") == "Doses, row 4"  # the header is row 1, row 3 is empty
    assert heading_at(extracted, "Topic: Sleep") == "Notes, row 2"
    assert "nobody sees" not in extracted.text and "Medicine; " not in extracted.text


def test_xlsx_values_read_as_a_spreadsheet_shows_them():
    import datetime

    extracted = extract(xlsx_bytes({"S": [["When", "Count", "Ratio", "Done", "Note"],
                                          [datetime.datetime(2024, 3, 1), 3.0, 0.1 + 0.2, True, None]]}), "xlsx")
    assert extracted.text == "When: 2024-03-01; Count: 3; Ratio: 0.3; Done: TRUE."


def test_csv_rows_are_passages_numbered_as_a_spreadsheet_numbers_them():
    extracted = extract(CSV, "csv")
    assert extracted.text.split("\n") == [
        "Medicine: Magnesium citrate; Dose: 200 mg; Advice: Take it with the evening meal.",
        "Medicine: Ropinirole; Dose: 0.25 mg; Advice: Take it one to three hours before bedtime."]
    assert heading_at(extracted, "Medicine: Ropinirole") == "row 3"


def test_a_csv_file_in_windows_1252_is_read_in_its_own_encoding():
    data = "Medicine,Advice\nCaf\u00e9ine,\u201cAvoid it after noon\u201d\n".encode("cp1252")
    assert extract(data, "csv").text == "Medicine: Caf\u00e9ine; Advice: \u201cAvoid it after noon\u201d."


def test_a_table_covers_what_its_rows_say_not_its_row_numbers(tmp_path):
    corpus = load_corpus(write_files(tmp_path / "corpus", {"doses.csv": CSV}))
    topics = corpus_topics(corpus.documents)[0].topics
    assert topics and not any("row" in topic for topic in topics)


@pytest.mark.parametrize("nav", [True, False], ids=["epub3-nav", "epub2-ncx"])
def test_epub_chapters_are_headings_from_the_book_or_its_table_of_contents(nav):
    extracted = extract(epub_bytes(CHAPTERS, nav=nav), "epub")
    assert extracted.text.startswith("Symptoms\n\nThe legs feel restless")
    assert heading_at(extracted, "The legs feel") == "Symptoms"  # the chapter's own heading
    assert heading_at(extracted, "Iron supplements") == "2. Treatment"  # none of its own: the contents' title
    assert "Contents" not in extracted.text and "Test book" not in extracted.text


def test_odt_headings_tables_and_notes_in_reading_order():
    extracted = extract(odt_bytes(ODT), "odt")
    text = extracted.text
    assert "Stretching the calves  before bed relieves mild symptoms." in text
    assert heading_at(extracted, "Stretching") == "Treatment"
    assert heading_at(extracted, "Iron | 65 mg") == "Treatment > Doses"
    assert "Deleted advice" not in text
    assert text.endswith("Five minutes is enough.") and heading_at(extracted, "Five minutes") == "Footnotes"


def test_rtf_paragraphs_are_read_with_their_escaped_characters():
    extracted = extract(rtf_bytes(RTF), "rtf")
    assert extracted.text == "\n\n".join(RTF)
    assert "Calibri" not in extracted.text and "Riched20" not in extracted.text


@pytest.mark.parametrize("name, kind", [("a.pptx", "pptx"), ("a.EPUB", "epub"), ("a.odt", "odt"), ("a.rtf", "rtf"),
                                        ("a.csv", "csv"), ("a.xlsx", "xlsx")])
def test_the_new_extensions_are_read(name, kind):
    assert kind_of(name) == kind


def test_sniff_tells_the_zip_formats_apart():
    assert [sniff(pptx_bytes(DECK)), sniff(xlsx_bytes(SHEETS)), sniff(epub_bytes(CHAPTERS)),
            sniff(odt_bytes(ODT))] == ["pptx", "xlsx", "epub", "odt"]


def _damaged(data: bytes, part: str) -> bytes:
    """`data`, a zip, with `part` replaced by bytes that are not XML."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            target.writestr(entry, b"<not xml" if entry.filename == part else source.read(entry))
    return out.getvalue()


MALFORMED = {
    "damaged.pptx": (_damaged(pptx_bytes(DECK), "ppt/presentation.xml"), "damaged PowerPoint .pptx file"),
    "cut.pptx": (pptx_bytes(DECK)[:2000], "damaged or incomplete PowerPoint .pptx file"),
    "cut.xlsx": (xlsx_bytes(SHEETS)[:2000], "damaged or incomplete Excel .xlsx workbook"),
    "cut.odt": (odt_bytes(ODT)[:300], "damaged or incomplete OpenDocument .odt text"),
    "damaged.xlsx": (_damaged(xlsx_bytes(SHEETS), "xl/workbook.xml"), "damaged Excel .xlsx workbook"),
    "slides.xlsx": (pptx_bytes(DECK), "not an Excel .xlsx workbook: its content is pptx"),
    "damaged.epub": (_damaged(epub_bytes(CHAPTERS), "OEBPS/content.opf"), "damaged EPUB e-book"),
    "damaged.odt": (_damaged(odt_bytes(ODT), "content.xml"), "damaged OpenDocument .odt text"),
    "plain.rtf": (b"Just some words, not rich text.", "does not start with {\\rtf"),
    "unclosed.csv": (b'Name,Note\nIron,"' + b"x" * 200_000, "damaged CSV file"),
    "binary.csv": (b"Name,Note\n\x00\x01\x02", "not a CSV file: binary content"),
    "header.csv": (b"Name,Note\n\n", "no rows under its header row"),
    "header.xlsx": (xlsx_bytes({"Doses": [["Medicine", "Dose"]]}), "no rows under its header row"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_of_each_kind_is_skipped_with_a_clear_reason(name, tmp_path):
    data, reason = MALFORMED[name]
    corpus = load_corpus(write_files(tmp_path / "corpus", {name: data, "good.txt": "Magnesium helps."}))
    assert [d.source for d in corpus.documents] == ["good.txt"]
    (skipped,) = corpus.skipped
    assert skipped.source == name and reason in skipped.reason, skipped.reason
    assert "Traceback" not in skipped.reason and ("add it" in skipped.reason or "save it" in skipped.reason)


def test_a_zip_bomb_in_a_deck_is_refused_before_it_is_unpacked():
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(pptx_bytes(DECK))) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for entry in source.infolist():
            bomb.writestr(entry.filename, source.read(entry))
        bomb.writestr("ppt/media/filler.bin", b"\0" * 20_000_000, compresslevel=9)
    # At most 10,000 characters of text: 16 MB + 20 bytes a character may be unzipped.
    with pytest.raises(DocumentError, match="unzips to 20 MB, more than 16 MB"):
        extract(out.getvalue(), "pptx", Limits(max_chars=10_000))


def test_uploads_of_the_new_formats_are_checked_by_content(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert save_upload(corpus, "deck.pptx", pptx_bytes(DECK), 10**7).saved_as == "deck.pptx"
    assert save_upload(corpus, "doses.csv", CSV, 10**7).saved_as == "doses.csv"
    refused = save_upload(corpus, "book.epub", xlsx_bytes(SHEETS), 10**7)
    assert refused.saved_as is None and "its content is xlsx" in refused.reason


# One corpus of one file a format; each question is about a passage of one file only.
ASKED = [
    ("deck.pptx", "Does magnesium glycinate at bedtime ease night cramps?", "Magnesium glycinate taken at bedtime",
     "deck.pptx, slide 2, Magnesium"),
    ("doses.xlsx", "What dose of ferrous sulfate iron should be taken?", "Medicine: Ferrous sulfate",
     "doses.xlsx, Doses, row 4"),
    ("book.epub", "Do iron supplements help when ferritin is low?", "Iron supplements help",
     "book.epub, 2. Treatment"),
    ("leaflet.odt", "Does stretching the calves before bed relieve symptoms?", "Stretching the calves",
     "leaflet.odt, Treatment"),
    ("note.rtf", "Can warm baths calm restless legs?", "Warm baths before bedtime", "note.rtf"),
    ("doses.csv", "When should ropinirole be taken?", "Medicine: Ropinirole", "doses.csv, row 3"),
]


@pytest.fixture(scope="module")
def formats_bot(embedder, tmp_path_factory):
    files = {"deck.pptx": pptx_bytes(DECK), "doses.xlsx": xlsx_bytes(SHEETS, hidden=("Secret",)),
             "book.epub": epub_bytes(CHAPTERS), "leaflet.odt": odt_bytes(ODT), "note.rtf": rtf_bytes(RTF),
             "doses.csv": CSV}
    return open_bot(tmp_path_factory.mktemp("formats"), files, embedder)


@pytest.mark.slow
@pytest.mark.parametrize("source, question, opening, cited", ASKED, ids=[a[0] for a in ASKED])
def test_a_passage_of_each_format_is_found_quoted_verbatim_and_cited(formats_bot, source, question, opening, cited):
    answer = formats_bot.ask(question)
    assert answer.status == "answered", answer.text
    quote = answer.quotes[0]
    assert quote.source == source and quote.text.startswith(opening), (quote.source, quote.text)
    assert quote.text == formats_bot.document(source).text[quote.start:quote.end]
    assert location(quote) == cited


def _with_doctype(data: bytes, part: str, doctype: str) -> bytes:
    """The zip `data` with `doctype` put before the root element of its XML part `part`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == part:
                head, declaration, rest = content.partition(b"?>")
                content = (head + declaration + doctype.encode() + rest if declaration
                           else doctype.encode() + content)
            target.writestr(entry, content)
    return out.getvalue()


def test_an_odt_entity_is_never_resolved_nor_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    data = _with_doctype(odt_bytes("<text:p>Before &xxe; after.</text:p>"), "content.xml",
                         f'<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "file://{secret}">]>')
    assert extract(data, "odt").text == "Before  after."


def test_a_pptx_entity_is_never_resolved_nor_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    deck = pptx_bytes([("Title", "Before XXE after.", "")])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(deck)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "ppt/slides/slide1.xml":
                content = content.replace(b"XXE", b"&xxe;")
            target.writestr(entry, content)
    data = _with_doctype(out.getvalue(), "ppt/slides/slide1.xml",
                         f'<!DOCTYPE p:sld [<!ENTITY xxe SYSTEM "file://{secret}">]>')
    text = extract(data, "pptx").text
    assert "Before" in text and "SECRET" not in text


def test_an_odt_entity_bomb_is_refused():
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 9))
    data = _with_doctype(odt_bytes("<text:p>Before &l8; after.</text:p>"), "content.xml",
                         f'<!DOCTYPE office:document-content [<!ENTITY l0 "ha">{laughs}]>')
    with pytest.raises(DocumentError, match="damaged OpenDocument .odt text"):
        extract(data, "odt")


def test_an_xlsx_declaring_entities_is_refused():
    data = _with_doctype(xlsx_bytes(SHEETS), "xl/worksheets/sheet1.xml",
                         '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
    with pytest.raises(DocumentError, match="damaged Excel .xlsx workbook"):
        extract(data, "xlsx")


def test_an_epub_with_encrypted_chapters_is_refused():
    data = epub_bytes(CHAPTERS)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            target.writestr(entry, source.read(entry))
        target.writestr("META-INF/encryption.xml", (
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
            '<enc:CipherReference URI="OEBPS/text/ch2.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>'))
    with pytest.raises(DocumentError, match="protected by DRM"):
        extract(out.getvalue(), "epub")


def test_an_epub_is_read_without_warnings_on_the_terminal():
    import warnings

    from bot.documents.formats import read

    # BeautifulSoup warns of XHTML read as HTML only past some length.
    chapter = "".join(f"<p>Iron supplements help patient {n}.</p>" for n in range(100))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "help patient 99." in read(epub_bytes([("Iron", chapter)]), "epub", 10**6).text


# A table as LibreOffice writes it to HTML and EPUB: each cell's text in a paragraph of its own.
OFFICE_TABLE = ("<table><thead><tr><th><p>Group</p></th><th><p>Daily amount</p></th></tr></thead><tbody>"
                "<tr><td><p>Children 4 to 8 years</p></td><td><p>10 mg</p><p>with food</p></td></tr>"
                "<tr><td><p>Pregnant women</p></td><td></td></tr></tbody></table><p>Iron needs change with age.</p>")


@pytest.mark.parametrize("kind", ["html", "epub"])
def test_an_html_or_epub_table_row_is_one_line_with_its_cells_joined_even_when_each_cell_holds_paragraphs(kind):
    body = f"<h1>Iron</h1>{OFFICE_TABLE}"
    data = (f"<html><body>{body}</body></html>".encode() if kind == "html"
            else epub_bytes([("Iron", body)]))
    lines = extract(data, kind).text.split("\n")
    assert {"Group | Daily amount", "Children 4 to 8 years | 10 mg with food", "Pregnant women"} <= set(lines)
    assert "10 mg" not in lines and "Iron needs change with age." in lines


def test_old_office_files_in_a_corpus_are_each_named_with_the_command_that_converts_them(tmp_path):
    corpus = load_corpus(write_files(tmp_path / "corpus", {
        "iron.doc": b"\xd0\xcf\x11\xe0old", "doses.xls": b"\xd0\xcf\x11\xe0old", "talk.ppt": b"\xd0\xcf\x11\xe0old",
        "briefing.odp": b"PK\x03\x04odp", "good.txt": "Magnesium helps."}))
    assert [d.source for d in corpus.documents] == ["good.txt"]
    reasons = {s.source: s.reason for s in corpus.skipped}
    assert set(reasons) == {"iron.doc", "doses.xls", "talk.ppt", "briefing.odp"}
    assert "old Word .doc" in reasons["iron.doc"] and "--convert-to docx FILE" in reasons["iron.doc"]
    assert "--convert-to xlsx FILE" in reasons["doses.xls"] and "--convert-to pptx FILE" in reasons["talk.ppt"]
    assert "OpenDocument presentation" in reasons["briefing.odp"] and "--convert-to pptx" in reasons["briefing.odp"]
    assert save_upload(tmp_path / "corpus", "iron.doc", b"\xd0\xcf\x11\xe0old", 10**7).reason == reasons["iron.doc"]


def test_an_xlsx_formula_without_a_saved_value_is_warned_of_with_how_to_save_its_value():
    # openpyxl, like other programs that write workbooks without a calculation engine, saves no value for a formula.
    data = xlsx_bytes({"Doses": [["Medicine", "Tablet mg", "Per day", "Total mg"],
                                 ["Ferrous sulfate", 200, 2, "=B2*C2"], ["Magnesium citrate", 150, 2, "=B3*C3"]]})
    extracted = extract(data, "xlsx")
    assert "Ferrous sulfate" in extracted.text and "Total mg" not in extracted.text
    (note,) = extracted.notes
    assert note.startswith("2 formula cells without a saved value") and "open it in Excel or LibreOffice" in note
    assert extract(xlsx_bytes(SHEETS), "xlsx").notes == ()
