"""The kind of answer a question asks for, and whether a sentence holds one the question does not already name."""

from math import inf

import pytest

from bot.answer.answer_type import (
    age_asked,
    age_conflicts,
    age_fits,
    age_matches,
    asked_age,
    asked_kind,
    asks_dose,
    holds_kind,
    kind_matches,
    limit_matches,
    says_how_long_it_lasts,
    says_how_to_take,
    says_what_it_is,
    stated_ages,
    states_dose,
    states_price,
    weight_asked,
    weight_conflicts,
)


@pytest.mark.parametrize("question, kind", [
    ("How often should I take it?", "frequency"),
    ("How many times a day can I take ibuprofen?", "frequency"),
    ("How long does the fever last?", "duration"),
    ("What percentage of adults lack magnesium?", "percentage"),
    ("When did the Normans conquer England?", "date"),
    ("In what year was the university founded?", "date"),
    ("How much magnesium is safe?", "quantity"),
    ("What dose is recommended for children?", "quantity"),
    ("Who discovered penicillin?", "person"),
    ("Where was the treaty signed?", "place"),
    ("In which country is Normandy?", "place"),
])
def test_a_question_asking_for_a_kind_of_answer_is_read_as_that_kind(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("question", ["What is magnesium?", "Why do legs feel restless?",
                                      "How does magnesium relax muscles?", "Which foods contain magnesium?"])
def test_a_question_asking_for_no_kind_has_none(question):
    assert asked_kind(question) is None


def test_a_sentence_holds_the_kind_asked_only_with_what_the_question_does_not_name():
    question = "When did the Normans reach England after 911?"
    assert holds_kind("date", "The Normans crossed to England in 1066.", question)
    assert not holds_kind("date", "After 911 the Normans settled in Normandy.", question)
    assert not holds_kind("date", "The Normans were skilled horsemen.", question)


def test_names_that_open_a_sentence_or_are_in_the_question_name_no_one_new():
    question = "Who led the Normans?"
    assert holds_kind("person", "The Normans were led by William the Conqueror.", question)
    assert not holds_kind("person", "Normans fought on horseback, as the Franks did not.", "Who led the Franks?")
    assert not holds_kind("person", "They were led by the Normans.", question)


def test_quantities_frequencies_and_durations_are_told_apart():
    assert holds_kind("quantity", "Adults need about 400 mg a day.", "How much magnesium do adults need?")
    assert holds_kind("frequency", "Take one tablet twice a day.", "How often should I take it?")
    assert not holds_kind("frequency", "Take one tablet with food.", "How often should I take it?")
    assert holds_kind("duration", "Symptoms last two to three weeks.", "How long do symptoms last?")
    assert holds_kind("duration", "It has been studied since 1957.", "How long has it been studied?")
    assert not holds_kind("duration", "Symptoms fade slowly.", "How long do symptoms last?")


def test_a_question_of_no_kind_matches_no_sentence():
    assert kind_matches("What is magnesium?", ["It was found in 1755 by Joseph Black.", "A mineral."]) == [False,
                                                                                                          False]
    assert kind_matches("Who found magnesium?", ["It was found in 1755 by Joseph Black.", "A mineral."]) == [True,
                                                                                                          False]


@pytest.mark.parametrize("question", ["how much does fexofenadine cost", "roughly how much does it cost?",
                                      "How much did Saudi Arabia spend on spreading Wahhabism?",
                                      "What was the price of oil in March of 1974?", "how expensive is the jab",
                                      "how much is permethrin cream at the chemist", "what's the fee for a check?",
                                      "how much do i have to pay", "what do corn plasters cost",
                                      "whats the price of plasters"])
def test_a_question_asking_what_something_costs_asks_for_a_price(question):
    assert asked_kind(question) == "price"


@pytest.mark.parametrize("question, kind", [
    ("how much ibuprofen can I take if I paid for it", "quantity"), ("how much water should I drink", "quantity"),
    ("what is the cost of living in Paris?", "quantity"), ("What percentage did OPEC raise the price of oil?",
                                                           "percentage"),
    ("Which year did the price of oil drop to $10 per barrel?", "date"),
    ("how much time should i spend icing my achilles", "quantity"),  # a reviewer's: time spent is no price
    ("how much is in a bottle of sunnydrops from the pharmacy", "quantity"),
    ("how much do i give my 4 year old from the pharmacy bottle of calpanol", "quantity")])
def test_a_question_naming_a_price_or_paying_while_asking_another_thing_asks_that(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("price, dose", [("How much do ibuprofen tablets cost?", "How much ibuprofen can I take?"),
                                         ("how much are calpol sachets at the chemist for my 3 year old?",
                                          "how much calpol for my 3 year old?")])
def test_what_a_medicine_costs_is_no_dose(price, dose):
    assert not asks_dose(price) and asks_dose(dose)
    assert asks_dose("how much do i give my 4 year old from the pharmacy bottle of calpanol")  # bought there


def test_a_price_is_money_a_share_or_free_and_no_other_number():
    for sentence in ["It costs \u00a39.90 at most pharmacies.", "Oil reached nearly $12 a barrel.",
                     "The vaccine is offered free on the NHS.", "Prices rose by less than two percent a year.",
                     "A fee of 1% is charged.", "They spent over 100 billion dollars.", "Each costs 20p.",
                     "A pack of 6 plasters costs 3.49 at the counter.", "The drops are GBP 4.", "It costs Rs 1,500.",
                     "Cost: 9.90", "USD 20 a month"]:
        assert states_price(sentence), sentence
    for sentence in ["An adult usually needs about half a 30g tube.", "It has a 7-day pill-free break.",
                     "Choose a sugar-free syrup.", "Most people are free from side effects.", "Take 2 tablets.",
                     "Scabies is treated with permethrin 5% cream.", "Take it at 8 p.m.", "He weighs 20 pounds.",
                     "Feel free to ask the pharmacist.", "Choose a sugar free syrup."]:
        assert not states_price(sentence), sentence


@pytest.mark.parametrize("question", ["What is the maximum daily dose of acetaminophen?",
                                      "What was the tuition at the university in 2011?",
                                      "What's the usual starting dose?", "What is the enrollment of undergraduates?"])
def test_a_measure_asked_after_other_words_is_a_quantity(question):
    assert asked_kind(question) == "quantity"


ROWS = ["| 3 to 6 months | 2.5ml |", "| 6 to 24 months | 5ml |", "| 2 to 4 years | 7.5ml |",
        "Do not give paracetamol to a child under 2 months old.", "Children 12 years and over take adult doses."]


@pytest.mark.parametrize("question, months, holding", [
    ("paracetamol dose for a 3 year old", 36, [2]), ("how much for my 2-year-old", 24, [1, 2]),
    ("can a six month old have it", 6, [0, 1]), ("dose for a 14 year old", 168, [4]),
    ("dose for a 1 month old baby", 1, [3]), ("dose for adults", None, []),
])
def test_a_row_for_the_age_asked_about_holds_it(question, months, holding):
    assert asked_age(question) == months
    assert [i for i, held in enumerate(age_matches(question, ROWS)) if held] == holding


@pytest.mark.parametrize("question", ["What is the maximum daily dose of acetaminophen?",
                                      "whats the most paracetamol i can have in one day",
                                      "what's the upper limit of vitamin D for an adult",
                                      "max sumatriptan per day?"])
def test_a_question_asking_for_a_limit_prefers_a_sentence_stating_one(question):
    sentences = ["Adults need 10 micrograms a day.", "Adults should not take more than 100 micrograms a day.",
                 "Never take more than 8 tablets in 24 hours.", "Do not take more than you need."]
    assert limit_matches(question, sentences) == [False, True, True, False]  # a limit with a number


@pytest.mark.parametrize("question", ["what is the most vitamin D a 5 year old can take?", "and at most?",
                                      "the most I can give my son in a day",
                                      "how many loperamide can i take in a day",  # a trial's: given the 48 hours
                                      "how much vitamin d can my son have per day"])
def test_the_most_someone_can_take_asks_for_a_limit(question):
    assert limit_matches(question, ["Adults need 10 micrograms a day.", "Do not take more than 50 micrograms a day."]) \
        == [False, True]


def test_a_limit_asked_is_of_an_amount_or_of_how_long():
    sentences = ["Never take more than 8 tablets in 24 hours.", "Do not take it for more than 3 days in a row.",
                 "Take up to 4 times a day.", "The maximum dose is two 500 mg tablets.",
                 "Do not take more than the recommended dose in 24 hours."]
    # The most in a day is an amount, not the 3 days a course may last (a trial's "whats the most paracetamol i can
    # have in one day" was answered with it), nor the 24 hours of a limit that states no number of its own.
    assert limit_matches("whats the most paracetamol i can have in one day", sentences) == [True, False, False, True,
                                                                                           False]
    # the top of a range is a limit too, a weak one (a baby's row "up to 3 times in 24 hours")
    assert limit_matches("whats the most paracetamol i can have in one day", sentences, weak=True) == [
        False, False, True, False, False]
    for question in ("how long can I take ibuprofen for at most?", "what's the maximum number of days I can take it",
                     "max days in a row for paracetamol?"):
        assert limit_matches(question, sentences) == [False, True, False, False, False]


@pytest.mark.parametrize("sentence", ["The daily total must not go over 3 g.",
                                      "It should never be higher than 40 mg a day.",
                                      "Give no higher than 10 ml at a time.", "Don't take more than 2 puffs a day.",
                                      "The maximum daily dose is 1,200 mg.", "Avoid taking more than 4 a day."])
def test_a_limit_is_stated_in_plain_words_too(sentence):
    assert limit_matches("what's the most I can take a day", [sentence, "Do not use it if you are over 65."]) \
        == [True, False]


def test_the_most_of_a_kind_asks_for_no_limit():
    assert limit_matches("which is the most effective painkiller you can get", ["Do not take more than 4 a day."]) \
        == [False]
    # nor "Max" the person (a review's "my son max has hay fever, can he take cetirizine every day")
    for question in ("my son max has hay fever, can he take cetirizine every day", "max has a cold, what can he take"):
        assert limit_matches(question, ["Do not take more than 4 a day."]) == [False]


def test_an_age_is_no_limit_of_how_long():
    # A review's "how long can a 13 year old take ibuprofen for at most" quoted "Not for children over 12 years..."
    sentences = ["Not for children over 12 years who weigh less than 40 kg.", "Use it up to 12 years old only.",
                 "Do not take it for more than 10 days for pain."]
    assert limit_matches("how long can I take it for at most", sentences) == [False, False, True]
    assert limit_matches("how long can I take it for at most", sentences, weak=True) == [False, False, False]
    for question in ("how many tablets should I take a day", "how much paracetamol can I take"):  # the usual amount
        assert limit_matches(question, ["Do not take more than 8 tablets in 24 hours."]) == [False]


def test_a_question_asking_for_the_usual_amount_asks_for_no_limit():
    assert limit_matches("How much vitamin D do adults need?", ["Adults should not take more than 100 micrograms."]) \
        == [False]
    assert limit_matches("What is the most common side effect?", ["Do not take more than 8 tablets."]) == [False]


@pytest.mark.parametrize("sentence, ranges", [
    ("For adults and children aged 12 and over, the dose is 10 mg once a day.", [(144, inf), (216, inf)]),
    ("- 1 to 3 years: 5 ml, 3 times in 24 hours", [(12, 48)]),
    ("Many pharmacies can now assess women aged 16 to 64.", [(192, 780)]),
    ("Adults and children over 1 year old need 10 micrograms of vitamin D a day.", [(12, 216), (216, inf)]),
    ("Breastfed babies, from birth to 1 year of age, should be given 8.5 to 10 micrograms.", [(0, 24)]),
    ("| 2 to 4 years | 7.5ml |", [(24, 60)]), ("Babies aged 6 to 12 weeks", [(6 * 12 / 52, 3)]),
    ("People aged between 2 and 6 years", [(24, 84)]), ("Women aged 19 to 50 need 14.8 mg.", [(228, 612)]),
    ("For adults aged 50 and over.", [(600, inf)]), ("Adults under 60: 2 tablets.", [(216, 720)]),
    # spans of time, and a weight, are no ages
    ("The rash takes 2 to 4 weeks to heal.", []), ("It is given as 2 doses, 6 to 12 months apart.", []),
    ("Most people feel better in under 2 weeks.", []), ("- 3 to 5 months (weighing over 5 kg): 2.5 ml", [(3, 6)]),
    # a dose after "Adults:" is no age; ranges written without spaces are
    ("Adults: 1 to 2 tablets every 4 to 6 hours.", [(216, inf)]), ("People are 2 to 3 times more likely.", []),
    ("| 6-12 years | 5 ml |", [(72, 156)]), ("Children aged 6\u201311 years", [(72, 144)]),
    # one age as a row's label, halves, ages in brackets after a word for people; a dose after "Adults" is none
    ("- 10 years: 10 ml", [(120, 132)]), ("| 2 months | 2.5 ml |", [(2, 3)]), ("| 2\u00bd to 4 years | 7.5 ml |", [(30, 60)]),
    ("Children (5-12): 1 sachet", [(60, 156)]), ("Kids 1-4, half a sachet", [(12, 60)]),
    ("Adults 1 to 2 tablets", [(216, inf)]),
    # whose bound caps it; weights are no ages; more ways of stating an age
    ("Men under 40: 1 tablet", [(216, 480)]), ("Babies over 6 months: 1 drop", [(6, 24)]),
    ("For children aged 10 years and over, the dose is 10mg", [(120, 216)]),
    ("Adults and children aged 12 years and over: one tablet", [(144, inf), (216, inf)]),
    ("Children over 20 kg: 10 ml", []), ("Adults over 12 stone", []),
    ("For a 2 year old, give 5 ml. For an 8 year old, give 10 ml.", [(24, 36), (96, 108)]),
    ("- 2 to 4 years - 7.5 ml", [(24, 60)]), ("Children from 6 to 12 years: 10 ml", [(72, 156)]),
    ("Children aged 10: 5 ml", [(120, 132)]), ("children under the age of 12", [(0, 144)]),
    ("children 6 through 12", [(72, 156)]), ("| 16+ | 10 ml |", [(192, inf)]), ("| Over 12 | 10 ml |", [(144, inf)]),
    ("Children 2 years and under: 2.5 ml", [(0, 36)]),
    ("For 2 to 4 year olds, give 5 ml", [(24, 60)]), ("Children's dose (6 to 12 years): 10 ml", [(72, 156)]),
    ("If your child is between 6 and 12 years, give 10 ml", [(72, 156)]),
    ("Dosage for 12 years and over: 20 ml", [(144, inf)]), ("Adolescents 12-17 years: 10 ml", [(144, 216)]),
    ("From 3 months: 2.5 ml", [(3, inf)]), ("| Adult | 20 ml |", [(216, inf)]), ("Babies: 2.5 ml", [(0, 12)]),
    ("A second dose 6 to 12 months later", []), ("| 6 months to under 2 years | 5 ml |", [(6, 24)]),
    ("Do not give aspirin to under-16s.", [(0, 192)]),
    # no age: a louse becoming an adult, a number of tablets
    ("A louse takes about 7 days to become an adult.", []), ("Take 1 to 2 tablets.", []),
    # children with no age of their own: any child, unless the text states children's ages
    ("Ibuprofen for adults and children", [(216, inf), (0, 216)]),
    ("Dosage for children Cetirizine liquid for children aged 2 to 6 years: 2.5 ml.", [(24, 84)]),
    # a product named for children is no child's age (a trial: this row was quoted first for a 6-year-old)
    ("| 10 years and over | 150 to 300 micrograms (1 to 2 children's tablets) |", [(120, inf)]),
    ("Give 5 ml of the children's liquid.", []), ("Your child's dose: 5 ml", [(0, 216)]),
    ("| 10 years and over | 1 kids' chewable tablet |", [(120, inf)]),
    ("| 10 years and over | 2 children\u2019s soluble chewable tablets |", [(120, inf)]),
])
def test_the_ages_a_sentence_is_for(sentence, ranges):
    assert stated_ages(sentence) == ranges


@pytest.mark.parametrize("question, asked", [
    ("how much cetirizine can my 5 year old have", (60, 60, "5 year old")), ("dose for my 4yo", (48, 48, "4yo")),
    ("my son is 8, whats the dose of kids ibuprofen?", (96, 96, "8 year old")),
    ("what's the adult dose of aciclovir?", (216, inf, "an adult")), ("How much do adults take?", (216, inf, "adults")),
    ("How much should I take?", None), ("How long does a louse take to become an adult", None),
    ("How long do the adult lice live?", None), ("when do head lice become adults", None),
    ("Can children take the same dose as adults?", None), ("my son is 8 stone", None), ("he is 5 foot", None),
    ("My daughter is 25, how much iron should she take", (300, 300, "25 year old")),
    ("my baby is 4 months, how much ibuprofen", (4, 4, "4 month old")), ("I'm 15, can I take it", (180, 180, "15 year old")),
    # a temperature, a height, a pregnancy's weeks are no age
    ("my son is 39.5, how much ibuprofen can I give him", None), ("my daughter is 5'2 how much can she take", None),
    ("im 25 weeks pregnant", None), ("she's 30 weeks pregnant, how much can she take", None),
    ("how much ibuprofen for my 2.5 year old", (30, 30, "2.5 year old")),
    ("how much ibuprofen for a child of 9", (108, 108, "9 year old")), ("my little one is 3", (36, 36, "3 year old")),
    ("my 6mo has a cold", (6, 6, "6 month old")),
    ("how much ibuprofen can I give my baby", (0, 12, "baby")), ("how much for my toddler", (12, 48, "toddler")),
    ("can I take ibuprofen while breastfeeding my baby", None),  # the mother's question
    ("how much can my fifteen year old have", (180, 180, "fifteen year old")), ("my son who is 7", (84, 84, "7 year old")),
    ("dose for a 2 y.o.", (24, 24, "2 y.o.")), ("ibuprofen dosage adults", (216, inf, "adults")),
    ("what's the dose of ibuprofen for 12 year olds", (144, 144, "12 year olds")),
    # a dose or months pregnant are no age
    ("give my child 5 ml", None), ("she is 5 months pregnant", None),
    # a range of ages, to the birthday after its last; "for 2 to 3 years" only when a dose is asked, and not after
    # "had ... for" (a span of time)
    ("dose of calpanol for 3 to 4 years", (36, 60, "3 to 4 years")),
    ("calpanol dose for 2-4 year olds", (24, 60, "2 to 4 years")),
    ("how much ibuprofen for children aged 6 to 11", (72, 144, "6 to 11 years")),
    ("dose for kids 3-5", (36, 72, "3 to 5 years")), ("dose for 6-12 months babies", (6, 13, "6 to 12 months")),
    ("should I take vitamin D for 2 to 3 years?", None),
    ("I have had migraines for 3 to 4 years, what dose of sumatriptan", None),
    ("how much children's calpanol for ages 3 through 4", (36, 60, "3 to 4 years")),
    ("calpanol for children between 2 and 4", (24, 60, "2 to 4 years")), ("calpanol dose 2-4 years", (24, 60, "2 to 4 years")),
    ("calpanol dose for 3-4yrs", (36, 60, "3 to 4 years")),
    ("how much calpanol for babies aged 9 months to 2 years", (9, 36, "9 months to 2 years")),
    ("I took it for 6 weeks to 4 months, how much now", None),
    ("how much calpanol for two to three year olds", (24, 48, "two to three years")),
    # a reviewer's: a span of time for someone named by a pronoun, and a range followed by a measure, are no ages
    ("how much lactolax should I take for 2 to 3 months", None),
    ("i will be travelling for 2 to 3 months, how many drops of sunnydrops do I need", None),
    ("I've given her lactolax for 2 to 3 months, what dose now", None),
    ("calpanol dose for child 3-4 days of fever", None), ("calpanol dose for a child 10-15 kg", None),
    ("lactolax dose for my child 5-10 ml twice a day", None), ("allerzine dose for children 2 to 4 hours before bed", None),
    # an adult relative's age is not read (a reviewer's: "my wife is 30 weeks" is no baby, and the adult's dose row
    # lost the condition asked about); with a child's, the child's is
    ("my wife is 30 weeks, how much lactolax", None),
    ("my dad is 70 and my 4 year old both have a cough, how much tussimel", (48, 48, "4 year old")),
    # a search's age after "dose"
    ("toddler cough syrup tussimel dose 3 yrs", (36, 36, "3 yr old")), ("calpol dosage for 18 months", (18, 18, "18 month old")),
    ("the dose 2 years ago was too high", None),
    ("I have been on the same lactolax dose for 3 months, is that ok", None),
    ("can I stay on this lactolax dose for 2 years", None), ("vitamin d dosage for 6 months of winter", None),
])
def test_the_age_a_question_asks_about_a_number_or_an_adult(question, asked):
    assert age_asked(question) == asked


def test_a_sentence_for_other_ages_conflicts_with_the_age_asked_and_one_naming_none_does_not():
    adult = (216, inf)
    adults = "For adults and children aged 12 and over, the dose of each is 10 mg once a day."
    assert age_conflicts((60, 60), adults) and not age_conflicts((168, 168), adults) and not age_conflicts(adult, adults)
    assert age_conflicts(adult, "Children aged 1 to 10 should not take more than 50 micrograms a day.")
    assert age_conflicts(adult, "For children, give 5 ml.")  # a child's amount, whatever child
    assert not age_conflicts((60, 60), "Give it with food.") and not age_conflicts(adult, "Give it with food.")
    assert not age_conflicts(adult, "Women aged 19 to 50 need 14.8 mg of iron a day.")  # an adult is 18 and over
    # the row's own ages decide, not its leaflet's title; with none, the nearest heading stating some
    title = "Ibuprofen for adults and children > Dosage for children"
    assert age_conflicts(adult, "- 6 to 11 months: 2.5 ml", title)
    assert not age_conflicts((96, 96), "Children's ibuprofen comes as a liquid.", title)
    assert age_conflicts((60, 60), "Take one tablet.", "Paracetamol: information for adults > How to take it")


def test_the_weight_asked_and_the_weights_a_row_is_for():
    assert weight_asked("how much loraclear for my 25 kg 7 year old") == 25.0
    assert weight_asked("my son weighs 40 lbs") == pytest.approx(18.1, abs=0.1)
    assert weight_asked("how much for my 7 year old") is None
    assert weight_conflicts(25, "- Children 2 to 12 years weighing over 30 kg: 10 ml once a day.")
    assert not weight_conflicts(25, "- Children 2 to 12 years weighing 30 kg or less: 5 ml once a day.")
    assert weight_conflicts(25, "| 10 to 15 kg | 1 to 3 years | 5 ml |")
    assert not weight_conflicts(12, "| 10 to 15 kg | 1 to 3 years | 5 ml |")
    assert not weight_conflicts(25, "Give 5 ml.")  # states no weight: for any


def test_years_and_months_asked_and_a_range_up_to_an_age():
    # a reviewer's findings: "1 year 8 month old" was read as 8 months, "2 up to 4 years" left out a 3-year-old
    assert age_asked("how much calmol for my 1 year 8 month old")[:2] == (20.0, 20.0)
    assert age_asked("my baby is 1 year and 2 months old, how much")[:2] == (14.0, 14.0)
    assert age_fits((36, 36), "Children aged 2 up to 4 years: 7.5 ml.")
    assert not age_fits((60, 60), "Children aged 2 up to 4 years: 7.5 ml.")
    assert not age_fits((48, 48), "Children aged 2 up to 4 years: 7.5 ml.")  # "up to 4" ends at the 4th birthday


def test_a_sentence_fits_the_age_asked_by_its_own_ages_else_its_heading():
    assert age_fits((36, 36), "| 2 to 4 years | 7.5 ml | up to 4 times a day |")
    assert not age_fits((36, 36), "| 5 to 6 years | 10 ml | up to 4 times a day |")
    assert not age_fits((36, 36), "Give it with food.")  # says no age: it fits none, and conflicts with none
    assert age_fits((12, 48), "| Children 1 to 4 years | 2.5 ml to 10 ml | twice a day |")  # a toddler: any overlap
    assert not age_fits((10, 10), "| Children 1 to 4 years | 2.5 ml to 10 ml | twice a day |")
    assert age_fits((96, 96), "Take one tablet twice a day.", "Dosage > Children aged 6 to 11 years")
    assert not age_fits((96, 96), "Adults take 10 ml.", "Dosage > Children aged 6 to 11 years")  # its own ages first


@pytest.mark.parametrize("question", [
    "how much cetirizine can my 5 year old have", "how much colchicine should i take", "Naproxen dose when a gout "
    "attack starts?", "what's the loratadine dose for a 6 year old?", "how many puffs of my preventer should I take",
    "how much ibuprofen liquid do i give my 2 year old", "what's the highest dose allopurinol can go up to?",
    "how much iron do I need per day when I'm pregnant", "how much ibuprofen can a 5 year old have",
    "how many ml of calpol for my 2 year old", "how much cetirizine for my 5 year old", "how much calpol for a baby",
    "dose of calpol for a 5 year old", "whats the calpol dose", "how much vitamin D do babies need",
    "my daughter is 6, how much calpol", "what's the right amount of ibuprofen for a 3 year old",
    "what's the maximum vitamin d my 15 year old can take", "15 yr old period pain how many ibuprofen tablets",
    "cetirizine 10mg tablet dose for 14 year old", "vitamin d drops for my 2 yr old how many",
    "allerzine solution for my 5yo how much", "the dose for my toddler", "7 year old loratadine syrup dose",
    "calpol 6 month old baby dosage?", "how much calpanol for 9 month old teething",
    "my son is 7 how much allerzine oral solution", "how much calpanol for kids 5-6",
    "toddler cough syrup tussimel dose 3 yrs", "how much calpanol for children between 2 and 4",
    "how much calpanol for 2 to 3 year olds",
    # how often, for an age: the row of doses for that age answers ("2 to 5 years: 2.5 ml twice a day")
    "how often can my 4 year old take allerzine?", "how often can i give calpanol to my 2 year old",
    "and how often? allerzine 4 year old", "how many times a day can my 8 year old take it"])
def test_a_question_asking_how_much_medicine_to_take_asks_for_a_dose(question):
    assert asks_dose(question)


@pytest.mark.parametrize("question", [
    "How many valves did the Corliss engine use?", "How many graduate students does Harvard have?",
    "Low doses of anti-inflammatories are sometimes used with what classes of drugs?",
    "how many years does allergy immunotherapy take", "should I take 2 doses now to catch up?",
    "How many seats must a political party have?",
    "how much does it cost to have police report or background check letters?",
    "what should I do if I forget a dose of paracetamol", "how do I know how many doses are left in my inhaler",
    "how much sleep should my 5 year old have", "How many players can a team have",
    "How many students does Harvard take", "How much do we need to pay in Medicare tax?",
    "Missed dose of ibuprofen", "How many sick days can I take", "How many cylinders does the compound engine have?",
    "How many things do the police use dogs for?", "how much time for a walk", "How many tickets for a family of four",
    "NSF grew to connect how many universities?", "The company was sold for how much",
    "how much alcohol can I have", "how much rest do I need", "how many tablets are in a pack",
    "how many paracetamol tablets are in a pack", "my 5 year old is at school, how many years is primary school",
    "how many are there", "side effects of the temprin dose for my 3 year old", "my 3 year old has a fever how many days",
    "my 4 year old missed a dose of calpol for his fever", "my 5 year old took an overdose",
    "is a double dose dangerous?", "what happens with a missed dose", "how much sleep should my 5 year old get",
    "how many days off school does my 6 year old get", "how many teeth does a 2 year old get",
    # a dose told of, the word last (a reviewer's)
    "my 4 year old was sick after his dose", "my 3 year old spat out half the dose", "took the wrong dose 5 year old",
    "my 2 year old had the mmr dose", "how much does it cost for 2 people", "how much ibuprofen for 3 days",
    "how much water for 2 year old plants",
    # how often, but of no medicine, or for no age
    "how often should my 2 year old nap", "how many times a day should my 6 month old feed",
    "how often can I take allerzine", "how often does my 5 year old need a check-up",
    "how often can my 4 year old have side effects from allerzine",
    "how many times can my 9 month old have a bottle of formula", "how often should my 2 month old have a feed"])
def test_questions_that_ask_no_dose(question):
    assert not asks_dose(question)


def test_a_dose_is_an_amount_in_a_unit_a_dose_comes_in():
    assert all(states_dose(s) for s in ["The usual dose is 1 or 2 puffs.", "Take one or two 200 mg tablets.",
                                        "Give 5ml.", "Use 250 g to 500 g a week.", "Adults take 4,000 IU.",
                                        "Give half a tablet.", "Take 1\u00bd tablets.", "Use twenty drops.",
                                        "Dissolve 2 soluble tablets.", "Take one or two 500 mg tablets.",
                                        "Use 1 pessary at night.", "take 2 *tablets* at night", "Take 1 tab.",
                                        "Take 2 x 500mg tablets.", "Take a single tablet."])
    assert not any(states_dose(s) for s in ["Cetirizine and loratadine are the two most widely used.",
                                            "Take them for a few weeks.", "It takes 2 to 3 months to work.",
                                            # a strength is no dose
                                            "It contains 100 mg in every 5 ml.", "Paracetamol 500 mg tablets",
                                            "Each tablet contains 500 mg.", "The liquid is 120mg/5ml.",
                                            "The pack contains 16 tablets.", "It comes in 100 ml bottles.",
                                            "Each 5 ml contains 120 mg.", "It is available as 200 mg tablets.",
                                            "Pack of 16 tablets", "Apply sunscreen generously.",
                                            "Wash your hands before applying it twice.", "Apply it every day."])


def test_a_cream_s_dose_is_how_often_to_put_it_on():
    assert all(states_dose(s) for s in [
        "Adults and children aged 10 years and over: apply thinly to the affected area once or twice a day.",
        "Apply the gel up to 3 times a day.", "Rub a small amount into the skin two or three times a day.",
        "Rub a small amount into the skin twice a day.", "Spread it thinly over the rash three times a day.",
        "Wash the skin, then apply the cream twice daily.", "Apply the cream 2 times daily.", "apply five times a day",
        "You can apply the gel up to 4 times a day."])
    assert not any(states_dose(s) for s in [  # a reviewer's: no cream put on, or no clause of its own
        "Do not rub your eyes more than twice a day.", "Apply a cold compress for 10 minutes, three times a day.",
        "Smooth skin is seen once a day.", "Never apply it more than twice a day."])


@pytest.mark.parametrize("question, says", [
    ("What is Tussimel?", [True, False, False]),
    ("what's tussimel", [True, False, False]),
    ("What is Tussimel for children?", [False, False, False]),  # not what it is alone: no sentence is favoured
    ("What is the dose of Tussimel for a 4 year old?", [False, False, False]),
    ("Is Tussimel safe?", [False, False, False]),
])
def test_a_sentence_saying_what_something_is_answers_what_it_is(question, says):
    sentences = ["Tussimel is a soothing syrup containing glycerol.", "Tussimel is very well tolerated.",
                 "Tussimel Consumer Health, Manchester."]
    assert says_what_it_is(question, sentences) == says
    assert says_what_it_is("What are head lice?", ["Head lice are a nuisance.", "Head lice contain nothing."]) == [
        True, True]
    # a trial: "What is a hiatus hernia?" never quoted its definition, said with "is when"
    assert says_what_it_is("What is a hiatus hernia?", [
        "A hiatus hernia is when part of your stomach moves up into your chest.",
        "Croup happens when the airways swell.", "A hiatus hernia is not usually dangerous."]) == [True, False, False]
    assert says_what_it_is("what is croup", ["Croup happens when the airways swell."]) == [True]


def test_an_instruction_answers_how_to_take_or_use_something():
    # a trial: "How should I take ramipril?" quoted "If you take more ramipril than you should..." first
    sentences = ["Take this medicine once a day, at the same time each day.",
                 "You can take ramipril with or without food.",
                 "If you take more ramipril than you should, tell a doctor.",
                 "2. Apply a thin layer twice a day.", "Ramipril is an ACE inhibitor."]
    assert says_how_to_take("How should I take ramipril?", sentences) == [True, True, False, True, False]
    assert says_how_to_take("how do i use the cream", sentences)[3]
    assert says_how_to_take("how to apply it", sentences)[0]
    assert not any(says_how_to_take("What is ramipril?", sentences))
    assert not any(says_how_to_take("how does ramipril work?", sentences))


@pytest.mark.parametrize("question", [
    "how long will it take to clear up", "how long before it goes away", "how long till hes back to normal",
    "when will it stop", "for how long?", "how long do they normally last", "will it go once the babys here?",
    "how long does conjunctivitis last?", "how long do they stay in"])
def test_the_course_of_a_condition_with_a_time_answers_how_long_it_lasts(question):
    # conversation sets: "how long before it goes away" quoted "Keep using it for 5 days" first, "how long till hes
    # back to normal" why a tonsillectomy is done
    sentences = ["Cold sores usually clear up by themselves within 10 days.",
                 "Recovery from a tonsillectomy usually takes about 2 weeks.",
                 "Symptoms get better or stop by weeks 16 to 20.",
                 "Acne usually gets better by the time people reach their mid-20s.",
                 "5. Keep using it for 5 days. If the cold sore has not healed after 5 days, you can carry on.",
                 "If it has not cleared up after 7 days, see a GP.",
                 "- the cold sore has not started to heal within 10 days",
                 "Take one tablet a day for 5 days.",
                 "Cold sores are caused by a virus."]
    assert says_how_long_it_lasts(question, sentences) == [True] * 4 + [False] * 5


@pytest.mark.parametrize("question", [
    "how long should i use it for?", "for how long can I take it?", "when can he go back to school",
    "how long do you stay on bisphosphonates", "aciclovir for shingles - how much and for how long?",
    "what causes cold sores?", "how long does it take to get to the clinic"])
def test_how_long_to_take_a_treatment_or_when_to_go_back_asks_no_course(question):
    assert not any(says_how_long_it_lasts(question, ["Cold sores usually clear up by themselves within 10 days."]))
