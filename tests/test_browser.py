"""The chat in a real browser: headless Debian Chromium driven by Playwright, against the app on loopback."""

import re
import shutil
import time
import urllib.parse
from pathlib import Path

import pytest

from bot import NOTICE
from tests.support import REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed "
                                 "(.ci/run installs it: apt-get install chromium)")]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
# A browser trial's message (2026-12-07): an emergency in the middle of 667 characters; on a phone the chat pinned
# the question's top, and the emergency message and the sources' banner were both out of view.
LONG_MESSAGE = ("Hello, sorry this is a long one. I've been reading your documents about restless legs because my mother "
                "was diagnosed last spring and we have tried the magnesium spray and the tablets, but honestly I'm not "
                "sure we are doing it right, she hates the taste and the spray stings. I also wanted to check how much "
                "magnesium she can have, she is 80. But the reason I'm typing now is that my husband has just collapsed "
                "in the hallway, he's not responding when I shake him and I don't think he's breathing properly, he's "
                "making strange gasping sounds. Also, should the tablets be taken in the morning or at night? And with "
                "food?")


@pytest.mark.parametrize("size", [{"width": 1366, "height": 768}, {"width": 390, "height": 844}],
                         ids=["laptop", "phone"])
def test_an_emergency_told_in_a_long_message_is_shown_from_its_first_line(start_app, size):
    from playwright.sync_api import sync_playwright

    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport=size)
        assert ask(page, LONG_MESSAGE).startswith("This may be an emergency.")
        time.sleep(1)  # let any scrolling settle
        page.screenshot(path=str(SHOTS / f"emergency-long-{size['width']}.png"))
        # The emergency message's first line, in the chat's visible part and in the window, not the question's top.
        first = page.locator(".bot").last.locator("strong").first.bounding_box()
        chat = page.locator("#verbatim-chat .bubble-wrap").bounding_box()
        assert chat["y"] <= first["y"] and first["y"] + first["height"] <= chat["y"] + chat["height"], (first, chat)
        assert 0 <= first["y"] and first["y"] + first["height"] <= size["height"], first
        browser.close()


SHOTS = REPO / "bench" / "out" / "screenshots"


