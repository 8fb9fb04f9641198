# Two commands: `make run` (demo app) and `make test` (whole suite, headless).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR := var/demo

# System libraries Qt's X11 (xcb) plugin loads at run time; a desktop Linux usually has them, a
# minimal Debian/Ubuntu does not. Only `make run` needs them (tests run offscreen).
QT_XCB_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 libglib2.0-0
# Noto Sans CJK: Hangul for the Korean interface (tests/ui/test_ui_i18n.py renders 흉통 with it).
CJK_FONT_DEBS := fonts-noto-cjk

.PHONY: run test venv demo bench screenshots clean system-libs pg dist fonts i18n

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first and alone, so the CPU build on disk is used and nothing pulls a CUDA build.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test,dist]'
	@touch $(STAMP)

venv: $(STAMP)

$(DEMO_DIR)/.seeded: $(STAMP)
	$(PY) main.py --data-dir $(DEMO_DIR) seed-demo --cases 30 --engine
	@touch $@

demo: $(DEMO_DIR)/.seeded

system-libs: $(STAMP)
	@missing=$$(ldd $(VENV)/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | grep -c "not found"); \
	if [ "$$(uname)" = Linux ] && { [ "$$missing" != 0 ] || ! { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q libxcb-cursor.so.0; }; then \
	  if command -v apt-get >/dev/null; then \
	    echo "installing the X11 libraries Qt needs: $(QT_XCB_DEBS)"; \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(QT_XCB_DEBS) >/dev/null; \
	  else echo "warning: Qt's xcb plugin is missing system libraries ($(QT_XCB_DEBS))"; fi; \
	fi
	@$(MAKE) --no-print-directory fonts

# Hangul for the Korean interface (--language ko) and its rendering test: a CJK font, where none
# is installed (make run and make test both need it).
fonts:
	@if [ "$$(uname)" = Linux ] && { ! command -v fc-list >/dev/null || [ -z "$$(fc-list :lang=ko)" ]; }; then \
	  if command -v apt-get >/dev/null; then \
	    echo "installing a font with Hangul for the Korean interface: $(CJK_FONT_DEBS)"; \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    { $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq fontconfig $(CJK_FONT_DEBS) >/dev/null; } \
	      || echo "warning: could not install $(CJK_FONT_DEBS): the Hangul rendering test will skip"; \
	  else echo "warning: no font with Hangul: the Korean interface shows boxes ($(CJK_FONT_DEBS))"; fi; \
	fi

run: demo system-libs
	$(PY) main.py --data-dir $(DEMO_DIR)

# The interface's translations (docs/user_guide.md, "Languages"): extract every tr() of ui/ into
# the .ts (new messages arrive unfinished), fill the Korean from resources/i18n/fill_ko.py, compile
# the .qm that is committed (tests/ui/test_ui_i18n.py checks it is current and complete).
I18N_TS := resources/i18n/triage_ko.ts
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts $(I18N_TS)
	$(PY) resources/i18n/fill_ko.py $(I18N_TS)
	$(VENV)/bin/pyside6-lrelease $(I18N_TS) -qm $(I18N_TS:.ts=.qm)

# The store's tests start their own PostgreSQL server (tests/pg_server.py) from Debian's binaries;
# install the package when they are missing (as root directly, otherwise with sudo).
pg:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || { \
	  echo "installing PostgreSQL (the store's tests run against a real server)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

test: $(STAMP) pg fonts
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	$(PY) -m bench

# The installable build (docs/install.md): wheel + sdist, then the .deb around an embedded Python
# and the runtime closure of this virtualenv (resources/packaging/build_deb.py).
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
dist: $(STAMP)
	rm -rf build/deb dist/*.whl dist/*.tar.gz
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 0) $(PY) -m build --no-isolation --outdir dist .
	$(PY) resources/packaging/build_deb.py --wheel dist/triage_desk-$(VERSION)-py3-none-any.whl --out dist

screenshots: $(STAMP) fonts
	@command -v pdftoppm >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get install -y -qq poppler-utils >/dev/null; } \
	  || echo "warning: no pdftoppm (poppler-utils): the printed tag's picture is skipped"
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py --language ko

clean:
	rm -rf $(VENV) var build dist
