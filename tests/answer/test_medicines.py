"""Names of one medicine and everyday words: a question asking by a brand, the other country's name or an everyday
word is read with the one its documents use; pure tests of the renaming, then the real model over a leaflet."""

import json

import pytest

from bot.answer.medicines import (MEDICINES_PATH, WORDS_PATH, is_medicine, other_names, other_words, rename_medicines,
                                  reword)
from tests.answer.test_engine import LEAFLET


def test_a_name_the_documents_do_not_use_is_read_as_one_they_do():
    used = {"ibuprofen", "take", "pregnant"}.__contains__
    renaming = rename_medicines("Im pregnant, is Nurofen ok? And advil?", used)
    assert renaming.text == "Im pregnant, is ibuprofen ok? And ibuprofen?"
    assert renaming.renamed == (("Nurofen", "ibuprofen"), ("advil", "ibuprofen"))


def test_a_plural_name_is_read_as_the_medicine():
    renaming = rename_medicines("how many nurofens can I take?", {"ibuprofen"}.__contains__)
    assert renaming.text == "how many ibuprofen can I take?" and renaming.renamed == (("nurofens", "ibuprofen"),)


@pytest.mark.parametrize("name", ["kwells", "scopolamine", "buscopan", "beconase", "canesten", "thyroxine", "allegra"])
def test_names_of_another_salt_route_product_hormone_or_person_are_not_listed(name):
    # Kwells is hyoscine hydrobromide, Buscopan its butylbromide; Beconase a nasal spray, not an inhaler; Canesten's
    # oral capsule is fluconazole; thyroxine also names the hormone; Allegra is a name people have (a reviewer's
    # findings: each had been read as another product's medicine).
    assert other_names(name) == ()


@pytest.mark.parametrize("question, used", [
    ("is nurofen ok for my back?", {"nurofen", "ibuprofen"}),  # the documents use the name asked
    ("is nurofen ok for my back?", {"paracetamol"}),  # they name the medicine by none of its names
    ("is nurofenplus ok for my back?", {"ibuprofen"}),  # a whole word only
    ("what is codeine?", {"codeine", "paracetamol"}),  # no other name listed
    ("is www.advil.com a good site? or advil@example.com?", {"ibuprofen"}),  # an address, not the medicine
    ("can it give me the runs?", {"the runs", "diarrhoea"}),  # the documents use the words asked
    ("can it give me the runs?", {"constipation"}),  # they use none of its list
    ("does it run in families?", {"diarrhoea"}),  # not the words listed
    ("is the cuppacino good?", {"tea"}),  # a whole word only
    # the leaflets' word is never read as an everyday one, whatever else the documents call "BP" or "the 911"
    ("how do I lower my blood pressure and call an ambulance?", {"bp", "911", "wee"}),
    # words of a second everyday meaning, and numbers, are not listed (a reviewer's trial)
    ("my wee one is bunged up", {"urine", "constipation"}),
    ("what does error 112 mean?", {"ambulance", "999"}),
    ("who kept tabs on the bar stools at the gastro pub in Gran Canaria?",
     {"tablets", "faeces", "gastroenteritis", "grandmother"}),
    ("is the belly button or the contraceptive pill a jab?", {"stomach", "tablet", "vaccine"}),
    ("a temp job in worn out shoes, Doctor Who at the BP garage", {"temperature", "tired", "physician",
                                                                   "blood pressure"}),
])
def test_a_name_or_word_is_kept_when_the_documents_use_it_or_none_of_its_list(question, used):
    for read in (rename_medicines, reword):
        renaming = read(question, used.__contains__)
        assert renaming.text == question and renaming.renamed == ()


def test_each_name_belongs_to_one_medicine_and_the_list_is_plain_lower_case_words():
    groups = json.loads(MEDICINES_PATH.read_text(encoding="utf-8"))["medicines"]
    names = [name for group in groups for name in group]
    assert len(names) == len(set(names))
    assert all(name.isalpha() and name == name.lower() for name in names)
    assert other_names("Tylenol") == ("paracetamol", "acetaminophen", "panadol", "calpol", "apap", "mapap",
                                      "doliprane", "dafalgan", "tachipirina")


@pytest.mark.slow
def test_a_brand_is_answered_from_the_generic_leaflet_and_the_answer_says_how_it_was_read(make_bot):
    bot = make_bot(LEAFLET)
    answer = bot.ask("How many Nurofen tablets can adults take?")
    assert answer.status == "answered" and any("200 mg" in q.text for q in answer.quotes)
    assert answer.answer.startswith("*Reading “Nurofen” as “ibuprofen”: another name of the same medicine.*")
    assert answer.to_record("q")["renamed"] == [["Nurofen", "ibuprofen"]]
    refused = bot.ask("Is advil safe in pregnancy?")  # read as ibuprofen, and refused as ibuprofen is
    assert refused.status == "not_found" and "Reading “advil” as “ibuprofen”" in refused.answer
    assert "say nothing about pregnancy" in refused.answer
    followed = bot.ask("and what are its side effects?", history=["How many Nurofen tablets can adults take?"])
    assert followed.status == "answered" and any("stomach pain" in q.text for q in followed.quotes)
    assert followed.context == "How many Nurofen tablets can adults take?"  # the turn as it was written
    assert followed.renamed == (("Nurofen", "ibuprofen"),)  # read with the turn's name, and says so
    assert type(answer).from_record(answer.to_record("q")).renamed == (("Nurofen", "ibuprofen"),)
    # a refused follow-up shows no reading of the turn, so it names no medicine the question did not
    refused_after = bot.ask("and is it safe in pregnancy?", history=["How many Nurofen tablets can adults take?"])
    assert refused_after.status == "not_found" and refused_after.renamed == () and "Reading" not in refused_after.answer
    # an urgent question is answered by the emergency message first, with nothing before it
    urgent = bot.ask("I just swallowed 40 nurofen tablets on purpose")
    assert urgent.status == "urgent" and urgent.renamed == () and "Reading" not in urgent.answer
    # what is not text in a history is no turn, and no reason to fail
    assert bot.ask("and what are its side effects?", history=[["a list"], None, "How many Nurofen tablets can "
                                                              "adults take?"]).status == "answered"
    both = bot.ask("Can I take advil and nurofen together?")
    assert both.answer.startswith("*Reading “advil” as “ibuprofen” and “nurofen” as “ibuprofen”: other names of "
                                  "the same medicines.*")


