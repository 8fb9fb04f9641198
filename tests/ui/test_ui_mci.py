"""Mass-casualty mode at the desk: the red banner while an incident is open, and a patient
tagged with keystrokes only (START), stored, and counted on the banner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from helpers_store import store_staff, template_db  # noqa: F401
from ui.context import AppContext
from ui.main_window import MainWindow


def test_banner_and_keyboard_tagging(store_staff, qtbot):
    store, staff = store_staff
    incident = store.declare_incident(staff.clinician, "Bus crash, Route 9", "Ward entrance")
    window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=staff.nurse))
    qtbot.addWidget(window)
    window.show()
    banner = window.incident_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert "Mass-casualty incident: Bus crash, Route 9" in banner.text()
    assert "red 0, yellow 0, green 0, black 0" in banner.text()

    form = window.screens["MCI"].form
    window.tabs.setCurrentWidget(window.screens["MCI"])
    form.answer.setFocus()
    qtbot.keyClicks(form.answer, "NY")  # does not walk, breathes
    assert form.pending == "resp_rate"
    qtbot.keyClicks(form.answer, "36")
    qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    assert "IMMEDIATE" in form.result_label.text()
    assert "RR 36 > 30 → immediate" in form.result_label.text()
    assert form.pending is None
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.answer, Qt.Key.Key_Return)

    tags = store.incident_tags(staff.nurse, incident.id)
    assert [(t.tag_number, t.category) for t in tags] == [("0001", "immediate")]
    qtbot.waitUntil(lambda: "red 1, yellow 0" in banner.text(), timeout=5000)


def test_a_child_is_asked_jumpstart_questions(store_staff, qtbot):
    store, staff = store_staff
    store.declare_incident(staff.clinician, "Fire")
    window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=staff.nurse))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "MCI" in window.screens, timeout=5000)
    form = window.screens["MCI"].form
    qtbot.keyClicks(form.age, "5")
    qtbot.keyClicks(form.answer, "NY")
    qtbot.keyClicks(form.answer, "50")
    qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    assert "RR 50 > 45 → immediate" in form.result_label.text()


def test_a_photo_is_attached_without_its_metadata_and_a_bad_file_loses_nothing(store_staff, qtbot,
                                                                              tmp_path):
    """Issue 19 §2: an optional photo with the tag. It is read in a worker and re-encoded in the
    decoder process (no text chunks, no EXIF); a file that is not a photo is refused in words
    and the answers typed so far stay."""
    import hashlib

    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    store, staff = store_staff
    incident = store.declare_incident(staff.clinician, "Fire")
    window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=staff.nurse))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "MCI" in window.screens, timeout=5000)
    form = window.screens["MCI"].form
    qtbot.keyClicks(form.answer, "NY36")
    qtbot.keyClick(form.answer, Qt.Key.Key_Return)

    bad = tmp_path / "not-a-photo.png"
    bad.write_bytes(b"this is no image at all" * 10)
    form.attach_photo(bad)
    qtbot.waitUntil(lambda: "Photo not attached" in form.photo_label.text(), timeout=15_000)
    assert form.photo is None and form.result is not None and form.pending is None  # answers kept

    info = PngInfo()
    info.add_text("Location", "Secret place 12")
    good = tmp_path / "patient.png"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(good, pnginfo=info)
    assert b"Secret place" in good.read_bytes()
    with qtbot.waitSignal(form.photo_ready, timeout=15_000):
        form.attach_photo(good)
    assert form.photo and b"Secret place" not in form.photo
    assert "patient.png" in form.photo_label.text()
    cleaned = form.photo
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    (stored,) = store.incident_tags(staff.nurse, incident.id)
    assert stored.photo_sha256 == hashlib.sha256(cleaned).hexdigest()
    assert form.photo is None and form.photo_label.text() == "no photo"  # cleared for the next
    window.close_without_asking()
