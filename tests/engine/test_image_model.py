"""The committed chest X-ray model: golden outputs, input gating with real files, saliency, CLI."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pydicom.data import get_testdata_file

import main
from triage.errors import ModelUnavailable
from triage.engine.image_model import (
    FINDING_NOT_ASSESSED,
    FINDING_NORMAL,
    FINDING_PNEUMONIA,
    OUTSIDE,
    ImageModel,
    centre_square,
    resize,
)
from triage.imaging import read_image
from triage.training.train_image import binary_metrics, load_split


def dicom(name: str) -> Path:
    """A pydicom / pydicom-data example file, found locally (never downloaded)."""
    path = get_testdata_file(name, download=False)
    assert path is not None, f"{name} missing: install the pinned pydicom and pydicom-data"
    return Path(path)


def skin_photo_jpeg(seed: int = 7) -> bytes:
    """A photo of skin: a warm skin tone with shading, pores and a red patch (a rash)."""
    rng = np.random.default_rng(seed)
    h, w = 480, 640
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 0.85 + 0.15 * np.cos((xx - w / 2) / w * np.pi) * np.cos((yy - h / 2) / h * np.pi)
    base = np.array([224, 172, 138], np.float32)  # a common light-medium skin tone
    img = base[None, None, :] * shade[..., None] + rng.normal(0, 6, (h, w, 1))
    rash = np.exp(-(((xx - 380) / 90.0) ** 2 + ((yy - 220) / 60.0) ** 2))[..., None]
    img = img * (1 - 0.35 * rash) + np.array([200, 60, 60], np.float32) * 0.35 * rash
    buf = io.BytesIO()
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(buf, format="JPEG", quality=90)
    return buf.getvalue()


@pytest.fixture(scope="module")
def model(models_dir: Path) -> ImageModel:
    return ImageModel.load(models_dir)


@pytest.fixture(scope="module")
def val(shared_data: Path):
    return load_split(shared_data / "pneumoniamnist_trainval.npz", "val")


# --- golden behaviour of the committed weights ------------------------------------------------

def test_golden_validation_split(model, val):
    """The committed weights still separate the validation split (not used for fitting weights)."""
    p = model.predict_batch(val.images)
    m = binary_metrics(val.labels, p, model.threshold)
    assert m["auc"] >= 0.98
    assert m["accuracy"] >= 0.92
    assert m["sensitivity"] >= 0.93  # the threshold was set for 0.95 on this split


def test_golden_fixed_images_get_their_labels(model, val):
    """The first five validation images of each class keep their label (one slip allowed)."""
    p = model.predict_batch(val.images)
    for label in (0, 1):
        idx = np.flatnonzero(val.labels == label)[:5]
        agree = (p[idx] >= model.threshold) == bool(label)
        assert agree.sum() >= 4, (label, p[idx])


def test_adult_chest_cr_is_assessed_and_both_encodings_agree(model):
    a = model.assess(read_image(dicom("RG1_UNCI.dcm")))
    b = model.assess(read_image(dicom("RG1_J2KI.dcm")))
    for r in (a, b):
        assert r.assessed, r.reason
        assert r.finding in (FINDING_PNEUMONIA, FINDING_NORMAL)
        assert 0.0 <= r.probability <= 1.0
        assert r.model_version == model.version
        assert r.ood_score <= model.ood.threshold
    assert abs(a.probability - b.probability) < 0.05  # lossy JPEG 2000 of the same film
    assert a.finding == b.finding
    assert "caution: patient aged 55" in a.reason  # born 1940-03-05, imaged 1995-09-26


def test_patient_age_from_age_field_or_dates():
    from types import SimpleNamespace

    from triage.engine.image_model import patient_age_years

    def age(**ids):
        return patient_age_years(SimpleNamespace(identifiers=ids))

    assert age(PatientAge="004Y") == 4
    assert age(PatientAge="018M") == pytest.approx(1.5)
    assert age(PatientAge="000Y") is None  # "unknown" in practice
    assert age(PatientBirthDate="20200101", StudyDate="20230101") == pytest.approx(3.0, abs=0.01)
    assert age(PatientBirthDate="2020", StudyDate="20230101") is None
    assert age() is None


@pytest.mark.parametrize("name", ["CT_small.dcm", "MR_small.dcm", "RG3_J2KI.dcm"])
def test_ct_mr_and_limb_radiograph_are_not_assessed(model, name):
    r = model.assess(read_image(dicom(name)))
    assert not r.assessed
    assert r.reason.startswith(OUTSIDE)
    assert r.finding == FINDING_NOT_ASSESSED
    assert r.probability is None and r.saliency_png is None


@pytest.mark.parametrize("name", ["CT_small.dcm", "MR_small.dcm", "RG3_J2KI.dcm"])
def test_feature_space_check_rejects_them_even_when_marked_as_chest(model, name):
    """A user's mark skips the header rules, not the out-of-distribution check."""
    r = model.assess(read_image(dicom(name)), marked_chest_xray=True)
    assert not r.assessed
    assert r.reason.startswith(OUTSIDE)
    assert r.ood_score is not None and r.ood_score > model.ood.threshold


