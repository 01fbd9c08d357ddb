"""Measure the bundled model, fine-tuned to tell an emergency happening now from a story, a what-if, a past event or
a mention, as a last look that drops the emergency screen's urgent verdicts (not kept: bench/README.md, "A fine-tuned
last look, measured and not kept").

Model:  the bundled all-MiniLM-L6-v2 with a linear head on its mean-pooled tokens; its token embeddings (half its
        weights) kept, its six layers fine-tuned (binary cross-entropy, classes balanced, AdamW 4e-5, 2 epochs,
        batches of 32, seed 0), on the development sets' messages as written (`fit_urgency.DEVELOPMENT`) and the
        fitted half of the ordinary public messages. Four in ten development messages are also given once more inside
        a request to a document assistant (`REQUESTS`: "is this serious? ...", "..., can you check the leaflet?"),
        with their own label: without them the model read such a request as no emergency.
Rule:   the veto drops an urgent verdict whose kinds are not spared (`SPARED`: suicide, poisoning) below a
        probability. The development sets alternate between two folds, each scored by a model fitted on the other;
        the folds' threshold is the lowest probability any development emergency the screen catches (phrases and
        letters model) with kinds it may drop gets, rounded down to 0.001. The model fitted on every development set
        reads with more certainty: its threshold is at most half the lowest probability it gives an emergency of the
        earlier reviewers' probes (`EARLIER_PROBES`, never fitted) that the screen catches and it may drop.
Prints: the screen's recall / false urgent on the blind sets and the probes, without the veto, with the two folds'
        mean at the folds' threshold, and with the final model at its own threshold and at the folds'.

    python bench/urgency_finetune.py --shared ../shared

About 25 minutes on two cores (three fine-tunings).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fit_urgency import BLIND, DEVELOPMENT, REPO, fitted, ordinary  # noqa: E402
from bot.answer.safety import find_emergency  # noqa: E402
from bot.evaluation.emergencies import read_labelled, screen_messages  # noqa: E402
from bot.settings import Settings  # noqa: E402

# Reviewers' messages never fitted: the earlier ones choose the final model's threshold.
EARLIER_PROBES = ("emergencies-probes41", "emergencies-probes45", "emergencies-probes45b", "emergencies-review47")
PROBES = ("emergencies-probes49", *EARLIER_PROBES)
EPOCHS, RATE, BATCH, LONGEST_TOKENS = 2, 4e-5, 32, 96
FROZEN = 0  # layers kept as the bundled model's, besides its embeddings
# Kinds of emergency the veto never drops: the cost of a miss is highest there, and the model's lowest scores on real
# emergencies were there ("what if I just kill myself, ... can you find the life insurance policy").
SPARED = frozenset({"suicide", "poisoning"})
REQUESTED = 0.4  # the share of development messages also given inside a request

# Requests to a document assistant around a message ("{m}"), in the message's language.
REQUESTS = {
    "en": ["{m}, can you check the leaflet?", "is this serious? {m}", "{m} what does the document say",
           "what should I ask the doctor? {m}", "{m}. is that normal?", "quick question - {m}",
           "{m}, can you look in my notes", "how do I know if it's bad? {m}",
           "{m} what do the guidelines say about this", "not sure if I'm overreacting but {m}"],
    "es": ["{m}, ¿puedes mirar el prospecto?", "¿es grave? {m}", "{m} ¿qué dice el documento?",
           "¿qué le pregunto al médico? {m}", "{m}, ¿es normal?", "no sé si exagero pero {m}"],
    "de": ["{m}, kannst du im Beipackzettel nachsehen?", "ist das schlimm? {m}", "{m} was steht im Dokument?",
           "was soll ich den Arzt fragen? {m}", "{m}, ist das normal?", "weiß nicht ob ich übertreibe, aber {m}"],
    "fr": ["{m}, tu peux regarder la notice ?", "c'est grave ? {m}", "{m} que dit le document ?",
           "que dois-je demander au médecin ? {m}", "{m}, c'est normal ?", "je sais pas si j'exagère mais {m}"],
    "it": ["{m}, puoi controllare il foglietto?", "è grave? {m}", "{m} cosa dice il documento?",
           "cosa chiedo al medico? {m}", "{m}, è normale?", "non so se esagero ma {m}"],
    "pt": ["{m}, pode ver a bula?", "é grave? {m}", "{m} o que diz o documento?", "o que pergunto ao médico? {m}",
           "{m}, é normal?", "não sei se estou exagerando mas {m}"],
}


def rows_of(name: str) -> list[dict]:
    """A labelled set's rows, each with the kinds the screen (phrases and letters model) finds."""
    rows = [json.loads(line) for line in (REPO / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8")]
    for row in rows:
        found = find_emergency(row["message"])
        row["kinds"] = found.kinds if found else ()
    return rows


def training(rows: list[dict], negatives: list[str]) -> tuple[list[str], np.ndarray]:
    """Texts and labels: the rows, some of them again inside a request, then the ordinary messages."""
    rng = random.Random(1)
    texts, urgent = [row["message"] for row in rows], [row["urgent"] for row in rows]
    for row in rows:
        if rng.random() < REQUESTED and row["language"] in REQUESTS:
            texts.append(rng.choice(REQUESTS[row["language"]]).format(m=row["message"].rstrip(" .!?")))
            urgent.append(row["urgent"])
    return texts + negatives, np.array(urgent + [False] * len(negatives))


class Tuned:
    """The bundled model with a linear head, fine-tuned on labelled texts."""

    def __init__(self, texts: list[str], urgent: np.ndarray):
        import torch
        from transformers import AutoModel, AutoTokenizer

        from bot.index.embedding import BUNDLED_NAMES, resolve_model_path

        path = resolve_model_path(BUNDLED_NAMES[0])
        torch.manual_seed(0)
        rng = random.Random(0)
        self.torch, self.tokenizer = torch, AutoTokenizer.from_pretrained(path)
        self.model, self.head = AutoModel.from_pretrained(path), torch.nn.Linear(384, 1)
        for part in (self.model.embeddings, *self.model.encoder.layer[:FROZEN]):
            part.requires_grad_(False)
        labels = urgent.astype(np.float32)
        weights = np.where(urgent, 0.5 / urgent.mean(), 0.5 / (1 - urgent.mean())).astype(np.float32)
        trained = [p for p in self.model.parameters() if p.requires_grad]
        optimiser = torch.optim.AdamW([*trained, *self.head.parameters()], lr=RATE, weight_decay=0.01)
        steps = EPOCHS * -(-len(texts) // BATCH)
        schedule = torch.optim.lr_scheduler.LambdaLR(optimiser,
                                                     lambda step: min(1, (step + 1) / 50) * max(0.0, 1 - step / steps))
        self.model.train()
        order = list(range(len(texts)))
        for _ in range(EPOCHS):
            rng.shuffle(order)
            batches = []
            for start in range(0, len(order), 50 * BATCH):  # texts of like length together, for speed
                part = sorted(order[start:start + 50 * BATCH], key=lambda i: len(texts[i]))
                batches += [part[k:k + BATCH] for k in range(0, len(part), BATCH)]
            rng.shuffle(batches)
            for batch in batches:
                logits = self._logits([texts[i] for i in batch])
                loss = (torch.nn.functional.binary_cross_entropy_with_logits(
                    logits, torch.tensor(labels[batch]), reduction="none") * torch.tensor(weights[batch])).mean()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(trained, 1.0)
                optimiser.step()
                schedule.step()
                optimiser.zero_grad()
        self.model.eval()

    def save(self, path: Path, facts: dict) -> None:
        """The fine-tuned layers and the head, in float16, as safetensors (no pickle), with `facts` as metadata."""
        from safetensors.torch import save_file

        tensors = {f"encoder.{key}": value.detach().to(self.torch.float16).contiguous()
                   for key, value in self.model.encoder.state_dict().items()}
        tensors |= {f"head.{key}": value.detach().to(self.torch.float32).contiguous()
                    for key, value in self.head.state_dict().items()}
        save_file(tensors, str(path), metadata={key: json.dumps(value) for key, value in facts.items()})

    def _logits(self, texts: list[str]):
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=LONGEST_TOKENS,
                               return_tensors="pt")
        tokens = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return self.head((tokens * mask).sum(1) / mask.sum(1)).squeeze(-1)

    def scores(self, texts: list[str]) -> np.ndarray:
        """The probability of an emergency for each text."""
        out = np.zeros(len(texts))
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with self.torch.no_grad():
            for start in range(0, len(order), 64):
                batch = order[start:start + 64]
                out[batch] = self.torch.sigmoid(self._logits([texts[i] for i in batch])).numpy()
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder holding datasets/")
    parser.add_argument("--also", nargs="*", default=[], help="more labelled sets to fit on (names in tests/data)")
    parser.add_argument("--scores", type=Path, help="write every labelled set's scores (the folds' mean, the final "
                                                    "model's) to this JSON file")
    parser.add_argument("--write", type=Path, help="write the final model's weights (safetensors) here")
    args = parser.parse_args()

    development = (*DEVELOPMENT, *args.also)
    sets = {name: rows_of(name) for name in development}
    negatives = [text for texts in ordinary(args.shared).values() for text in texts if fitted(text)]
    folds = (development[0::2], development[1::2])
    held_rows, held_scores, models = [], [], []
    for held in folds:
        model = Tuned(*training([row for name in development if name not in held for row in sets[name]], negatives))
        rows = [row for name in held for row in sets[name]]
        held_rows += rows
        held_scores.append(model.scores([row["message"] for row in rows]))
        models.append(model)
        print(f"fold of {len(held)} sets fitted", flush=True)
    scores = np.concatenate(held_scores)
    droppable = np.array([bool(row["kinds"]) and not SPARED.intersection(row["kinds"]) for row in held_rows])
    urgent = np.array([row["urgent"] for row in held_rows])
    below = math.floor(1000 * scores[droppable & urgent].min()) / 1000
    print(f"the folds' threshold {below} (the lowest of {int((droppable & urgent).sum())} development emergencies it "
          f"may drop: {scores[droppable & urgent].min():.4f}); development false alarms it drops: "
          f"{int((droppable & ~urgent & (scores < below)).sum())} of {int((droppable & ~urgent).sum())}")

    final = Tuned(*training([row for name in development for row in sets[name]], negatives))
    probes = [row for name in EARLIER_PROBES for row in rows_of(name)
              if row["urgent"] and row["kinds"] and not SPARED.intersection(row["kinds"])]
    lowest = float(final.scores([row["message"] for row in probes]).min())
    final_below = min(below, math.floor(1000 * lowest / 2) / 1000)
    print(f"the final model's threshold {final_below} (half the lowest of the earlier probes' emergencies it may "
          f"drop: {lowest:.5f})")
    if args.write:
        final.save(args.write, {"fitted_on": list(development), "folds_threshold": below,
                                "final_threshold": final_below, "spared": sorted(SPARED)})

    print("\nrecall / false urgent: the screen; with the folds' mean at the folds' threshold; with the final model at "
          "its threshold; at the folds'")
    settings = Settings()
    for name in BLIND + PROBES:
        rows = read_labelled(REPO / "tests" / "data" / f"{name}.jsonl")
        messages = [row.message for row in rows]
        screenings = screen_messages(messages, settings)
        truth = np.array([row.urgent for row in rows])
        flagged = np.array([s.status == "urgent" for s in screenings])
        vetoable = flagged & np.array([not SPARED.intersection(s.kinds) for s in screenings])
        mean = (models[0].scores(messages) + models[1].scores(messages)) / 2
        alone = final.scores(messages)
        cells = [f"{100 * kept[truth].mean():.1f} / {100 * kept[~truth].mean():.1f}"
                 for kept in (flagged, flagged & ~(vetoable & (mean < below)),
                              flagged & ~(vetoable & (alone < final_below)), flagged & ~(vetoable & (alone < below)))]
        print(f"  {name}: " + "; ".join(cells), flush=True)
    if args.scores:
        fold_of = {name: k for k, held in enumerate(folds) for name in held}
        out = {}
        for path in sorted((REPO / "tests" / "data").glob("emergencies*.jsonl")):
            rows = [json.loads(line) for line in path.open(encoding="utf-8")]  # dev9's rows carry no kinds
            messages = [row["message"] for row in rows]
            held = fold_of.get(path.stem)
            # a set fitted on is scored by the fold model that never saw it; any other by the folds' mean
            mean = (models[held].scores(messages) if held is not None
                    else (models[0].scores(messages) + models[1].scores(messages)) / 2)
            out[path.stem] = {"ids": [row.get("id", str(i)) for i, row in enumerate(rows)], "folds": [round(float(x), 6) for x in mean],
                              "final": [round(float(x), 6) for x in final.scores(messages)]}
        args.scores.write_text(json.dumps({"folds": [list(f) for f in folds], "sets": out}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
