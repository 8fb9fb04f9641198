"""The text model with the committed weights: encoder, heads, decision rule, attributions."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from triage.errors import ModelUnavailable
from triage.intake import AVPU, ArrivalMode, Intake, Patient, Sex, Vitals
from triage.engine.rules import evaluate as evaluate_rules
from triage.engine.text_model import (LEVELS, STRUCTURED_FEATURES, TextEncoder, TextModel,
                               expected_cost_levels, load_acuity_head, load_symptom_head,
                               structured_features)


@pytest.fixture(scope="module")
def model(models_dir) -> TextModel:
    acuity, _ = load_acuity_head(models_dir)
    symptom, _ = load_symptom_head(models_dir)
    return TextModel(TextEncoder(), acuity, symptom)


def _intake(text: str, **vitals) -> Intake:
    return Intake(Patient(age_years=45, sex=Sex.FEMALE), text, Vitals(**vitals), ArrivalMode.WALK_IN)


def _predict(model: TextModel, intake: Intake, **kw):
    return model.predict([intake], [evaluate_rules(intake)], **kw)[0]


def test_encoder_is_normalised_deterministic_and_batch_invariant(model):
    texts = ["chest pain", "abdominal pain with vomiting", "chest pain"]
    batch = model.encoder.encode(texts)
    assert batch.shape == (3, model.encoder.dim) == (3, 384)
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(batch[0], batch[2])
    single = model.encoder.encode(["abdominal pain with vomiting"])
    assert np.allclose(single[0], batch[1], atol=1e-5)


def test_encoder_places_similar_complaints_together(model):
    """The MiniLM sentence embeddings (transformers, local files) put a lay paraphrase nearer its
    clinical wording than an unrelated complaint; unit length, empty and foreign text included."""
    texts = ["chest pain radiating to the left arm", "my chest hurts and it goes down my arm",
             "sprained ankle playing football", "", "头痛 😀 mal de tête"]
    emb = model.encoder.encode(texts)
    assert emb.shape == (5, 384)
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    assert emb[0] @ emb[1] > emb[0] @ emb[2] + 0.2


def test_unreadable_encoder_directory_is_a_typed_error(tmp_path):
    from triage.engine.text_model import encoder_dir

    for name in ("config.json", "tokenizer.json"):
        shutil.copy(encoder_dir() / name, tmp_path / name)
    (tmp_path / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelUnavailable, match="cannot be loaded"):
        TextEncoder(tmp_path)


def test_cost_sensitive_decision_moves_towards_urgency():
    probs = np.array([[0.0, 0.3, 0.3, 0.4, 0.0]])
    assert expected_cost_levels(probs, 1.0)[0] == 3  # the posterior median
    assert expected_cost_levels(probs, 4.0)[0] == 2  # under-triage expensive → more urgent
    one_hot = np.eye(5)
    assert expected_cost_levels(one_hot, 3.0).tolist() == list(LEVELS)


def test_structured_features_mark_missing_values():
    full = structured_features(_intake("x", heart_rate=150, spo2=85, pain=9, avpu=AVPU.ALERT), None)
    empty = structured_features(Intake(Patient(), "", Vitals()), None)
    names = list(STRUCTURED_FEATURES)
    assert full[names.index("hr_high")] == pytest.approx(2.5)
    assert full[names.index("hr_missing")] == 0 and empty[names.index("hr_missing")] == 1
    assert np.isnan(empty[names.index("hr_high")]) and np.isnan(empty[names.index("age")])
    assert empty[names.index("complaint_empty")] == 1


def test_probabilities_are_calibrated_distributions(model):
    pred = _predict(model, _intake("abd pain", heart_rate=88, pain=5))
    assert set(pred.probabilities) == set(LEVELS)
    assert sum(pred.probabilities.values()) == pytest.approx(1.0)
    assert all(0 < p < 1 for p in pred.probabilities.values())


def test_golden_acuity(model):
    """Fixed inputs → expected levels with the committed weights (tolerance: one level)."""
    sick = _intake("chest pain, diaphoresis, dyspnea", heart_rate=128, resp_rate=28, sbp=88,
                   spo2=88, pain=9, avpu=AVPU.VOICE)
    minor = _intake("ankle sprain, walked in", heart_rate=76, resp_rate=16, sbp=124, dbp=78,
                    spo2=99, temperature_c=36.6, pain=2, avpu=AVPU.ALERT)
    p_sick, p_minor = _predict(model, sick), _predict(model, minor)
    assert p_sick.level <= 2
    assert p_minor.level >= 4
    mean = lambda p: sum(lv * q for lv, q in p.probabilities.items())  # noqa: E731
    assert mean(p_sick) < 2.5 < 3.5 < mean(p_minor)


def test_attributions_name_the_words_that_moved_the_level(model):
    pred = _predict(model, _intake("crushing chest pain and a small rash", pain=7), attributions=True)
    words = dict(pred.words)
    assert words, "occlusion found no word that mattered"
    assert "chest" in words and words["chest"] > 0  # chest made it more urgent
    assert "and" not in words  # stop words are not occluded
    weights = [abs(w) for _, w in pred.words]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("text, category", [
    ("I have a pounding headache", "Head ache"),
    ("I can't catch my breath", "Hard to breath"),
    ("my stomach hurts after eating", "Stomach ache"),
])
def test_symptom_category_from_lay_wording(model, text, category):
    pred = _predict(model, _intake(text))
    assert category in [c for c, _ in pred.symptoms]


def test_corrupt_or_missing_weights_raise_model_unavailable(tmp_path, models_dir):
    for name in ("manifest.json", "text_acuity.safetensors", "text_symptom.safetensors"):
        shutil.copy(models_dir / name, tmp_path / name)
    data = bytearray((tmp_path / "text_acuity.safetensors").read_bytes())
    data[-10] ^= 0xFF
    (tmp_path / "text_acuity.safetensors").write_bytes(bytes(data))
    with pytest.raises(ModelUnavailable, match="corrupt"):
        load_acuity_head(tmp_path)
    (tmp_path / "text_symptom.safetensors").unlink()
    with pytest.raises(ModelUnavailable, match="missing"):
        load_symptom_head(tmp_path)


def test_batch_embeddings_are_kept_across_calls_within_a_bound(model, monkeypatch):
    import triage.engine.text_model as tm

    enc = model.encoder
    first = enc.encode(["abd pain", "chest pain", "fever"])
    calls = []
    original = enc._encode_batch
    monkeypatch.setattr(enc, "_encode_batch", lambda texts: calls.append(list(texts)) or original(texts))
    novel = "stubbed left great toe on a door frame"  # in no other test
    again = enc.encode(["fever", "abd pain", novel])
    assert calls == [[novel]]  # only the new complaint went through the encoder
    assert np.array_equal(again[0], first[2]) and np.array_equal(again[1], first[0])
    monkeypatch.setattr(tm, "MEMO_SIZE", 2)
    enc.encode(["cough", "dyspnea"])
    assert len(enc._memo) == 2 and set(enc._memo) == {"cough", "dyspnea"}


@pytest.mark.parametrize("official,shorthand,plain", [
    ("Chest pain and related symptoms", "cp", "chest pain"),
    ("Labored or difficult breathing (dyspnea)", "sob", "shortness of breath"),
    ("Abdominal pain, cramps, spasms, NOS", "abd pain", "abdominal pain"),
    ("Headache, pain in head", "headache", "headache"),
    ("Back pain, ache, soreness, discomfort", "back pain", "back pain"),
])
def test_rfv_titles_and_nurse_shorthand_reach_the_model_as_the_same_words(official, shorthand, plain):
    from triage.engine.complaint_vocabulary import model_text

    assert model_text(official) == model_text(shorthand) == plain


def test_several_reasons_keep_their_order_and_separator():
    from triage.engine.complaint_vocabulary import model_text

    assert model_text("Chest pain; Shortness of breath") == "chest pain; shortness of breath"
    assert model_text("chest pain; shortness of breath") == "chest pain; shortness of breath"
    assert model_text("") == "" and model_text("   ") == model_text("")
