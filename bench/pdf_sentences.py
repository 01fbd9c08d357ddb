"""Whole sentences from real-looking PDFs: makes PDFs laid out as reports, web pages printed from a browser and a
one-page leaflet are (wrapped lines, words hyphenated at a line's end, ligature glyphs, running headers and footers,
a browser's printed header and footer, footnotes with raised reference marks, numbered headings, bulleted and
numbered lists, tables, a page of two columns with a paragraph running from one column into the next, sentences
over page breaks), indexes them with `python -m bot index` in a scratch folder, and counts the indexed sentences
that are whole: the same, white space aside, as a sentence, heading, list item, table row or footnote the generator
wrote (each kept as a reader sees it: no line breaks, no hyphens of the layout, no reference marks). Prints each
broken sentence, and the written units no indexed sentence holds whole.

    .venv/bin/python bench/pdf_sentences.py [--set first|second|all] [--out bench/out/pdf-sentences]
                                            [--skip-index | --no-index]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.index.store import IndexStore  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/dejavu")
MM = 72 / 25.4
LIGATURES = {"ffi": "\ufb03", "ffl": "\ufb04", "fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00"}


class Writer:
    """Lays text out line by line at absolute places, as a typesetter does, and keeps what a reader reads: each
    sentence, heading, list item, table row and footnote, in `units`."""

    def __init__(self, font: str, body: float, *, hyphenate: bool, ligatures: bool, header=None, margins=(25, 20, 25),
                 justify: bool = False):
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.alias_nb_pages()
        self.pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))  # the same bytes on every run
        for family, style, name in (("Serif", "", "DejaVuSerif.ttf"), ("Serif", "B", "DejaVuSerif-Bold.ttf"),
                                    ("Sans", "", "DejaVuSans.ttf"), ("Sans", "B", "DejaVuSans-Bold.ttf")):
            self.pdf.add_font(family, style, str(FONTS / name))
        self.font, self.body, self.hyphenate, self.ligatures = font, body, hyphenate, ligatures
        self.justify = justify  # each word drawn at its own place, lines filled to the width, as Word exports it
        self.header = header  # called with (pdf, page number) on each new page
        self.top, self.side, self.foot = (m * MM for m in margins)
        self.width = self.pdf.w - 2 * self.side
        self.units: list[str] = []
        self.notes: list[tuple[str, str]] = []  # this page's footnotes: (mark, text)
        self.page_count = 0
        self.new_page()

    # -- pages -----------------------------------------------------------------------------------------------------
    def new_page(self) -> None:
        if self.page_count:
            self._draw_notes()
        self.pdf.add_page()
        self.page_count += 1
        if self.header:
            self.header(self.pdf, self.page_count)
        self.y = self.top

    def bottom(self) -> float:
        bottom = self.pdf.h - self.foot - (len(self.notes) * 1.4 * 8 + 14 if self.notes else 0)
        return bottom if self.columns is None else min(bottom, self.column_top + self.column_height)

    def _draw_notes(self) -> None:
        if not self.notes:
            return
        y = self.pdf.h - self.foot - len(self.notes) * 1.4 * 8
        self.pdf.line(self.side, y - 8, self.side + 120, y - 8)
        for mark, text in self.notes:
            self._font(5.5)
            self.pdf.text(self.side, y - 3, mark)
            self._font(8)
            self.pdf.text(self.side + 7, y, self._shown(text))
            y += 1.4 * 8
        self.notes = []

    def finish(self) -> bytes:
        self._draw_notes()
        return bytes(self.pdf.output())

    # -- text ------------------------------------------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font(self.font, "B" if bold else "", size)

    def _shown(self, text: str) -> str:
        if not self.ligatures:
            return text
        for letters, glyph in LIGATURES.items():
            text = text.replace(letters, glyph)
        return text

    def _fit(self, words: list[str], width: float) -> list[list[str]]:
        """Words (a reference mark written "word^1") broken into lines of `width`, a long word hyphenated when
        `hyphenate`, a compound word broken after its own hyphen."""
        lines, line = [], []
        queue = list(words)
        while queue:
            word = queue.pop(0)
            trial = " ".join(line + [word])
            if self.pdf.get_string_width(self._plain(trial)) <= width or not line:
                line.append(word)
                continue
            head = self._split(line, word, width)
            if head:
                line.append(head[0])
                queue.insert(0, head[1])
            else:
                queue.insert(0, word)
            lines.append(line)
            line = []
        if line:
            lines.append(line)
        return lines

    def _split(self, line: list[str], word: str, width: float) -> tuple[str, str] | None:
        plain = word.split("^")[0]
        if "-" in plain[1:-1]:  # a compound: break after its own hyphen
            first, rest = word.split("-", 1)
            if self.pdf.get_string_width(self._plain(" ".join(line + [first + "-"]))) <= width:
                return first + "-", rest
            return None
        if not self.hyphenate or len(plain) < 7 or not plain.isalpha():
            return None
        for cut in range(len(plain) - 3, 2, -1):
            if self.pdf.get_string_width(self._plain(" ".join(line + [word[:cut] + "-"]))) <= width:
                return word[:cut] + "-", word[cut:]
        return None

    @staticmethod
    def _plain(text: str) -> str:
        return re.sub(r"\^\S+", "", text)

    def _draw_line(self, words: list[str], x: float, y: float, size: float, bold: bool = False) -> None:
        """One run of text a line, as word processors draw it, broken only where a reference mark is raised."""
        self._font(size, bold)
        cursor = x
        run = ""
        for i, word in enumerate(words):
            word, _, mark = word.partition("^")
            run += ("" if i == 0 else " ") + word
            if mark or i == len(words) - 1:
                self.pdf.text(cursor, y, self._shown(run))
                cursor += self.pdf.get_string_width(run)
                run = ""
            if mark:
                self._font(size * 0.6)
                self.pdf.text(cursor + 0.3, y - size * 0.35, mark)
                cursor += self.pdf.get_string_width(mark) + 0.6
                self._font(size, bold)

    def _draw_justified(self, words: list[str], x: float, y: float, size: float, bold: bool, width: float) -> None:
        natural = sum(self.pdf.get_string_width(self._plain(w)) for w in words)
        space = (width - natural) / (len(words) - 1)
        cursor = x
        for word in words:
            self._draw_line([word], cursor, y, size, bold)
            cursor += self.pdf.get_string_width(self._plain(word)) + space

    def block(self, words: list[str], *, size: float | None = None, bold: bool = False, indent: float = 0.0,
              hanging: str = "", gap: float = 6.0, x: float | None = None, width: float | None = None) -> None:
        size = size or self.body
        self._font(size, bold)
        x = self._column_x() if x is None else x
        width = (self.width if width is None else width) - indent
        lead = self.pdf.get_string_width(hanging + " ") if hanging else 0.0
        lines = self._fit(words, width - lead)
        for n, line in enumerate(lines):
            if self.y + size * 1.35 > self.bottom():
                if self.columns == 0:  # the left column is full: on at the top of the right one
                    self.columns, self.y = 1, self.column_top
                else:
                    self.new_page()
                    if self.columns is not None:
                        self.columns, self.column_top = 0, self.y
                x = self._column_x()
            self.y += size * 1.35
            if hanging and n == 0:
                self._draw_line([hanging], x + indent, self.y, size, bold)
            if self.justify and n < len(lines) - 1 and len(line) > 1:
                self._draw_justified(line, x + indent + lead, self.y, size, bold, width - lead)
            else:
                self._draw_line(line, x + indent + lead, self.y, size, bold)
        self.y += gap

    columns: int | None = None  # the column written in, on a page of two
    column_top = column_height = 0.0

    def _column_x(self) -> float:
        return self.side + (self.width / 2 + 6 if self.columns == 1 else 0.0)

    def paragraph(self, sentences: list[str], **kwargs) -> None:
        for sentence in sentences:
            self.units.append(self._plain(sentence))
        self.block(" ".join(sentences).split(), **kwargs)

    def heading(self, title: str, size: float) -> None:
        if self.y + 3 * size > self.bottom():
            self.new_page()
        self.y += size * 0.6
        self.units.append(title)
        self.block(title.split(), size=size, bold=True, gap=2)

    def items(self, entries: list[str], numbered: bool = False, markers: list[str] | None = None) -> None:
        for n, entry in enumerate(entries, 1):
            marker = markers[n - 1] if markers else f"{n}." if numbered else "\u2022"
            self.units.append(f"{marker} {self._plain(entry)}")
            self.block(entry.split(), indent=12, hanging=marker, gap=2)
        self.y += 4

    def table(self, rows: list[tuple[str, ...]], widths: list[float]) -> None:
        """Rows of cells at fixed places, the first row in bold; a cell too long for its column wraps."""
        size = self.body - 1
        for r, row in enumerate(rows):
            self._font(size, r == 0)
            wrapped = [self._fit(cell.split(), w - 6) for cell, w in zip(row, widths)]
            height = max(len(c) for c in wrapped) * size * 1.3 + 4
            if self.y + height > self.bottom():
                self.new_page()
            self.units.append(" | ".join(row))
            x = self.side
            for cell, w in zip(wrapped, widths):
                for k, line in enumerate(cell):
                    self._draw_line(line, x + 3, self.y + (k + 1) * size * 1.3, size, r == 0)
                x += w
            self.pdf.line(self.side, self.y + height, self.side + sum(widths), self.y + height)
            self.y += height
        self.y += 8

    def note(self, mark: str, text: str) -> None:
        self.notes.append((mark, text))
        self.units.append(f"{mark} {text}")

    def two_columns(self, height: float) -> None:
        """Write on in two columns `height` points tall, the left one first."""
        self.columns, self.column_top, self.column_height = 0, self.y, height

    def one_column(self) -> None:
        self.columns = None


def report(folder: Path) -> list[str]:
    """A typeset agency report of several pages (DejaVu Serif with ligature glyphs, words hyphenated)."""
    def header(pdf, number):
        pdf.set_font("Serif", "", 7.5)
        if number > 1:
            pdf.text(25 * MM, 15 * MM, "Health Agency Technical Report 14 \u2013 Iron deficiency in adults")
        pdf.text(pdf.w / 2 - 20, pdf.h - 12 * MM, f"Page {number} of {{nb}}")

    w = Writer("Serif", 10.5, hyphenate=True, ligatures=True, header=header)
    w.heading("Iron deficiency in adults: a review of diagnosis and treatment", 17)
    w.heading("1 Introduction", 13)
    w.paragraph(["Iron deficiency is the most common nutritional disorder in the world and the leading cause of "
                 "anaemia.^1", "It develops slowly, as the body uses up its stores of iron, and it often goes "
                 "unnoticed for months or even years.", "Many people first notice tiredness, breathlessness on "
                 "exertion or a reduced capacity for physical work, which they put down to a busy life."])
    w.note("1", "World Health Organization, Global anaemia estimates, 2021 edition.")
    w.paragraph(["This report summarises the evidence on how iron deficiency is identified in adults, which "
                 "treatments are effective, and how the response to treatment should be followed up.",
                 "It is written for general practitioners, practice nurses and community pharmacists, and it "
                 "reflects the literature published up to the end of the previous financial year."])
    w.heading("1.1 Who is at risk", 12)
    w.paragraph(["Some groups are at a much higher risk than others and deserve a lower threshold for testing."])
    w.items(["women with heavy menstrual bleeding", "pregnant women, especially in the second and third "
             "trimester when the demand for iron rises sharply", "people who follow a vegan diet",
             "regular blood donors and endurance athletes"])
    w.heading("2 Diagnosis", 13)
    w.paragraph(["A full blood count and a serum ferritin level are the first investigations.", "Ferritin reflects "
                 "the body's iron stores, but it also rises with inflammation, infection and liver disease, so a "
                 "normal result does not rule out deficiency in an unwell patient.^2", "Transferrin saturation is "
                 "a useful second test when the ferritin result is difficult to interpret."])
    w.note("2", "Ferritin is an acute phase protein and can be falsely reassuring in chronic illness.")
    w.table([("Test", "Usual adult range", "Suggests iron deficiency"), ("Haemoglobin (women)", "120-150 g/L",
             "Below 120 g/L"), ("Haemoglobin (men)", "130-170 g/L", "Below 130 g/L"),
             ("Serum ferritin", "30-300 micrograms/L", "Below 30 micrograms/L"),
             ("Transferrin saturation", "20-50%", "Below 16%")], [150, 130, 150])
    w.heading("2.1 Finding the cause", 12)
    w.paragraph(["Finding the cause is as important as correcting the deficiency itself.", "In men and in women "
                 "after the menopause, iron deficiency is assumed to be due to blood loss from the gut until "
                 "proven otherwise, and these patients should be referred for investigation of the upper and "
                 "lower gastrointestinal tract without delay.", "Coeliac disease should be excluded with a blood "
                 "test in every adult with unexplained iron deficiency, because it is common, often has few other "
                 "symptoms and responds well to a gluten-free diet.", "A careful history of diet, medicines and "
                 "bleeding usually identifies the likely cause before any investigation is arranged."])
    w.heading("3 Treatment", 13)
    w.two_columns(260)
    w.paragraph(["Oral iron is the first-line treatment for most adults.", "A single tablet of ferrous sulfate "
                 "200 mg taken once a day, or on alternate days, is as effective as higher doses and causes fewer "
                 "side effects.", "Taking the tablet with a glass of orange juice improves absorption, while tea, "
                 "coffee, milk and calcium supplements reduce it when taken at the same time."],
                width=w.width / 2 - 6)
    w.paragraph(["Gastrointestinal side effects are the main reason that people stop their treatment early.",
                 "Constipation, nausea, abdominal discomfort and dark stools are common, and patients should be "
                 "warned about them before they start.", "Switching to another iron salt or to alternate-day "
                 "dosing usually helps, and most people can then complete the course."], width=w.width / 2 - 6)
    w.paragraph(["Intravenous iron is reserved for people who cannot tolerate oral iron, who do not respond to it, "
                 "or who need their stores replaced quickly, for example late in pregnancy or before major "
                 "surgery.", "It is given in hospital or in a day unit, where staff can manage the rare "
                 "allergic reactions that occur during an infusion."], width=w.width / 2 - 6)
    w.one_column()
    w.y = w.column_top + w.column_height + 10
    w.heading("3.1 How to take iron tablets", 12)
    w.items(["Take one tablet a day, or one every other day if side effects are troublesome.",
             "Take it on an empty stomach, one hour before a meal, with water or orange juice.",
             "Keep taking it for three months after your blood count has returned to normal, to refill your "
             "stores.", "Keep the tablets out of the sight and reach of children, because an overdose of iron is "
             "dangerous for a child."], numbered=True)
    w.heading("4 Follow-up", 13)
    w.paragraph(["The haemoglobin should rise by about 20 g/L within three to four weeks of starting treatment.",
                 "If it does not, check that the tablets are being taken, reconsider the diagnosis and look for "
                 "continuing blood loss or malabsorption.^3", "Once the blood count is normal, the full blood "
                 "count should be checked every three months for a year and then once more after a further year, "
                 "with more iron given if the haemoglobin or the red cell indices fall below normal again."])
    w.note("3", "Malabsorption is most often due to coeliac disease, gastric surgery or atrophic gastritis.")
    w.paragraph(["Long-term follow-up is not needed for most patients whose cause has been found and treated.",
                 "People with a continuing cause, such as heavy periods or inflammatory bowel disease, may need "
                 "treatment again, and some of them benefit from a low maintenance dose taken indefinitely."])
    w.heading("5 Special groups", 13)
    w.heading("5.1 Pregnancy", 12)
    w.paragraph(["Iron requirements rise steeply in the second half of pregnancy, and anaemia at that stage is "
                 "linked with preterm birth, low birth weight and fatigue after delivery.", "Women with a ferritin "
                 "below 30 micrograms per litre should be offered oral iron, even if their haemoglobin is normal, "
                 "and the blood count should be repeated two to three weeks later.^4", "Intravenous iron may be "
                 "considered from the second trimester when oral iron has failed or the birth is close."])
    w.note("4", "National guidance on the management of anaemia in pregnancy, third edition.")
    w.heading("5.2 Chronic kidney disease", 12)
    w.paragraph(["People with chronic kidney disease often have functional iron deficiency, in which stores are "
                 "adequate but the iron cannot be used to make new red cells.", "Their iron status should be "
                 "assessed before treatment with erythropoiesis-stimulating agents is started, and intravenous "
                 "iron is often preferred for those on haemodialysis."])
    w.heading("5.3 Heart failure", 12)
    w.paragraph(["Iron deficiency is common in heart failure and is associated with worse symptoms and a reduced "
                 "exercise capacity, whether or not anaemia is present.", "Trials have shown that intravenous "
                 "ferric carboxymaltose improves symptoms and quality of life in patients with reduced ejection "
                 "fraction and iron deficiency.", "Oral iron has not been shown to be effective in this group, "
                 "probably because absorption from the gut is reduced."])
    w.heading("6 Summary of recommendations", 13)
    w.items(["Test ferritin and a full blood count in anyone with symptoms of iron deficiency.",
             "Refer men and post-menopausal women with iron deficiency for investigation of the gut.",
             "Offer oral iron once a day or on alternate days as first-line treatment.",
             "Check the response after four weeks, and continue for three months after the blood count is "
             "normal.", "Consider intravenous iron when oral iron has failed or is not tolerated."])
    w.paragraph(["These recommendations will be reviewed in three years, or sooner if important new evidence is "
                 "published.", "Comments on this report are welcome and should be sent to the agency's "
                 "clinical guidance team."])
    (folder / "iron-report.pdf").write_bytes(w.finish())
    return w.units


def printed_page(folder: Path) -> list[str]:
    """A web page printed from a browser: the date and the page's title at the top edge of every page, its address
    and "n/3" at the foot, in small type; headings by size, lists, a table with a cell wrapped over two lines."""
    def header(pdf, number):
        pdf.set_font("Sans", "", 7)
        pdf.text(8 * MM, 6 * MM, "02/12/2026, 10:14")
        pdf.text(90 * MM, 6 * MM, "Anaemia caused by low iron - Community Health Service")
        pdf.text(8 * MM, pdf.h - 5 * MM, "https://www.example.org/conditions/anaemia-caused-by-low-iron/")
        pdf.text(pdf.w - 16 * MM, pdf.h - 5 * MM, f"{number}/3")

    w = Writer("Sans", 11, hyphenate=False, ligatures=False, header=header, margins=(18, 18, 18))
    w.heading("Anaemia caused by low iron", 20)
    w.paragraph(["Iron deficiency anaemia is caused by lack of iron, often because of blood loss or pregnancy.",
                 "It's treated with iron tablets prescribed by a GP and by eating iron-rich foods."])
    w.heading("Symptoms of iron deficiency anaemia", 15)
    w.paragraph(["Symptoms can include:"])
    w.items(["tiredness and lack of energy", "shortness of breath", "noticeable heartbeats (heart palpitations)",
             "pale skin"])
    w.paragraph(["Less common symptoms include headaches, a sore tongue, changes in taste, itchiness and hair loss.",
                 "Some people also find it hard to swallow, or notice a buzzing or ringing in their ears."])
    w.heading("Non-urgent advice: See a GP if:", 13)
    w.items(["you have symptoms of iron deficiency anaemia", "you have heavy periods or bleeding between periods",
             "you are pregnant and have been feeling tired and breathless for more than a couple of weeks"])
    w.paragraph(["A GP will ask about your symptoms and arrange a blood test to check your iron levels.", "They "
                 "may also ask about your diet, whether you take any medicines and whether you have noticed any "
                 "blood in your poo or any changes to your periods."])
    w.heading("Treatment for iron deficiency anaemia", 15)
    w.paragraph(["If a blood test shows your red blood cell count is low, you'll usually be prescribed iron "
                 "tablets to replace the iron your body is missing.", "The course of tablets usually lasts for "
                 "around 6 months, and your GP will check your blood again after 2 to 4 weeks to see if they are "
                 "working.", "Drinking orange juice when you take the tablets may help your body absorb the iron, "
                 "but try not to have tea or coffee around the same time, because they can stop your body "
                 "absorbing it."])
    w.table([("Food", "Iron in a typical serving", "Notes"), ("Dark green leafy vegetables", "2-3 mg",
             "Watercress and curly kale are better sources than spinach"), ("Breakfast cereals with added iron",
             "4-6 mg", "Check the label"), ("Red meat", "2-3 mg", "Easily absorbed"),
             ("Dried fruit", "1-2 mg", "Apricots, prunes and raisins")], [120, 120, 190])
    w.heading("Side effects of iron tablets", 15)
    w.paragraph(["Some people get side effects when taking iron tablets, such as constipation or diarrhoea, "
                 "feeling sick, tummy pain and black poo.", "Taking the tablets with or just after food can help "
                 "reduce these side effects, and you should keep taking them unless your GP tells you to stop.",
                 "Keep iron tablets out of the reach of children, because an overdose can be very dangerous for "
                 "them."])
    w.heading("Causes of iron deficiency anaemia", 15)
    w.paragraph(["Iron deficiency anaemia is often caused by heavy periods or pregnancy.", "It can also be caused "
                 "by bleeding in your stomach or intestines, which can be a side effect of taking anti-inflammatory "
                 "medicines such as ibuprofen or aspirin, or a sign of a stomach ulcer or inflammation of the gut.",
                 "Less often, it is caused by a condition that stops your body absorbing iron from food, such as "
                 "coeliac disease."])
    w.paragraph(["Page last reviewed: 12 March 2025.", "Next review due: 12 March 2028."], size=9)
    (folder / "anaemia-printed.pdf").write_bytes(w.finish())
    return w.units


def leaflet(folder: Path) -> list[str]:
    """A one-page leaflet from a word processor: a running header and "Page 1 of 1", a title, a numbered list and a
    footnote whose mark is raised."""
    def header(pdf, number):
        pdf.set_font("Sans", "", 8)
        pdf.text(20 * MM, 12 * MM, "Community Pharmacy Leaflet 7 | Iron tablets")
        pdf.text(pdf.w / 2 - 18, pdf.h - 10 * MM, f"Page {number} of 1")

    w = Writer("Sans", 11, hyphenate=False, ligatures=False, header=header)
    w.heading("Taking iron tablets safely", 18)
    w.paragraph(["Your doctor has prescribed iron tablets because a blood test showed that your iron stores are "
                 "low.^1", "This leaflet explains how to take them and what to expect in the first few weeks."])
    w.note("1", "A ferritin level below 30 micrograms per litre is usually taken as low in adults.")
    w.heading("How to take them", 14)
    w.items(["Swallow the tablet whole with a glass of water or orange juice.", "Take it an hour before breakfast, "
             "unless it upsets your stomach.", "Do not take indigestion remedies or calcium within two hours of "
             "the tablet.", "If you miss a dose, take the next one at the usual time; do not take two at once."],
            numbered=True)
    w.heading("What to expect", 14)
    w.paragraph(["Your stools will turn dark green or black, which is harmless.", "Most people feel less tired "
                 "within two to three weeks, but it takes about three months to refill your iron stores "
                 "completely.", "Ask your pharmacist for advice if constipation or an upset stomach makes it hard "
                 "to keep taking the tablets."])
    (folder / "iron-leaflet.pdf").write_bytes(w.finish())
    return w.units


def guideline(folder: Path) -> list[str]:
    """A second set, written after the fixes the first set led to: a guideline typeset in justified lines (each word
    drawn at its own place), a running header on every page, "- N -" footers, numbered headings with full stops, a
    title in capitals wrapped over two lines, lists marked "a)" and dashes, a footnote wrapped over two lines, a
    section set in two columns over a page break and a table with a wrapped cell."""
    def header(pdf, number):
        pdf.set_font("Serif", "", 8)
        pdf.text(20 * MM, 14 * MM, "Vitamin D guideline \u00b7 Version 2.3 \u00b7 September 2026")
        pdf.text(pdf.w / 2 - 8, pdf.h - 12 * MM, f"\u2013 {number} \u2013")

    w = Writer("Serif", 10, hyphenate=True, ligatures=True, header=header, margins=(24, 20, 24), justify=True)
    w.heading("Vitamin D Deficiency in Children and Adults: Prevention, Diagnosis and Management", 16)
    w.heading("1. Scope", 12.5)
    w.paragraph(["This guideline covers the prevention of vitamin D deficiency in the general population and its "
                 "diagnosis and management in primary care.", "It does not cover the treatment of rickets, "
                 "osteomalacia or hypercalcaemia, which should be managed by specialists.", "The recommendations "
                 "apply to people of all ages, including pregnant and breastfeeding women, unless stated "
                 "otherwise."])
    w.heading("2. Background", 12.5)
    w.paragraph(["Vitamin D is made in the skin when it is exposed to sunlight, and small amounts come from oily "
                 "fish, eggs and fortified foods.", "Between October and March, the sunlight in northern countries "
                 "does not contain enough ultraviolet B radiation for the skin to make vitamin D.^1", "For this "
                 "reason, everyone is advised to consider a daily supplement of 10 micrograms during the autumn and "
                 "winter months."])
    w.note("1", "Above a latitude of about 52 degrees north the skin makes little or no vitamin D in winter, even at "
                "midday.")
    w.heading("2.1. Groups at higher risk", 11.5)
    w.paragraph(["The following groups are at higher risk of deficiency and should take a supplement all year "
                 "round:"])
    w.items(["people who are not often outdoors, such as those who are frail or housebound or who live in a care "
             "home", "people who usually wear clothes that cover up most of their skin when outdoors",
             "people with dark skin, for example those of African, African-Caribbean or South Asian origin"],
            markers=["a)", "b)", "c)"])
    w.heading("3. Diagnosis", 12.5)
    w.paragraph(["Testing is not needed before starting a supplement at the recommended dose.", "Measure the serum "
                 "25-hydroxyvitamin D level in people with symptoms of deficiency, such as bone pain or muscle "
                 "weakness, and in those with conditions that affect bone health.", "Interpret the result using "
                 "the thresholds in the table below."])
    w.table([("Serum 25-hydroxyvitamin D", "Status", "Action"), ("Below 25 nmol/L", "Deficient",
             "Treat with a loading regimen, then start maintenance therapy"), ("25 to 50 nmol/L", "Insufficient",
             "Advise a daily supplement and safe sun exposure"), ("Above 50 nmol/L", "Sufficient",
             "No treatment needed")], [150, 90, 200])
    w.heading("4. Treatment", 12.5)
    w.two_columns(2000)
    w.paragraph(["For adults with deficiency, a loading regimen of about 300,000 international units is given over "
                 "six to ten weeks, as weekly or daily doses.", "Maintenance therapy of 800 to 2,000 units a day "
                 "is then started one month after loading is complete.", "Corrected serum calcium should be "
                 "checked one month after the loading regimen is finished, because it can unmask primary "
                 "hyperparathyroidism."], width=w.width / 2 - 6)
    w.paragraph(["Children with deficiency are treated with doses that depend on their age.", "Infants under six "
                 "months need 3,000 units a day, and older children up to 6,000 units a day, for eight to twelve "
                 "weeks, followed by a maintenance dose.", "Breastfed babies should be given a daily supplement "
                 "containing 8.5 to 10 micrograms of vitamin D from birth, whether or not their mother is taking "
                 "one."], width=w.width / 2 - 6)
    w.paragraph(["Side effects are rare at the recommended doses.", "Very high doses taken for a long time can "
                 "cause too much calcium to build up in the body, which can weaken the bones and damage the kidneys "
                 "and the heart.", "Adults should not take more than 100 micrograms a day unless their doctor "
                 "advises it."], width=w.width / 2 - 6)
    w.one_column()
    w.new_page()
    w.heading("5. Advice for patients", 12.5)
    w.items(["Take the supplement with a meal that contains some fat, which helps the body absorb it.",
             "Do not take two supplements that both contain vitamin D without asking a pharmacist.",
             "Tell your doctor if you have kidney disease, sarcoidosis or a history of kidney stones."],
            markers=["\u2013"] * 3)
    w.paragraph(["This guideline will be updated when new evidence changes the recommendations."])
    (folder / "vitamin-d-guideline.pdf").write_bytes(w.finish())
    return w.units


def printed_article(folder: Path) -> list[str]:
    """A second web page printed from a browser, over two pages, with a sentence running over the page break."""
    def header(pdf, number):
        pdf.set_font("Sans", "", 7)
        pdf.text(8 * MM, 6 * MM, "12/2/26, 9:41 AM")
        pdf.text(85 * MM, 6 * MM, "Calcium and bone health | Health information")
        pdf.text(8 * MM, pdf.h - 5 * MM, "https://health.example.gov/bones/calcium")
        pdf.text(pdf.w - 16 * MM, pdf.h - 5 * MM, f"{number}/2")

    w = Writer("Sans", 10.5, hyphenate=False, ligatures=False, header=header, margins=(15, 15, 15))
    w.heading("Calcium and bone health", 19)
    w.paragraph(["Calcium is a mineral that helps build and keep strong bones and teeth.", "It also helps muscles "
                 "contract, nerves carry messages and the heart beat normally."])
    w.heading("How much calcium you need", 14)
    w.table([("Age", "Calcium a day"), ("Children 1 to 3 years", "350 mg"), ("Children 4 to 6 years", "450 mg"),
             ("Teenagers", "800 to 1,000 mg"), ("Adults 19 to 64 years", "700 mg")], [200, 150])
    w.paragraph(["You should be able to get all the calcium you need from your daily diet.", "Good sources include "
                 "milk, cheese and other dairy foods, green leafy vegetables such as curly kale and okra, soya "
                 "drinks with added calcium, bread and anything made with fortified flour, and fish where you eat "
                 "the bones, such as sardines and pilchards."])
    w.heading("What happens if you take too much", 14)
    for _ in range(3):
        w.paragraph(["Taking high doses of calcium, more than 1,500 mg a day, could lead to stomach pain and "
                     "diarrhoea.", "If you take calcium supplements, do not take too much, as this could be "
                     "harmful, and talk to your doctor before taking them if you are already on medicines for "
                     "your heart or your bones."]) if _ == 0 else w.paragraph(
            ["People who have had kidney stones should ask their doctor how much calcium is safe for them, because "
             "some kinds of stone are more likely when calcium is taken as a supplement rather than in food.",
             "Your doctor may suggest a test of the calcium level in your blood or urine before you start."]
            if _ == 1 else ["Some medicines do not work as well when they are taken at the same time as calcium, "
                            "including some antibiotics and medicines for thyroid problems.", "Leave at least two "
                            "hours between taking these medicines and taking a calcium supplement or eating a large "
                            "amount of dairy food."])
    w.heading("Who should take a supplement", 14)
    w.items(["people who do not eat dairy foods and do not eat other foods with added calcium",
             "people with osteoporosis who have been advised to take one by their doctor",
             "women who have been through the menopause and have a low calcium intake"])
    w.paragraph(["Calcium works together with vitamin D, which the body needs to absorb calcium from food.",
                 "Ask a pharmacist which supplement is right for you, as some contain both calcium and vitamin D "
                 "and taking two products with vitamin D could mean you take more than you need."])
    for text in (["Page last reviewed: 4 November 2025."],):
        w.paragraph(text, size=8.5)
    (folder / "calcium-printed.pdf").write_bytes(w.finish())
    return w.units


def word_leaflet(folder: Path) -> list[str]:
    """A third set, written after the second set's fixes and measured as it came: a two-page leaflet as Word exports
    it, headings in bold at the text's size, items marked "1)", a "*" footnote, a table of one-line cells, a small
    organisation name at the top of each page and "Leaflet 12 | Page N of 2" at the foot."""
    def header(pdf, number):
        pdf.set_font("Sans", "", 8)
        pdf.text(20 * MM, 13 * MM, "Riverside Community Health Service")
        pdf.text(20 * MM, pdf.h - 10 * MM, f"Leaflet 12 | Page {number} of 2")

    w = Writer("Sans", 10.5, hyphenate=False, ligatures=False, header=header, margins=(22, 20, 22))
    w.heading("Looking after your feet when you have diabetes", 16)
    w.paragraph(["Diabetes can reduce the blood supply to your feet and cause a loss of feeling known as "
                 "peripheral neuropathy.", "This means that foot injuries may not heal well, and you may not "
                 "notice if your foot is sore or injured.*"])
    w.note("*", "About one in ten people with diabetes will have a foot ulcer at some point in their life.")
    w.heading("Checking your feet every day", 10.5)
    w.paragraph(["Check your feet every day for cuts, blisters, redness, swelling or changes in the colour of the "
                 "skin.", "If you cannot see the soles of your feet, use a mirror or ask someone to help you."])
    w.items(["Wash your feet every day in warm water, and dry them carefully, especially between the toes.",
             "Moisturise the skin on your feet, but not between your toes.", "Cut your toenails straight across "
             "and file any sharp edges.", "Never walk barefoot, even at home, because you may hurt your feet "
             "without noticing."], markers=["1)", "2)", "3)", "4)"])
    w.heading("Your annual foot check", 10.5)
    w.paragraph(["Everyone with diabetes should have their feet checked by a health professional at least once "
                 "a year.", "At the check, your feet will be examined for loss of feeling and for signs of poor "
                 "circulation, and you will be told your risk of developing foot problems."])
    w.table([("Risk", "What it means", "How often you are seen"), ("Low", "No loss of feeling", "Once a year"),
             ("Moderate", "Some loss of feeling", "Every 3 to 6 months"), ("High", "A previous ulcer",
             "Every 1 to 2 months")], [100, 150, 180])
    w.heading("When to get help", 10.5)
    w.paragraph(["Contact your foot protection team or GP straight away if you notice a break in the skin, a "
                 "change in the colour of your foot, or swelling or pain that is new.", "Go to an emergency "
                 "department if your foot is hot, red and swollen and you feel unwell, because this may be a "
                 "serious infection."])
    for extra in range(4):
        w.paragraph([["Shoes should fit well and support your feet, with room for your toes and a fastening such as "
                      "laces or a strap.", "Check inside your shoes for anything sharp before you put them on."],
                     ["Smoking reduces the blood supply to your feet even further, so stopping is one of the best "
                      "things you can do for them.", "Your GP or pharmacist can tell you about free support to "
                      "help you stop."],
                     ["Keeping your blood sugar, blood pressure and cholesterol under control helps to protect the "
                      "nerves and blood vessels in your feet.", "Your diabetes team can help you set targets that "
                      "are right for you."],
                     ["This leaflet was written with people who have diabetes and the podiatry team.",
                      "Ask for it in large print or another language if you need it."]][extra])
    (folder / "diabetes-feet.pdf").write_bytes(w.finish())
    return w.units


def journal_summary(folder: Path) -> list[str]:
    """A research summary set in two columns on every page under a title and an abstract across the page, with a
    small figure caption and a list of numbered references, as journals print them."""
    def header(pdf, number):
        pdf.set_font("Serif", "", 7.5)
        pdf.text(pdf.w - 60 * MM, 12 * MM, f"J Community Nutr 2026; 14: {100 + number}")

    w = Writer("Serif", 9.5, hyphenate=True, ligatures=True, header=header, margins=(20, 18, 20))
    w.heading("Folic acid before pregnancy: what we know", 15)
    w.paragraph(["Abstract.", "Taking folic acid before conception and in early pregnancy lowers the risk of neural "
                 "tube defects such as spina bifida.", "Despite long-standing advice, fewer than one in three "
                 "women take a supplement before they become pregnant."], size=9)
    w.two_columns(2000)
    w.heading("1. Introduction", 11)
    w.paragraph(["Neural tube defects arise in the first four weeks of pregnancy, often before a woman knows she "
                 "is pregnant.", "The neural tube forms the brain and the spinal cord, and when it does not close "
                 "properly the baby can be born with spina bifida or anencephaly.", "Randomised trials in the "
                 "1990s showed that folic acid taken before conception prevents most of these defects."],
                width=w.width / 2 - 6)
    w.heading("2. Recommendations", 11)
    w.paragraph(["Women who could become pregnant are advised to take 400 micrograms of folic acid every day, "
                 "starting before conception and continuing until the twelfth week of pregnancy.", "A higher dose "
                 "of 5 milligrams is recommended for women with a previous pregnancy affected by a neural tube "
                 "defect, those taking some anti-epileptic medicines, and those with diabetes or a body mass index "
                 "of 30 or more."], width=w.width / 2 - 6)
    w.heading("3. Uptake", 11)
    w.paragraph(["Surveys in several countries have found that most women start folic acid only after a positive "
                 "pregnancy test, when the neural tube has already closed.", "Uptake is lowest among younger "
                 "women, those with unplanned pregnancies and those who live in deprived areas.", "Mandatory "
                 "fortification of flour, introduced in more than 80 countries, reaches women whether or not they "
                 "plan a pregnancy."], width=w.width / 2 - 6)
    w.paragraph(["Figure 1. Proportion of women taking folic acid before conception, by age group."], size=8,
                width=w.width / 2 - 6)
    w.heading("4. Conclusion", 11)
    w.paragraph(["Folic acid supplementation before pregnancy is safe, cheap and effective, but it reaches too few "
                 "women at the time it matters.", "Fortification of staple foods is the most reliable way to "
                 "protect every pregnancy."], width=w.width / 2 - 6)
    w.heading("References", 11)
    for n, ref in enumerate(["MRC Vitamin Study Research Group. Prevention of neural tube defects. Lancet "
                             "1991; 338: 131-137.", "Czeizel AE, Dudas I. Prevention of the first occurrence of "
                             "neural-tube defects by periconceptional vitamin supplementation. N Engl J Med 1992; "
                             "327: 1832-1835."], 1):
        w.units.append(f"[{n}] {ref}")
        w.block(f"[{n}] {ref}".split(), size=8, width=w.width / 2 - 6, gap=2)
    w.one_column()
    (folder / "folic-acid-summary.pdf").write_bytes(w.finish())
    return w.units


def normal(text: str) -> str:
    """A unit or sentence compared as a reader reads it: compatibility characters and spaces evened out, a bullet as
    "•". A line break is kept: inside a sentence it is the layout's, and the sentence is not whole."""
    text = unicodedata.normalize("NFKC", text).replace("\u25cf", "\u2022")
    return "\n".join(" ".join(line.split()) for line in text.strip().split("\n"))


