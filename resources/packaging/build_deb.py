"""Build ``dist/triage-desk_<version>_amd64.deb``: a self-contained install under /opt/triage-desk.

Why an embedded Python and not a frozen one: the app starts helper processes with
``multiprocessing`` "spawn" (the model process, the image decoder's sandbox, export workers), and
a plain interpreter runs those exactly as in the checkout; nothing needs a freezer's hooks. So the
package carries this build machine's CPython (the binary, ``libpython``, the standard library) and
the runtime dependency closure of ``triage-desk`` copied from the virtualenv the tests passed in
(the same files, byte for byte; no download), plus our own wheel. A launcher sets the library path
and runs ``python -I -m main`` (isolated: no PYTHONPATH, no user site, nothing from the caller's
environment can replace a module).

Left out to keep it small (sizes in docs/install.md): tests and test binaries, C headers and static
libraries, Qt modules the app never loads (QML/Quick, Designer, Wayland, WebEngine…) and the
plugins that need them, Qt translations other than English and Korean, ``pip``, type stubs.

``Depends:`` lists the Debian packages of every shared library outside the tree that the tree's
binaries need (found with ``ldd`` and ``dpkg -S`` on the build machine) and the X11 libraries of
Qt's xcb plugin. Reproducible: every file's mtime is the last commit's time
(SOURCE_DATE_EPOCH), owners root:root, bytecode compiled with unchecked hashes.

Run by ``make dist`` (which builds the wheel and sdist first); usage:
``python resources/packaging/build_deb.py --wheel dist/triage_desk-…whl --out dist``.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PREFIX = "opt/triage-desk"
PY = f"python{sys.version_info.major}.{sys.version_info.minor}"

# Debian packages Qt's xcb platform plugin loads (the Makefile's QT_XCB_DEBS).
QT_XCB_DEBS = ("libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
               "libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 "
               "libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0").split()
STDLIB_SKIP = {"test", "idlelib", "tkinter", "turtledemo", "ensurepip", "lib2to3", "site-packages",
               "__pycache__", "venv"}
DYNLOAD_SKIP = re.compile(r"^(_tkinter|_test|_xxtest|xxlimited|_ctypes_test).*\.so$")
SKIP_DISTS = {"pip", "triage-desk"}  # our own code comes from the wheel
# Qt modules the app never loads; their libraries, Python bindings, and what depends on them.
QT_DROP = re.compile(r"(Qml|Quick|Designer|Help|Labs|Lottie|UiTools|Wayland|EglFS|EglFs|Sql|Test"
                     r"|Concurrent|WlShell|Vector)")
QT_TRANSLATIONS_KEEP = re.compile(r"^qt(base)?_(en|ko)\.qm$")
SITE_DROP_DIRS = {"tests", "__pycache__", "include"}
TORCH_DROP = ("torch/share", "torch/include", "torch/test", "torch/_inductor/codegen/aoti_runtime")
TORCH_BIN_KEEP = {"torch_shm_manager"}  # torch's shared-memory tensors (the model process) need it
QT_PLUGINS_DROP = ("platformthemes/libqgtk3.so", "printsupport/libcupsprintersupport.so")


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = "triage-desk") -> dict[str, md.Distribution]:
    """The installed distributions ``root`` needs at run time (its extras left out)."""
    dists = {norm(d.metadata["Name"]): d for d in md.distributions()}
    seen: dict[str, md.Distribution] = {}
    todo = [norm(root)]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in dists:
            raise SystemExit(f"dist: {name} is required but not installed in {sys.prefix}")
        seen[name] = dists[name]
        for raw in seen[name].requires or ():
            req = Requirement(raw)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(norm(req.name))
    return {n: d for n, d in seen.items() if n not in SKIP_DISTS}


def copy_interpreter(dest: Path) -> None:
    """The CPython binary, libpython and the standard library (without tests, tkinter, idle)."""
    exe = Path(os.path.realpath(sys._base_executable))
    (dest / "bin").mkdir(parents=True)
    shutil.copy2(exe, dest / "bin" / PY)
    os.symlink(PY, dest / "bin" / "python3")
    libdir = Path(sysconfig.get_config_var("LIBDIR"))
    lib = dest / "lib"
    lib.mkdir()
    if sysconfig.get_config_var("Py_ENABLE_SHARED"):
        soname = sysconfig.get_config_var("INSTSONAME")
        shutil.copy2(libdir / soname, lib / soname)
    stdlib = Path(sysconfig.get_paths(vars={"base": sys.base_prefix, "installed_base": sys.base_prefix})["stdlib"])
    target = lib / PY

    def ignore(folder: str, names: list[str]) -> set[str]:
        top = Path(folder) == stdlib
        return {n for n in names if (top and n in STDLIB_SKIP) or n == "__pycache__"
                or n.startswith("config-") and top or DYNLOAD_SKIP.match(n)}

    shutil.copytree(stdlib, target, ignore=ignore, symlinks=True)
    (target / "site-packages").mkdir()


def copy_distributions(dists: dict[str, md.Distribution], site: Path) -> dict[str, int]:
    """Each distribution's recorded files, into ``site``; returns bytes per distribution."""
    sizes: dict[str, int] = {}
    for name, dist in sorted(dists.items()):
        total = 0
        base = Path(dist.locate_file(""))
        for rel in dist.files or ():
            parts = Path(rel).parts
            if parts[0] in ("..", "/") or any(p in SITE_DROP_DIRS for p in parts) or str(rel).endswith(".pyi"):
                continue
            src = base / rel
            if not src.is_file():
                continue
            out = site / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, out)
            total += src.stat().st_size
        sizes[name] = total
    return sizes


