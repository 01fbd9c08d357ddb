"""PDFs laid out as real reports are, made with fpdf2 for tests: a title and numbered headings told only by their
font (no outline), wrapped lines, words hyphenated at a line's end, running headers and footers, a table, two
columns (written column by column, and line by line across), and a sentence running over a page break."""

from __future__ import annotations

from fpdf import FPDF

from tests.support.documents import FIXED_TIME

TITLE = "Magnesium and restless legs"
HEADINGS = [("1 Background", 1), ("2 Treatment", 1), ("2.1 Dosage", 2), ("2.2 Side effects", 2), ("3 Sleep", 1)]
INTRO = ("Restless legs syndrome causes an urge to move the legs that is worst in the evening and at night. Many "
         "people with it sleep badly and feel tired during the day, and some of them have low stores of iron or "
         "magnesium that a simple blood test can show.")
DOSAGE = ("Adults in the trial took three hundred milligrams of magnesium every evening with food. Children took "
          "half of that dose, and only when their own doctor advised it.")
TABLE = [("Group", "Dose", "When"), ("Adults", "300 mg", "With the evening meal"),
         ("Children", "150 mg", "Only on a doctor's advice"), ("Older adults", "200 mg", "With breakfast")]
SIGNS = [("Sign", "What to do"), ("Loose stools", "Take the dose with food and drink more water"),
         ("Cramps", "Ask a pharmacist about a smaller dose")]
LEFT = ("The left column describes how magnesium is absorbed. Most of it is taken up in the small intestine over "
        "several hours, and less of it is absorbed when the stomach is full of fibre.")
RIGHT = ("The right column describes what happens next. Whatever the gut does not absorb leaves the body within a "
         "day or two, and the kidneys keep the level in the blood steady.")
ACROSS_LEFT = ["Sleep improved in two of every", "three adults who took magnesium", "for the whole eight weeks."]
ACROSS_RIGHT = ["Those who stopped early slept", "no better than those given the", "placebo tablets each night."]
# Lines as the PDF breaks them: wrapped, one word hyphenated at a line's end, and the last sentence running on
# to the next page.
SIDE_EFFECTS = ["Side effects were rare and mild in both groups of the trial. A few adults had loose",
                "stools in the first week, which settled without treatment. Nobody stopped the treat-",
                "ment because of side effects, and no serious harm was reported by any of the doctors",
                "who looked after the people taking part, although the trial was too small to"]
AFTER_BREAK = ["rule out rare harms that a larger study might still find.",
               "Magnesium is cheap and widely sold without a prescription in pharmacies."]
RUN_ON = ("Nobody stopped the treatment because of side effects, and no serious harm was reported by any of the "
          "doctors who looked after the people taking part, although the trial was too small to rule out rare "
          "harms that a larger study might still find.")


def _page(pdf: FPDF, number: int) -> None:
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    pdf.set_xy(10, 8)
    pdf.cell(0, 5, "Verbatim Health Review - Magnesium and sleep (2016)")
    pdf.set_xy(10, 285)
    pdf.cell(0, 5, f"Page {number} of 4")
    pdf.set_xy(10, 20)
    pdf.set_font("helvetica", size=10)


def _heading(pdf: FPDF, title: str) -> None:
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)


def _lines(pdf: FPDF, lines: list[str]) -> None:
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")


