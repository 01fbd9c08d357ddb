"""Measuring the emergency screen on a labelled set."""

import json

import pytest

from bot.answer.safety import screen_question
from bot.cli import main
from bot.errors import QuestionFileError
from bot.evaluation.emergencies import LabelledMessage, measure, read_labelled, screen_messages
from bot.settings import Settings
from tests.support import REPO


def row(id, urgent, category="heart", kind=None, language="en"):
    return LabelledMessage(id, f"message {id}", urgent, category, kind or ("emergency" if urgent else "mention"),
                           language)


def test_recall_and_false_urgent_are_counted_by_category_language_and_kind():
    rows = [row("a", True), row("b", True, "stroke"), row("c", True, language="de"), row("d", False),
            row("e", False, kind="past", language="de"), row("f", False, kind="ordinary")]
    measures = measure(rows, [True, False, True, False, True, False])
    assert (measures.recall.urgent, measures.recall.total) == (2, 3)
    assert (measures.false_urgent.urgent, measures.false_urgent.total) == (1, 3)
    assert {k: (r.urgent, r.total) for k, r in measures.recall_by_category.items()} == {"heart": (2, 2),
                                                                                       "stroke": (0, 1)}
    assert {k: (r.urgent, r.total) for k, r in measures.recall_by_language.items()} == {"de": (1, 1), "en": (1, 2)}
    assert {k: (r.urgent, r.total) for k, r in measures.false_urgent_by_kind.items()} == {
        "mention": (0, 1), "ordinary": (0, 1), "past": (1, 1)}
    assert measures.missed == ("b",) and measures.false_alarms == ("e",)


def test_halves_split_by_id_are_stable_and_both_used():
    halves = [row(f"id-{i}", True).half for i in range(200)]
    assert halves == [row(f"id-{i}", False).half for i in range(200)]
    assert 70 < halves.count("held-out") < 130


def test_bad_rows_are_reported_by_line(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "1", "message": "hi", "urgent": True, "category": "heart", "kind": "mention",
                                "language": "en"}) + "\n" + json.dumps({"id": "2", "message": "x"}) + "\n")
    with pytest.raises(QuestionFileError) as err:
        read_labelled(path)
    assert f"{path}:1: 'urgent' is true exactly when" in str(err.value) and f"{path}:2: missing" in str(err.value)


def test_eval_emergencies_reports_recall_and_false_urgent(tmp_path, capsys):
    path = tmp_path / "set.jsonl"
    rows = [("1", "My husband is having a heart attack", True, "emergency"),
            ("2", "What is magnesium good for?", False, "ordinary"),
            ("3", "I want to kill myself", True, "emergency")]
    path.write_text("".join(json.dumps({"id": i, "message": m, "urgent": u, "category": "heart", "kind": k,
                                        "language": "en"}) + "\n" for i, m, u, k in rows))
    out = tmp_path / "m.json"
    assert main(["eval", "--emergencies", str(path), "--out", str(out)]) == 0
    assert "urgent recall 100.0% (2/2), false urgent 0.0% (0/1)" in capsys.readouterr().out
    assert json.loads(out.read_text())["recall"] == {"urgent": 2, "total": 2, "share": 1.0}
    assert main(["eval", "--half", "held-out", "--beir", str(tmp_path), "--out", str(out)]) == 2


def test_eval_emergencies_names_what_made_each_false_alarm_urgent(tmp_path, capsys):
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "f1", "message": "Help, my chest is crushing", "urgent": False, "category": "heart",
                                "kind": "mention", "language": "en"}) + "\n")
    out = tmp_path / "m.json"
    assert main(["eval", "--emergencies", str(path), "--out", str(out)]) == 0
    assert "false alarms: f1 ('chest is crushing')" in capsys.readouterr().out
    assert json.loads(out.read_text())["triggers"] == {"f1": "chest is crushing"}


def test_eval_emergencies_screens_as_the_product_does_with_the_example_messages(tmp_path, capsys):
    # Told in words the phrases and the letters model leave alone; one of the labelled poisoning emergencies.
    message = "just realised I've been taking my methotrexate every day this week instead of once a week"
    assert screen_question(message, 2000).status == "ok"
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "e1", "message": message, "urgent": True, "category": "poisoning",
                                "kind": "emergency", "language": "en"}) + "\n")
    out = tmp_path / "m.json"
    assert main(["eval", "--emergencies", str(path), "--out", str(out)]) == 0
    assert "urgent recall 100.0% (1/1)" in capsys.readouterr().out
    assert json.loads(out.read_text())["triggers"]["e1"]


def test_the_kinds_of_non_urgent_message_include_hypotheticals_fiction_and_past_events_of_others(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "message": "m", "urgent": False, "category": "heart", "kind": k,
                                        "language": "en"}) + "\n"
                            for i, k in enumerate(["hypothetical", "fiction", "third-party-past"])))
    assert [row.kind for row in read_labelled(path)] == ["hypothetical", "fiction", "third-party-past"]
    path.write_text(json.dumps({"id": "1", "message": "m", "urgent": False, "category": "heart", "kind": "dream",
                                "language": "en"}) + "\n")
    with pytest.raises(QuestionFileError):
        read_labelled(path)


