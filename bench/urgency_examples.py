"""Build the emergency screen's third signal (bot/answer/urgency_examples.npz): the bundled model's sentence vectors of
the labelled development messages, so that a message the phrases and the letters model leave alone is urgent when it
reads much like an emergency someone wrote and much less like any message that was not one.

Data:   the labelled development sets (`BANK_SETS`), each message's vector as the product encodes a
        question (`Embedder.encode`). The blind test sets (`fit_urgency.BLIND`) are never chosen on: only their
        totals are printed.
Rule:   each development set is scored against the examples of the others (how a new writer's wording fares): its
        resemblance to an emergency is the best cosine to an emergency example, and its margin that minus the best
        cosine to any other example. Only messages in which the phrases find no phrase at all and which hold at least
        `safety.MODEL_WORDS` words other than stop words and numbers, and to which the letters model gives at least
        even odds (`examples.EXAMPLE_ODDS`; a development message scored by a model fitted without its set), are read.
        Of the pairs
        (`at`, `margin`) on a 0.05 grid, the one that catches the most development emergencies the phrases and the
        model leave, while adding at most `ADDED_FALSE_URGENT` of the development non-emergencies as false alarms
        (ties to the higher pair). The ordinary public messages of `fit_urgency.ordinary` are reported, never chosen
        on.
Agreeing: the letters model's odds (`agree_odds`), the margin (`agree_margin`) and the least number of words other
        than stop words (`agree_words`) from which a message is an emergency wherever its nearest emergency example
        stands (`ExampleBank.reads_as_emergency`), chosen as `bench/fit_urgency.py` chooses the model's threshold: on
        the calibration sets (`fit_urgency.CALIBRATION`), the triple that catches the most of their emergencies
        while the whole screen keeps every budget of that fit (at most 1% of the calibration sets', of the held-back
        half of dev21's and dev22's non-emergencies and 0.25% of the held-back ordinary messages, made urgent beyond
        the phrases' own), and adding none of the reviewers' everyday messages (the non-emergencies of probes52,
        probes52b, probes58 and probes61, never fitted) to those the screen makes urgent without it; ties to the
        stricter triple. The later blind sets are reported, totals only.

    python bench/urgency_examples.py --shared ../shared [--write]

About a minute (encoding some 10,000 messages, then the public ones); with --write, writes the bank.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import fit_urgency  # noqa: E402
from bench.fit_urgency import (  # noqa: E402
    BLIND, CALIBRATION, DEVELOPMENT, EVERYDAY, REPO, URGENCY_SETS, Fitted, fitted, health_questions, labelled,
    ordinary, training)
from bot.answer.examples import BANK_FILE, CATEGORIES, EXAMPLE_ODDS, ExampleBank  # noqa: E402
from bot.answer.safety import content_words, example_text, find_emergency, normalize  # noqa: E402
from bot.answer.urgency import urgency_model  # noqa: E402
from bot.index.embedding import Embedder  # noqa: E402
from bot.settings import Settings  # noqa: E402

READER = urgency_model()
# A reviewer's messages written against the first version of this signal (ordinary requests about documents in six
# languages, and emergencies in unusual words): the half whose id's sha256 starts with an even byte joins the bank
# (its non-emergencies: without them "what do my blood results mean" was nearest an emergency that began with such a
# request), the other half is reported.
PROBES = "emergencies-probes45"
# The development sets (`fit_urgency.DEVELOPMENT`, probes47 among them) and every set the letters model is fitted on
# besides (`fit_urgency.URGENCY_SETS`; dev17-dev20 and dev23-dev25 added 2026-12-07: bench/README.md, "More writers'
# sets fitted").
BANK_SETS = (*DEVELOPMENT, "emergencies-dev17", "emergencies-dev18", "emergencies-dev19", "emergencies-dev20",
             "emergencies-dev23", "emergencies-dev24", "emergencies-dev25")
REPORTED = (*BLIND, "emergencies-probes41", PROBES, "emergencies-probes45b")
# At most this share of the development non-emergencies made urgent by the examples, scored leave-one-set-out.
ADDED_FALSE_URGENT = 0.001
AT_GRID = np.round(np.arange(0.60, 0.951, 0.05), 2)
MARGIN_GRID = np.round(np.arange(0.0, 0.301, 0.05), 2)


def half(row: dict) -> str:
    """Which half of the probes a row is in: "bank" or "reported", by the sha256 of its id."""
    return ("bank", "reported")[hashlib.sha256(row["id"].encode("utf-8")).digest()[0] % 2]


def read(name: str, part: str | None = None) -> list[dict]:
    path = REPO / "tests" / "data" / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")] if path.exists() else []
    rows = [row for row in rows if part is None or half(row) == part]
    for row in rows:
        row["set"] = name
        row["screened"] = find_emergency(row["message"]) is not None
        row["example"] = example_text(row["message"])
        row["read"] = row["example"] is not None and READER.read(row["example"]).probability >= EXAMPLE_ODDS
    return rows


def odds_left_out(rows: list[dict], shared: Path) -> np.ndarray:
    """For each development row the examples would read, the letters model's probability from a model fitted without
    its set (as `bench/fit_urgency.py` scores them), so that its fit having seen the row does not help; 0 elsewhere."""
    negatives = [normalize(text) for texts in ordinary(shared).values() for text in texts if fitted(text)]
    labelled_sets = {name: labelled(name) for name in URGENCY_SETS}
    odds = np.zeros(len(rows))
    for name in BANK_SETS:
        held = [i for i, row in enumerate(rows) if row["set"] == name and row["example"] is not None]
        if held:
            others = [row for other in URGENCY_SETS if other != name for row in labelled_sets[other]]
            odds[held] = Fitted(*training(others, negatives), 16.0).scores([rows[i]["example"] for i in held])
    return odds


def resemblance(vectors: np.ndarray, bank: np.ndarray, urgent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each vector's best cosine to the bank's emergencies, and to its other examples."""
    similarity = vectors @ bank.T
    return (np.where(urgent, similarity, -1.0).max(axis=1, initial=-1.0),
            np.where(~urgent, similarity, -1.0).max(axis=1, initial=-1.0))


