"""The question encoder kept as an OpenVINO IR: the torch model's vectors, made once and reused, and torch again
(with a one-line warning) whenever it cannot be used."""

from __future__ import annotations

import json
import logging
import random
import shutil
import string

import numpy as np
import pytest

from bot.index import ir_encoder
from bot.index.embedding import Embedder, model_facts, resolve_model_path
from bot.index.ir_encoder import CacheUnusable, IrQuestions, cache_folder
from tests.support import SHARED

SQUAD = SHARED / "datasets" / "squad2-dev-half" / "qa.jsonl"
SCIFACT = SHARED / "datasets" / "scifact" / "queries_test.jsonl"


@pytest.fixture(scope="module")
def kept(embedder, tmp_path_factory):
    """One question encoder converted from the session's model, for the whole module."""
    root = tmp_path_factory.mktemp("question-encoder")
    ir_encoder.save(embedder.model, root, embedder.model_hash, model_facts(embedder.model))
    return root


@pytest.fixture
def copy_of(kept, tmp_path):
    """A copy of the kept encoder's root, to damage."""
    root = tmp_path / "question-encoder"
    shutil.copytree(kept, root)
    return root


def varied_questions(count: int, seed: int = 28) -> list[str]:
    """Questions of every shape a user types: short and long (past the model's 256-token window), accents, other
    scripts, emoji, digits and units, odd spacing and punctuation, and next to nothing at all."""
    rng = random.Random(seed)
    words = ("magnesium restless legs syndrome sleep iron dose pregnancy night muscle cramps vitamin doctor "
             "deficiency supplement symptoms cause treatment children kidney blood test").split()
    foreign = ["¿Puede el magnesio ayudar?", "Magnésium et jambes sans repos ?", "Hilft Magnesium bei Wadenkrämpfen?",
               "マグネシウムは役に立ちますか", "镁对不宁腿综合征有帮助吗？", "Может ли магний помочь?",
               "هل يساعد المغنيسيوم؟", "Ο μαγνήσιο βοηθά;", "मैग्नीशियम मदद करता है?", "💊🦵 magnesium? 😴",
               "naïve café résumé façade coöperate", "Zeit​genössische\u00a0Frage\u200d?"]
    empty_ish = ["", " ", "?", "\n\t", "...", "\u200b", "a", "0", "–", "¿?"]
    out = list(empty_ish) + list(foreign)
    while len(out) < count:
        kind = rng.choices(range(6), weights=(1, 1, 6, 4, 4, 8))[0]  # a long question in twelve
        if kind == 0:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(600, 900)))  # far past the window
        elif kind == 1:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(200, 300)))  # around the window
        elif kind == 2:
            text = f"{rng.choice(foreign)} {' '.join(rng.choice(words) for _ in range(rng.randint(1, 12)))}"
        elif kind == 3:
            text = "".join(rng.choice(string.printable) for _ in range(rng.randint(1, 80)))
        elif kind == 4:
            text = f"How many mg of {rng.choice(words)} per {rng.randint(1, 99)} kg, at {rng.random():.2f}%?"
        else:
            opening = rng.choice(["What", "Why", "Can", "Does", "WHO"])
            text = f"{opening} {' '.join(rng.sample(words, rng.randint(1, 8)))}?"
        out.append(text)
    return out


def assert_same_as_torch(questions: list[str], kept_root, embedder) -> None:
    questions_ir = IrQuestions.open(kept_root, embedder.model_hash)
    wanted = embedder.encode(questions)  # torch, float32
    for batch in (64, 1):  # batches padded to their longest question, and each question alone
        got = questions_ir.encode(questions if batch == 64 else questions[:200], batch_size=batch)
        cosines = np.sum(got * wanted[:len(got)], axis=1)
        worst = int(cosines.argmin())
        # 0.9999 is the promise; float32 gives 0.99999 and more, bfloat16 (OpenVINO's default on a CPU with it)
        # about 0.99994 at worst: the tighter bound shows the computation really is float32.
        assert cosines.min() >= 0.99999, f"{questions[worst][:80]!r}: cosine {cosines[worst]:.7f}"


@pytest.mark.slow
def test_questions_get_the_torch_models_vectors(kept, embedder):
    assert_same_as_torch(varied_questions(2000), kept, embedder)


@pytest.mark.slow
@pytest.mark.skipif(not SQUAD.exists() or not SCIFACT.exists(), reason="needs ../shared/datasets (SQuAD, SciFact)")
def test_public_benchmark_questions_get_the_torch_models_vectors(kept, embedder):
    rng = random.Random(28)
    with open(SQUAD, encoding="utf-8") as handle:
        squad = [json.loads(line)["question"] for line in handle]
    with open(SCIFACT, encoding="utf-8") as handle:
        scifact = [json.loads(line)["text"] for line in handle]
    assert_same_as_torch(rng.sample(squad, 2000) + scifact, kept, embedder)


def test_word_vectors_match_those_of_the_torch_tokenizer(kept, embedder):
    kept_embedder = Embedder(None, embedder.name, embedder.model_hash, "float32", "auto",
                             IrQuestions.open(kept, embedder.model_hash), path=kept)
    words = ["pregnancy", "pregnant", "magnesium", "Ünïcödé", "質問", "", "restless-legs", "x" * 300]
    np.testing.assert_array_equal(kept_embedder.words(words), embedder.words(words))