def test_the_blind_sets_with_every_signal_of_the_screen():
    """The screen as the product runs it (phrases, letters model, example messages) on the blind test sets, totals
    only. Since 2026-12-06 (eighteenth session) the letters model's threshold is chosen on test to test5
    (bench/fit_urgency.py, bench/README.md "Thresholds chosen on blind sets"); test6 to test11 are reported only.
    Before that session / after it: test6 91.4 / 4.3% -> 92.9 / 4.3%, test7 91.4 / 11.0% -> 94.8 / 11.4%, test8
    90.5 / 8.1% -> 93.8 / 8.1%, test9 94.3 / 9.0% -> 95.2 / 9.0%, test10 and test11 (written blind that session, run
    before its work) 97.6 / 11.9% -> 98.6 / 11.4% and 97.1 / 14.3% -> 97.1 / 15.7%. With the two signals agreeing
    (bench/urgency_examples.py, the triple chosen on test to test5; the sixty-first session): test6 92.9 / 4.3%, test7
    96.7 / 11.4%, test8 94.3 / 8.1%, test9 95.2 / 9.5%, test10 98.6 / 11.4%, test11 97.1 / 15.7%; test12, written
    blind after the first version of the change and run once before it: 90.0 / 11.9% -> 91.4 / 11.9%. With dreams,
    yesterday's overdoses, pains come back, how to die asked and the frames of English in the other languages (the
    sixty-fourth session): test6 92.9 / 4.3%, test7 96.7 / 9.5%, test8 94.3 / 7.6%, test9 95.7 / 9.0%, test10 98.6 /
    11.4%, test11 97.6 / 15.2%, test12 91.9 / 11.4%; test13, written blind that session and run once before its work:
    95.2 / 11.9% -> 96.2 / 11.0%. test14, written blind in the seventieth session and run once before its work: 93.3 /
    7.6%. With the letters model and the example messages refitted on dev23, dev24 and dev25 (the seventieth
    session; with dev25's lay signs, blocked noses, dreams and pulses): test6 94.8 / 4.3%, test7 96.7 / 9.5%, test8
    96.2 / 7.6%, test9 96.7 / 8.6%, test10 99.0 / 11.9%, test11 98.6 / 14.3%, test12 92.9 / 11.4%, test13 97.6 /
    10.0%, test14 95.2 / 7.1%; the calibration sets test 96.7 / 2.6%, test2 95.7 / 6.2%, test3 97.6 / 6.7%, test4
    92.9 / 6.2%, test5 97.1 / 3.3%."""
    settings = Settings()
    floors = {"emergencies-test.jsonl": (0.965, 0.03), "emergencies-test2.jsonl": (0.955, 0.065),
              "emergencies-test3.jsonl": (0.975, 0.07), "emergencies-test4.jsonl": (0.925, 0.065),
              "emergencies-test5.jsonl": (0.97, 0.035), "emergencies-test6.jsonl": (0.945, 0.045),
              "emergencies-test7.jsonl": (0.965, 0.1), "emergencies-test8.jsonl": (0.96, 0.08),
              "emergencies-test9.jsonl": (0.965, 0.09), "emergencies-test10.jsonl": (0.985, 0.12),
              "emergencies-test11.jsonl": (0.985, 0.145), "emergencies-test12.jsonl": (0.925, 0.115),
              "emergencies-test13.jsonl": (0.975, 0.101), "emergencies-test14.jsonl": (0.95, 0.075)}
    for name, (recall, false_urgent) in floors.items():
        rows = read_labelled(REPO / "tests" / "data" / name)
        measures = measure(rows, [s.status == "urgent" for s in screen_messages([row.message for row in rows],
                                                                                settings)])
        assert measures.recall.share >= recall and measures.false_urgent.share <= false_urgent, name


def test_eval_emergencies_reports_whom_the_crisis_line_reaches(tmp_path, capsys):
    path = tmp_path / "set.jsonl"
    rows = [("s1", "I want to kill myself tonight", True, "suicide"),
            ("s2", "my affairs are in order now", True, "suicide"),
            ("m1", "is it normal to think about suicide sometimes?", False, "suicide"),
            ("o1", "what is the dose of paracetamol for a child?", False, "poisoning"),
            ("h1", "my dad is having crushing chest pain", True, "heart")]
    path.write_text("".join(json.dumps({"id": i, "message": m, "urgent": u, "category": c,
                                        "kind": "emergency" if u else "mention", "language": "en"}) + "\n"
                            for i, m, u, c in rows))
    out = tmp_path / "m.json"
    assert main(["eval", "--emergencies", str(path), "--out", str(out)]) == 0
    assert "crisis line: suicide emergencies 50% (1/2)" in capsys.readouterr().out
    crisis = json.loads(out.read_text())["crisis_line"]
    assert crisis["suicide emergencies missed"]["total"] == 1
    assert (crisis["not urgent"]["urgent"], crisis["not urgent"]["total"]) == (1, 2)
    assert (crisis["other emergencies"]["urgent"], crisis["other emergencies"]["total"]) == (0, 1)