def report_pdf() -> bytes:
    """A four-page report: title, numbered headings, a table, two kinds of two-column page, running header and
    footer, a hyphenated word, a sentence over a page break and a table of two columns."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_auto_page_break(False)
    _page(pdf, 1)
    pdf.set_font("helvetica", "B", 20)
    pdf.cell(0, 12, TITLE, new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "1 Background")
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, INTRO + " " + INTRO.replace("Restless legs syndrome", "The condition"))
    _heading(pdf, "2 Treatment")
    _heading(pdf, "2.1 Dosage")
    pdf.multi_cell(0, 5, DOSAGE)
    pdf.ln(3)
    with pdf.table(col_widths=(50, 40, 70), text_align="LEFT") as table:
        for cells in TABLE:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    _page(pdf, 2)
    _heading(pdf, "2.2 Side effects")
    _lines(pdf, SIDE_EFFECTS)
    _page(pdf, 3)
    _lines(pdf, AFTER_BREAK)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_xy(10, y)
    pdf.multi_cell(90, 5, LEFT)
    pdf.set_xy(110, y)
    pdf.multi_cell(90, 5, RIGHT)
    _page(pdf, 4)
    _heading(pdf, "3 Sleep")
    for left, right in zip(ACROSS_LEFT, ACROSS_RIGHT):  # both columns written line by line across the page
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.cell(90, 5, left)
        pdf.set_xy(110, y)
        pdf.cell(90, 5, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.table(col_widths=(40, 120), text_align="LEFT") as table:
        for cells in SIGNS:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


LIGATURE_MAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Ligatures def\n"
                b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                b"1 beginbfchar <01> <FB01> endbfchar\n"
                b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
                b"endcmap CMapName currentdict /CMap defineresource pop end end")
LIGATURE_LINES = [b"The \\001rst dose of magnesium was identi\\001ed by the doctors in the trial as the",
                  b"one to keep. It was \\001ne for most adults, and the \\001nal report says so."]


def ligature_pdf() -> bytes:
    """A page whose font draws "fi" as one glyph (U+FB01) and says so in its text map, as typeset PDFs do."""
    from tests.documents.hostile_files import raw_pdf

    stream = b"BT /F1 10 Tf 72 700 Td 12 TL " + b" ".join(b"(%s) Tj T*" % line for line in LIGATURE_LINES) + b" ET"
    return raw_pdf([0], [stream], to_unicode=LIGATURE_MAP)


LEAFLET_HEADER = "Vitamin D | Community Health Service"
LEAFLET_FOOTNOTE = "1You cannot get too much vitamin D from sunlight, because the skin limits the amount it makes."
LEAFLET_RUN_ON = ("Your doctor may prescribe a higher dose for a few weeks to bring the level back up, followed by a "
                  "smaller daily dose to keep it there.")


def leaflet_pdf() -> bytes:
    """A two-page leaflet as a word processor prints it: a running header and a "Page N of 2" footer on both pages,
    a footnote at the foot of the first, and a sentence running over the page break above it."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_auto_page_break(False)
    for number, lines in ((1, ["A level below 25 nanomoles per litre is usually considered deficient in adults.",
                               "Your doctor may prescribe a higher dose for a few weeks to bring the level back up,",
                               "followed by a smaller daily dose"]),
                          (2, ["to keep it there.", "Some medicines lower the amount of vitamin D in the blood."])):
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, LEAFLET_HEADER)
        pdf.set_xy(10, 20)
        pdf.set_font("helvetica", size=10)
        _lines(pdf, lines)
        if number == 1:
            pdf.set_xy(10, 270)
            pdf.set_font("helvetica", size=8)
            pdf.cell(0, 5, LEAFLET_FOOTNOTE)
        pdf.set_font("helvetica", size=9)
        pdf.set_xy(10, 285)
        pdf.cell(0, 5, f"Leaflet CHS-2026 | Page {number} of 2")
    return bytes(pdf.output())


ACROSS_ABOVE = ("Iron is found in two forms in food, and the body handles them quite differently, so it helps to "
                "know which foods hold which kind and how much of each the body can take up from a meal.")
COLUMN_LEFT = ["Heme iron is found in red meat, poultry and fish. Liver is very rich in iron, but pregnant women "
               "should not eat it because it also contains a lot of vitamin A.",
               "Sardines, mussels and beef mince are good everyday sources of heme iron for people who eat meat."]
COLUMN_RIGHT = ["Non-heme iron is found in beans, lentils, tofu, dark green vegetables and fortified breakfast "
                "cereals, and vitamin C taken with them doubles the amount absorbed.",
                "Soaking, sprouting and fermenting beans reduces the phytates that bind iron in the gut."]
ACROSS_BELOW = ("Like all medicines, iron tablets can cause side effects, although not everybody gets them, and the "
                "most common of them are constipation, diarrhoea, feeling sick and pain in the stomach.")