def indexed_sentences(index: Path) -> dict[str, list[str]]:
    """The sentences the index holds, by document."""
    by_source: dict[str, list[str]] = {}
    for sentence in IndexStore.load(index).sentences:
        by_source.setdefault(sentence.source, []).append(sentence.text)
    return by_source


def extracted_sentences(corpus: Path) -> dict[str, list[str]]:
    """The sentences `extract` and `split_sentences` give each PDF, without building an index (quicker; the index
    cuts a sentence too long for the model into pieces besides)."""
    from bot.documents.extraction import extract
    from bot.index.chunking import split_sentences

    by_source = {}
    for path in sorted(corpus.glob("*.pdf")):
        text = extract(path.read_bytes(), "pdf").text
        by_source[path.name] = [text[a:b] for a, b in split_sentences(text)]
    return by_source


def count(by_source: dict[str, list[str]], truth: dict[str, list[str]]) -> dict:
    """The sentences of each PDF, whole or broken, and the written units found whole in none of them."""
    result = {}
    for source, units in truth.items():
        wanted = {normal(unit) for unit in units}
        sentences = by_source.get(source, [])
        broken = [s for s in sentences if normal(s) not in wanted]
        found = {normal(s) for s in sentences}
        result[source] = {"sentences": len(sentences), "whole": len(sentences) - len(broken), "broken": broken,
                          "missing": sorted(u for u in wanted if u not in found)}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "bench/out/pdf-sentences")
    parser.add_argument("--skip-index", action="store_true", help="count on the index already built in --out")
    parser.add_argument("--no-index", action="store_true", help="count the sentences of `extract`, no index built")
    parser.add_argument("--set", choices=("first", "second", "third", "all"), default="all",
                        help="the PDFs the fixes were made on (first), those written after them (second), those "
                             "written after the second's fixes (third), or all")
    args = parser.parse_args(argv)
    corpus, index = args.out / "corpus", args.out / "index"
    corpus.mkdir(parents=True, exist_ok=True)
    sets = {"first": (("iron-report.pdf", report), ("anaemia-printed.pdf", printed_page),
                      ("iron-leaflet.pdf", leaflet)),
            "second": (("vitamin-d-guideline.pdf", guideline), ("calcium-printed.pdf", printed_article)),
            "third": (("diabetes-feet.pdf", word_leaflet), ("folic-acid-summary.pdf", journal_summary))}
    chosen = [made for name in (sets if args.set == "all" else [args.set]) for made in sets[name]]
    for old in corpus.glob("*.pdf"):
        old.unlink()
    truth = {name: make(corpus) for name, make in chosen}
    (args.out / "truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    if not (args.skip_index or args.no_index):
        subprocess.run([sys.executable, "-m", "bot", "index", "--corpus", str(corpus), "--index", str(index)],
                       cwd=REPO, check=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    result = count(extracted_sentences(corpus) if args.no_index else indexed_sentences(index), truth)
    total = sum(r["sentences"] for r in result.values())
    whole = sum(r["whole"] for r in result.values())
    for source, r in result.items():
        print(f"{source}: {r['whole']} of {r['sentences']} indexed sentences whole; "
              f"{len(r['missing'])} written units not found whole")
        for sentence in r["broken"]:
            print(f"  broken: {sentence!r}")
        for unit in r["missing"]:
            print(f"  missing: {unit!r}")
    print(f"all: {whole} of {total} indexed sentences whole ({whole / total:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