def test_an_embedder_made_from_a_kept_encoder_knows_what_the_index_needs(kept, embedder):
    kept_embedder = Embedder(None, embedder.name, embedder.model_hash, "auto", "auto",
                             IrQuestions.open(kept, embedder.model_hash), path=kept)
    torch_embedder = Embedder(embedder.model, embedder.name, embedder.model_hash, "auto", "auto")
    for name in ("dimension", "max_tokens", "pools_spans", "passage_precision"):
        assert getattr(kept_embedder, name) == getattr(torch_embedder, name), name
    assert kept_embedder.question_backend == "openvino-ir" and torch_embedder.question_backend == "torch"


def test_a_kept_encoder_is_reused_not_converted_again(copy_of, embedder, monkeypatch):
    folder = cache_folder(copy_of, embedder.model_hash)
    made = (folder / ir_encoder.MODEL_BIN).stat().st_mtime_ns

    def refused(*args, **kwargs):
        raise AssertionError("converted again")

    monkeypatch.setattr(ir_encoder, "save", refused)
    monkeypatch.setattr("bot.index.embedding._load_sentence_transformer", refused)  # nor torch loaded
    loaded = Embedder.load(embedder.name, "float32", "auto", cache=copy_of)
    assert loaded.question_backend == "openvino-ir"
    assert (folder / ir_encoder.MODEL_BIN).stat().st_mtime_ns == made
    vectors = loaded.encode(["Can magnesium help restless legs?"])
    assert float(vectors[0] @ embedder.encode(["Can magnesium help restless legs?"])[0]) >= 0.9999


def _flip_bytes(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(255 - b for b in data[middle:middle + 64])
    path.write_bytes(bytes(data))


DAMAGES = {
    "weights changed": lambda folder: _flip_bytes(folder / ir_encoder.MODEL_BIN),
    "weights cut short": lambda folder: (folder / ir_encoder.MODEL_BIN).write_bytes(b"\0" * 100),
    "graph missing": lambda folder: (folder / ir_encoder.MODEL_XML).unlink(),
    "tokenizer garbage": lambda folder: (folder / ir_encoder.TOKENIZER).write_text("{not json"),
    "word table changed": lambda folder: _flip_bytes(folder / ir_encoder.WORDS),
    "profile garbage": lambda folder: (folder / ir_encoder.PROFILE).write_text("[]"),
    "profile naming a file elsewhere": lambda folder: (folder / ir_encoder.PROFILE).write_text(json.dumps(
        {**json.loads((folder / ir_encoder.PROFILE).read_text()), "files": {"../../../etc/hostname": "0"}})),
    "profile of another format": lambda folder: (folder / ir_encoder.PROFILE).write_text(
        json.dumps({**json.loads((folder / ir_encoder.PROFILE).read_text()), "format": 0})),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_encoder_is_refused_saying_why(copy_of, embedder, damage):
    DAMAGES[damage](cache_folder(copy_of, embedder.model_hash))
    with pytest.raises(CacheUnusable):
        IrQuestions.open(copy_of, embedder.model_hash)


def test_no_encoder_yet_is_not_an_error(tmp_path, embedder):
    assert IrQuestions.open(tmp_path, embedder.model_hash) is None
    assert IrQuestions.open(tmp_path / "missing", embedder.model_hash) is None


def test_probe_vectors_that_disagree_are_refused(copy_of, embedder):
    profile_path = cache_folder(copy_of, embedder.model_hash) / ir_encoder.PROFILE
    profile = json.loads(profile_path.read_text())
    profile["probes"][0] = list(np.roll(profile["probes"][0], 1))
    profile_path.write_text(json.dumps(profile))
    with pytest.raises(CacheUnusable, match="differ"):
        IrQuestions.open(copy_of, embedder.model_hash)


def test_a_damaged_encoder_falls_back_to_torch_with_one_warning(copy_of, embedder, monkeypatch, caplog):
    _flip_bytes(cache_folder(copy_of, embedder.model_hash) / ir_encoder.MODEL_BIN)

    def failing(*args, **kwargs):
        raise OSError("Read-only file system")

    monkeypatch.setattr(ir_encoder, "save", failing)  # and saving it again fails too
    with caplog.at_level(logging.WARNING, logger="bot.index.embedding"):
        loaded = Embedder.load(embedder.name, "float32", "auto", cache=copy_of)
    notes = [record.getMessage() for record in caplog.records]
    assert len(notes) == 2 and "cannot be used" in notes[0] and "Read-only" in notes[1], notes
    assert all("\n" not in note for note in notes)
    assert loaded.question_backend == "torch"
    question = ["Can magnesium help restless legs?"]
    np.testing.assert_array_equal(loaded.encode(question), embedder.encode(question))


def test_an_encoder_failing_at_run_time_hands_questions_to_torch(kept, embedder, caplog):
    questions = IrQuestions.open(kept, embedder.model_hash)
    loaded = Embedder(None, embedder.name, embedder.model_hash, "float32", "auto", questions,
                      path=resolve_model_path(embedder.name))

    def broken(*args, **kwargs):
        raise RuntimeError("Exception from src/inference/src/cpp/infer_request.cpp:\nsomething\nbroke")

    questions.encode = broken
    with caplog.at_level(logging.WARNING, logger="bot.index.embedding"):
        vectors = loaded.encode(["Why?"])
    assert [r.getMessage().count("\n") for r in caplog.records] == [0]
    assert loaded.question_backend == "torch"
    np.testing.assert_array_equal(vectors, embedder.encode(["Why?"]))