def install_wheel(python: Path, wheel: Path, site: Path, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
                    "--no-index", "--target", str(site), str(wheel)], check=True)


def trim(site: Path) -> None:
    """Drop what the app never loads (each rule documented in docs/install.md)."""
    for rel in TORCH_DROP:
        shutil.rmtree(site / rel, ignore_errors=True)
    for tool in (site / "torch" / "bin").iterdir():  # C++ test binaries, protoc
        if tool.name not in TORCH_BIN_KEEP:
            shutil.rmtree(tool) if tool.is_dir() else tool.unlink()
    for static in site.rglob("*.a"):
        static.unlink()
    qt = site / "PySide6"
    for path in list(qt.glob("Qt*.abi3.so")) + list((qt / "Qt" / "lib").glob("libQt6*.so*")):
        if QT_DROP.search(path.name):
            path.unlink()
    for folder in ("Qt/qml", "Qt/libexec", "Qt/metatypes", "Qt/modules", "Qt/plugins/designer",
                   "Qt/plugins/qmltooling", "Qt/plugins/qmllint", "Qt/plugins/sqldrivers",
                   "typesystems", "include", "glue", "scripts", "doc"):
        shutil.rmtree(qt / folder, ignore_errors=True)
    for exe in qt.iterdir():  # designer, lupdate, lrelease, uic, rcc… (build-time tools)
        if exe.is_file() and os.access(exe, os.X_OK) and ".so" not in exe.name:
            exe.unlink()
    translations = qt / "Qt" / "translations"
    if translations.is_dir():
        for qm in translations.glob("*.qm"):
            if not QT_TRANSLATIONS_KEEP.match(qm.name):
                qm.unlink()
        shutil.rmtree(translations / "qtwebengine_locales", ignore_errors=True)
    for rel in QT_PLUGINS_DROP:  # GTK theme, CUPS printing: pull in GTK and CUPS for nothing
        (qt / "Qt" / "plugins" / rel).unlink(missing_ok=True)
    # A Qt plugin whose libraries were dropped would only print a warning at start: remove it.
    qt_lib = qt / "Qt" / "lib"
    for plugin in sorted((qt / "Qt" / "plugins").rglob("*.so")):
        if any(m.startswith("libQt6") for m in missing_libraries(plugin, [qt_lib])):
            plugin.unlink()


def missing_libraries(binary: Path, libdirs: list[Path]) -> list[str]:
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(map(str, libdirs))}
    out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env).stdout
    return [line.split()[0] for line in out.splitlines() if "not found" in line]