def wait_until(condition, what: str, seconds: float = 30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def open_chat(browser, url: str, **options):
    """A new page of `browser` (`options` as `new_page` takes them) on the chat at `url`, once its question box is
    there."""
    page = browser.new_page(**options)
    page.goto(url)
    page.wait_for_selector("textarea", timeout=60000)
    return page


def ask(page, question: str) -> str:
    """Send a question and return the text of the newest bot message once it has arrived."""
    before = page.locator(".bot").count()
    page.fill("textarea", question)
    page.keyboard.press("Enter")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        bots = page.locator(".bot")
        if bots.count() > before and NOTICE[:40] in bots.last.inner_text():
            return bots.last.inner_text()
        time.sleep(0.3)
    raise AssertionError(f"no answer to {question!r}")


def test_chat_in_a_browser_quotes_warns_and_never_runs_document_markup(start_app, seed_corpus, tmp_path):
    from playwright.sync_api import sync_playwright

    (seed_corpus / "evil.md").write_text(
        "Zinc helps wound healing <script>document.title='pwned'</script> in adults.\n"
        "Zinc tablets <img src=x onerror=\"document.title='pwned2'\"> are sold, see "
        "[the guide](javascript:document.title='pwned3').\n", encoding="utf-8")
    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        requests, dialogs = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        page.wait_for_selector("textarea", timeout=60000)
        assert "Not medical advice" in page.inner_text("body")
        # What the page's status region says aloud (Gradio announced its key "common.complete": a trial)
        page.evaluate("""() => { window.announced = []; new MutationObserver(() => {
            for (const region of document.querySelectorAll('[role=status]')) window.announced.push(region.innerText);
        }).observe(document.body, {subtree: true, childList: true, characterData: true}); }""")

        answer = ask(page, "Can magnesium help restless legs?")
        wait_until(lambda: "Done" in page.evaluate("window.announced"), "the status region's word for an answer")
        assert not [said for said in page.evaluate("window.announced") if "common." in said]
        assert "magnesium supplements can be highly beneficial" in answer
        assert "restless-legs-magnesium.txt, line 3" in answer and NOTICE in answer
        assert page.locator(".bot blockquote").count() >= 1

        # The sources panel: the quote highlighted inside its paragraph, located and checked.
        sources = page.locator("#verbatim-sources")
        wait_until(lambda: sources.locator("mark").count() >= 1, "the sources panel")
        assert "magnesium supplements can be highly beneficial" in sources.locator("mark").first.inner_text()
        panel_text = sources.inner_text()
        assert "restless-legs-magnesium.txt, line 3" in panel_text and "checked verbatim" in panel_text
        assert "Certain cases of restless leg syndrome" in panel_text  # the paragraph around the quote
        # the score is explained where the pointer rests and, for a finger (a phone has no pointer), on a tap
        assert not sources.locator(".verbatim-explained").first.is_visible()
        sources.locator(".verbatim-where summary").first.click()
        assert "not a probability" in sources.locator(".verbatim-explained").first.inner_text()

        # Selecting a quote opens the document there, highlighted; feedback and export work on it.
        page.locator("#verbatim-picker label").first.click()
        document = page.locator("#verbatim-document")
        wait_until(lambda: document.locator("mark").count() == 1, "the document view")
        assert "magnesium supplements" in document.locator("mark").inner_text()
        page.get_by_role("button", name="Relevant", exact=True).click()
        wait_until(lambda: "marked relevant" in page.locator("#verbatim-feedback").inner_text(), "feedback saved")
        # said aloud: the confirmation is a status region (Gradio's own said only "Done": a trial)
        assert page.get_by_role("status").filter(has_text="marked relevant").count() == 1
        page.screenshot(path=str(SHOTS / "answered.png"), full_page=True)
        page.get_by_role("button", name="Export JSON").click()
        wait_until(lambda: page.locator("a[download]").count() >= 1, "the export download link")
        # named for what it downloads (it read "899.0 B" alone: a trial), and says "Download" on the page
        link = page.get_by_role("link", name=re.compile(r"^Download verbatim-conversation-[\w-]+\.json \([\d.]+\W+K?B\)$"))
        wait_until(lambda: link.count() == 1, "the export link's name")
        assert link.evaluate("a => getComputedStyle(a, '::before').content") == '"Download "'

        # A second person in another browser context sees only their own conversation and sources.
        other = browser.new_context().new_page()
        other.goto(url)
        other.wait_for_selector("textarea", timeout=60000)
        assert "Magnesium is a natural mineral" in ask(other, "What is magnesium?")
        wait_until(lambda: other.locator("#verbatim-sources mark").count() >= 1, "the other panel")
        assert "Can magnesium help restless legs?" not in other.locator("body").inner_text()
        assert "What is magnesium?" not in page.locator("body").inner_text()
        assert "highly beneficial" in sources.locator("mark").first.inner_text()
        other.close()

        urgent = ask(page, "I have crushing chest pain")
        assert urgent.startswith("This may be an emergency") and "911" in urgent
        wait_until(lambda: page.locator("#verbatim-sources .verbatim-urgent").count() == 1, "the urgent banner")

        assert "do not cover" in ask(page, "What is the capital of France?")

        markup = ask(page, "Do zinc tablets help wound healing?")
        assert "<script>" in markup or "<img" in markup  # shown as text
        # The user's own message shows as typed: its Markdown and HTML were rendered, an <img> fetched (a trial).
        typed = "Is zinc **good**? <img src=http://127.0.0.1:9/q.png> [see](http://127.0.0.1:9/)"
        ask(page, typed)
        question = page.locator('[data-testid="user"]').last
        assert " ".join(question.inner_text().split()) == typed
        shown = question.locator(".message-content")
        assert shown.locator("img, strong").count() == 0
        # a web address typed is a link to itself, as typed, never a link hidden behind other words
        links = [(link.inner_text(), link.get_attribute("href")) for link in shown.locator("a").all()]
        assert all(text == urllib.parse.unquote(href) for text, href in links), links
        page.screenshot(path=str(SHOTS / "markup-as-text.png"), full_page=True)
        time.sleep(1)
        assert page.title() == "Verbatim" and dialogs == []
        hostile = "script, img[onerror], a[href^='javascript']"
        for area in (".bot", "#verbatim-sources", "#verbatim-document"):
            assert page.locator(", ".join(f"{area} {h.strip()}" for h in hostile.split(","))).count() == 0
        assert [u for u in requests if not u.startswith(url) and not u.startswith("data:")] == []

        # Clearing the chat starts the session over: no sources, nothing to export.
        page.get_by_role("button", name="Clear", exact=True).click()
        wait_until(lambda: "appear here" in sources.inner_text(), "the cleared sources panel")
        wait_until(lambda: page.get_by_role("button", name="Export JSON").is_disabled(), "nothing to export")
        assert page.get_by_role("button", name="Relevant", exact=True).is_disabled()
        browser.close()


@pytest.mark.parametrize("size", [{"width": 1366, "height": 768}, {"width": 390, "height": 844}],
                         ids=["laptop", "phone"])
def test_an_emergency_message_is_in_view_when_it_arrives_on_a_laptop_and_a_phone(start_app, size):
    from playwright.sync_api import sync_playwright

    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport=size)
        ask(page, "Can magnesium help restless legs?")  # a long answer first, so that the chat has scrolled
        answer = ask(page, "I took 40 of my magnesium tablets and now my chest hurts")
        assert answer.startswith("This may be an emergency.")
        time.sleep(1)  # let any scrolling settle
        page.screenshot(path=str(SHOTS / f"emergency-{size['width']}.png"))
        # In the chat, or first in the sources panel (where a phone's stacked page may be scrolled to), whole,
        # numbers included, and inside the window.
        shown = [page.locator(".bot").last.get_by_text("This may be an emergency.", exact=False).first,
                 page.locator("#verbatim-sources .verbatim-urgent")]
        boxes = [element.bounding_box() for element in shown]
        assert "112" in shown[1].inner_text()
        assert any(box and 0 <= box["y"] and box["y"] + box["height"] <= size["height"] for box in boxes), boxes
        # Marked as an emergency, unlike an answer: its own colours, and named so for a screen reader, in the words
        # the page shows (Gradio's label was the raw Markdown, stars and escapes included).
        bubbles = page.locator("#verbatim-chat .message.bot")
        urgent, answered = bubbles.last, bubbles.nth(bubbles.count() - 2)
        wait_until(lambda: "verbatim-urgent-message" in (urgent.get_attribute("class") or ""), "the urgent mark")
        assert "verbatim-urgent-message" not in (answered.get_attribute("class") or "")
        style = "(e) => getComputedStyle(e).backgroundColor + ' ' + getComputedStyle(e).borderTopColor"
        assert urgent.evaluate(style) != answered.evaluate(style)
        # (a label on an element of no role many screen readers ignore: each message is an article)
        roles = [page.get_by_role("article", name=name) for name in ("Emergency message", "Answer", "Your question")]
        assert [role.count() for role in roles] == [1, 1, 2]
        assert roles[0].inner_text().startswith("This may be an emergency. Call your local emergency number")
        assert "Magnesium" in roles[1].inner_text() and "**" not in roles[1].inner_text()
        assert roles[2].last.inner_text() == "I took 40 of my magnesium tablets and now my chest hurts"
        browser.close()


