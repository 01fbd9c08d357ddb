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
    """The declarations each element of a parsed page gets from the page's `<style>` rules and its `style`."""

    def __init__(self, soup):
        self._declared: dict[int, list[tuple[str, str]]] = {}
        rules = [rule for style in soup.find_all("style") for rule in _rules(style.get_text())]
        if len(rules) > MAX_STYLE_RULES:
            raise DocumentError(f"its style sheets have more than {MAX_STYLE_RULES} rules that may hide text; "
                                "save the page as text or PDF and add that")
        for selector, declarations in rules:
            try:
                matched = soup.select(selector)
            except Exception:  # noqa: BLE001 - pseudo-elements and selectors soupsieve cannot read match nothing
                continue
            for tag in matched:
                self._declared.setdefault(id(tag), []).extend(declarations)

    def hides(self, tag) -> bool:
        """Whether `tag` and everything in it is not shown."""
        if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
            return True
        if tag.name == "dialog" and not tag.has_attr("open"):
            return True
        return _hides(self._style(tag))

    def inherited(self, tag, parent: Inherited) -> Inherited:
        """What `tag` passes down, from what its parent passed down and its own style."""
        style = self._style(tag)
        tiny, invisible = parent.tiny_font, parent.invisible
        if "font-size" in style:
            tiny = _tiny_font(style["font-size"])
        if "visibility" in style:
            invisible = style["visibility"] in ("hidden", "collapse")
        return Inherited(tiny, invisible) if (tiny, invisible) != (parent.tiny_font, parent.invisible) else parent

    def _style(self, tag) -> dict[str, str]:
        style = dict(self._declared.get(id(tag), ()))
        inline = tag.get("style")
        if inline:
            style.update(_declarations(str(inline)))
        return style


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
    if any(style.get(name, "").split(" ")[0] in ("hidden", "clip") for name in _OVERFLOW) and any(
            _is_zero(style.get(name, "")) for name in _ZERO_SIZE):
        return True
    return _clipped(style.get("clip", "")) or _clipped_path(style.get("clip-path", "")) or _flattened(
        style.get("transform", ""))


def _length(value: str) -> tuple[float, str] | None:
    match = _NUMBER.fullmatch(value.strip())
    return (float(match.group(1)), match.group(2)) if match else None


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
