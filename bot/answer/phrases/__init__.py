"""The words of the emergency screen, by language: the phrases that describe an emergency happening, the cues that
negate one or make it a mention (a question about signs or causes, a past event, people in general), the cues that
make it happen now, and the emergency message itself. Patterns match text that `bot.answer.safety.normalize` made:
lower case, straight apostrophes, no accents ("corazón" is matched as "corazon"), single spaces.
"""

from bot.answer.phrases.english import ENGLISH
from bot.answer.phrases.french import FRENCH
from bot.answer.phrases.german import GERMAN
from bot.answer.phrases.italian import ITALIAN
from bot.answer.phrases.language import NEARBY_WORDS, Language, near
from bot.answer.phrases.portuguese import PORTUGUESE
from bot.answer.phrases.spanish import SPANISH

LANGUAGES = (ENGLISH, SPANISH, GERMAN, FRENCH, PORTUGUESE, ITALIAN)

__all__ = ["ENGLISH", "FRENCH", "GERMAN", "ITALIAN", "LANGUAGES", "NEARBY_WORDS", "PORTUGUESE", "SPANISH", "Language",
           "near"]