def test_a_new_page_shows_example_questions_that_ask_and_an_empty_message_adds_nothing(start_app):
    from playwright.sync_api import sync_playwright

    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        failed = []
        # 404: a missing example renderer; 422: an empty message sent and refused (a trial's console error)
        page.on("response", lambda r: failed.append((r.status, r.url)) if r.status in (404, 422) else None)
        page.goto(url)
        page.wait_for_selector("textarea", timeout=60000)
        example = page.get_by_role("button", name="What can I ask?")
        wait_until(lambda: example.count() >= 1 and example.first.is_visible(), "the example questions")
        page.screenshot(path=str(SHOTS / "examples.png"), full_page=True)
        # Before any answer there is no quote to mark and nothing to export: those buttons are not offered.
        for name in ("Relevant", "Not relevant", "Should have been answered", "Export Markdown", "Export JSON"):
            assert page.get_by_role("button", name=name, exact=True).is_disabled(), name

        # Enter on an empty box (or only spaces) adds no turn and no error bubble.
        for empty in ("", "   "):
            page.fill("textarea", empty)
            page.keyboard.press("Enter")
        time.sleep(2)
        assert page.locator(".user").count() == 0 and page.locator(".bot").count() == 0

        example.first.click()
        wait_until(lambda: page.locator(".bot").count() >= 1 and NOTICE[:40] in page.locator(".bot").last.inner_text(),
                   "the answer to the example")
        assert "What can I ask?" in page.locator(".user").first.inner_text()
        assert failed == []
        wait_until(lambda: page.get_by_role("button", name="Export JSON", exact=True).is_enabled(), "export offered")
        assert page.get_by_role("button", name="Relevant", exact=True).is_disabled()  # the topics hold no quote

        # The question box, its Send button and the chat's buttons have names; no share button that does nothing.
        # (named "Your question" alone: a trial's screen reader heard "Your question Send")
        box = page.get_by_role("textbox", name="Your question", exact=True)
        wait_until(lambda: box.count() == 1, "the question box named")
        assert page.get_by_role("button", name="Send", exact=True).count() == 1
        assert page.get_by_role("button", name="Share").count() == 0
        # After an answer the box has the focus again: the next question can be typed at once.
        ask(page, "Can magnesium help restless legs?")
        wait_until(lambda: page.evaluate("!!document.activeElement.closest('#verbatim-question')"), "the focus back")
        page.keyboard.type("What is magnesium?")
        assert box.input_value() == "What is magnesium?"
        box.fill("")

        # Undo and Retry: the sources panel and the export follow the chat.
        sources = page.locator("#verbatim-sources")
        wait_until(lambda: sources.locator("mark").count() >= 1, "the sources of the answer")
        page.get_by_role("button", name="Export JSON").click()
        wait_until(lambda: "Exported 2 answer(s) as JSON." in page.inner_text("body"), "the export before Undo")
        page.get_by_role("button", name="Undo").last.click()
        wait_until(lambda: "lists what the documents cover" in sources.inner_text(), "the panel of the answer before")
        # the export of the undone answer is withdrawn with it (a trial: "Exported 3 answer(s)" under two turns)
        wait_until(lambda: "Exported 2 answer(s)" not in page.inner_text("body")
                   and page.locator("#verbatim-export a[download]").count() == 0, "the stale export withdrawn")
        ask(page, "Can magnesium help restless legs?")
        before = page.locator(".bot").count()
        page.get_by_role("button", name="Retry").last.click()
        time.sleep(1)
        wait_until(lambda: page.locator(".bot").count() == before and NOTICE[:40] in page.locator(".bot").last.inner_text()
                   and page.get_by_role("button", name="Retry").count() >= 1, "the retried answer")
        time.sleep(1)
        page.get_by_role("button", name="Export JSON").click()
        wait_until(lambda: "Exported" in page.inner_text("body"), "the export")
        assert "Exported 2 answer(s) as JSON." in page.inner_text("body")
        browser.close()


