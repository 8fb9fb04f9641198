"""The chest X-ray model at run time: preprocessing, inference, Grad-CAM saliency and input gating.

The network has only seen paediatric chest radiographs at 28×28 (PneumoniaMNIST). It therefore
answers only for images that are chest radiographs by their metadata (DICOM CR/DX with a chest body
part, or a PA/AP view and no body part) or because a user marked them so, and only when the image
also looks like its training data: a grey image (no colour photo) whose penultimate-layer features
lie within the training distribution (Mahalanobis distance to the nearest class mean, Lee et al.
2018, thresholded at a high percentile of the training images' own distances).

Preprocessing follows MedMNIST v2, which centre-cropped each source JPEG to a square on its short
side and resized it to 28×28: we take the displayed image (VOI/window applied, MONOCHROME1 already
inverted, so it looks like the JPEG a viewer would export), convert colour to grey (ITU-R 601 luma,
as Pillow's "L"), crop the centre square and resize with Pillow's antialiasing Lanczos filter.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from models.registry import MODELS_DIR

from triage.errors import ModelUnavailable
from triage.suggestion import ImageAssessment

if TYPE_CHECKING:
    import torch

    from triage.imaging import ImageRecord

MODEL_NAME = "image_cnn"
FINDING_PNEUMONIA = "possible pneumonia"
FINDING_NORMAL = "no pneumonia detected"
FINDING_NOT_ASSESSED = "not assessed"
OUTSIDE = "not assessed: outside what the model was trained on"
CHEST_BODY_PARTS = frozenset({"CHEST", "THORAX", "LUNG", "LUNGS", "RIBS"})
CHEST_VIEWS = frozenset({"PA", "AP"})
RADIOGRAPH_MODALITIES = frozenset({"CR", "DX"})
# mean HSV saturation above which an image is a colour photo (skin ≈ 0.35); a photo of a film on a
# bluish light box stays below it (≈ 0.15), and the feature-space check still judges what passes
MAX_COLOUR_SATURATION = 0.2
OVERLAY_SIZE = 256
TRAINING_AGES = (1, 5)  # Kermany et al.: children aged one to five


@dataclass(frozen=True)
class OodStats:
    """Class means and shared precision matrix of training features, and the distance threshold."""

    means: np.ndarray  # (2, D)
    precision: np.ndarray  # (D, D)
    threshold: float

    def score(self, features: np.ndarray) -> np.ndarray:
        """Squared Mahalanobis distance of each row to the nearest class mean."""
        d = features[:, None, :] - self.means[None, :, :]  # (N, C, D)
        return np.einsum("ncd,de,nce->nc", d, self.precision, d).min(axis=1)

    def tensors(self) -> dict[str, "torch.Tensor"]:
        import torch

        return {"ood.means": torch.from_numpy(self.means.astype(np.float32)),
                "ood.precision": torch.from_numpy(self.precision.astype(np.float32)),
                "ood.threshold": torch.tensor([self.threshold], dtype=torch.float32)}


def _features(model, images: np.ndarray, batch: int = 512) -> np.ndarray:
    import torch

    out = []
    with torch.inference_mode():
        for i in range(0, len(images), batch):
            x = torch.from_numpy(images[i:i + batch].astype(np.float32) / 255.0).unsqueeze(1)
            out.append(model.classify(model.feature_maps(x))[1].numpy())
    return np.concatenate(out).astype(np.float64)


def fit_ood(model, images: np.ndarray, labels: np.ndarray, *, percentile: float = 99.5,
            shrinkage: float = 1e-3) -> OodStats:
    """Fit the feature-space distance check on (unaugmented) training images of both classes."""
    model.eval()
    feats = _features(model, images)
    classes = sorted(set(int(c) for c in labels))
    means = np.stack([feats[labels == c].mean(axis=0) for c in classes])
    centred = feats - means[np.searchsorted(classes, labels)]
    cov = centred.T @ centred / len(feats)
    cov += shrinkage * np.trace(cov) / len(cov) * np.eye(len(cov))  # keep it invertible
    stats = OodStats(means, np.linalg.inv(cov), 0.0)
    threshold = float(np.percentile(stats.score(feats), percentile))
    return OodStats(means, stats.precision, threshold)


def to_grey_uint8(pixels: np.ndarray) -> np.ndarray:
    """A 2-D uint8 image from display pixels (grey, or RGB via ITU-R 601 luma like Pillow "L")."""
    if pixels.ndim == 2 and pixels.dtype == np.uint8:
        return pixels
    if pixels.ndim == 3:
        rgb = pixels[..., :3].astype(np.float32)
        pixels = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    return np.clip(np.rint(pixels), 0, 255).astype(np.uint8)


def centre_square(grey: np.ndarray) -> np.ndarray:
    """The centred square on the short side (how MedMNIST cropped its source images)."""
    h, w = grey.shape
    s = min(h, w)
    top, left = (h - s) // 2, (w - s) // 2
    return grey[top:top + s, left:left + s]


def resize(grey: np.ndarray, size: int) -> np.ndarray:
    """Antialiased (Lanczos) resize of a square uint8 image to ``size``×``size``."""
    from PIL import Image

    img = Image.fromarray(grey)
    if img.width > 8 * size:  # a box reduction first keeps big radiographs fast, same result class
        img = img.reduce(img.width // (4 * size))
    return np.asarray(img.resize((size, size), Image.LANCZOS))


def colour_saturation(pixels: np.ndarray) -> float:
    """Mean HSV saturation in [0, 1]; 0 for grey images (radiographs, photos of films)."""
    if pixels.ndim != 3:
        return 0.0
    rgb = pixels[..., :3].astype(np.float32)
    mx, mn = rgb.max(axis=2), rgb.min(axis=2)
    return float(np.mean(np.where(mx > 0, (mx - mn) / np.maximum(mx, 1e-6), 0.0)))


def metadata_gate(record: "ImageRecord") -> str | None:
    """Why the metadata rules the image out (None when it is a chest radiograph by its header)."""
    modality = (record.modality or "").upper()
    if record.kind != "dicom":
        return "a photo not marked as a chest radiograph"
    if modality not in RADIOGRAPH_MODALITIES:
        return f"modality {modality or 'unknown'}, not a radiograph (CR/DX)"
    body_part = (record.body_part or "").upper()
    if body_part in CHEST_BODY_PARTS:
        return None
    if not body_part and (record.view or "").upper() in CHEST_VIEWS:
        return None
    return f"body part {body_part or 'unknown'}, not a chest radiograph"


def patient_age_years(record: "ImageRecord") -> float | None:
    """The patient's age at the examination from PatientAge, else birth date and image date."""
    from datetime import date

    ids = getattr(record, "identifiers", None) or {}
    text = str(ids.get("PatientAge", "")).strip().upper()
    units = {"Y": 1.0, "M": 1 / 12, "W": 7 / 365.25, "D": 1 / 365.25}
    if len(text) == 4 and text[:3].isdigit() and text[3] in units and int(text[:3]) > 0:
        return int(text[:3]) * units[text[3]]

    def parse(value: object) -> date | None:
        try:
            text = str(value)
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            return None

    born = parse(ids.get("PatientBirthDate", ""))
    taken = next((d for key in ("ContentDate", "AcquisitionDate", "SeriesDate", "StudyDate")
                  if (d := parse(ids.get(key, ""))) is not None), None)
    if born is None or taken is None or taken < born:
        return None
    return (taken - born).days / 365.25