def columns_pdf() -> bytes:
    """A page of text across its width, then two columns of two paragraphs each, then text across again."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, ACROSS_ABOVE + " " + ACROSS_ABOVE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    for x, paragraphs in ((10, COLUMN_LEFT), (110, COLUMN_RIGHT)):
        pdf.set_xy(x, top)
        for paragraph in paragraphs:
            pdf.multi_cell(85, 5, paragraph, new_x="LEFT", new_y="NEXT")
            pdf.ln(3)
            pdf.set_x(x)
    pdf.ln(6)
    pdf.set_x(10)
    pdf.multi_cell(0, 5, ACROSS_BELOW + " " + ACROSS_BELOW)
    return bytes(pdf.output())


NOTES_BODY = ("Iron deficiency is common in young women and in children. Most cases are found by a simple blood test "
              "of ferritin, and tablets work for most people within a few months.")
NOTES = ["1 World Health Organization, Haemoglobin concentrations for the diagnosis of anaemia, 2011.",
         "2 A ferritin level below 30 micrograms per litre is taken as low in most laboratories."]
NOTES_AFTER = ("Tablets are taken once a day, and their side effects are usually mild. Taking them with a little food "
               "helps with an upset stomach, though less iron is then taken up, and a doctor may suggest a tablet "
               "every other day instead.")
RAISED_NOTE = ("3 Ferrous sulfate is the cheapest form, and the one most trials have used when they compare "
               "doses taken every day with doses taken every other day.")
RAISED_NOTE_LINES = ["Ferrous sulfate is the cheapest form, and the one most trials have used when they compare doses",
                     "taken every day with doses taken every other day."]


def footnotes_pdf() -> bytes:
    """Two pages as a word processor sets footnotes: under a rule at each page's foot, smaller than the text, each
    starting with its number drawn apart (page 1, two notes, each one line; the next page starts with a heading) or
    raised above the line in a smaller size still (page 2, one note wrapped over two lines)."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_auto_page_break(False)
    for title, body, notes in (("1 Background", NOTES_BODY, [(n[:1], [n[2:]]) for n in NOTES]),
                               ("2 Treatment", NOTES_AFTER, [("3", RAISED_NOTE_LINES)])):
        pdf.add_page()
        pdf.set_xy(20, 20)
        pdf.set_font("helvetica", "B", 14)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=11)
        pdf.set_x(20)
        pdf.multi_cell(170, 5.5, f"{body} {body}")
        pdf.line(20, 262, 80, 262)
        y = 265
        raised = title.startswith("2")
        for mark, lines in notes:
            pdf.set_font("helvetica", size=6 if raised else 9)
            pdf.set_xy(20, y - 1 if raised else y)
            pdf.cell(3, 3 if raised else 4, mark)
            pdf.set_font("helvetica", size=9)
            for line in lines:
                pdf.set_xy(24, y)
                pdf.cell(0, 4, line)
                y += 4.5
    return bytes(pdf.output())


BROWSER_HEADER = ("12/2/26, 1:05 PM", "Iron deficiency - Community Health Service")
BROWSER_FOOTER = ("https://www.example.org/conditions/iron-deficiency/", "1/1")
BROWSER_BODY = ["Iron deficiency develops slowly, as the body uses up its stores of iron. It often goes unnoticed "
                "until anaemia appears, with tiredness, pale skin and shortness of breath as its usual signs.",
                "Read more at https://www.example.org/iron or ask your pharmacist on 01632 960 001."]
BROWSER_NOTE = "Printed copies may be out of date; the page was last reviewed on 01/11/2026."