def test_on_a_phone_the_first_view_shows_the_title_and_the_notice(start_app):
    from playwright.sync_api import sync_playwright

    url = start_app()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        time.sleep(2)  # let any focusing and scrolling settle
        page.screenshot(path=str(SHOTS / "first-view-390.png"))
        assert page.evaluate("window.scrollY") == 0
        for shown in (page.get_by_role("heading", name="Verbatim"), page.get_by_text("Not medical advice").first):
            box = shown.bounding_box()
            assert box and 0 <= box["y"] and box["y"] + box["height"] <= 844, box
        browser.close()


CONTRAST_JS = """(selector) => {
  const element = document.querySelector(selector);
  const rgb = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
  let back = element, background = [0, 0, 0, 0];
  while (back && (background.length < 3 || background[3] === 0)) {
    background = rgb(getComputedStyle(back).backgroundColor);
    if (background.length === 3) background.push(1);
    back = back.parentElement;
  }
  const luminance = ([r, g, b]) => [r, g, b].map((c) => {
    c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_marked_quotes_and_the_check_mark_read_at_wcag_aa_contrast_in_light_and_dark_mode(start_app, scheme):
    from playwright.sync_api import sync_playwright

    url = start_app()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport={"width": 1100, "height": 900}, color_scheme=scheme)
        assert page.evaluate("document.querySelector('.gradio-container').closest('.dark') !== null") == (
            scheme == "dark")
        ask(page, "Can magnesium help restless legs?")
        wait_until(lambda: page.locator("#verbatim-sources mark").count() >= 1, "the sources panel")
        page.locator("#verbatim-picker label").first.click()
        wait_until(lambda: page.locator("#verbatim-document mark").count() == 1, "the document view")
        page.screenshot(path=str(SHOTS / f"contrast-{scheme}.png"), full_page=True)
        for selector in ("#verbatim-sources mark", "#verbatim-document mark", "#verbatim-sources .verbatim-checked"):
            assert page.evaluate(CONTRAST_JS, selector) >= 4.5, selector
        ask(page, "I have crushing chest pain")
        wait_until(lambda: page.locator(".verbatim-urgent-message").count() == 1, "the urgent mark")
        page.screenshot(path=str(SHOTS / f"contrast-urgent-{scheme}.png"))
        for selector in (".verbatim-urgent-message strong", ".verbatim-urgent-message em"):
            assert page.evaluate(CONTRAST_JS, selector) >= 4.5, selector
        browser.close()


def test_a_document_uploaded_in_one_page_can_be_chosen_in_a_page_opened_later(start_app, tmp_path):
    from playwright.sync_api import sync_playwright

    url = start_app()
    upload = tmp_path / "zinc-notes.md"
    upload.write_text("# Zinc\n\nZinc lozenges may shorten a cold by a day.\n", encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        first = open_chat(browser, url, viewport={"width": 1100, "height": 900})
        first.get_by_text("Add documents").click()
        first.locator("input[type=file]").last.set_input_files(str(upload))
        wait_until(lambda: "Searchable now" in first.inner_text("body"), "the upload indexed", seconds=60)
        # The box is empty again: a second upload does not send this file again.
        wait_until(lambda: "zinc-notes" not in first.locator("#verbatim-upload").inner_text(), "the box emptied")
        later = open_chat(browser, url, viewport={"width": 1100, "height": 900})
        later.get_by_text("Settings", exact=True).first.click()
        later.get_by_label("Search only these documents (none chosen: all)").click()
        wait_until(lambda: later.get_by_role("option", name="zinc-notes.md").count() == 1, "the uploaded file listed")
        later.get_by_role("option", name="zinc-notes.md").click()
        later.keyboard.press("Escape")
        answer = ask(later, "Can zinc lozenges shorten a cold?")  # accepted as a choice, and searched
        assert "zinc-notes.md" in answer and "not in the list of choices" not in later.inner_text("body")
        browser.close()


@pytest.mark.parametrize("size", [{"width": 1366, "height": 768}, {"width": 390, "height": 844}],
                         ids=["laptop", "phone"])
def test_an_upload_shows_its_progress_where_the_file_was_dropped_and_it_moves(start_app, tmp_path, size):
    from playwright.sync_api import sync_playwright

    from tests.web.test_chat import minerals_markdown

    url = start_app()
    upload = tmp_path / "minerals.md"
    upload.write_text(minerals_markdown(60), encoding="utf-8")  # about 1,000 texts to embed
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport=size)
        page.get_by_text("Add documents").click()
        box = page.locator("#verbatim-upload")
        box.scroll_into_view_if_needed()
        page.locator("input[type=file]").last.set_input_files(str(upload))
        seen, shot = [], False
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "Searchable now" not in page.inner_text("body"):
            shown = page.evaluate("""() => {
              const text = document.querySelector('#verbatim-upload .progress-text');
              const level = document.querySelector('#verbatim-upload .progress-level');
              if (!text || !level) return null;
              const box = text.getBoundingClientRect();
              const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
              return {text: text.innerText, level: level.innerText, seen: !!top && text.contains(top),
                      inside: box.height > 0 && box.y >= 0 && box.y + box.height <= window.innerHeight};
            }""")
            if shown and "Embedding minerals.md" in shown["level"]:
                assert shown["seen"] and shown["inside"], shown  # in view, not hidden under anything
                seen.append(shown["text"].split("|")[0].strip())
                if not shot and len(set(seen)) >= 2:
                    page.screenshot(path=str(SHOTS / f"upload-progress-{size['width']}.png"))
                    shot = True
            time.sleep(0.2)
        assert "Searchable now" in page.inner_text("body")
        counts = list(dict.fromkeys(seen))
        assert len(counts) >= 3 and all(count.endswith("texts") for count in counts), counts  # it moves
        browser.close()


IN_VIEW_JS = """() => {
  const mark = document.querySelector('#verbatim-document mark');
  const view = document.querySelector('#verbatim-document .verbatim-document');
  if (!mark || !view) return null;
  const box = mark.getBoundingClientRect(), frame = view.getBoundingClientRect();
  const pages = [...view.querySelectorAll('.verbatim-page')].filter(
    (page) => page.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
  const line = mark.closest('.verbatim-line');
  const shows = (item) => {
    const place = item.getBoundingClientRect();
    return place.height > 0 && place.top >= Math.max(frame.top, 0) && place.bottom <= Math.min(frame.bottom, window.innerHeight);
  };
  return {inWindow: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
          pageShown: pages.length > 0 && shows(pages[pages.length - 1]),
          inView: box.top >= frame.top && box.bottom <= frame.bottom, scrolled: view.scrollTop,
          page: pages.length ? pages[pages.length - 1].innerText : null,
          line: line ? line.querySelector('.verbatim-number').innerText : null};
}"""


def leaflet_pages() -> list[str]:
    """Five pages on five minerals, long enough that page 3 starts well below a document view's first lines."""
    topics = ["Iron", "Calcium", "Zinc", "Iodine", "Selenium"]
    pages = []
    for topic in topics:
        lines = [f"{topic} is covered on this page of the leaflet, paragraph {n}, with general notes on diet."
                 for n in range(1, 16)]
        if topic == "Zinc":
            lines.insert(6, "Zinc lozenges taken early may shorten a common cold by about one day.")
        pages.append("\n".join(lines))
    return pages


@pytest.mark.parametrize("size", [{"width": 1366, "height": 768}, {"width": 390, "height": 844}],
                         ids=["laptop", "phone"])
def test_a_quote_opens_in_its_document_scrolled_to_it_with_its_line_or_page_shown(start_app, seed_corpus, size):
    from playwright.sync_api import sync_playwright

    from tests.support.documents import pdf_bytes

    (seed_corpus / "mineral-leaflet.pdf").write_bytes(pdf_bytes(leaflet_pages()))
    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport=size)
        for question, where, shot in (("Can magnesium help restless legs?", "restless-legs-magnesium.txt, line 3",
                                       "line"),
                                      ("Can zinc lozenges shorten a cold?", "mineral-leaflet.pdf, page 3", "page")):
            answer = ask(page, question)
            assert where in answer
            picker = page.locator("#verbatim-picker label").first
            wait_until(lambda: where in picker.inner_text(), "the quote to pick")
            picker.click()
            wait_until(lambda: (page.evaluate(IN_VIEW_JS) or {}).get("inWindow"), "the highlight in view")
            time.sleep(0.5)  # let scrolling settle
            shown = page.evaluate(IN_VIEW_JS)
            page.screenshot(path=str(SHOTS / f"document-{shot}-{size['width']}.png"))
            assert shown["inWindow"] and shown["inView"], shown
            if shot == "line":
                assert shown["line"] == "3" and shown["page"] is None
            else:
                # The "page 3" line above the highlight shows with it: the page can be checked without scrolling.
                assert shown["page"] == "page 3" and shown["pageShown"] and shown["line"] is None
                assert shown["scrolled"] > 0
        browser.close()