def test_skin_photo_is_not_assessed_marked_or_not(model):
    record = read_image(skin_photo_jpeg(), "rash.jpg")
    for marked in (False, True):
        r = model.assess(record, marked_chest_xray=marked)
        assert not r.assessed
        assert r.reason.startswith(OUTSIDE)


def test_grey_skin_photo_is_far_from_the_training_features(model):
    """Even stripped of its colour, a skin photo lies outside the training distribution."""
    grey = Image.open(io.BytesIO(skin_photo_jpeg())).convert("L")
    buf = io.BytesIO()
    grey.save(buf, format="PNG")
    r = model.assess(read_image(buf.getvalue(), "rash_grey.png"), marked_chest_xray=True)
    assert not r.assessed
    assert r.ood_score > model.ood.threshold


@pytest.mark.parametrize("kind", ["black", "white", "noise", "strip"])
def test_blank_or_noise_images_are_refused_even_when_marked(model, kind):
    rng = np.random.default_rng(3)
    pixels = {"black": np.zeros((300, 300)), "white": np.full((300, 300), 255),
              "noise": rng.integers(0, 256, (256, 256)), "strip": rng.integers(0, 256, (3, 500))}[kind]
    buf = io.BytesIO()
    Image.fromarray(pixels.astype(np.uint8)).save(buf, format="PNG")
    r = model.assess(read_image(buf.getvalue(), f"{kind}.png"), marked_chest_xray=True)
    assert not r.assessed and r.reason.startswith(OUTSIDE)


def test_training_images_pass_the_distribution_check(model, val):
    """The OOD threshold keeps nearly all real paediatric chest films (validation split)."""
    from triage.engine.image_model import _features

    scores = model.ood.score(_features(model.network, val.images))
    assert np.mean(scores <= model.ood.threshold) >= 0.97


def test_photo_of_a_chest_film_marked_by_the_user_is_assessed(model, tmp_path):
    """A grey PNG export of the chest CR (as a phone photo of a film would be) when marked."""
    from triage.imaging import display_pixels

    film = display_pixels(read_image(dicom("RG1_UNCI.dcm")))
    buf = io.BytesIO()
    tint = np.array([0.85, 0.92, 1.0])  # a light box's bluish cast, as a phone would see it
    photo = (np.repeat(film[..., None], 3, axis=2) * tint).astype(np.uint8)
    Image.fromarray(photo).save(buf, format="JPEG", quality=85)
    record = read_image(buf.getvalue(), "film.jpg")
    assert not model.assess(record).assessed  # a photo needs the user's mark
    marked = model.assess(record, marked_chest_xray=True)
    assert marked.assessed, marked.reason
    direct = model.assess(read_image(dicom("RG1_UNCI.dcm")))
    assert abs(marked.probability - direct.probability) < 0.1


