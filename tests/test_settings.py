import pytest

from bot import BotError, Settings


def test_flags_beat_environment_which_beats_defaults():
    env = {"VERBATIM_TOP_K": "5", "VERBATIM_MIN_SCORE": "0.3"}
    assert Settings.from_env(environ={}).top_k == Settings().top_k
    assert Settings.from_env(environ=env).top_k == 5
    assert Settings.from_env(environ=env, top_k=2).top_k == 2
    assert Settings.from_env(environ=env, top_k=None).min_score == 0.3


def test_bad_environment_values_name_the_variable():
    with pytest.raises(BotError, match="VERBATIM_TOP_K"):
        Settings.from_env(environ={"VERBATIM_TOP_K": "many"})


def test_impossible_values_are_rejected():
    with pytest.raises(BotError, match="top_k"):
        Settings.from_env(environ={}, top_k=0)
    with pytest.raises(BotError, match="min_score"):
        Settings.from_env(environ={}, min_score=3.0)


def test_each_kind_of_sentence_vector_has_its_own_calibrated_threshold():
    from bot.settings import DEFAULT_MIN_SCORES

    assert Settings().min_score == DEFAULT_MIN_SCORES["contextual"] == DEFAULT_MIN_SCORES["pooled"]  # quotes: pooled
    assert Settings(vectors="encoded").min_score == DEFAULT_MIN_SCORES["encoded"]
    assert Settings(vectors="pooled").min_score == DEFAULT_MIN_SCORES["pooled"]
    assert DEFAULT_MIN_SCORES["pooled"] != DEFAULT_MIN_SCORES["encoded"]
    assert Settings(vectors="composed").min_score == DEFAULT_MIN_SCORES["encoded"]  # its sentences are encoded
    explicit = Settings.from_env(environ={"VERBATIM_VECTORS": "pooled", "VERBATIM_MIN_SCORE": "0.5"})
    assert explicit.min_score == 0.5
    with pytest.raises(BotError, match="VERBATIM_VECTORS"):
        Settings.from_env(environ={"VERBATIM_VECTORS": "averaged"})
    # a sentence's vector read alone passes by the threshold of vectors read alone
    assert Settings().min_own_score == DEFAULT_MIN_SCORES["encoded"]
    assert Settings.from_env(environ={"VERBATIM_MIN_OWN_SCORE": "0.6"}).min_own_score == 0.6
    assert Settings.from_env(environ={"VERBATIM_MIN_SCORE": "0.97"}).min_own_score == 1.0  # a valid value stays so
    stricter = Settings.from_env(environ={"VERBATIM_MIN_SCORE": "0.5"})  # a reviewer's: it stayed at 0.41
    assert stricter.min_own_score == pytest.approx(0.5 + DEFAULT_MIN_SCORES["encoded"]
                                                   - DEFAULT_MIN_SCORES["contextual"])
    with pytest.raises(BotError, match="VERBATIM_MIN_OWN_SCORE"):
        Settings.from_env(environ={"VERBATIM_MIN_OWN_SCORE": "2"})


@pytest.mark.parametrize("variable, hint", [("VERBATIM_TOPK", "Did you mean VERBATIM_TOP_K?"),
                                            ("VERBATIM_SENTENCE_VECTORS", "Did you mean VERBATIM_VECTORS?"),
                                            ("VERBATIM_COLOUR", "Rename or unset it")])
def test_a_variable_that_names_no_setting_is_refused_with_the_likely_name(variable, hint):
    with pytest.raises(BotError, match=variable) as caught:
        Settings.from_env(environ={variable: "3", "OTHER_TOP_K": "x"})
    assert hint in str(caught.value)


def test_a_misspelt_variable_makes_the_cli_exit_2_with_the_message(tmp_path, monkeypatch, capsys):
    from bot.cli import main

    monkeypatch.setenv("VERBATIM_MIN_SCOR", "0.5")
    assert main(["ask", "Can magnesium help?", "--index", str(tmp_path / "index")]) == 2
    err = capsys.readouterr().err
    assert "VERBATIM_MIN_SCOR names no setting" in err and "VERBATIM_MIN_SCORE" in err and "Traceback" not in err


def test_precision_is_auto_by_default_and_checked():
    assert Settings().precision == "auto"
    assert Settings.from_env(environ={"VERBATIM_PRECISION": "float32"}).precision == "float32"
    with pytest.raises(BotError, match="VERBATIM_PRECISION"):
        Settings.from_env(environ={"VERBATIM_PRECISION": "fp16"})
