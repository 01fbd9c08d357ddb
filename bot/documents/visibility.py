"""What a browser would not show of an HTML page, read from its markup and its own style sheets.

Handled: the `hidden` attribute, `aria-hidden="true"`, a closed `<dialog>`, and these CSS properties, set inline
(`style="..."`) or by rules of the page's `<style>` elements (any selector soupsieve evaluates, inside `@media` and
`@supports` blocks too, so text hidden on any screen is never shown): `display: none`, `visibility: hidden` (and a
descendant's `visibility: visible`), `opacity` below 0.1, a `font-size` of 0 or under 2px (and a descendant's own
size), a transparent `color`, off-screen offsets (`left`/`top`/`margin-left`/`margin-top`/`text-indent` of -500px,
-50em or -100% and beyond, `right`/`bottom` as far the other way), a `clip: rect(...)` at most 1px wide or high, a
`clip-path` that leaves nothing (`inset` of 50% or more, a circle or ellipse of radius 0, a polygon of one point),
a zero `height`/`width` (or maximum) with `overflow` hidden or clipped, and `transform: scale(0)` (any scale
function or matrix that flattens the element).

Not handled: external style sheets (`<link rel="stylesheet">` is never fetched), JavaScript (text a script would
hide is shown), text coloured like its background, text covered by another element, and the cascade's order of
precedence: a hiding rule hides even where a more specific rule would show the element again (so the error is on
the side of leaving text out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import soupsieve

from bot.errors import DocumentError

# soupsieve compiles its own patterns at the first selector it reads (about 0.3 s): do that on import, which happens
# once in the fork server that starts the children parsing pages (bot/documents/sandbox.py), not in each child.
soupsieve.compile("p > a.x, #y:not([hidden]), b ~ i")

# Every rule is matched against the whole page, so their number bounds the work; far more than a page's own styles.
MAX_STYLE_RULES = 2000
# Written so that no two parts can take the same characters: values come from the page, and a pattern that
# backtracks would take time quadratic in a long one.
_NUMBER = re.compile(r"([+-]?(?:\d+(?:\.\d*)?|\.\d+))([a-z%]*)")
_COMBINATOR = re.compile(r"(\s*[>+~]\s*|\s+)")
_SCALE = re.compile(r"\b(scale|scalex|scaley|scale3d|matrix)\(([^()]*)\)")
_SHAPE = re.compile(r"^(inset|circle|ellipse|polygon)\((.*)\)$", re.S)
_OFFSETS_BACK = ("left", "top", "margin-left", "margin-top", "text-indent")
_OFFSETS_FORWARD = ("right", "bottom")
_ZERO_SIZE = ("height", "max-height", "width", "max-width")
_OVERFLOW = ("overflow", "overflow-x", "overflow-y")
# Properties whose value may hide an element, or undo an inherited hiding for a descendant.
_PROPERTIES = frozenset({"display", "visibility", "opacity", "font-size", "color", "clip", "clip-path", "transform",
                         *_OFFSETS_BACK, *_OFFSETS_FORWARD, *_ZERO_SIZE, *_OVERFLOW})


@dataclass(frozen=True)
class Inherited:
    """What an element passes down to its children: whether its font is too small to see and whether it is
    `visibility: hidden`. Text is shown where neither holds."""

    tiny_font: bool = False
    invisible: bool = False

    @property
    def shows_text(self) -> bool:
        return not (self.tiny_font or self.invisible)


class PageStyles:
    """What each element of a parsed page gets from the page's `<style>` rules and its own `style` attribute."""

    def __init__(self, soup):
        self._inline: dict[str, list[tuple[str, str]]] = {}
        rules = [rule for style in soup.find_all("style") for rule in _rules(style.get_text())]
        inline = [self._inline_style(tag) for tag in soup.find_all(style=True)]
        self._wanted = _wanted(rules + [("", declarations) for declarations in inline])
        rules = [(selector, kept) for selector, declarations in rules
                 if (kept := [d for d in declarations if self._wanted(*d)])]
        if len(rules) > MAX_STYLE_RULES:
            raise DocumentError(f"its style sheets have more than {MAX_STYLE_RULES} rules that may hide text; "
                                "save the page as text or PDF and add that")
        self._declared: dict[int, list[tuple[str, str]]] = {}
        index = _SimpleSelectors(soup) if rules else None
        for selector, declarations in rules:
            for tag in index.select(selector):
                self._declared.setdefault(id(tag), []).extend(declarations)

    def visit(self, tag, parent: Inherited) -> Inherited | None:
        """What `tag` passes down to its children, from what its parent passed down and its own style; None when
        `tag` and everything in it is not shown."""
        if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
            return None
        if tag.name == "dialog" and not tag.has_attr("open"):
            return None
        declared = self._declared.get(id(tag))
        inline = tag.get("style")
        if declared is None and not inline:
            return parent
        style = dict(declared or ())
        if inline:
            style.update(d for d in self._inline_style(tag) if self._wanted(*d))
        if _hides(style):
            return None
        tiny, invisible = parent.tiny_font, parent.invisible
        if "font-size" in style:
            tiny = _tiny_font(style["font-size"])
        if "visibility" in style:
            invisible = style["visibility"] in ("hidden", "collapse")
        return Inherited(tiny, invisible) if (tiny, invisible) != (parent.tiny_font, parent.invisible) else parent

    def _inline_style(self, tag) -> list[tuple[str, str]]:
        text = str(tag.get("style", ""))
        if text not in self._inline:
            self._inline[text] = _declarations(text)
        return self._inline[text]


