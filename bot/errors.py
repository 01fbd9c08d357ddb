"""Domain errors. Every message says what went wrong and what to do next."""


class BotError(Exception):
    """Base of every error Verbatim raises on purpose; its message is meant for a person."""


class CorpusError(BotError):
    """The corpus folder or one of its files cannot be read as documents."""


class DocumentError(CorpusError):
    """One document cannot be read; it is skipped and reported, and the rest of the corpus is indexed."""


class IndexStoreError(BotError):
    """An index on disk is missing, damaged or was built differently than asked."""


class ModelError(BotError):
    """The embedding model cannot be found or loaded offline."""


class QuestionFileError(BotError):
    """A question file for batch evaluation is missing or has malformed rows."""
