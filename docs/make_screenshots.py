"""Render each main screen to ``docs/screenshots/*.png`` offscreen, on a freshly seeded demo database.

Run: ``QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--out DIR] [--language ko]``
(``make screenshots`` renders English into ``docs/screenshots/`` and Korean into
``docs/screenshots/ko/``). The demo installation lives in a temporary folder; a clinician reviews a few cases
so that the agreement dashboard has something to show, and a chest radiograph from pydicom-data is
attached to the most urgent case so that the image viewer (and saliency, when the image model is
present) shows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from triage.demo import DEMO_PASSWORD, seed  # noqa: E402
from triage.errors import TriageError  # noqa: E402
from triage.records import Decision, NewAttachment, WorklistQuery  # noqa: E402
from triage.store import CaseStore  # noqa: E402
from ui.context import AppContext  # noqa: E402

SIZE = (1400, 860)
SMALL_SCREEN = (1280, 720)  # the smallest desk screen every view must fit
CHEST_CR = "RG1_J2KI.dcm"  # pydicom-data: adult chest CR, JPEG 2000
SAMPLE_INTAKE = {"name": "Demo Sample Patient", "age_years": "71", "sex": "F",
                 "complaint": "Short of breath since this morning, productive cough, fever",
                 "arrival_mode": "ambulance", "heart_rate": "118", "resp_rate": "26", "sbp": "104",
                 "dbp": "62", "spo2": "89", "temperature": "38.9", "pain": "3", "avpu": "A"}
OVERRIDES = {2: "Looks more unwell than the vitals say: grey, clammy",
             5: "Pain controlled after analgesia, stable on re-check"}


SAMPLE_NOTE = ("EMS hand-over: 67 yo M, crushing central chest pain since 2 h radiating to the left arm, "
               "diaphoretic. BP 88/50, HR 118, RR 24, SpO2 91% RA, T 98.6, GCS 14, drowsy but responds "
               "to voice. Pain 8/10.")


def note_shot(ctx, out: Path, app: QApplication) -> Path:
    """The intake with a pasted note: fields from the note in their style, one typed by the nurse
    kept with the note's value beside it, the heart rate's source words highlighted (issue 13)."""
    from ui.intake.form import IntakeForm

    form = IntakeForm(ctx)
    form.set_value("resp_rate", "28")  # typed by the nurse before pasting: kept
    form.note_box.edit.setPlainText(SAMPLE_NOTE)
    form.note_box.apply()
    wait(form.suggestion_ready)
    form.note_box.hover("heart_rate")
    path = save(form, out, "intake_note", app)
    form.close()
    return path


def small_screen_shot(ctx, case_id: int, out: Path, app: QApplication) -> Path:
    """The whole window at 1280×720 on a case with an image: every control reachable, nothing
    off-screen (issue 12 item 5)."""
    from ui.main_window import CASE, MainWindow

    window = MainWindow(ctx)
    window.resize(*SMALL_SCREEN)
    window.show()
    window.show_case(case_id)
    view = window.screen(CASE)
    if view.detail is not None and view.detail.attachments:
        wait(view.viewer.loaded)
    settle(app)
    path = out / "case_view_1280x720.png"
    if (window.width(), window.height()) != SMALL_SCREEN:
        print(f"  case_view_1280x720: the window grew to {window.width()}×{window.height()}")
    window.grab().save(str(path))
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    window.close_without_asking()
    return path


def wait(signal, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> Path:
    widget.resize(*SIZE)
    widget.show()
    settle(app)
    path = out / f"{name}.png"
    if widget.width() > SIZE[0]:
        print(f"  {name}: the layout needs {widget.width()} px, more than {SIZE[0]}")
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return path


def load_models():
    """(engine, image model, image model error); each None when not (yet) available."""
    engine = image_model = None
    error = ""
    try:
        from triage.engine import Engine
        engine = Engine.load()
    except ImportError:
        pass
    try:
        from triage.engine.image_model import ImageModel
        image_model = ImageModel.load()
    except TriageError as exc:
        error = str(exc)
    return engine, image_model, error


def chest_attachment(image_model) -> NewAttachment | None:
    from pydicom.data import get_testdata_file

    from triage.imaging import read_image

    path = get_testdata_file(CHEST_CR)
    if path is None:
        return None
    data = Path(path).read_bytes()
    record = read_image(data, CHEST_CR)
    assessment = image_model.assess(record) if image_model is not None else None
    return NewAttachment(data=data, original_name=CHEST_CR, kind="dicom", modality=record.modality,
                         body_part=record.body_part, view=record.view,
                         metadata=dict(record.metadata), assessment=assessment,
                         marked_chest_xray=False)


def build(data_dir: Path, engine, image_model) -> tuple[CaseStore, dict[str, object], int]:
    store = CaseStore(data_dir)
    seed(store, 30, suggest=engine.suggest if engine is not None else None)
    users = {name: store.accounts.login(name, DEMO_PASSWORD)
             for name in ("nurse", "clinician", "admin")}
    doctor = users["clinician"]
    cases = store.worklist(doctor, WorklistQuery(limit=100))
    top = cases[0].case_id
    attachment = chest_attachment(image_model)
    if attachment is not None:
        store.add_attachments(users["nurse"], top, [attachment])
    for i, case in enumerate(cases[3:15]):
        if case.suggested_level is None:
            continue
        if i in OVERRIDES:
            level = max(case.suggested_level - 1, 1) if i == 2 else min(case.suggested_level + 1, 5)
            store.review(doctor, case.case_id, Decision.OVERRIDE, level, OVERRIDES[i])
        else:
            store.review(doctor, case.case_id, Decision.ACCEPT, case.suggested_level)
    return store, users, top


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--language", default="en", help="interface language (en, ko)")
    args = parser.parse_args(argv)
    if args.out is None:
        args.out = REPO / "docs" / "screenshots" / ("" if args.language == "en" else args.language)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from ui.i18n import install_translators
    translators = install_translators(app, args.language)  # noqa: F841 (kept while rendering)
    style = REPO / "resources" / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    engine, image_model, image_error = load_models()
    with tempfile.TemporaryDirectory() as tmp:
        store, users, top = build(Path(tmp), engine, image_model)
        ctx = AppContext(store=store, data_dir=Path(tmp), user=users["clinician"], engine=engine,
                         image_model=image_model, image_model_error=image_error)
        shots: list[QWidget] = []

        from ui.worklist import WorklistView
        worklist = WorklistView(ctx)
        shots.append(worklist)
        save(worklist, args.out, "worklist", app)

        from ui.case.view import CaseView
        case_view = CaseView(ctx)
        shots.append(case_view)
        case_view.resize(*SIZE)
        case_view.show()
        case_view.show_case(top)
        if case_view.detail is not None and case_view.detail.attachments:
            wait(case_view.viewer.loaded)
            if case_view.viewer.overlay_check.isEnabled():
                case_view.viewer.overlay_check.setChecked(True)
        save(case_view, args.out, "case_view", app)
        small_screen_shot(ctx, top, args.out, app)

        from ui.admin import AdminView
        ctx_admin = AppContext(store=store, data_dir=Path(tmp), user=users["admin"], engine=engine,
                               image_model=image_model, image_model_error=image_error)
        admin = AdminView(ctx_admin)
        shots.append(admin)
        for index, name in enumerate(("admin_users", "admin_audit", "admin_export", "admin_models",
                                      "admin_agreement")):
            admin.tabs.setCurrentIndex(index)
            if name == "admin_audit":
                admin.audit_page.verify()
                wait(admin.audit_page.verified)
            save(admin, args.out, name, app)
        dialog = admin.export_page.open_dialog()
        dialog.out_edit.setText(str(Path(tmp) / "exports" / "cases.csv"))
        dialog.start_export()
        wait(dialog.export_done)
        dialog.resize(640, 300)
        dialog.grab().save(str(args.out / "export_dialog.png"))
        print(f"wrote {args.out / 'export_dialog.png'}")

        try:
            from ui.intake.form import IntakeForm
        except ImportError:
            IntakeForm = None  # the nurse's screen is built in another area
        if IntakeForm is not None:
            ctx_nurse = AppContext(store=store, data_dir=Path(tmp), user=users["nurse"],
                                   engine=engine, image_model=image_model)
            intake = IntakeForm(ctx_nurse)
            shots.append(intake)
            for name, value in SAMPLE_INTAKE.items():
                intake.set_value(name, value)
            intake.recompute()
            wait(intake.suggestion_ready)
            save(intake, args.out, "intake", app)
            note_shot(ctx_nurse, args.out, app)
        shots += mci_shots(store, users, Path(tmp), args.out, app)
        for widget in shots:
            widget.close()
        store.close()
    return 0


MCI_PATIENTS = (  # (answers, age, sex, area) of a bus crash's first patients
    ({"walking": False, "breathing": True, "resp_rate": 36}, 34, "M", "Red bay"),
    ({"walking": True}, 52, "F", "Waiting room"),
    ({"walking": False, "breathing": True, "resp_rate": 22, "radial_pulse": True,
      "obeys_commands": True}, 67, "F", "Yellow bay"),
    ({"walking": False, "breathing": True, "resp_rate": 18, "radial_pulse": False}, 45, "M", "Red bay"),
    ({"walking": True}, 23, "M", "Waiting room"),
    ({"walking": False, "breathing": False, "breathing_after_airway": False}, 71, "M", ""),
    ({"walking": False, "breathing": True, "resp_rate": 50}, 5, "F", "Red bay"),
    ({"walking": False, "breathing": True, "resp_rate": 24, "radial_pulse": True,
      "obeys_commands": True}, 38, "F", "Yellow bay"),
    ({"walking": True}, 16, "F", "Waiting room"),
)


def mci_shots(store, users, tmp: Path, out: Path, app: QApplication) -> list[QWidget]:
    """The mass-casualty screen (tag form beside the incident board) with a patient half-tagged,
    and the first printed tag (rendered from the tags PDF with pdftoppm where it is installed)."""
    import shutil
    import subprocess

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from triage.export.mci_report import write_incident_file
    from ui.mci.screen import MciScreen

    nurse = users["nurse"]
    incident = store.declare_incident(users["clinician"], "Bus crash, Route 9", "Ambulance bay")
    for answers, age, sex, area in MCI_PATIENTS:
        store.tag_patient(nurse, incident.id, answers, age_years=age, sex=sex, area=area)
    store.move_tag(nurse, incident.id, "0001", "hospital: St Mary's (ambulance 12)")
    ctx = AppContext(store=store, data_dir=tmp, user=nurse)
    screen = MciScreen(ctx, incident)
    screen.resize(*SIZE)
    screen.show()
    wait(screen.board.refreshed)
    screen.board.select("0004")
    QTest.keyClicks(screen.form.age, "41")
    screen.form.answer.setFocus()
    for key in "NY34":
        QTest.keyClicks(screen.form.answer, key)
    QTest.keyClick(screen.form.answer, Qt.Key.Key_Return)
    save(screen, out, "mci_screen", app)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm (poppler-utils) not installed: no picture of a printed tag")
        return [screen]
    pdf = write_incident_file(store, nurse, incident.id, "tags_pdf", tmp / "tags.pdf")
    subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(out / "mci_tag")], check=True)
    print(f"wrote {out / 'mci_tag.png'}")
    return [screen]


if __name__ == "__main__":
    raise SystemExit(main())