def system_libraries(tree: Path, libdirs: list[Path]) -> set[str]:
    """Shared libraries outside ``tree`` that its ELF files load (resolved paths)."""
    found: set[str] = set()
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(map(str, libdirs))}
    candidates = [p for p in tree.rglob("*") if p.is_file() and not p.is_symlink()
                  and (".so" in p.name or os.access(p, os.X_OK))]
    for chunk in range(0, len(candidates), 200):
        batch = [str(p) for p in candidates[chunk:chunk + 200] if _is_elf(p)]
        if not batch:
            continue
        out = subprocess.run(["ldd", *batch], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            m = re.search(r"=>\s+(/\S+)", line)
            if m and not m.group(1).startswith(str(tree)):
                found.add(os.path.realpath(m.group(1)))
    return found


def _is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def debian_packages(libraries: set[str]) -> set[str]:
    packages: set[str] = set()
    for lib in sorted(libraries):
        for candidate in (lib, lib.replace("/usr/lib/", "/lib/", 1), lib.replace("/lib/", "/usr/lib/", 1)):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if done.returncode == 0:
                packages.add(done.stdout.split(":")[0].strip())
                break
        else:
            print(f"dist: warning: {lib} belongs to no Debian package", file=sys.stderr)
    return packages


def write_launcher(opt: Path) -> None:
    launcher = opt / "triage-desk"
    launcher.write_text(
        "#!/bin/sh\n"
        "# Triage Desk: the embedded Python, isolated (-I), with its own libpython first.\n"
        'HERE=$(dirname "$(readlink -f "$0")")\n'
        'LD_LIBRARY_PATH="$HERE/python/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"\n'
        "export LD_LIBRARY_PATH\n"
        f'exec "$HERE/python/bin/{PY}" -I -m main "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)


def write_desktop_files(root: Path, version: str) -> None:
    apps = root / "usr/share/applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / "triage-desk.desktop", apps / "triage-desk.desktop")
    icons = root / "usr/share/icons/hicolor"
    (icons / "scalable/apps").mkdir(parents=True)
    shutil.copy2(HERE / "triage-desk.svg", icons / "scalable/apps/triage-desk.svg")
    for size in (48, 128, 256):
        png = HERE / "icons" / f"triage-desk-{size}.png"
        (icons / f"{size}x{size}/apps").mkdir(parents=True)
        shutil.copy2(png, icons / f"{size}x{size}/apps/triage-desk.png")
    bindir = root / "usr/bin"
    bindir.mkdir(parents=True)
    os.symlink(f"/{PREFIX}/triage-desk", bindir / "triage-desk")
    doc = root / "usr/share/doc/triage-desk"
    doc.mkdir(parents=True)
    shutil.copy2(REPO / "docs/install.md", doc / "install.md")


def control_file(version: str, depends: list[str], installed_kib: int) -> str:
    return (f"Package: triage-desk\nVersion: {version}\nArchitecture: amd64\n"
            "Maintainer: Triage Desk team <triage-desk@localhost>\nSection: science\nPriority: optional\n"
            f"Installed-Size: {installed_kib}\nDepends: {', '.join(depends)}\n"
            "Description: local emergency triage decision support\n"
            " Intake, manual rules, text and image models, clinician review and export, all on this\n"
            " computer (or the clinic's own PostgreSQL server). Patient data lives in the user's\n"
            " data directory or the clinic server, never under /opt; removing the package leaves it.\n")


POSTRM = """#!/bin/sh
# Removing (even purging) the package never touches patient data: it lives in each user's data
# directory (~/.local/share/TriageDesk) or on the clinic server, not under /opt.
set -e
exit 0
"""


def build(wheel: Path, out: Path, work: Path) -> Path:
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or subprocess.run(
        ["git", "-C", str(REPO), "log", "-1", "--format=%ct"], capture_output=True, text=True).stdout.strip() or 0)
    root = work / "root"
    shutil.rmtree(work, ignore_errors=True)
    opt = root / PREFIX
    python = opt / "python"
    print(f"dist: interpreter {sys.version.split()[0]} → {python}", flush=True)
    copy_interpreter(python)
    site = python / "lib" / PY / "site-packages"
    dists = runtime_closure()
    print(f"dist: {len(dists)} distributions from {sys.prefix}", flush=True)
    copy_distributions(dists, site)
    install_wheel(python, wheel, site, {})
    trim(site)
    write_launcher(opt)
    write_desktop_files(root, version)
    print("dist: compiling bytecode", flush=True)
    env = {**os.environ, "LD_LIBRARY_PATH": str(python / "lib"), "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run([str(python / "bin" / PY), "-I", "-m", "compileall", "-q", "-j", "0",
                    "--invalidation-mode", "unchecked-hash", "-x", "py312_intrinsics", "-d", f"/{PREFIX}/python/lib/{PY}",
                    str(python / "lib" / PY)], env=env, check=False)
    print("dist: finding system libraries", flush=True)
    libs = system_libraries(opt, [python / "lib", site / "torch" / "lib", site / "PySide6" / "Qt" / "lib"])
    depends = sorted(debian_packages(libs) | set(QT_XCB_DEBS))
    installed = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control_file(version, depends, installed // 1024), encoding="utf-8")
    (debian / "postrm").write_text(POSTRM, encoding="utf-8")
    (debian / "postrm").chmod(0o755)
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"triage-desk_{version}_amd64.deb"
    print(f"dist: dpkg-deb → {deb}", flush=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z6", "--build", str(root), str(deb)],
                   check=True, env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
    print(f"dist: {deb} {deb.stat().st_size / 1e6:.0f} MB; installed tree {installed / 1e6:.0f} MB; "
          f"Depends: {', '.join(depends)}")
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "deb")
    args = parser.parse_args()
    build(args.wheel.resolve(), args.out.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
