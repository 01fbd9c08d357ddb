"""The chat page's own style and browser scripts: the layout Gradio's defaults leave wrong (heights, floating
controls, focus), the emergency message marked as one, messages named for screen readers, the question box keeping
the focus, a new answer shown from its start, and copies of messages as the page shows them: text only, which
`bot.web.chat` gives Gradio. Each was a browser trial's finding; tests/test_browser.py checks each in Chromium."""

from __future__ import annotations

import json

from bot.answer.phrases import LANGUAGES

# The chat is as tall as the window leaves beside the sources (on a wide screen a fixed height left an empty area
# under it as the sources grew); on a phone, short enough that the question box is in the first view under the title
# and the notice, which is all a phone shows above it (the line saying what Verbatim does left out: the notice says it).
#
# The chat's Clear and Copy buttons float over its top edge: the messages start below them, in a strip of their own,
# so no question sits under them. Gradio's scroll-down arrow floats over the middle of the messages, over the answer's
# text: it sits in the right margin, which answers leave free. An emergency message is marked as one
# (`MESSAGES_JS`): red, unlike any answer, in both colour schemes (WCAG AA). What has the keyboard's focus shows a
# clear outline (the question box showed none: a trial); the question box's is drawn inside it, as the boxes around
# it, exactly its size, cut off anything outside (a second trial).
PAGE_CSS = """
#verbatim-chat { height: max(380px, calc(100dvh - 330px)) !important; }
#verbatim-chat button:focus-visible, .gradio-container button:focus-visible,
.gradio-container input:focus-visible { outline: 3px solid #0969da !important; outline-offset: 2px; }
#verbatim-question:focus-within { box-shadow: inset 0 0 0 3px #0969da !important; }
.dark #verbatim-chat button:focus-visible, .dark .gradio-container button:focus-visible,
.dark .gradio-container input:focus-visible { outline-color: #58a6ff !important; }
.dark #verbatim-question:focus-within { box-shadow: inset 0 0 0 3px #58a6ff !important; }
#verbatim-chat .bubble-wrap { margin-top: 30px; border-top: 1px solid var(--border-color-primary); }
#verbatim-chat .scroll-down-button-container { left: auto !important; right: 4px !important;
  transform: none !important; bottom: 8px !important; }
#verbatim-chat .message.verbatim-urgent-message { background: #ffebe9 !important; border: 2px solid #cf222e !important;
  color: #1f2328 !important; }
#verbatim-chat .verbatim-urgent-message .md strong { color: #82071e !important; }
.dark #verbatim-chat .message.verbatim-urgent-message { background: #3c0a0f !important; border-color: #ff7b72 !important;
  color: #f0f6fc !important; }
.dark #verbatim-chat .verbatim-urgent-message .md strong { color: #ffdcd7 !important; }
#verbatim-export a.download-link::before { content: "Download "; }
@media (max-width: 640px) {
  #verbatim-chat { height: max(220px, calc(100dvh - 350px)) !important; }
  #verbatim-notice h2 { margin-bottom: 0; font-size: 1.4em; }
  #verbatim-notice p:first-of-type { display: none; }
}
"""


# The question box keeps the focus: on load and whenever it is enabled again after an answer, it is focused
# without scrolling, on devices with a fine pointer only (on a touch screen focusing opens the keyboard over the
# answer just given).
FOCUS_JS = """() => {
  const box = document.querySelector('#verbatim-question');
  if (!box || !window.matchMedia('(hover: hover) and (pointer: fine)').matches) return;
  const focus = () => {
    const text = box.querySelector('textarea');
    if (text && !text.disabled) text.focus({preventScroll: true});
  };
  let busy = false;
  new MutationObserver(() => {
    const text = box.querySelector('textarea');
    const disabled = !text || text.disabled;
    if (busy && !disabled) focus();
    busy = disabled;
  }).observe(box, {subtree: true, childList: true, attributes: true, attributeFilter: ['disabled']});
  focus();
}"""


# Enter on an empty question box sends nothing: the server's check refuses such a message (`chat.check_message`) with
# an HTTP 422 the browser's console shows as an error (a trial); the box stops the key first. Shift+Enter and typing in
# an input method's composition pass.
EMPTY_ENTER_JS = """() => {
  document.addEventListener('keydown', (event) => {
    const text = event.target;
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !text || text.tagName !== 'TEXTAREA'
        || !text.closest('#verbatim-question') || text.value.trim() !== '') return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);
}"""


