"""The image viewer: window presets that suit the modality, and a see-through saliency overlay."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from pydicom import dcmread
from pydicom.data import get_testdata_file
from PySide6.QtCore import Qt

from triage.engine.image_model import overlay_png
from triage.records import AttachmentInfo
from triage.suggestion import ImageAssessment
from ui.widgets.image_viewer import (AUTO_WINDOW, DEFAULT_WINDOW, FILE_WINDOW, OVERLAY_OPACITY,
                                     ImageViewer)


def radiograph(path: Path, modality: str = "CR", window: tuple[int, int] | None = (2000, 3000)) -> Path:
    """A 12-bit chest-radiograph-like DICOM: dark lungs (~800), mid-grey body, bright bone (~3300)."""
    ds = dcmread(get_testdata_file("CT_small.dcm"))
    px = np.full((128, 128), 1800, np.uint16)
    px[20:110, 15:55] = 800  # right lung
    px[20:110, 73:113] = 800  # left lung
    px[:, 60:68] = 3300  # spine
    ds.Modality = modality
    for keyword in ("RescaleSlope", "RescaleIntercept", "WindowCenter", "WindowWidth"):
        if keyword in ds:
            delattr(ds, keyword)
    if window is not None:
        ds.WindowCenter, ds.WindowWidth = window
    ds.Rows, ds.Columns = px.shape
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = px.tobytes()
    ds.save_as(path)
    return path


def attachment(path: Path, modality: str, assessment: ImageAssessment | None = None) -> AttachmentInfo:
    return AttachmentInfo(id=1, case_id=1, sha256="0" * 64, original_name=path.name, kind="dicom",
                          modality=modality, body_part="CHEST", view="PA", size_bytes=path.stat().st_size,
                          path=path, added_at=datetime.now(timezone.utc), assessment=assessment)


def show(qtbot, info: AttachmentInfo) -> ImageViewer:
    viewer = ImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    with qtbot.waitSignal(viewer.loaded, timeout=30_000):  # may start the reader process
        viewer.load(info)
    return viewer


def grey_mean(viewer: ImageViewer) -> float:
    image = viewer.image_item.pixmap().toImage()
    return float(np.mean([image.pixelColor(x, y).value() for x in range(0, image.width(), 4)
                          for y in range(0, image.height(), 4)]))


def test_a_radiograph_opens_in_its_own_window_with_radiograph_presets_only(qtbot, tmp_path):
    viewer = show(qtbot, attachment(radiograph(tmp_path / "chest.dcm"), "CR"))
    names = viewer.preset_names()
    assert names[0] == FILE_WINDOW and viewer.current_preset() == FILE_WINDOW
    assert viewer.display_window() == (2000.0, 3000.0)
    assert {DEFAULT_WINDOW, "Soft tissue", "Bone", AUTO_WINDOW} <= set(names)
    assert not {"Lung", "Mediastinum", "Brain"} & set(names)  # CT presets would turn it white
    assert viewer.preset_combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == \
        "File window: centre 2000, width 3000"  # the file's values, beside the C/W boxes
    assert (viewer.centre_spin.value(), viewer.width_spin.value()) == (2000, 3000)
    assert 40 < grey_mean(viewer) < 215  # neither white nor black
    with qtbot.waitSignal(viewer.rendered, timeout=10_000):
        viewer.choose_preset("Bone")
    centre, width = viewer.display_window()
    assert centre > 2000 and width > 3000 and 20 < grey_mean(viewer) < 235


def test_a_radiograph_without_a_window_gets_a_histogram_default(qtbot, tmp_path):
    viewer = show(qtbot, attachment(radiograph(tmp_path / "dx.dcm", "DX", window=None), "DX"))
    assert FILE_WINDOW not in viewer.preset_names()
    assert viewer.current_preset() == DEFAULT_WINDOW
    centre, width = viewer.display_window()
    assert 800 <= centre - width / 2 and centre + width / 2 <= 3300


def test_ct_keeps_its_hounsfield_presets(qtbot):
    path = Path(get_testdata_file("CT_small.dcm"))
    viewer = show(qtbot, attachment(path, "CT"))
    assert {"Lung", "Mediastinum", "Bone"} <= set(viewer.preset_names())
    assert DEFAULT_WINDOW not in viewer.preset_names()
    with qtbot.waitSignal(viewer.rendered, timeout=10_000):
        viewer.choose_preset("Lung")
    assert viewer.display_window() == (-600.0, 1500.0)


def test_the_saliency_overlay_is_see_through_adjustable_and_explained(qtbot, tmp_path):
    cam = np.zeros((7, 7), np.float32)
    cam[3, 3] = 1.0
    assessment = ImageAssessment(assessed=True, reason="chest radiograph", probability=0.8,
                                 finding="possible pneumonia",
                                 saliency_png=overlay_png(np.zeros((64, 64), np.uint8), cam))
    viewer = show(qtbot, attachment(radiograph(tmp_path / "chest.dcm"), "CR", assessment))
    assert not viewer.overlay_row.isVisible()
    viewer.overlay_check.setChecked(True)
    assert viewer.overlay_item.isVisible() and viewer.overlay_row.isVisible()
    assert viewer.opacity_slider.value() == OVERLAY_OPACITY
    assert viewer.overlay_item.opacity() == pytest.approx(OVERLAY_OPACITY / 100)
    assert "attention" in viewer.legend_high.text()
    viewer.opacity_slider.setValue(10)
    assert viewer.overlay_item.opacity() == pytest.approx(0.10)
    assert viewer.opacity_label.text() == "10 %"


def test_not_assessed_is_said_once(qtbot, tmp_path):
    assessment = ImageAssessment(assessed=False, reason="not assessed: a CT is not a chest radiograph",
                                 finding="not assessed")
    viewer = show(qtbot, attachment(Path(get_testdata_file("CT_small.dcm")), "CT", assessment))
    text = viewer.finding_label.text()
    assert text.count("not assessed") == 1 and "a CT is not a chest radiograph" in text
