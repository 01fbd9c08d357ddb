"""--beir and --squad on tiny folders in the public layouts, with the real model."""

import json

import pytest

from bot.cli import main
from bot.answer.compose import Answer, Quote
from bot.evaluation.benchmarks import SquadMeasures, beir_measures, rank_documents, squad_measures, write_trec_run

DOCS = {
    "d1": ("Magnesium", "Magnesium supplements reduce muscle cramps in adults."),
    "d2": ("Iron", "Iron deficiency causes anemia and fatigue."),
    "d3": ("Vitamin D", "Vitamin D is made in the skin with sunlight."),
}
QUERIES = {"q1": "Does magnesium help with cramps?", "q2": "What causes anemia?", "q3": "How is vitamin D made?"}


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.mark.slow
def test_beir_run_scores_a_tiny_collection_and_writes_a_trec_run(tmp_path, capsys):
    folder = tmp_path / "tiny"
    (folder / "qrels").mkdir(parents=True)
    write_jsonl(folder / "corpus.jsonl", [{"_id": k, "title": t, "text": x} for k, (t, x) in DOCS.items()])
    write_jsonl(folder / "queries.jsonl", [{"_id": k, "text": v} for k, v in QUERIES.items()])
    (folder / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\nq3\td3\t1\n")
    out = tmp_path / "run.trec"
    assert main(["eval", "--beir", str(folder), "--out", str(out), "--index", str(tmp_path / "i")]) == 0
    assert "nDCG@10 1.0000" in capsys.readouterr().out
    lines = out.read_text().splitlines()
    assert lines[0].split()[:4] == ["q1", "Q0", "d1", "1"] and all(len(line.split()) == 6 for line in lines)
    metrics = json.loads((tmp_path / "run.metrics.json").read_text())
    assert metrics["nDCG@10"] == 1.0 and metrics["queries"] == 3


def test_beir_measures_match_hand_computed_values():
    qrels = {"q": {"a": 1}}
    run = {"q": {"b": 2.0, "a": 1.0}}
    measures = beir_measures(qrels, run)
    assert measures.mrr_at_10 == pytest.approx(0.5)
    assert measures.ndcg_at_10 == pytest.approx(1 / 1.5849625, rel=1e-5)  # 1 / log2(3)
    assert measures.recall_at_100 == 1.0
    assert list(measures.to_dict()) == ["nDCG@10", "Recall@100", "MRR@10"]


def test_documents_score_as_their_best_chunk_and_runs_are_written_best_first(tmp_path):
    class Chunk:
        def __init__(self, source):
            self.source = source

    class Hit:
        def __init__(self, source, score):
            self.chunk, self.score = Chunk(source), score

    run = rank_documents([[Hit("a", 0.2), Hit("b", 0.5), Hit("a", 0.9)]], ["q"])
    assert run == {"q": {"a": 0.9, "b": 0.5}}
    write_trec_run(tmp_path / "r.trec", run)
    assert [line.split()[2] for line in (tmp_path / "r.trec").read_text().splitlines()] == ["a", "b"]


def test_squad_measures_count_gold_answers_in_quotes_and_refusals():
    def answer(status, *texts):
        return Answer("q", status, "", "", tuple(Quote(t, "p", 0, len(t), None, None, None, None, "", 1.0)
                                                 for t in texts))

    rows = [{"is_impossible": False, "answers": [{"text": "France"}]},
            {"is_impossible": False, "answers": [{"text": "North Sea"}, {"text": "sea"}]},
            {"is_impossible": False, "answers": [{"text": "Alps"}]},
            {"is_impossible": True, "answers": []}]
    answers = [answer("answered", "Normandy is in France."), answer("answered", "It rains.", "the North Sea."),
               answer("not_found"), answer("answered", "Pie.")]
    measures = squad_measures(rows, answers)
    assert measures == SquadMeasures(3, 1, gold_in_first_quote=0.3333, gold_in_any_quote=0.6667,
                                     answerable_not_found=0.3333, unanswerable_not_found=0.0)
    assert list(measures.to_dict()) == ["answerable", "unanswerable", "gold_in_first_quote", "gold_in_any_quote",
                                        "answerable_not_found", "unanswerable_not_found"]


@pytest.mark.slow
def test_squad_run_reports_answer_in_quote_and_refusals(seed_corpus, tmp_path, capsys):
    folder = tmp_path / "squad"
    folder.mkdir()
    write_jsonl(folder / "corpus.jsonl", [
        {"_id": "Normans#0", "title": "Normans", "text": "The Normans were the people who in the 10th and 11th "
         "centuries gave their name to Normandy, a region in France."},
        {"_id": "Rivers#0", "title": "Rivers", "text": "The Rhine flows from the Swiss Alps to the North Sea."}])
    write_jsonl(folder / "qa.jsonl", [
        {"id": "a", "question": "In what country is Normandy located?", "is_impossible": False,
         "answers": [{"text": "France", "answer_start": 0}]},
        {"id": "b", "question": "Where does the Rhine flow to?", "is_impossible": False,
         "answers": [{"text": "North Sea", "answer_start": 0}]},
        {"id": "c", "question": "What is the recipe for apple pie?", "is_impossible": True, "answers": []}])
    out = tmp_path / "squad.jsonl"
    assert main(["eval", "--squad", str(folder), "--out", str(out), "--corpus", str(seed_corpus),
                 "--index", str(tmp_path / "i")]) == 0
    metrics = json.loads((tmp_path / "squad.metrics.json").read_text())
    assert metrics["gold_in_any_quote"] == 1.0 and metrics["unanswerable_not_found"] == 1.0
    assert metrics["off_topic_not_found"] == 1.0
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b", "c"]
    assert "in any quote 100.0%" in capsys.readouterr().out


def test_eval_needs_exactly_one_input(tmp_path, capsys):
    assert main(["eval", "--out", str(tmp_path / "r.jsonl")]) == 2
    assert "exactly one of" in capsys.readouterr().err


def test_the_near_miss_split_indexes_even_paragraphs_and_keeps_questions_they_do_not_answer():
    from bot.evaluation.benchmarks import near_miss_split, text_document

    documents = [text_document("Rivers#0", "The Rhine flows to the North Sea."),
                 text_document("Rivers#1", "The Danube flows to the Black Sea."),
                 text_document("Rivers#2", "Both rivers carry barges."),
                 text_document("Alps#1", "Mont Blanc is 4,808 metres high.")]

    def row(id, paragraph, answer, impossible=False):
        return {"id": id, "paragraph_id": paragraph, "is_impossible": impossible, "answers": [{"text": answer}]}

    rows = [row("control", "Rivers#0", "North Sea"), row("near", "Rivers#1", "Black Sea"),
            row("answered-elsewhere", "Rivers#1", "barges"), row("impossible", "Rivers#1", "x", impossible=True),
            row("no-corpus-paragraph", "Alps#1", "4,808 metres")]
    split = near_miss_split(documents, rows)
    assert [d.source for d in split.corpus] == ["Rivers#0", "Rivers#2"]
    assert [r["id"] for r in split.control] == ["control"]
    assert [r["id"] for r in split.near_misses] == ["near", "no-corpus-paragraph"]


def test_near_miss_measures_count_refusals_answers_and_the_threshold_trade_off():
    from bot.evaluation.benchmarks import NearMissSplit, near_miss_measures

    def answer(status, similarity, *texts):
        quotes = tuple(Quote(t, "p", 0, len(t), None, None, None, None, "", 1.0) for t in texts)
        return Answer("q", status, "", "", quotes, similarity)

    control_rows = [{"is_impossible": False, "answers": [{"text": "France"}]},
                    {"is_impossible": False, "answers": [{"text": "Alps"}]}]
    split = NearMissSplit([], [{}, {}, {}, {}], control_rows)
    near = [answer("not_found", 0.2), answer("answered", 0.5, "x"), answer("not_found", None),
            answer("answered", 0.45, "y")]
    control = [answer("answered", 0.6, "in France."), answer("not_found", 0.3)]
    measures = near_miss_measures(split, near, control)
    assert (measures.near_misses, measures.control, measures.near_misses_refused) == (4, 2, 0.5)
    assert (measures.control_answered, measures.control_gold_in_any_quote) == (0.5, 0.5)
    at = {t: (refused, answered) for t, refused, answered in measures.trade_off}
    assert at[0.5] == (0.75, 0.5) and at[0.25] == (0.5, 1.0) and at[0.65] == (1.0, 0.0)


def test_near_miss_goes_with_squad_only(tmp_path, capsys):
    assert main(["eval", "q.jsonl", "--near-miss", "--out", str(tmp_path / "r.jsonl")]) == 2
    assert "--near-miss goes with --squad" in capsys.readouterr().err


def test_near_miss_support_trade_off_counts_the_deciding_probability():
    from bot.answer.support import FEATURES, Evidence
    from bot.evaluation.benchmarks import NearMissSplit, near_miss_measures

    def answer(probability, quantity_missing=False):
        features = [0.0] * len(FEATURES)
        features[FEATURES.index("quantity_missing")] = float(quantity_missing)
        evidence = None if probability is None else Evidence(tuple(features), probability, (), ())
        return Answer("q", "not_found", "", "", (), 0.5, evidence)

    split = NearMissSplit([], [{}, {}, {}], [{"is_impossible": False, "answers": [{"text": "x"}]}] * 2)
    near = [answer(None), answer(0.05), answer(0.9, quantity_missing=True)]
    measures = near_miss_measures(split, near, [answer(0.11), answer(0.5)])
    at = {t: (refused, answered) for t, refused, answered in measures.support_trade_off}
    assert at[0.04] == (round(2 / 3, 4), 1.0) and at[0.1] == (1.0, 1.0) and at[0.12] == (1.0, 0.5)
