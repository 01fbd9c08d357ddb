"""--mtrag: reading MTRAG-UN tasks, one corpus per collection, the measures, bad input at the CLI, and a run end to
end with the real model."""

import json

import pytest

from bot.answer.compose import Answer, Quote
from bot.cli import main
from bot.errors import QuestionFileError
from bot.evaluation.mtrag import (MtragCounts, collection_corpora, load_mtrag, mtrag_measures, question_and_history,
                                  safe_name, task_record)
from tests.support import SHARED

MTRAG = SHARED / "datasets" / "mtrag-un"
needs_mtrag = pytest.mark.skipif(not (MTRAG / "reference.jsonl").is_file(),
                                 reason=f"public data not found at {MTRAG / 'reference.jsonl'}")


def row(task_id, collection, turns, passages, answerability="ANSWERABLE", multi_turn=("Follow-up",)):
    """A reference.jsonl row as published: user turns alternate with agent turns; labels are lists of one."""
    conversation = []
    for turn in turns:
        conversation += [{"speaker": "user", "text": turn}, {"speaker": "agent", "text": "An answer."}]
    return {"task_id": task_id, "Collection": collection, "input": conversation[:-1],
            "contexts": [{"document_id": d, "text": t} for d, t in passages], "targets": [],
            "answerability": [answerability],
            "Multi-Turn": multi_turn if isinstance(multi_turn, str) else list(multi_turn)}


ROWS = [
    row("a<::>2", "govt", ["What is FEMA?", "How do I apply for help?"],
        [("g-1", "Apply for disaster help online."), ("g-2", "FEMA is an agency.")]),
    row("b<::>1", "govt", ["Is there a fee?"], [("g-1", "Apply for disaster help online.")], "PARTIAL",
        "Clarification"),  # a label published as a string
    row("c<::>3", "fiqa", ["Stocks?", "Bonds?", "What about gold coins?"], [], "UNANSWERABLE"),
    row("d<::>1", "fiqa", ["Which one?"], [("f/1", "Gold is a commodity."), ("f:1", "Bonds pay interest.")],
        "UNDERSPECIFIED", ("N/A",)),
    row("e<::>1", "fiqa", ["Do bonds pay?"], [("f:1", "Bonds pay interest."), ("f-3", "Gold is a commodity.")]),
]