def log_in(page, url: str, user: str, password: str) -> None:
    """Log in as `user` in this page's browser (its cookies), then open the chat."""
    response = page.request.post(f"{url}/login", form={"username": user, "password": password})
    assert response.ok, response.status
    page.goto(url)
    page.wait_for_selector("textarea", timeout=60000)


def test_a_reload_keeps_the_conversation_of_its_login_only_and_new_chat_clears_it(start_app):
    from playwright.sync_api import sync_playwright

    url = start_app("--auth", "alice:alice-pass", "--auth", "bob:bob-pass")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768})  # one browser, two logins in turn
        log_in(page, url, "alice", "alice-pass")
        ask(page, "Can magnesium help restless legs?")
        ask(page, "What about at night?")
        sources = page.locator("#verbatim-sources")
        wait_until(lambda: sources.locator("mark").count() >= 1, "the sources panel")
        night = sources.inner_text()

        page.reload()
        page.wait_for_selector("textarea", timeout=60000)
        wait_until(lambda: page.locator(".user").count() == 2 and page.locator(".bot").count() == 2,
                   "the conversation back after a reload")
        assert "Can magnesium help restless legs?" in page.locator(".user").first.inner_text()
        assert "restless-legs-magnesium.txt, line 3" in page.locator(".bot").first.inner_text()
        assert NOTICE[:40] in page.locator(".bot").last.inner_text()
        wait_until(lambda: sources.inner_text() == night, "the sources of the latest answer")
        page.screenshot(path=str(SHOTS / "restored-1366.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(SHOTS / "restored-390.png"), full_page=True)
        page.set_viewport_size({"width": 1366, "height": 768})
        # The session holds the restored answers too: the follow-up goes on, the export has all three.
        ask(page, "Is it safe?")
        page.get_by_role("button", name="Export JSON").click()
        wait_until(lambda: "Exported 3 answer(s) as JSON." in page.inner_text("body"), "the export of three answers")

        # Another login in the same browser sees none of it.
        page.goto(f"{url}/logout")
        log_in(page, url, "bob", "bob-pass")
        time.sleep(3)  # time for a conversation to be restored, if one were
        assert page.locator(".user").count() == 0 and "magnesium help" not in page.inner_text("body")
        ask(page, "What is magnesium?")
        page.reload()
        page.wait_for_selector("textarea", timeout=60000)
        wait_until(lambda: page.locator(".user").count() == 1, "bob's own conversation back")
        assert "What is magnesium?" in page.locator(".user").first.inner_text()

        # Undo takes the latest question out of what is kept too.
        ask(page, "Why does magnesium relax muscles?")
        page.get_by_role("button", name="Undo").last.click()
        wait_until(lambda: page.locator(".user").count() == 1, "the undone turn gone")
        time.sleep(1)
        page.reload()
        page.wait_for_selector("textarea", timeout=60000)
        wait_until(lambda: page.locator(".user").count() == 1, "the conversation before the undone turn")
        time.sleep(1)
        assert page.locator(".user").count() == 1

        # "New chat" clears it, on this page and after a reload.
        page.get_by_role("button", name="New chat").click()
        wait_until(lambda: page.locator(".user").count() == 0 and "appear here" in sources.inner_text(), "a new chat")
        time.sleep(1)
        page.reload()
        page.wait_for_selector("textarea", timeout=60000)
        time.sleep(3)
        assert page.locator(".user").count() == 0 and page.locator(".bot").count() == 0
        browser.close()


def test_an_answer_restored_after_a_reload_can_be_retried(start_app):
    from playwright.sync_api import sync_playwright

    url = start_app()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport={"width": 1366, "height": 768})
        ask(page, "Can magnesium help restless legs?")
        page.reload()
        page.wait_for_selector("textarea", timeout=60000)
        wait_until(lambda: page.locator(".bot").count() == 1, "the conversation back after a reload")
        time.sleep(2)
        # a trial: Retry here failed with HTTP 500 (Gradio reads the messages as content blocks; they were strings), nothing
        # was shown and the Send button was gone
        failed = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 500 else None)
        page.get_by_role("button", name="Retry").last.click()
        time.sleep(1)
        wait_until(lambda: page.locator(".bot").count() == 1 and NOTICE[:40] in page.locator(".bot").last.inner_text()
                   and page.get_by_role("button", name="Send", exact=True).is_visible(), "the retried restored answer")
        assert failed == [] and "restless-legs-magnesium.txt" in page.locator(".bot").last.inner_text()
        browser.close()