def _wanted(rules: list[tuple[str, list[tuple[str, str]]]]):
    """Which declarations of this page bear on what is shown: those that hide by themselves, and those that hide
    or show again only together with others the page also has (an inherited font size or visibility set back, a
    zero height and hidden overflow). The rest (`display: block`, `color: red`) need not be matched at all."""
    values = {(name, value) for _, declarations in rules for name, value in declarations}
    tiny = any(name == "font-size" and _tiny_font(value) for name, value in values)
    invisible = ("visibility", "hidden") in values or ("visibility", "collapse") in values
    zero = any(name in _ZERO_SIZE and _is_zero(value) for name, value in values)
    overflow = any(name in _OVERFLOW and _overflow_hidden(value) for name, value in values)

    def wanted(name: str, value: str) -> bool:
        if name == "font-size":
            return tiny
        if name == "visibility":
            return invisible
        if name in _ZERO_SIZE:
            return overflow and _is_zero(value)
        if name in _OVERFLOW:
            return zero and _overflow_hidden(value)
        return _hides({name: value})
    return wanted


class _SimpleSelectors:
    """Elements by tag name, class and id, so that the selectors pages mostly use (`.d-none`, `#note`, `p`,
    `div.hidden`) are looked up instead of matched against every element; soupsieve matches the rest."""

    # A tag name, a class or an id, or a tag name with one of them; "*" or nothing before a class or id is any tag.
    _SIMPLE = re.compile(r"(?:\*|([a-z][a-z0-9-]*))?(?:\.(-?[_a-z][\w-]*)|#(-?[_a-z][\w-]*))?", re.I)

    def __init__(self, soup):
        self._soup = soup
        self._by_key: dict[tuple[str, str], list] = {}
        self._all = soup.find_all(True)
        for tag in self._all:
            self._by_key.setdefault(("tag", tag.name), []).append(tag)
            for name in tag.get("class", ()):
                self._by_key.setdefault(("class", name), []).append(tag)
            if tag.get("id"):
                self._by_key.setdefault(("id", str(tag["id"])), []).append(tag)

    def select(self, selectors: str) -> list:
        """The elements any of the comma-separated `selectors` matches."""
        if "(" in selectors or "[" in selectors or "\\" in selectors:
            return self._soupsieve(selectors)
        found = []
        for part in (part.strip() for part in selectors.split(",")):
            pieces = _COMBINATOR.split(part)  # compound, combinator, compound, ...
            if not all(piece and self._SIMPLE.fullmatch(piece) for piece in pieces[::2]):
                found.extend(self._soupsieve(part))
            elif len(pieces) == 1:
                found.extend(self._named(pieces[0]))
            elif pieces[1].strip() in ("", ">") and self._named(pieces[0]) is not self._every(pieces[0]):
                # "div.note p": only inside the few elements the first part names.
                rest = ":scope " + pieces[1].strip() + " " + "".join(pieces[2:])
                found.extend(tag for context in self._named(pieces[0]) for tag in self._soupsieve(rest, context))
            else:
                # "body .d-none": only the elements the last part names are matched in full.
                try:
                    selector = soupsieve.compile(part)
                except Exception:  # noqa: BLE001 - a selector soupsieve cannot read matches nothing
                    continue
                found.extend(tag for tag in self._named(pieces[-1]) if selector.match(tag))
        return found

    def _named(self, compound: str) -> list:
        """The elements a compound of a tag name, a class or an id names ("p", ".note", "div#main")."""
        name, class_name, id_name = self._SIMPLE.fullmatch(compound).groups()
        if not class_name and not id_name:
            return self._every(compound)
        tags = self._by_key.get(("class", class_name) if class_name else ("id", id_name), [])
        return [tag for tag in tags if not name or tag.name == name.lower()]

    def _every(self, compound: str) -> list:
        name = self._SIMPLE.fullmatch(compound).group(1)
        return self._by_key.get(("tag", name.lower()), []) if name else self._all

    def _soupsieve(self, selectors: str, root=None) -> list:
        try:
            return (root or self._soup).select(selectors)
        except Exception:  # noqa: BLE001 - pseudo-elements and selectors soupsieve cannot read match nothing
            return []