def write_reference(folder, rows, extra_lines=()):
    folder.mkdir(exist_ok=True)
    lines = [json.dumps(r) for r in rows] + list(extra_lines)
    (folder / "reference.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_tasks_keep_their_labels_and_user_turns_in_file_order(tmp_path):
    tasks = load_mtrag(write_reference(tmp_path / "mt", ROWS))
    assert [t.task_id for t in tasks] == ["a<::>2", "b<::>1", "c<::>3", "d<::>1", "e<::>1"]
    assert [(t.answerability, t.multi_turn) for t in tasks[:4]] == [
        ("ANSWERABLE", "Follow-up"), ("PARTIAL", "Clarification"), ("UNANSWERABLE", "Follow-up"),
        ("UNDERSPECIFIED", "N/A")]
    assert tasks[2].collection == "fiqa" and tasks[2].passages == ()


def test_a_line_separator_inside_a_text_does_not_split_its_row(tmp_path):
    folder = tmp_path / "mt"
    folder.mkdir()
    text = "First line\u2028second line\x85third."
    (folder / "reference.jsonl").write_text(json.dumps(row("a<::>1", "govt", ["Q?"], [("g-1", text)]),
                                                       ensure_ascii=False) + "\n", encoding="utf-8")
    assert load_mtrag(folder)[0].passages[0].text == text


def test_the_last_user_turn_is_asked_and_the_earlier_ones_are_its_history(tmp_path):
    tasks = load_mtrag(write_reference(tmp_path / "mt", ROWS))
    assert question_and_history(tasks[2]) == ("What about gold coins?", ("Stocks?", "Bonds?"))
    assert question_and_history(tasks[1]) == ("Is there a fee?", ())


def test_each_collection_gets_its_distinct_passages_once_under_safe_sources(tmp_path):
    corpora = collection_corpora(load_mtrag(write_reference(tmp_path / "mt", ROWS)))
    assert [c.collection for c in corpora] == ["fiqa", "govt"]
    fiqa, govt = corpora
    assert [d.source for d in govt.documents] == ["g-1", "g-2"]
    assert [d.text for d in govt.documents] == ["Apply for disaster help online.", "FEMA is an agency."]
    sources = [d.source for d in fiqa.documents]
    assert len(sources) == 2 and all("/" not in s and ":" not in s for s in sources)
    # "f-3" repeats the text of "f/1": quoted as that one, as a folder of one file each would index it once
    assert fiqa.source_of["f-3"] == fiqa.source_of["f/1"] == sources[0]
    assert fiqa.source_of["f:1"] == sources[1]


def test_safe_names_keep_plain_ids_and_never_merge_two_ids():
    assert safe_name("162428-0-349") == "162428-0-349"
    assert safe_name("a/b") != safe_name("a:b")
    assert safe_name("a/b").startswith("a_b-") and not safe_name("..").startswith(".")


def quote(source, text="Quoted."):
    return Quote(text, source, 0, len(text), 1, 1, None, None, "", 1.0)


def answer(status, *sources):
    return Answer("q", status, "", "", tuple(quote(s) for s in sources))


def test_measures_count_own_passages_in_the_first_three_quotes_and_refusals(tmp_path):
    tasks = load_mtrag(write_reference(tmp_path / "mt", ROWS))
    corpora = collection_corpora(tasks)
    fiqa = corpora[0]
    answers = [answer("answered", "g-2"),  # own passage, first quote
               answer("answered", "g-2", "g-2", "g-2", "g-1"),  # own passage only fourth: not counted
               answer("not_found"),  # unanswerable refused
               answer("not_found"),  # underspecified refused
               answer("answered", fiqa.source_of["f/1"], fiqa.source_of["f:1"])]  # f-3 is a copy of f/1: own
    measures = mtrag_measures(tasks, answers, corpora)
    assert measures.overall == MtragCounts(tasks=5, answerable=3, own_passage_quoted=2, answerable_not_found=0,
                                           unanswerable=1, unanswerable_not_found=1, underspecified=1,
                                           underspecified_not_found=1)
    assert measures.by_collection["govt"] == MtragCounts(tasks=2, answerable=2, own_passage_quoted=1)
    assert list(measures.by_multi_turn) == ["Clarification", "Follow-up", "N/A"]
    assert measures.by_multi_turn["Clarification"].own_passage_quoted == 0
    assert measures.by_multi_turn["Follow-up"].unanswerable_not_found == 1


def test_answerable_tasks_refused_are_counted_and_quotes_from_other_passages_are_not(tmp_path):
    tasks = load_mtrag(write_reference(tmp_path / "mt", ROWS))
    corpora = collection_corpora(tasks)
    answers = [answer("not_found"), answer("answered", "elsewhere"), answer("urgent", "x"),  # urgent: not refused
               answer("answered", "x"), answer("answered", "g-1")]
    overall = mtrag_measures(tasks, answers, corpora).overall
    assert (overall.own_passage_quoted, overall.answerable_not_found) == (0, 1)
    assert (overall.unanswerable_not_found, overall.underspecified_not_found) == (0, 0)
    rates = overall.to_dict()
    assert rates["answerable_not_found_rate"] == 0.3333 and rates["own_passage_quoted_rate"] == 0.0


def test_measures_to_dict_holds_counts_and_rates_per_group(tmp_path):
    tasks = load_mtrag(write_reference(tmp_path / "mt", ROWS))
    corpora = collection_corpora(tasks)
    data = mtrag_measures(tasks, [answer("not_found")] * 5, corpora).to_dict()
    assert list(data) == ["overall", "by_collection", "by_multi_turn"]
    assert data["overall"]["unanswerable_not_found_rate"] == 1.0 and data["overall"]["answerable"] == 3
    assert data["by_collection"]["govt"]["unanswerable_not_found_rate"] == 0.0  # no such task: 0, not an error
    assert json.loads(json.dumps(data)) == data


def test_the_summary_line_gives_hits_totals_and_rates_of_the_kinds_of_task_present():
    from bot.evaluation.mtrag import describe

    line = describe(MtragCounts(tasks=4, answerable=3, own_passage_quoted=2, answerable_not_found=1, unanswerable=1))
    assert line == ("answerable/partial: own passage quoted in the first 3 2/3 (66.7%), not_found 1/3 (33.3%); "
                    "unanswerable not_found 0/1 (0.0%)")
    assert describe(MtragCounts(tasks=1, underspecified=1, underspecified_not_found=1)) == (
        "underspecified not_found 1/1 (100.0%)")


def test_a_record_carries_the_task_labels_history_and_own_sources(tmp_path):
    tasks = load_mtrag(write_reference(tmp_path / "mt", ROWS))
    govt = collection_corpora(tasks)[1]
    record = task_record(tasks[0], answer("answered", "g-1"), govt)
    assert record["id"] == "a<::>2" and record["quotes"][0]["source"] == "g-1"
    assert record["history"] == ["What is FEMA?"]
    assert (record["collection"], record["answerability"], record["multi_turn"]) == ("govt", "ANSWERABLE",
                                                                                      "Follow-up")
    assert record["expected_sources"] == ["g-1", "g-2"]


@pytest.mark.parametrize("broken, named", [
    ({"task_id": ""}, "'task_id'"),
    ({"Collection": None}, "'Collection'"),
    ({"input": [{"speaker": "agent", "text": "Hi."}]}, "the last a user turn"),
    ({"contexts": [{"document_id": "x"}]}, "'contexts'"),
    ({"answerability": ["MAYBE"]}, "'answerability'"),
    ({"answerability": ["PARTIAL"], "contexts": []}, "needs its reference passages"),
    ({"Multi-Turn": []}, "'Multi-Turn'"),
])
def test_a_malformed_row_is_named_by_file_line_and_field(tmp_path, broken, named):
    folder = write_reference(tmp_path / "mt", [ROWS[0], {**ROWS[1], **broken}])
    with pytest.raises(QuestionFileError, match=named) as raised:
        load_mtrag(folder)
    assert "reference.jsonl:2:" in str(raised.value) and "IBM/mt-rag-benchmark" in str(raised.value)


def test_invalid_json_a_repeated_task_an_empty_file_and_other_bytes_than_utf8_are_refused(tmp_path):
    with pytest.raises(QuestionFileError, match=r"reference.jsonl:2: invalid JSON \(Expecting"):
        load_mtrag(write_reference(tmp_path / "a", [ROWS[0]], ["{not json"]))
    with pytest.raises(QuestionFileError, match=r"reference.jsonl:2: a row must be a JSON object"):
        load_mtrag(write_reference(tmp_path / "b", [ROWS[0]], ["[1, 2]"]))
    with pytest.raises(QuestionFileError, match="occurs twice"):
        load_mtrag(write_reference(tmp_path / "c", [ROWS[0], ROWS[0]]))
    with pytest.raises(QuestionFileError, match="holds no tasks"):
        load_mtrag(write_reference(tmp_path / "d", []))
    (write_reference(tmp_path / "e", []) / "reference.jsonl").write_bytes(b'{"task_id": "caf\xe9"}\n')
    with pytest.raises(QuestionFileError, match="is not UTF-8 text"):
        load_mtrag(tmp_path / "e")


def test_a_passage_id_with_two_texts_is_refused(tmp_path):
    other = row("z<::>1", "govt", ["Q?"], [("g-1", "Another text.")])
    with pytest.raises(QuestionFileError, match="passage g-1 of govt differs"):
        collection_corpora(load_mtrag(write_reference(tmp_path / "mt", [ROWS[0], other])))


def test_cli_refuses_a_folder_without_reference_jsonl_and_says_what_to_do(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["eval", "--mtrag", str(tmp_path / "empty"), "--out", str(tmp_path / "mt.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "has no reference.jsonl" in err and "Point --mtrag at the MTRAG-UN folder" in err
    assert "Traceback" not in err and not (tmp_path / "mt.jsonl").exists()


def test_cli_refuses_a_malformed_row_without_a_traceback(tmp_path, capsys):
    folder = write_reference(tmp_path / "mt", [ROWS[0]], ['{"task_id": "x"}'])
    assert main(["eval", "--mtrag", str(folder), "--out", str(tmp_path / "mt.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "reference.jsonl:2: task x: 'Collection'" in err and "Traceback" not in err


@pytest.mark.parametrize("other", [["--squad", "sq"], ["--beir", "be"], ["questions.jsonl"]])
def test_cli_takes_mtrag_alone(tmp_path, capsys, other):
    assert main(["eval", "--mtrag", str(tmp_path), *other, "--out", str(tmp_path / "r.jsonl")]) == 2
    assert "exactly one of: a question file, --beir DIR, --squad DIR, --mtrag DIR" in capsys.readouterr().err


@needs_mtrag
def test_the_published_file_loads_with_the_counts_its_readme_gives():
    tasks = load_mtrag(MTRAG)
    corpora = collection_corpora(tasks)
    assert len(tasks) == 507
    assert sum(len(c.source_of) for c in corpora) == 1152  # distinct document ids, as README.txt counts them
    assert {c.collection: len(c.documents) for c in corpora} == {"clapnq": 312, "fiqa": 157, "govt": 435,
                                                                 "ibmcloud": 236}  # 12 ibmcloud texts repeat
    counts = {}
    for task in tasks:
        counts[task.answerability] = counts.get(task.answerability, 0) + 1
        counts[task.multi_turn] = counts.get(task.multi_turn, 0) + 1
    assert counts == {"ANSWERABLE": 285, "PARTIAL": 47, "UNANSWERABLE": 97, "UNDERSPECIFIED": 78,
                      "Follow-up": 330, "Clarification": 74, "N/A": 103}


@pytest.mark.slow
def test_mtrag_run_asks_each_collection_of_its_own_index_and_writes_records_and_metrics(tmp_path, capsys):
    folder = write_reference(tmp_path / "mt", [
        row("a<::>2", "govt", ["Hello.", "How do I apply for disaster help?"],
            [("g-1", "You can apply for disaster help online or by phone."), ("g-2", "FEMA is a federal agency.")]),
        row("b<::>1", "fiqa", ["Do bonds pay interest?"],
            [("f-1", "Bonds pay interest twice a year."), ("f-2", "Gold is a commodity traded worldwide.")]),
        row("c<::>1", "govt", ["What is the recipe for apple pie?"], [], "UNANSWERABLE")])
    out = tmp_path / "mt.jsonl"
    assert main(["eval", "--mtrag", str(folder), "--out", str(out), "--index", str(tmp_path / "i")]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["a<::>2", "b<::>1", "c<::>1"]
    assert records[0]["question"] == "How do I apply for disaster help?" and records[0]["history"] == ["Hello."]
    assert records[0]["quotes"][0]["source"] == "g-1" and records[1]["quotes"][0]["source"] == "f-1"
    assert records[2]["status"] == "not_found"
    assert sorted(p.name for p in (tmp_path / "i").iterdir()) == ["mtrag-fiqa-mt", "mtrag-govt-mt"]
    metrics = json.loads((tmp_path / "mt.metrics.json").read_text())
    assert metrics["overall"]["own_passage_quoted"] == 2 and metrics["overall"]["unanswerable_not_found"] == 1
    assert metrics["passages"] == {"fiqa": 2, "govt": 2}
    printed = capsys.readouterr().out
    assert "own passage quoted in the first 3 2/2 (100.0%)" in printed and "Multi-Turn Follow-up" in printed