def test_preprocessed_radiograph_resembles_training_intensities(model, shared_data):
    """The 28×28 input made from the full-size CR has training-like contrast and brightness."""
    train = load_split(shared_data / "pneumoniamnist_trainval.npz", "train").images.astype(float)
    image28, square = model.preprocess(read_image(dicom("RG1_UNCI.dcm")))
    assert image28.shape == (28, 28) and image28.dtype == np.uint8
    assert square.shape[0] == square.shape[1] == min(1955, 1841)
    means, sds = train.mean(axis=(1, 2)), train.std(axis=(1, 2))
    lo_s, hi_s = np.percentile(sds, [5, 95])
    assert lo_s <= image28.std() <= hi_s  # contrast: in the middle of the training range
    assert means.min() <= image28.mean() <= means.max()  # brightness: within it (at the top)


def test_centre_square_and_resize():
    img = np.zeros((100, 60), np.uint8)
    img[20:80, :] = 200
    sq = centre_square(img)
    assert sq.shape == (60, 60) and (sq == 200).all()
    assert resize(np.full((900, 900), 77, np.uint8), 28).shape == (28, 28)


def test_saliency_overlay_is_a_png_of_the_image(model):
    r = model.assess(read_image(dicom("RG1_UNCI.dcm")))
    img = Image.open(io.BytesIO(r.saliency_png))
    assert img.format == "PNG" and img.mode == "RGB" and img.size == (256, 256)
    rgb = np.asarray(img).astype(int)
    assert np.abs(rgb[..., 0] - rgb[..., 2]).max() > 50  # the heat map coloured part of it
    assert model.assess(read_image(dicom("RG1_UNCI.dcm")), saliency=False).saliency_png is None


# --- loading ----------------------------------------------------------------------------------

def test_corrupt_or_missing_weights_raise_model_unavailable(models_dir, tmp_path):
    copy = tmp_path / "models"
    copy.mkdir()
    shutil.copy(models_dir / "manifest.json", copy / "manifest.json")
    with pytest.raises(ModelUnavailable, match="missing"):
        ImageModel.load(copy)
    data = bytearray((models_dir / "image_cnn.safetensors").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / "image_cnn.safetensors").write_bytes(bytes(data))
    with pytest.raises(ModelUnavailable, match="corrupt"):
        ImageModel.load(copy)
    with pytest.raises(ModelUnavailable):
        ImageModel.load(tmp_path / "nowhere")


# --- command line -----------------------------------------------------------------------------

def test_cli_analyze_image_json(capsys, tmp_path):
    overlay = tmp_path / "overlay.png"
    rc = main.main(["--data-dir", str(tmp_path), "analyze-image", str(dicom("RG1_J2KI.dcm")),
                    "--json", "--saliency-out", str(overlay)])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert out["assessed"] is True and 0 <= out["probability"] <= 1
    assert out["finding"] in (FINDING_PNEUMONIA, FINDING_NORMAL) and out["model_version"]
    assert Image.open(overlay).size == (256, 256)

    rc = main.main(["--data-dir", str(tmp_path), "analyze-image", str(dicom("CT_small.dcm")), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and out["assessed"] is False and "probability" not in out
    assert out["reason"].startswith(OUTSIDE)


def test_cli_analyze_image_bad_file_is_one_clear_error(capsys, tmp_path):
    bad = tmp_path / "broken.dcm"
    bad.write_bytes(b"DICM" * 10)
    rc = main.main(["--data-dir", str(tmp_path), "analyze-image", str(bad), "--json"])
    assert rc == 2
    assert capsys.readouterr().err.startswith("error:")


def test_cli_evaluate_val_split(capsys, shared_data, tmp_path, model, val):
    rc = main.main(["--data-dir", str(tmp_path), "evaluate", "pneumoniamnist",
                    str(shared_data / "pneumoniamnist_trainval.npz"), "--split", "val", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert set(out) == {"n", "accuracy", "auc", "sensitivity", "specificity"}
    assert out["n"] == len(val.labels)
    expected = binary_metrics(val.labels, model.predict_batch(val.images), model.threshold)
    assert out == pytest.approx(expected)


def test_cli_evaluate_needs_the_split_it_names(capsys, shared_data, tmp_path):
    rc = main.main(["--data-dir", str(tmp_path), "evaluate", "pneumoniamnist",
                    str(shared_data / "pneumoniamnist_trainval.npz"), "--split", "test", "--json"])
    assert rc == 2
    assert "test_images" in capsys.readouterr().err