def fonts_drawing(page, selector: str) -> set[str]:
    """The fonts the browser drew the text of the element at `selector` with (Chromium's own account, over CDP)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return {font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}


def test_after_an_answer_the_box_keeps_its_placeholder_old_feedback_goes_and_bold_has_its_own_font(start_app):
    from playwright.sync_api import sync_playwright

    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport={"width": 1440, "height": 900})
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        box = page.locator("#verbatim-question textarea")
        assert box.get_attribute("placeholder") == "Ask your documents..."
        # The notice, bold above the chat and semibold in the sources, each drawn in one font (no fallback's letters).
        page.evaluate("document.fonts.ready")
        for notice in ("#verbatim-notice strong", "#verbatim-sources .verbatim-notice"):
            drawn = fonts_drawing(page, notice)
            assert len(drawn) == 1 and drawn.pop().startswith("Source Sans"), (notice, fonts_drawing(page, notice))
        ask(page, "Can magnesium help restless legs?")
        wait_until(lambda: box.is_enabled() and box.get_attribute("placeholder") == "Ask your documents...",
                   "the placeholder back after an answer")

        page.locator("#verbatim-picker label").first.click()
        wait_until(lambda: page.locator("#verbatim-document mark").count() == 1, "the quote opened")
        feedback = page.locator("#verbatim-feedback")
        page.get_by_role("button", name="Relevant", exact=True).click()
        wait_until(lambda: feedback.inner_text().startswith("Saved:"), "the feedback saved")
        page.get_by_role("button", name="Relevant", exact=True).click()
        wait_until(lambda: "Already saved" in feedback.inner_text(), "the second click's confirmation")
        ask(page, "What is magnesium?")
        wait_until(lambda: feedback.inner_text().strip() == "", "the confirmation gone with the new answer")
        # A refusal has no quote to mark; it can be marked as one the documents should have answered.
        ask(page, "What is the capital of France?")
        page.get_by_role("button", name="Should have been answered", exact=True).click()
        wait_until(lambda: feedback.inner_text().startswith("Saved: this answer marked"), "the refusal marked")
        page.screenshot(path=str(SHOTS / "refusal-marked.png"))
        # An export is of the conversation it was made from: gone with the next answer. Its box shows only with a
        # file (empty, it looked like a place to drop one).
        assert not page.locator("#verbatim-export").is_visible()
        page.get_by_role("button", name="Export Markdown").click()
        wait_until(lambda: page.locator("a[download]").count() >= 1, "the export download link")
        assert page.locator("#verbatim-export").is_visible()
        ask(page, "What is magnesium?")
        wait_until(lambda: page.locator("a[download]").count() == 0, "the export gone with the new answer")
        wait_until(lambda: not page.locator("#verbatim-export").is_visible(), "the export box hidden again")
        assert all(r.startswith(url) for r in requests), [r for r in requests if not r.startswith(url)]
        browser.close()


@pytest.mark.parametrize("size", [{"width": 1440, "height": 900}, {"width": 1366, "height": 768},
                                  {"width": 390, "height": 844}], ids=["wide", "laptop", "phone"])
def test_the_question_box_is_in_the_first_view_and_the_chat_fills_the_height_beside_the_sources(start_app, size):
    from playwright.sync_api import sync_playwright

    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport=size)
        time.sleep(1)
        page.screenshot(path=str(SHOTS / f"layout-start-{size['width']}.png"))
        question = page.locator("#verbatim-question").bounding_box()
        chat = page.locator("#verbatim-chat").bounding_box()
        assert question["y"] + question["height"] <= size["height"], question  # no scrolling to the question box
        new_chat = page.locator("#verbatim-new-chat").bounding_box()
        assert new_chat["y"] + new_chat["height"] <= size["height"], new_chat  # not cut by the window's edge
        # The question box shows when it has the keyboard's focus (it showed nothing: a trial), drawn inside it (an
        # outline outside was cut off by the boxes around it: a second trial): its ring's blue is on the screen.
        box = page.locator("#verbatim-question")
        page.locator("#verbatim-question textarea").blur()
        time.sleep(0.3)
        blurred = blue_pixels(box.screenshot())
        page.locator("#verbatim-question textarea").focus()
        time.sleep(0.3)
        focused = blue_pixels(box.screenshot())
        assert blurred == 0 and focused >= 2 * 3 * (box.bounding_box()["width"] - 20), (blurred, focused)
        assert chat["height"] >= 220, chat
        if size["width"] < 640:  # a phone shows the title and the notice above a chat of more than half its height
            assert chat["height"] >= 0.55 * size["height"], chat
        if size["height"] >= 900:
            ask(page, "When should magnesium supplements be taken?")
            wait_until(lambda: page.locator("#verbatim-sources mark").count() >= 1, "the sources")
            time.sleep(1)
            page.screenshot(path=str(SHOTS / f"layout-answer-{size['width']}.png"))
            # The chat uses the window's height instead of a fixed 520 px beside a longer column of sources.
            assert chat["height"] > 560 and chat["y"] + chat["height"] + question["height"] <= size["height"], chat
        browser.close()


@pytest.mark.parametrize("size", [{"width": 1366, "height": 768}, {"width": 390, "height": 844}],
                         ids=["laptop", "phone"])
def test_an_answer_is_shown_from_its_start_under_its_question_not_scrolled_to_its_end(start_app, size):
    from playwright.sync_api import sync_playwright

    url = start_app()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = open_chat(browser, url, viewport=size)
        for question in ("What do the documents say about magnesium and sleep?", "Can magnesium help restless legs?",
                         "What causes restless legs?"):
            ask(page, question)
        time.sleep(1.5)  # let any scrolling settle
        page.screenshot(path=str(SHOTS / f"answer-start-{size['width']}.png"))
        chat = page.locator("#verbatim-chat .bubble-wrap").bounding_box()
        question = page.locator(".message-row.user-row").last.bounding_box()
        first_quote = page.locator(".bot").last.locator("blockquote").first.bounding_box()
        # The question just asked at the top of the chat, its answer's first quote starting inside the chat below it.
        assert chat["y"] <= question["y"] <= chat["y"] + 40, (chat, question)
        assert question["y"] < first_quote["y"] < chat["y"] + chat["height"] - 40, (chat, first_quote)
        # Nothing of the chat's own floats over a message: its Clear and Copy buttons are above the question, and
        # the scroll-down arrow (shown where the answer goes on below, as on a phone) is beside the answer, not over
        # its text.
        messages = [page.locator(".message-row.user-row .message").last.bounding_box(),
                    *(bubble.bounding_box() for bubble in page.locator("#verbatim-chat .message.bot").all())]
        arrow = page.get_by_role("button", name="Scroll down")
        assert arrow.is_visible() or size["width"] >= 640
        for control in (page.get_by_role("button", name="Clear", exact=True),
                        page.get_by_role("button", name="Copy conversation"), *([arrow] if arrow.is_visible() else [])):
            box = control.bounding_box()
            assert not any(message and overlap(box, message) for message in messages), (box, messages)
        browser.close()


def blue_pixels(png: bytes) -> int:
    """How many pixels of a screenshot are the focus ring's blue (#0969da)."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(1 for r, g, b in image.getdata() if abs(r - 9) < 24 and abs(g - 105) < 24 and abs(b - 218) < 24)


