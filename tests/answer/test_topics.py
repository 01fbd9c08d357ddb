"""What "What can I ask?" lists: the documents and what they cover, every name shown safely."""

from bot.answer.topics import topics_answer
from bot.documents.document import Document


def test_the_topics_list_shows_bidirectional_controls_in_file_names_as_escapes():
    listing = topics_answer([Document("dose\u202etxt.exe", "Magnesium helps cramps at night.", "sha")])
    assert "\u202e" not in listing and "dose\\\\u202etxt.exe" in listing