def flagged(best: np.ndarray, other: np.ndarray, read_mask: np.ndarray, at: float, margin: float) -> np.ndarray:
    return read_mask & (best >= at) & (best - other >= margin - 1e-9)


AGREE_ODDS_GRID = np.round(np.arange(0.50, 0.951, 0.05), 2)
AGREE_MARGIN_GRID = np.round(np.arange(0.0, 0.151, 0.01), 2)
AGREE_WORDS_GRID = range(3, 10)
# The reviewers' everyday messages, never fitted nor in the bank, that the agreeing triple may make none of urgent:
# probes52 and probes52b were written against the letters model's everyday words ("tonight", pills), probes58
# without its weights, probes61 against the first agreeing pair.
EVERYDAY_PROBES = (fit_urgency.PROBES[0], "emergencies-probes52", "emergencies-probes52b", "emergencies-probes61")


def agreement(embedder: Embedder, vectors: np.ndarray, urgent: np.ndarray, at: float, margin: float,
              shared: Path) -> tuple[float | None, float | None, int]:
    """The (`agree_odds`, `agree_margin`, `agree_words`) triple chosen on the calibration sets within
    `bench/fit_urgency.py`'s budgets (module docstring), with the blind sets' totals printed; (None, None, 0) when
    none keeps them."""
    # The product's judgement (`ExampleBank.judges`) of each message's nearest examples, read once.
    bank = ExampleBank(vectors[urgent], vectors[~urgent], tuple("" for _ in range(int(urgent.sum()))), at, margin, "")

    def screen(rows: list[dict]) -> list[dict]:
        """Each row's verdicts: the phrases' alone, the screen's before the triple, and what the triple reads."""
        for row in rows:
            row.setdefault("screened", find_emergency(row["message"]) is not None)
            row.setdefault("example", example_text(row["message"]))
            row["alone"] = find_emergency(row["message"], model=False) is not None
            row["odds"] = READER.read(row["example"]).probability if row["example"] else 0.0
            row["words"] = content_words(row["example"]) if row["example"] else 0
            row["found"] = None
        asked = [row for row in rows if not row["screened"] and row["example"] and row["odds"] >= EXAMPLE_ODDS]
        for row, vector in zip(asked, embedder.encode([row["message"] for row in asked]) if asked else []):
            row["found"] = bank.nearest(vector)
            row["screened"] = bank.judges(row["found"], row["odds"], row["words"])
        return rows

    def verdict(rows: list[dict], odds: float, least: float, words: int) -> np.ndarray:
        agreeing = replace(bank, agree_odds=odds, agree_margin=least, agree_words=words)
        return np.array([row["screened"] or row["found"] is not None and agreeing.judges(row["found"], row["odds"],
                                                                                         row["words"])
                         for row in rows], dtype=bool)

    calibration = screen([row for name in CALIBRATION for row in read(name)])
    everyday = screen([row for name in EVERYDAY for row in read(name) if not fitted(row["id"]) and not row["urgent"]])
    probed = screen([row for name in EVERYDAY_PROBES for row in read(name) if not row["urgent"]])
    common = screen([{"message": text, "urgent": False}
                     for texts in (*ordinary(shared).values(), health_questions()) for text in texts
                     if not fitted(text)])
    c_urgent = np.array([row["urgent"] for row in calibration])
    budgets = [(rows, np.array([row["alone"] for row in rows])[mask].mean() + added, mask)
               for rows, added, mask in ((calibration, fit_urgency.ADDED_FALSE_URGENT, ~c_urgent),
                                         (everyday, fit_urgency.ADDED_FALSE_URGENT, np.ones(len(everyday), bool)),
                                         (common, fit_urgency.ORDINARY_BUDGET, np.ones(len(common), bool)))]
    # The reviewers' everyday messages are traps written for the screen: the triple may add none of them.
    budgets.append((probed, np.array([row["screened"] for row in probed]).mean(), np.ones(len(probed), bool)))
    choice, best_key = (None, None, 0), None
    for odds in AGREE_ODDS_GRID:
        for least in AGREE_MARGIN_GRID:
            for words in AGREE_WORDS_GRID:
                if any(verdict(rows, odds, least, words)[mask].mean() > budget + 1e-9
                       for rows, budget, mask in budgets):
                    continue
                caught = verdict(calibration, odds, least, words)
                # Ties to the stricter triple.
                key = (int(caught[c_urgent].sum()), -int(caught[~c_urgent].sum()), odds, least, words)
                if best_key is None or key > best_key:
                    choice, best_key = (float(odds), float(least), int(words)), key
    if choice[0] is None:
        print("agreeing: no triple keeps the budgets")
        return choice
    before = lambda rows: np.array([row["screened"] for row in rows])  # noqa: E731
    after = lambda rows: verdict(rows, *choice)  # noqa: E731
    print(f"agreeing: odds {choice[0]}, margin {choice[1]}, words {choice[2]}: calibration recall "
          f"{100 * before(calibration)[c_urgent].mean():.1f}% -> {100 * after(calibration)[c_urgent].mean():.1f}%, "
          f"false urgent {100 * before(calibration)[~c_urgent].mean():.1f}% -> "
          f"{100 * after(calibration)[~c_urgent].mean():.1f}%; made urgent: everyday held back "
          f"{before(everyday).sum()} -> {after(everyday).sum()} of {len(everyday)}, the reviewers' everyday "
          f"{before(probed).sum()} -> {after(probed).sum()} of {len(probed)}, ordinary held back "
          f"{before(common).sum()} -> {after(common).sum()} of {len(common)}")
    for name in (*(name for name in BLIND if name not in CALIBRATION), "emergencies-probes41", PROBES,
                 "emergencies-probes45b", fit_urgency.PROBES[1]):
        # probes45's half in the bank is never scored.
        rows = screen(read(name, "reported" if name == PROBES else None))
        u = np.array([row["urgent"] for row in rows])
        now = after(rows)
        print(f"  {name} (totals only): recall {100 * before(rows)[u].mean():.1f}% -> {100 * now[u].mean():.1f}%, "
              f"false urgent {100 * before(rows)[~u].mean():.1f}% -> {100 * now[~u].mean():.1f}%")
    return choice


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder holding datasets/")
    parser.add_argument("--write", action="store_true", help=f"write {BANK_FILE.relative_to(REPO)}")
    args = parser.parse_args()
    settings = Settings()
    embedder = Embedder.load(settings.model, settings.precision, settings.backend, settings.question_encoder_dir())
    rows = [row for name in BANK_SETS for row in read(name)]
    rows += [{**row, "set": "probes"} for row in read(PROBES, "bank") if not row["urgent"]]
    vectors = embedder.encode([row["message"] for row in rows])
    urgent = np.array([row["urgent"] for row in rows])
    sets = np.array([row["set"] for row in rows])
    screened = np.array([row["screened"] for row in rows])
    read_mask = odds_left_out(rows, args.shared) >= EXAMPLE_ODDS

    best, other = np.zeros(len(rows)), np.zeros(len(rows))
    for name in BANK_SETS:
        held = sets == name
        if held.any():
            best[held], other[held] = resemblance(vectors[held], vectors[~held], urgent[~held])
    scored = sets != "probes"  # the probes' half in the bank is never scored
    left = ~screened & scored
    budget = ADDED_FALSE_URGENT * (~urgent & scored).sum()
    choice, caught = None, -1
    for at in AT_GRID:
        for margin in MARGIN_GRID:
            added = flagged(best, other, read_mask, at, margin) & left
            if (added & ~urgent).sum() <= budget and (added & urgent).sum() >= caught:
                choice, caught = (float(at), float(margin)), int((added & urgent).sum())
    at, margin = choice
    added = flagged(best, other, read_mask, at, margin) & left
    print(f"chosen: at {at}, margin {margin}: development (leave one set out) recall "
          f"{100 * screened[urgent].mean():.1f}% -> {100 * (screened | added)[urgent].mean():.1f}% "
          f"(+{(added & urgent).sum()}), false urgent {100 * screened[~urgent & scored].mean():.2f}% -> "
          f"{100 * (screened | added)[~urgent & scored].mean():.2f}% (+{(added & ~urgent).sum()}); "
          f"{(~scored).sum()} of the probes' messages in the bank")
    for name in BANK_SETS:
        held = sets == name
        if held.any():
            print(f"  {name}: +{(added & held & urgent).sum()} caught, +{(added & held & ~urgent).sum()} false")

    for name in REPORTED:
        test = read(name, "reported" if name == PROBES else None)
        if not test:
            continue
        t_vectors = embedder.encode([row["message"] for row in test])
        t_best, t_other = resemblance(t_vectors, vectors, urgent)
        t_urgent = np.array([row["urgent"] for row in test])
        t_screened = np.array([row["screened"] for row in test])
        t_added = flagged(t_best, t_other, np.array([row["read"] for row in test]), at, margin) & ~t_screened
        now = t_screened | t_added
        print(f"{name} (totals only): recall {100 * t_screened[t_urgent].mean():.1f}% -> "
              f"{100 * now[t_urgent].mean():.1f}%, false urgent {100 * t_screened[~t_urgent].mean():.1f}% -> "
              f"{100 * now[~t_urgent].mean():.1f}%")
    for name, texts in ordinary(args.shared).items():
        o_best, o_other = resemblance(embedder.encode(texts), vectors, urgent)
        o_read = np.array([(text_read := example_text(text)) is not None and find_emergency(text) is None
                           and READER.read(text_read).probability >= EXAMPLE_ODDS for text in texts])
        print(f"{name} (never chosen on): {flagged(o_best, o_other, o_read, at, margin).sum()} of {len(texts)} urgent")

    # Chosen against the vectors as the product reads them from the file (stored as float16).
    agree_odds, agree_margin, agree_words = agreement(embedder, vectors.astype(np.float16).astype(np.float32), urgent,
                                                      at, margin, args.shared)

    if args.write:
        category = np.array([CATEGORIES.index(row["category"]) if row["urgent"] else 0 for row in rows],
                            dtype=np.uint8)
        facts = {"at": at, "margin": margin, "agree_odds": agree_odds, "agree_margin": agree_margin,
                 "agree_words": agree_words,
                 "model_hash": embedder.model_hash, "sets": list(BANK_SETS),
                 "command": "python bench/urgency_examples.py --shared ../shared --write",
                 "rule": f"leave one set out; the most development emergencies caught beyond the phrases and the model "
                         f"with at most {ADDED_FALSE_URGENT:.1%} of the development non-emergencies added; agreeing "
                         f"chosen on {', '.join(CALIBRATION)} within bench/fit_urgency.py's budgets"}
        np.savez_compressed(BANK_FILE, vectors=vectors.astype(np.float16), urgent=urgent, category=category,
                            facts=np.array(json.dumps(facts)))
        print(f"wrote {BANK_FILE.relative_to(REPO)} ({BANK_FILE.stat().st_size / 1e6:.1f} MB, {len(rows)} examples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