def browser_page_pdf() -> bytes:
    """One page as a browser prints a web page: the date and time and the page's title in small type at the top
    edge, its address and "1/1" at the foot; between them text naming a web address, and a small last line of the
    page's own that ends a sentence."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    for y, (left, right) in ((4, BROWSER_HEADER), (290, BROWSER_FOOTER)):
        pdf.set_xy(8, y)
        pdf.cell(100, 4, left)
        pdf.set_xy(120, y)
        pdf.cell(82, 4, right, align="R")
    pdf.set_xy(20, 20)
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 10, "Iron deficiency", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    for line in BROWSER_BODY:
        pdf.set_x(20)
        pdf.multi_cell(170, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(20, 270)
    pdf.set_font("helvetica", size=8)
    pdf.cell(0, 4, BROWSER_NOTE)
    return bytes(pdf.output())


WP_TITLE = "Iron deficiency in adults: a review of diagnosis and treatment for general practice"
WP_MARKED = ["Iron deficiency is the most common nutritional disorder in the world.",
             "It develops slowly, as the body uses up its stores of iron."]
WP_ITEMS = ["\u2022 women with heavy menstrual bleeding",
            "\u2022 pregnant women, especially in the second and third trimester when the demand for iron rises "
            "sharply", "\u2022 regular blood donors"]
WP_STEPS = ["1. Take one tablet a day with water.", "2. Keep taking it for three months after your blood count is "
            "normal, to refill your stores."]
WP_LEFT = ("Oral iron is the first treatment for most adults. A tablet of ferrous sulfate taken once a day is as "
           "effective as larger doses and causes fewer side effects, and most people can then")
WP_RIGHT = "complete the course. Intravenous iron is kept for people who cannot take tablets."


def _wrapped(pdf: FPDF, text: str, x: float, y: float, width: float, step: float) -> float:
    """Draws `text` wrapped to `width` mm, one text run a line, from baseline `y`; the baseline after it."""
    words, line = text.split(), ""
    for word in words:
        if line and pdf.get_string_width(f"{line} {word}") > width:
            pdf.text(x, y, line)
            y, line = y + step, word
        else:
            line = f"{line} {word}".strip()
    pdf.text(x, y, line)
    return y + step


def word_processor_pdf() -> bytes:
    """A page as a word processor draws it: a title wrapped over two lines, a footnote's reference mark raised after
    a full stop, list items whose bullet or number is drawn apart from their text (one item wrapped), and two columns
    with a paragraph running from the foot of the left one into the right one."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # which has the bullet
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    y = _wrapped(pdf, WP_TITLE, 20, 30, 150, 8)
    pdf.set_font("helvetica", size=11)
    pdf.text(20, y + 4, WP_MARKED[0])
    x = 20 + pdf.get_string_width(WP_MARKED[0])
    pdf.set_font("helvetica", size=6.5)
    pdf.text(x + 0.2, y + 2.5, "1")
    pdf.set_font("helvetica", size=11)
    pdf.text(x + 1.8, y + 4, " " + WP_MARKED[1].split(" ", 1)[0] + " " + WP_MARKED[1].split(" ", 1)[1][:40])
    y = _wrapped(pdf, WP_MARKED[1].split(" ", 1)[1][40:], 20, y + 9, 170, 5) + 4
    for entries in (WP_ITEMS, WP_STEPS):
        for entry in entries:
            marker, text = entry.split(" ", 1)
            pdf.text(25, y, marker)
            y = _wrapped(pdf, text, 32, y, 150, 5) + 1
        y += 4
    top = y
    _wrapped(pdf, WP_LEFT, 20, top, 80, 5)
    _wrapped(pdf, WP_RIGHT, 110, top, 80, 5)
    return bytes(pdf.output())


FOODS = [("Food", "Iron in a typical serving", "Notes"),
         ("Dark green leafy vegetables", "2-3 mg", "Watercress and curly kale are better sources than spinach"),
         ("Red meat", "2-3 mg", "Easily absorbed"),
         ("Breakfast cereals with added iron", "4-6 mg", "Check the label")]


def wrapped_table_pdf() -> bytes:
    """A paragraph, a table whose cells wrap over two lines in narrow columns (drawn cell by cell, as word processors
    and browsers draw tables), and a paragraph after it."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 5, ACROSS_ABOVE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", size=10)
    with pdf.table(col_widths=(40, 30, 60), width=130, text_align="LEFT", align="LEFT") as table:
        for cells in FOODS:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 5, ACROSS_BELOW)
    return bytes(pdf.output())


LEVELS = [("Serum 25-hydroxyvitamin D", "Status", "Action"),
          ("Below 25 nmol/L", "Deficient", "Treat with a loading regimen, then start maintenance therapy"),
          ("25 to 50 nmol/L", "Insufficient", "Advise a daily supplement and safe sun exposure"),
          ("Above 50 nmol/L", "Sufficient", "No treatment needed")]
AMOUNTS = [("Age", "Calcium a day"), ("Children 1 to 3 years", "350 mg"), ("Children 4 to 6 years", "450 mg"),
           ("Adults 19 to 64 years", "700 mg")]


def top_aligned_tables_pdf() -> bytes:
    """Two tables drawn cell by cell with their text at the top of each cell: one whose last column wraps (the row
    goes on below without going back up), and one of two columns whose first cells are as long as a line of a
    narrow column of prose, its second column past the middle of the page."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    y = _wrapped(pdf, ACROSS_ABOVE, 20, 30, 170, 5) + 4
    for rows, columns in ((LEVELS, (20, 75, 110)), (AMOUNTS, (20, 95))):
        for r, cells in enumerate(rows):
            pdf.set_font("helvetica", "B" if r == 0 else "", 10)
            lowest = y
            for cell, x, end in zip(cells, columns, [*columns[1:], 190]):
                lowest = max(lowest, _wrapped(pdf, cell, x, y, end - x - 3, 4.5))
            y = lowest + 2
        y += 5
    pdf.set_font("helvetica", size=11)
    _wrapped(pdf, ACROSS_BELOW, 20, y, 170, 5)
    return bytes(pdf.output())