def test_an_everyday_word_or_spelling_the_documents_do_not_use_is_read_as_theirs():
    used = {"diarrhoea", "tea", "toilet", "anaemia", "iron", "vitamin", "urinary tract infection"}.__contains__
    renaming = reword("Can iron give me the runs? And my morning cuppa, the loo, anemia, vit D, a water infection?",
                      used)
    assert renaming.text == ("Can iron give me diarrhoea? And my morning tea, the toilet, anaemia, vitamin D, a "
                             "urinary tract infection?")
    assert renaming.renamed == (("the runs", "diarrhoea"), ("cuppa", "tea"), ("loo", "toilet"),
                                ("anemia", "anaemia"), ("vit", "vitamin"), ("water infection",
                                                                            "urinary tract infection"))


def test_a_spelling_is_read_either_way_an_everyday_word_in_the_singular_and_apart_as_typed():
    assert reword("is anaemia serious", {"anemia"}.__contains__).text == "is anemia serious"
    assert reword("is anemia serious", {"anaemia"}.__contains__).text == "is anaemia serious"
    renaming = reword("are public loos or the-runs or the  RUNS a risk?", {"toilet", "diarrhoea"}.__contains__)
    assert renaming.text == "are public toilet or diarrhoea or diarrhoea a risk?"
    assert renaming.renamed == (("loos", "toilet"), ("the-runs", "diarrhoea"), ("the  RUNS", "diarrhoea"))
    # a plural made by rule would be wrong as often as right ("pharmacys", "urines"; a reviewer's)
    assert reword("are drugstores open", {"pharmacy"}.__contains__).text == "are pharmacy open"
    # an everyday word is read as its list's first word, or as that word's other spelling where the documents use it
    assert reword("colchicine gave me the runs", {"diarrhea"}.__contains__).text == "colchicine gave me diarrhea"


def test_medicine_names_and_everyday_words_are_both_read():
    renaming = reword("can nurofen give you the runs", {"ibuprofen", "diarrhoea"}.__contains__)
    assert renaming.text == "can ibuprofen give you diarrhoea"
    assert renaming.renamed == (("nurofen", "ibuprofen"), ("the runs", "diarrhoea"))


def test_each_everyday_word_has_one_meaning_and_none_is_a_medicine():
    lists = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
    spellings = [word for group in lists["spellings"] for word in group]
    everyday = [word for group in lists["everyday"] for word in group[1:]]
    words = spellings + everyday
    assert len(words) == len(set(words)) and all(word == word.lower().strip() for word in words)
    assert not any(is_medicine(word) or other_names(word) for word in words + [g[0] for g in lists["everyday"]])
    assert not any(word.isdigit() for word in words)
    assert other_words("Cuppa") == ("tea",) and other_words("the runs") == ("diarrhoea", "diarrhea")
    assert other_words("tea") == ()  # the leaflets' word is read as no everyday word


@pytest.mark.slow
def test_an_everyday_word_is_answered_in_the_documents_words_and_the_answer_says_so(make_bot):
    bot = make_bot({"colchicine.md": (
        "# Colchicine\n\n"
        "Colchicine eases the pain of a gout attack. Do not run or walk far while a joint is swollen.\n\n"
        "## Side effects\n\n"
        "Colchicine often causes diarrhoea. Stop taking it if this happens and speak to your doctor.\n\n"
        "Avoid grapefruit juice while you take it; tea is fine.\n")})
    answer = bot.ask("colchicine is giving me the runs, what should I do?")
    # "the runs" is not "run", which the leaflet uses: the phrase is read as the leaflet's word
    assert answer.status == "answered" and "Stop taking it" in answer.quotes[0].text
    assert answer.answer.startswith("*Reading “the runs” as “diarrhoea”: the word your documents use.*")
    assert answer.renamed == (("the runs", "diarrhoea"),)
    both = bot.ask("can I have a cuppa with colchicine or will it give me the runs")
    assert both.answer.startswith("*Reading “cuppa” as “tea” and “the runs” as “diarrhoea”: the words your "
                                  "documents use.*")
    named = bot.ask("can I take Zyloric with the runs?")  # no listed name of another medicine, no medicine line
    assert "another name" not in named.answer