# The question box is named "Your question" alone: the label Gradio wraps around it holds the Send button too, so a
# screen reader announced "Your question Send" (a trial). An `aria-label` names it before its label does.
QUESTION_NAME_JS = """() => {
  const box = document.querySelector('#verbatim-question');
  if (!box) return;
  const name = () => {
    const text = box.querySelector('textarea');
    if (text && text.getAttribute('aria-label') !== 'Your question') text.setAttribute('aria-label', 'Your question');
  };
  new MutationObserver(name).observe(box, {subtree: true, childList: true});
  name();
}"""


# Gradio's chat scrolls to its end with each message, so after an answer of several quotes a small screen shows its
# last, weakest quote. Instead (`autoscroll=False`), when a question or its answer arrives, the chat scrolls to put
# the newest question at its top, with the answer read from its start below it.
CHAT_SCROLL_JS = """() => {
  const chat = document.querySelector('#verbatim-chat');
  if (!chat) return;
  let seen = '', until = 0;
  const pin = () => {
    const wrap = chat.querySelector('.bubble-wrap');
    const asked = chat.querySelectorAll('.message-row.user-row');
    const last = asked[asked.length - 1];
    // An emergency message is pinned itself, not the question above it: a long question pushed it out of view.
    const marked = chat.querySelectorAll('.verbatim-urgent-message');
    const urgent = marked[marked.length - 1];
    const after = urgent && last && (last.compareDocumentPosition(urgent) & Node.DOCUMENT_POSITION_FOLLOWING);
    const top = after ? urgent : last;
    if (wrap && top) wrap.scrollTop += top.getBoundingClientRect().top - wrap.getBoundingClientRect().top - 8;
  };
  // The answer's text and its Markdown render after its row appears: pinned again as it grows, for a few seconds.
  new MutationObserver(() => {
    const now = `${chat.querySelectorAll('.message-row.user-row').length}:` +
      `${chat.querySelectorAll('.message-row.bot-row').length}`;
    if (now !== seen) {
      seen = now;
      until = Date.now() + 3000;
    }
    if (Date.now() < until) requestAnimationFrame(pin);
  }).observe(chat, {subtree: true, childList: true, characterData: true, attributes: true,
                    attributeFilter: ['class']});
}"""


# How an emergency message begins, in each language the screen knows (`emergency_message`): an answer whose first
# paragraph opens with one in bold is marked as urgent in the chat (a quote of a document never is: quotes are
# blockquotes).
URGENT_OPENINGS = tuple(language.emergency.removeprefix("**").split(". ")[0] for language in LANGUAGES)

# Gradio labels each message with its raw Markdown ("bot's message: **This may be...** ... &gt; ..."), on an element
# with no role, where many screen readers ignore a label. Each message is an article named for what it is ("Answer",
# "Your question", "Emergency message"), its text read as the page shows it; and an emergency message's bubble is
# marked (`PAGE_CSS`), so it never looks like an answer from the documents.
MESSAGES_JS = """() => {
  const chat = document.querySelector('#verbatim-chat');
  if (!chat) return;
  const openings = %s;
  let queued = false;
  const label = () => {
    queued = false;
    for (const message of chat.querySelectorAll('[data-testid="bot"], [data-testid="user"]')) {
      const content = message.querySelector('.message-content');
      if (!content) continue;
      const bot = message.dataset.testid === 'bot';
      const opening = content.querySelector('.md > p:first-child > strong:first-child');
      const urgent = bot && !!opening && openings.some((words) => opening.textContent.startsWith(words));
      const name = urgent ? 'Emergency message' : bot ? 'Answer' : 'Your question';
      if (message.getAttribute('aria-label') !== name) message.setAttribute('aria-label', name);
      if (message.getAttribute('role') !== 'article') message.setAttribute('role', 'article');
      const bubble = message.closest('.message.bot, .message.user') || message.parentElement;
      if (bubble && bubble.classList.contains('verbatim-urgent-message') !== urgent) {
        bubble.classList.toggle('verbatim-urgent-message', urgent);
      }
    }
  };
  new MutationObserver(() => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(label);
    }
  }).observe(chat, {subtree: true, childList: true, characterData: true, attributes: true,
                    attributeFilter: ['aria-label']});
  label();
}""" % json.dumps(URGENT_OPENINGS, ensure_ascii=False)