def _rules(css: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(selector list, declarations that may hide) of every style rule in `css`, those in @media, @supports and
    similar blocks included."""
    import tinycss2

    found = []
    pending = [iter(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))]
    while pending:
        rule = next(pending[-1], None)
        if rule is None:
            pending.pop()
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in (
                "media", "supports", "layer", "container", "document", "scope"):
            pending.append(iter(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)))
        elif rule.type == "qualified-rule":
            declarations = _declarations(rule.content)
            if declarations:
                found.append((tinycss2.serialize(rule.prelude).strip(), declarations))
    return found


def _declarations(content) -> list[tuple[str, str]]:
    """The (property, lower-case value) pairs of a declaration block that bear on what is shown, `!important` ones
    last so that they win."""
    import tinycss2

    plain, important = [], []
    for item in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration" and item.lower_name in _PROPERTIES:
            value = " ".join(tinycss2.serialize(item.value).lower().split())
            (important if item.important else plain).append((item.lower_name, value))
    return plain + important


def _hides(style: dict[str, str]) -> bool:
    if style.get("display") == "none" or _transparent(style.get("color", "")):
        return True
    opacity = _length(style.get("opacity", ""))
    if opacity is not None and (opacity[0] / 100 if opacity[1] == "%" else opacity[0]) < 0.1:
        return True
    if any(_far(style.get(name, ""), -1) for name in _OFFSETS_BACK) or any(
            _far(style.get(name, ""), 1) for name in _OFFSETS_FORWARD):
        return True
    if any(_overflow_hidden(style.get(name, "")) for name in _OVERFLOW) and any(
            _is_zero(style.get(name, "")) for name in _ZERO_SIZE):
        return True
    return _clipped(style.get("clip", "")) or _clipped_path(style.get("clip-path", "")) or _flattened(
        style.get("transform", ""))


def _length(value: str) -> tuple[float, str] | None:
    match = _NUMBER.fullmatch(value.strip())
    return (float(match.group(1)), match.group(2)) if match else None


def _overflow_hidden(value: str) -> bool:
    return value.split(" ")[0] in ("hidden", "clip")


def _is_zero(value: str) -> bool:
    length = _length(value)
    return length is not None and length[0] == 0


def _tiny_font(value: str) -> bool:
    length = _length(value)
    return length is not None and (length[0] == 0 or (length[1] in ("px", "pt") and length[0] < 2))


def _far(value: str, direction: int) -> bool:
    """Whether an offset of `direction` (-1: negative values move the element up or left, +1: positive ones do)
    moves it out of the page: by 500px (50em, 100%) or more."""
    length = _length(value)
    if length is None:
        return False
    number, unit = length[0] * direction, length[1]
    return number >= {"px": 500, "pt": 375, "em": 50, "rem": 50, "%": 100, "vw": 100, "vh": 100}.get(unit, 10**9)


def _transparent(color: str) -> bool:
    if color == "transparent":
        return True
    match = re.fullmatch(r"(?:rgba?|hsla?)\((.*)\)", color)
    if not match:
        return False
    alpha = [part for part in re.split(r"[\s,/]+", match.group(1).strip()) if part]
    return len(alpha) == 4 and _is_zero(alpha[3])


def _clipped(clip: str) -> bool:
    match = re.fullmatch(r"rect\((.*)\)", clip)
    if not match:
        return False
    sides = [_length(part) for part in re.split(r"[\s,]+", match.group(1).strip()) if part]
    if len(sides) != 4 or any(side is None for side in sides):
        return False
    top, right, bottom, left = (side[0] for side in sides)
    return right - left <= 1 or bottom - top <= 1


def _clipped_path(path: str) -> bool:
    match = _SHAPE.match(path)
    if not match:
        return False
    shape, arguments = match.group(1), match.group(2)
    if shape == "inset":
        return any(length is not None and length[1] == "%" and length[0] >= 50
                   for length in map(_length, arguments.split(" round ")[0].split()))
    if shape in ("circle", "ellipse"):
        radii = arguments.split(" at ")[0].split()
        return bool(radii) and all(_is_zero(radius) for radius in radii)
    points = {" ".join(point.split()) for point in arguments.split(",")}
    return len(points) == 1


def _flattened(transform: str) -> bool:
    for name, arguments in _SCALE.findall(transform):
        numbers = [_length(part) for part in re.split(r"[\s,]+", arguments.strip()) if part]
        values = [number[0] for number in numbers if number is not None]
        if len(values) != len(numbers) or not values:
            continue
        if name == "matrix" and len(values) == 6 and values[0] * values[3] - values[1] * values[2] == 0:
            return True
        if name in ("scale", "scalex", "scaley") and 0 in values:
            return True
        if name == "scale3d" and 0 in values[:2]:
            return True
    return False