def _jet(v: np.ndarray) -> np.ndarray:
    """A blue→red colour map for values in [0, 1] (N, M) → (N, M, 3) uint8."""
    r = np.clip(1.5 - np.abs(4 * v - 3), 0, 1)
    g = np.clip(1.5 - np.abs(4 * v - 2), 0, 1)
    b = np.clip(1.5 - np.abs(4 * v - 1), 0, 1)
    return (np.stack([r, g, b], axis=-1) * 255).astype(np.uint8)


def overlay_png(square: np.ndarray, cam: np.ndarray) -> bytes:
    """The image with the heat map blended in where it is strong, as PNG bytes."""
    from PIL import Image

    img = Image.fromarray(square)
    if img.width > 4 * OVERLAY_SIZE:
        img = img.reduce(img.width // (2 * OVERLAY_SIZE))
    base = np.asarray(img.resize((OVERLAY_SIZE, OVERLAY_SIZE), Image.LANCZOS))
    heat = np.asarray(Image.fromarray((cam * 255).astype(np.uint8)).resize(
        (OVERLAY_SIZE, OVERLAY_SIZE), Image.BICUBIC)).astype(np.float32) / 255
    alpha = (0.55 * heat)[..., None]
    rgb = (1 - alpha) * np.repeat(base[..., None], 3, axis=2) + alpha * _jet(heat)
    buf = io.BytesIO()
    Image.fromarray(rgb.astype(np.uint8)).save(buf, format="PNG", compress_level=1)  # speed over size
    return buf.getvalue()


@dataclass(frozen=True)
class Prediction:
    probability: float
    ood_score: float
    cam: np.ndarray | None  # (7, 7) in [0, 1] for the predicted class


class ImageModel:
    """The loaded CNN with its preprocessing, decision threshold and out-of-distribution check."""

    def __init__(self, network, ood: OodStats, threshold: float, version: str, config: dict[str, Any]):
        self.network = network
        self.ood = ood
        self.threshold = threshold
        self.version = version
        self.config = config

    @classmethod
    def load(cls, models_dir: Path = MODELS_DIR) -> "ImageModel":
        """Load the hash-checked weights named in the manifest.

        Raises
        ------
        ModelUnavailable
            no manifest entry, weight file missing, sha256 mismatch or unreadable tensors.
        """
        from models.image_cnn import ChestCNN
        from models.registry import ModelFileError, verified_path

        try:
            path, entry = verified_path(MODEL_NAME, Path(models_dir))
        except ModelFileError as exc:
            raise ModelUnavailable(f"chest X-ray model unavailable: {exc}") from None
        try:
            from safetensors.torch import load_file

            tensors = load_file(str(path))
            ood = OodStats(tensors.pop("ood.means").double().numpy(),
                           tensors.pop("ood.precision").double().numpy(),
                           float(tensors.pop("ood.threshold")[0]))
            network = ChestCNN()
            network.load_state_dict(tensors)
            threshold = float(entry.config["threshold"])
        except Exception as exc:  # any malformed file means the same thing to the app
            raise ModelUnavailable(f"chest X-ray model {path.name} cannot be loaded: {exc}") from None
        network.eval().requires_grad_(False)
        return cls(network, ood, threshold, entry.version, dict(entry.config))

    def preprocess(self, record: "ImageRecord") -> tuple[np.ndarray, np.ndarray]:
        """(28×28 uint8 model input, centre-square grey display image) for one record."""
        from triage.imaging import display_pixels

        square = centre_square(to_grey_uint8(np.asarray(display_pixels(record))))
        return resize(square, 28), square

    def predict(self, image28: np.ndarray, *, saliency: bool = True) -> Prediction:
        """Probability of pneumonia, OOD score and (optionally) the Grad-CAM map of one image."""
        import torch

        x = torch.from_numpy(image28.astype(np.float32) / 255.0)[None, None]
        # the weights are frozen at load; gradients flow from the input, so Grad-CAM never touches
        # parameter .grad and calls from several worker threads do not interfere
        x.requires_grad_(saliency)
        with torch.enable_grad() if saliency else torch.inference_mode():
            maps = self.network.feature_maps(x)
            logit, features = self.network.classify(maps)
            probability = float(torch.sigmoid(logit.detach())[0])
            cam = None
            if saliency:
                # explain the class it predicts: pneumonia evidence, or evidence of a normal film
                target = logit[0] if probability >= self.threshold else -logit[0]
                (grads,) = torch.autograd.grad(target, maps)
                weights = grads.mean(dim=(2, 3), keepdim=True)
                cam_t = torch.relu((weights * maps.detach()).sum(dim=1))[0]
                cam = (cam_t / cam_t.max()).numpy() if float(cam_t.max()) > 0 else cam_t.numpy()
        score = float(self.ood.score(features.detach().double().numpy())[0])
        return Prediction(probability, score, cam)

    def predict_batch(self, images: np.ndarray) -> np.ndarray:
        """P(pneumonia) for a (N, 28, 28) uint8 batch (evaluation)."""
        return predict_probabilities(self.network, images)

    def assess(self, record: "ImageRecord", *, marked_chest_xray: bool = False,
               saliency: bool = True) -> ImageAssessment:
        """The model's verdict on one image, or why it does not judge it.

        Never raises for an unsuitable image: it answers ``assessed=False`` with the reason.
        """
        sha = getattr(record, "sha256", "") or ""
        gate = None if marked_chest_xray else metadata_gate(record)
        if gate is None and colour_saturation(np.asarray(record.pixels)) > MAX_COLOUR_SATURATION:
            gate = "a colour image, not a radiograph"
        if gate is not None:
            return self._not_assessed(f"{OUTSIDE} ({gate})", sha, None)
        image28, square = self.preprocess(record)
        pred = self.predict(image28, saliency=saliency)
        if pred.ood_score > self.ood.threshold:
            return self._not_assessed(
                f"{OUTSIDE} (does not look like a chest radiograph: distance "
                f"{pred.ood_score:.0f} > {self.ood.threshold:.0f})", sha, pred.ood_score)
        positive = pred.probability >= self.threshold
        reason = (("the model found patterns of pneumonia" if positive
                   else "the model found no patterns of pneumonia")
                  + f" (P = {pred.probability:.2f}, threshold {self.threshold:.2f})")
        age = patient_age_years(record)
        if age is not None and age > TRAINING_AGES[1] + 1:
            # still answered (the user asked), but an adult chest is not what it learnt from
            reason += (f"; caution: patient aged {int(age)}, the model learnt from children aged "
                       f"{TRAINING_AGES[0]}–{TRAINING_AGES[1]}")
        return ImageAssessment(
            assessed=True,
            reason=reason,
            probability=pred.probability,
            finding=FINDING_PNEUMONIA if positive else FINDING_NORMAL,
            model_version=self.version,
            saliency_png=overlay_png(square, pred.cam) if pred.cam is not None else None,
            attachment_sha256=sha,
            ood_score=pred.ood_score,
        )

    def _not_assessed(self, reason: str, sha: str, ood_score: float | None) -> ImageAssessment:
        return ImageAssessment(assessed=False, reason=reason, finding=FINDING_NOT_ASSESSED,
                               model_version=self.version, attachment_sha256=sha,
                               ood_score=ood_score)


def to_tensor(images: np.ndarray):
    """(N, 28, 28) uint8 → (N, 1, 28, 28) float tensor in [0, 1], as the network was trained."""
    import torch

    return torch.from_numpy(images.astype(np.float32) / 255.0).unsqueeze(1)


def predict_probabilities(model, images: np.ndarray, batch: int = 512) -> np.ndarray:
    """P(pneumonia) for a uint8 batch, ``batch`` images at a time. Inference lives here and
    training imports it (never the reverse): the engine must not depend on ``triage.training``."""
    import torch

    model.eval()
    out = []
    with torch.inference_mode():
        for i in range(0, len(images), batch):
            out.append(torch.sigmoid(model(to_tensor(images[i:i + batch]))).numpy())
    return np.concatenate(out) if out else np.zeros(0, np.float32)