# What a click says back (feedback saved, an export written, an upload read) is spoken by screen readers: Gradio's
# own status region only ever says "Done" (a trial).
LIVE_JS = """() => {
  for (const id of ['verbatim-feedback', 'verbatim-export-status', 'verbatim-upload-status']) {
    const region = document.getElementById(id);
    if (region) {
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
    }
  }
}"""


# Gradio's download link for an export reads its size alone ("899.0 B ⇣", a trial): the page shows "Download" before
# it (`PAGE_CSS`) and names it for what it downloads, "Download verbatim-conversation-....md (899.0 B)".
EXPORT_JS = """() => {
  let queued = false;
  const name = () => {
    queued = false;
    for (const link of document.querySelectorAll('#verbatim-export a.download-link')) {
      const size = link.textContent.replace(/[\\u21e3\\u2193]/g, '').trim();
      const label = `Download ${link.getAttribute('download') || 'the export'}${size ? ` (${size})` : ''}`;
      if (link.getAttribute('aria-label') !== label) link.setAttribute('aria-label', label);
    }
  };
  // The export box is not in the page until a file is exported: the page is watched, its link named once a frame.
  new MutationObserver(() => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(name);
    }
  }).observe(document.body, {subtree: true, childList: true});
}"""


# Gradio's "Copy message" and "Copy conversation" put the messages' Markdown on the clipboard ("> **Yes.**", "\\*"):
# the chat copies the text the page shows instead, each message as a person reads it, the conversation's named by who
# said it. Gradio writes with the clipboard API, or where a page has none (plain http off this machine) with a copy
# command: the text a click asked for is put in whichever it uses, by the next write only, within 2 s of the click
# (Gradio's watermark, which it would add to a copy, is not set here).
COPY_JS = """() => {
  const chat = document.querySelector('#verbatim-chat');
  if (!chat) return;
  // A list's items keep their markers ("- ", "1. "), which the text of the page leaves out: a copy of it is read,
  // off the screen, with them put in.
  const shown = (message) => {
    const content = message.querySelector('.message-content');
    if (!content) return '';
    const copy = content.cloneNode(true);
    copy.querySelectorAll('li').forEach((item) => {
      const list = item.parentElement;
      const first = Number(list.getAttribute('start')) || 1;
      item.prepend(list.tagName === 'OL' ? `${[...list.children].indexOf(item) + first}. ` : '- ');
    });
    copy.style.cssText = 'position: absolute; left: -10000px; top: 0; width: 600px;';
    document.body.appendChild(copy);
    const text = copy.innerText.trim();
    copy.remove();
    return text;
  };
  const speaker = (message) => (message.dataset.testid === 'bot' ? 'Verbatim' : 'You');
  let pending = null;
  chat.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    // Known by their place, not their words, which Gradio translates: a message's copy button comes first in the
    // row of buttons under it; the conversation's is the last of the buttons over the chat.
    const messages = [...chat.querySelectorAll('[data-testid="bot"], [data-testid="user"]')];
    const row = button.closest('.message-buttons-left, .message-buttons-right');
    const panel = button.closest('.top-panel');
    if (panel && [...panel.querySelectorAll('button')].pop() === button) {
      pending = messages.map((message) => `${speaker(message)}: ${shown(message)}`).join('\\n\\n');
    } else if (row && row.querySelector('button') === button) {
      const before = messages.filter(
        (message) => message.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
      pending = before.length ? shown(before[before.length - 1]) : null;
    } else {
      return;
    }
    setTimeout(() => { pending = null; }, 2000);
  }, true);
  if (navigator.clipboard && navigator.clipboard.writeText) {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      const asked = pending;
      pending = null;
      return write(asked === null ? text : asked);
    };
  }
  document.addEventListener('copy', (event) => {
    if (pending === null || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', pending);
    event.preventDefault();
    pending = null;
  });
}"""
