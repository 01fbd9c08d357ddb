"""Text and span vectors from the real model."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from bot.index.torch_encoder import pool_spans
from tests.support import assert_same_vectors

TEXT = "Magnesium is found in nuts, seeds and leafy greens. The striker scored twice in the final minutes."


def test_span_vectors_come_from_the_same_pass_as_the_text_vector(embedder):
    first = TEXT.index(".") + 1
    second = TEXT.index("The")
    vectors, spans = embedder.encode_spans([TEXT, "Short."], [[(0, first), (second, len(TEXT))], []])
    np.testing.assert_allclose(vectors, embedder.encode_passages([TEXT, "Short."]), atol=1e-5)
    assert spans[0].shape == (2, embedder.dimension) and spans[1].shape == (0, embedder.dimension)
    assert np.allclose(np.linalg.norm(spans[0], axis=1), 1.0, atol=1e-5)
    alone = embedder.encode_passages([TEXT[:first], TEXT[second:]])
    similarity = spans[0] @ alone.T
    # Each span reads most like its own sentence encoded alone, not like its neighbour.
    assert similarity[0, 0] > similarity[0, 1] and similarity[1, 1] > similarity[1, 0]
    assert similarity[0, 0] > 0.7 and similarity[1, 1] > 0.7


def test_a_span_pools_the_tokens_it_overlaps_and_never_special_tokens():
    tokens = np.array([[9.0, 9.0], [1.0, 0.0], [0.0, 1.0], [0.0, 3.0], [9.0, 9.0], [5.0, 5.0]])
    mask = np.array([True, True, True, True, True, False])  # the last row is padding
    offsets = np.array([[0, 0], [0, 4], [5, 9], [9, 12], [0, 0], [0, 0]])  # [CLS] w1 w2 w3 [SEP] pad
    pooled = pool_spans(tokens, mask, offsets, [(0, 4), (6, 12), (20, 30)])
    np.testing.assert_allclose(pooled[0], [1.0, 0.0])
    np.testing.assert_allclose(pooled[1], [0.0, 1.0])
    whole = tokens[mask].mean(axis=0)
    np.testing.assert_allclose(pooled[2], whole / np.linalg.norm(whole), rtol=1e-6)  # beyond the window


def test_document_texts_in_bfloat16_round_but_questions_stay_float32(embedder):
    from bot.index.embedding import Embedder

    texts = [TEXT, "Short.", "Restless legs syndrome causes an urge to move the legs at night."]
    full = Embedder(embedder.model, embedder.name, embedder.model_hash, "float32")
    half = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16")
    exact, rounded = full.encode_passages(texts), half.encode_passages(texts)
    assert rounded.dtype == np.float32 and not np.allclose(rounded, exact, atol=1e-6)  # bfloat16 really ran
    assert np.sum(rounded * exact, axis=1).min() > 0.999
    np.testing.assert_array_equal(half.encode(texts), full.encode(texts))
    vectors, spans = half.encode_spans([TEXT], [[(0, TEXT.index(".") + 1)]])
    np.testing.assert_allclose(vectors, half.encode_passages([TEXT]), atol=1e-5)
    assert not np.allclose(vectors, full.encode_passages([TEXT]), atol=1e-6)


def test_questions_skip_encodes_bookkeeping_but_get_its_exact_vectors(embedder, monkeypatch):
    model = embedder.model
    questions = ["Can magnesium help restless legs?", "Why?", TEXT]  # lengths differ: one padded batch
    wanted = model.encode(questions, normalize_embeddings=True)

    def refused(*args, **kwargs):
        raise AssertionError("a batch of questions went through SentenceTransformer.encode")

    monkeypatch.setattr(model, "encode", refused)
    np.testing.assert_allclose(embedder.encode(questions), wanted, atol=1e-6)
    monkeypatch.undo()
    assert embedder.encode(questions * 30, batch_size=64).shape == (90, embedder.dimension)  # more: encode sorts


def test_a_model_with_a_default_prompt_encodes_questions_with_it(embedder, monkeypatch):
    from bot.index.embedding import Embedder

    model = embedder.model
    question = "Can magnesium help restless legs?"
    plain = embedder.encode([question])[0]
    monkeypatch.setattr(model, "prompts", {"query": "query: "})
    monkeypatch.setattr(model, "default_prompt_name", "query")
    vector = Embedder(model, embedder.name, embedder.model_hash).encode([question])[0]
    np.testing.assert_allclose(vector, model.encode(["query: " + question], normalize_embeddings=True,
                                                    prompt="")[0], atol=1e-6)
    assert float(vector @ plain) < 0.9999


def test_auto_precision_is_bfloat16_only_where_the_cpu_has_it(monkeypatch):
    import bot.index.embedding
    from bot.errors import ModelError

    for native, wanted in ((True, "bfloat16"), (False, "float32")):
        monkeypatch.setattr(bot.index.embedding, "native_bfloat16", lambda: native)
        assert bot.index.embedding.passage_precision("auto") == wanted
        assert bot.index.embedding.passage_precision("float32") == "float32"
        assert bot.index.embedding.passage_precision("bfloat16") == "bfloat16"
    with pytest.raises(ModelError, match="VERBATIM_PRECISION"):
        bot.index.embedding.passage_precision("half")


def test_the_precision_setting_reaches_the_model_and_is_recorded_without_forcing_a_rebuild(seed_settings):
    import dataclasses

    from bot import Bot
    from bot.index.refresh import open_index

    bot = Bot.open(dataclasses.replace(seed_settings, precision="float32"))
    assert bot.embedder.passage_precision == "float32" and bot.store.manifest.precision == "float32"
    other = type(bot.embedder)(bot.embedder.model, bot.embedder.name, bot.embedder.model_hash, "bfloat16")
    store, report = open_index(seed_settings, other)
    assert not report.rebuilt and store.manifest.precision == "float32"


def test_bfloat16_batches_are_padded_to_a_multiple_of_8_within_the_window(embedder):
    from bot.index.torch_encoder import padding

    assert padding("bfloat16", 256) == {"pad_to_multiple_of": 8} and padding("float32", 256) == {}
    assert padding("bfloat16", 250) == {}  # 256 would run past a 250-token window
    ids = embedder.model.tokenizer(["one two three", "four"], padding=True, truncation=True,
                                   max_length=embedder.model.max_seq_length, **padding("bfloat16", 256))["input_ids"]
    assert [len(row) for row in ids] == [8, 8]


def _texts(count: int) -> list[str]:
    words = TEXT.split()
    return [" ".join(words[i % 7:i % 7 + 3 + i % 11]) + f" {i}." for i in range(count)]


@pytest.mark.skipif("not __import__('bot.index.embedding').index.embedding.native_bfloat16()",
                    reason="OpenVINO runs only where the CPU has native bfloat16; this one has not")
def test_openvino_takes_over_large_batches_of_document_texts_with_the_same_vectors(embedder, monkeypatch):
    import bot.index.openvino_encoder
    from bot.index.embedding import Embedder

    monkeypatch.setattr(bot.index.openvino_encoder, "OPENVINO_MIN_TEXTS", 50)
    texts = _texts(80)
    torch_only = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "torch")
    auto = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "auto")
    assert auto.passage_backend == "openvino"
    expected = torch_only.encode_passages(texts)
    auto.encode_passages(texts[:49])
    assert auto.openvino_seconds is None  # too few texts to pay for converting
    vectors = auto.encode_passages(texts)
    assert auto.openvino_seconds is not None and torch_only.openvino_seconds is None
    assert sys.modules["openvino_telemetry"] is None  # the converter's usage reports (network) stay off
    assert vectors.shape == expected.shape and vectors.dtype == np.float32
    assert not np.array_equal(vectors, expected)  # OpenVINO really ran
    cosines = np.sum(vectors * expected, axis=1)
    assert cosines.min() > 0.9999, f"text {int(cosines.argmin())}: cosine {cosines.min():.6f}"
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    small = auto.encode_passages(texts[:3])  # once converted, every call of document texts goes there
    np.testing.assert_allclose(small, vectors[:3], atol=2e-3)
    np.testing.assert_array_equal(auto.encode(texts[:3]), torch_only.encode(texts[:3]))  # questions: torch, float32


@pytest.mark.skipif("not __import__('bot.index.embedding').index.embedding.native_bfloat16()",
                    reason="OpenVINO runs only where the CPU has native bfloat16; this one has not")
def test_openvino_pools_spans_in_the_same_pass_as_torch_does(embedder, monkeypatch):
    import bot.index.openvino_encoder
    from bot.index.embedding import Embedder

    monkeypatch.setattr(bot.index.openvino_encoder, "OPENVINO_MIN_TEXTS", 50)
    texts = _texts(40)
    spans = [[(0, text.index(" ")), (text.index(" ") + 1, len(text))] for text in texts]  # 80 spans: 120 vectors
    torch_only = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "torch")
    auto = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "auto")
    expected, expected_spans = torch_only.encode_spans(texts, spans)
    vectors, span_vectors = auto.encode_spans(texts, spans)
    assert auto.openvino_seconds is not None  # OpenVINO converted and ran
    assert not np.array_equal(vectors, expected)
    assert_same_vectors(vectors, expected)
    assert_same_vectors(np.concatenate(span_vectors), np.concatenate(expected_spans))
    np.testing.assert_allclose(np.linalg.norm(np.concatenate(span_vectors), axis=1), 1.0, atol=1e-5)


def test_openvino_is_chosen_for_document_texts_once_and_only_where_it_runs(embedder, monkeypatch):
    import bot.index.embedding
    from bot.index.embedding import Embedder

    def backend(precision: str, setting: str, native: bool = True) -> str:
        monkeypatch.setattr(bot.index.embedding, "native_bfloat16", lambda: native)
        return Embedder(embedder.model, embedder.name, embedder.model_hash, precision, setting).passage_backend

    assert backend("bfloat16", "auto") == "openvino" and backend("auto", "auto") == "openvino"
    assert backend("bfloat16", "torch") == "torch"
    assert backend("float32", "auto") == "torch" and backend("auto", "auto", native=False) == "torch"
    assert backend("bfloat16", "auto", native=False) == "torch"  # emulated bfloat16: OpenVINO would be slow
    auto = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "auto")

    def asked_again():
        raise AssertionError("the backend was chosen again while encoding")

    monkeypatch.setattr(bot.index.embedding, "native_bfloat16", asked_again)
    assert auto.encode_passages(_texts(3)).shape == (3, embedder.dimension)
    monkeypatch.setattr(embedder.model, "default_prompt_name", "query")  # a prompt OpenVINO would not add
    monkeypatch.setattr(embedder.model, "prompts", {"query": "query: "})
    assert backend("bfloat16", "auto") == "torch"


def test_a_model_openvino_cannot_convert_is_encoded_with_torch_and_tried_once(embedder, monkeypatch, caplog):
    import bot.index.embedding
    import bot.index.openvino_encoder
    from bot.index.embedding import Embedder

    calls = []

    def fail(model):
        calls.append(model)
        raise RuntimeError("unsupported operation")

    monkeypatch.setattr(bot.index.openvino_encoder, "OPENVINO_MIN_TEXTS", 5)
    monkeypatch.setattr(bot.index.embedding, "native_bfloat16", lambda: True)
    monkeypatch.setattr(bot.index.openvino_encoder.ConvertedModel, "convert", staticmethod(fail))
    auto = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "auto")
    torch_only = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "torch")
    texts = _texts(8)
    with caplog.at_level("WARNING"):
        np.testing.assert_array_equal(auto.encode_passages(texts), torch_only.encode_passages(texts))
        auto.encode_passages(texts)
    assert len(calls) == 1 and auto.openvino_seconds is None
    assert "VERBATIM_BACKEND=torch" in caplog.text


def test_an_openvino_failure_while_encoding_is_raised_not_left_as_zero_vectors(embedder, monkeypatch, caplog):
    import dataclasses

    import bot.index.embedding
    import bot.index.openvino_encoder
    from bot.index.embedding import Embedder
    from bot.index.openvino_encoder import ConvertedModel
    from bot.index.torch_encoder import padding

    converted = ConvertedModel.convert(embedder.model)
    # A wrong dimension makes pooling fail inside OpenVINO's callback, on OpenVINO's thread.
    broken = dataclasses.replace(converted, dimension=embedder.dimension - 1)
    texts = _texts(6)
    with pytest.raises(ValueError):
        broken.encode(texts, 2, padding("bfloat16", embedder.model.max_seq_length))
    monkeypatch.setattr(bot.index.openvino_encoder, "OPENVINO_MIN_TEXTS", 5)
    monkeypatch.setattr(bot.index.embedding, "native_bfloat16", lambda: True)
    monkeypatch.setattr(ConvertedModel, "convert", staticmethod(lambda model: broken))  # converts, then fails
    auto = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "auto")
    torch_only = Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "torch")
    with caplog.at_level("WARNING"):
        vectors = auto.encode_passages(texts)
        again = auto.encode_passages(texts)  # torch from now on: no second try, no second warning
    np.testing.assert_array_equal(vectors, torch_only.encode_passages(texts))
    np.testing.assert_array_equal(again, vectors)
    assert auto.openvino_seconds is None and caplog.text.count("OpenVINO failed to encode") == 1


def test_openvino_is_imported_with_its_usage_reports_off(tmp_path):
    import os
    import subprocess

    from tests.support import REPO

    code = ("import sys; from bot.index.openvino_encoder import import_openvino; import_openvino(); "
            "print(sys.modules.get('openvino_telemetry'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env={**os.environ, "HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "None"  # the reports' package never loaded: nothing sent
    assert not (tmp_path / "intel").exists()  # and no client id or counts written under ~/intel


def test_the_backend_is_checked_where_it_is_set(embedder):
    from bot import Settings
    from bot.errors import BotError, ModelError
    from bot.index.embedding import Embedder

    with pytest.raises(BotError, match="VERBATIM_BACKEND"):
        Settings.from_env(environ={"VERBATIM_BACKEND": "onnx"})
    with pytest.raises(ModelError, match="VERBATIM_BACKEND"):
        Embedder(embedder.model, embedder.name, embedder.model_hash, "bfloat16", "cuda")
