"""Loading the corpus: `.txt` and `.md` files under a folder, recursively, in sorted order, as UTF-8."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from bot.errors import CorpusError

SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Document:
    """One corpus file.

    `text` is what `Path(corpus_dir / source).read_text(encoding="utf-8")` gives (universal newlines), so quote
    offsets into it can be checked by anyone with that one call.
    """

    source: str  # path relative to the corpus folder, with "/"
    text: str
    sha256: str  # of the file's bytes


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The document files under `corpus_dir`, sorted by their relative path; hidden files and folders skipped."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"Corpus folder {corpus_dir} does not exist. Create it and put .txt or .md files in it, "
                          "or point --corpus at another folder.")
    files = [
        p for p in corpus_dir.rglob("*")
        if p.suffix.lower() in SUFFIXES and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(corpus_dir).as_posix())


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes strictly and translate newlines as Python's text mode does."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise CorpusError(f"{name}: not valid UTF-8 at byte offset {err.start} ({err.reason}). "
                          "Re-save the file as UTF-8 or remove it from the corpus.") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_documents(corpus_dir: Path) -> list[Document]:
    """Read every document of the corpus; raise CorpusError naming the file on the first bad one."""
    corpus_dir = Path(corpus_dir)
    files = corpus_files(corpus_dir)
    if not files:
        raise CorpusError(f"Corpus folder {corpus_dir} has no .txt or .md files. Add documents to it, "
                          "or point --corpus at another folder.")
    documents = []
    for path in files:
        source = path.relative_to(corpus_dir).as_posix()
        try:
            data = path.read_bytes()
        except OSError as err:
            raise CorpusError(f"{source}: cannot be read ({err.strerror}). Check its permissions.") from None
        documents.append(Document(source=source, text=decode_text(data, source),
                                  sha256=hashlib.sha256(data).hexdigest()))
    return documents