def overlap(one: dict, other: dict) -> bool:
    """Whether two bounding boxes share any area."""
    return (one["x"] < other["x"] + other["width"] and other["x"] < one["x"] + one["width"]
            and one["y"] < other["y"] + other["height"] and other["y"] < one["y"] + one["height"])


def _copied(page, button) -> str:
    """What `button` copies: the clipboard emptied, the button clicked, then read until the copy (asynchronous in the
    page) has landed (a clean-clone run read it empty right after the click). The page is brought to the front
    first, since a page without focus may not write the clipboard (a second browser context's page, under load, read
    it empty twice), and clicked again if nothing landed in 5 s."""
    page.bring_to_front()
    page.evaluate("navigator.clipboard.writeText('')")
    button.scroll_into_view_if_needed()
    for _ in range(3):
        button.click()
        for _ in range(50):
            if text := page.evaluate("navigator.clipboard.readText()"):
                return text
            page.wait_for_timeout(100)
    return ""


def test_copying_a_message_or_the_conversation_copies_the_text_shown_not_its_markdown(start_app, seed_corpus):
    from playwright.sync_api import sync_playwright

    (seed_corpus / "gout.md").write_text("# Gout\n\nGet an urgent appointment with a GP if:\n\n- you have sudden, "
                                         "severe pain in a joint\n- the joint is hot and swollen\n", encoding="utf-8")
    url = start_app()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(permissions=["clipboard-read", "clipboard-write"],
                                      viewport={"width": 1366, "height": 768})
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("textarea", timeout=60000)
        question = "Can magnesium help restless legs?"
        answer = ask(page, question)
        copied = _copied(page, page.locator(".message-row.bot-row").last.locator("xpath=..").get_by_role(
            "button", name="Copy message").last)
        assert copied.strip() == answer.strip(), (copied, answer)  # what the page shows
        assert "magnesium supplements can be highly beneficial" in copied and "restless-legs-magnesium.txt" in copied
        assert not any(markup in copied for markup in ("**", "> ", "&gt;", "&amp;", "\\", "*Not medical"))
        conversation = _copied(page, page.get_by_role("button", name="Copy conversation"))
        assert conversation.startswith(f"You: {question}\n\nVerbatim: ") and copied.strip() in conversation
        assert "**" not in conversation and "> " not in conversation
        # a quoted list keeps its items' markers (the page's text has none: a second trial)
        listed = ask(page, "When should I get an urgent GP appointment for gout?")
        assert "you have sudden, severe pain in a joint" in listed
        copied_list = _copied(page, page.locator(".message-row.bot-row").last.locator("xpath=..").get_by_role(
            "button", name="Copy message").last)
        assert "\n- you have sudden, severe pain in a joint\n- the joint is hot and swollen" in copied_list, copied_list
        # Gradio names the buttons in the browser's language (a reviewer's): known by their place
        russian = browser.new_context(permissions=["clipboard-read", "clipboard-write"], locale="ru-RU").new_page()
        russian.goto(url)
        russian.wait_for_selector("textarea", timeout=60000)
        ask(russian, question)
        assert _copied(russian, russian.locator("#verbatim-chat .message-buttons-left").last.locator(
            "button").first).strip() == copied.strip()
        browser.close()
