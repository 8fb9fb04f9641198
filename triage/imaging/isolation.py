"""Decode untrusted images in a child process, where a decoder abort costs one file, not the app.

Native decoders abort the whole process on some hostile files: gdcm throws a C++ exception that
nothing catches (SIGABRT, exit 134) for a JPEG-LS file whose Rows is one too many, a JPEG 2000
file whose PhotometricInterpretation says YBR_FULL_422, or a JPEG lossless file with
BitsAllocated 32. No ``try`` in Python can stop that, so every decode of pixel data (analysis,
thumbnails, the PDF export, photo re-encoding for export and storage, the UI's reader) goes
through this module:

* the bytes are read in this process by :func:`~triage.imaging.guards.load_source` (regular files
  only, capped by bytes read) and sent to a worker process over a pipe;
* the worker (``spawn``: never a ``fork`` of a process with Qt or torch threads) runs under an
  address-space cap (:data:`DECODER_MEMORY_BYTES`), so a decoder that asks for too much gets a
  ``MemoryError`` instead of the machine's memory;
* each request has a time limit (:data:`DECODE_TIMEOUT_S`); past it the worker is killed;
* a worker that dies, is killed or runs out of time becomes :class:`ImageNotDecodable` for that
  file, and the next request gets a fresh worker. Errors the decoder raises on purpose
  (:class:`ImageReadError` and subclasses) come back unchanged.

Workers are kept warm (up to :data:`MAX_WORKERS`, one per concurrent caller), so a thumbnail does
not pay a process start each time; ``bench/bench_image.py`` measures the cost per image.
"""

from __future__ import annotations

import atexit
import multiprocessing
import signal
import threading
from pathlib import Path
from typing import Any

from triage.errors import ImageNotDecodable, ImageReadError

DECODE_TIMEOUT_S = 60.0
"""Longest one decode may take: the 1955×1841 JPEG 2000 chest takes about 0.3 s here, a slow desk
ten times that; a decoder still busy after a minute is stuck on a hostile file."""

DECODER_MEMORY_BYTES = 4 * 1024**3
"""Address-space cap of a worker (RLIMIT_AS). The largest image :mod:`guards` lets through
(120 M values) needs about 1.5 GB while being decoded and converted; the interpreter and the
decoder libraries map about 1 GB more."""

START_TIMEOUT_S = 60.0
"""Longest a new worker may take to start and load its decoders (about 1 s here)."""

MAX_WORKERS = 2
"""Worker processes at most (concurrent decodes; more callers wait for a free one)."""

_OPERATIONS = ("read", "thumbnail", "clean_photo")

SHARED_MEMORY_MIN_BYTES = 1 << 20
"""Decoded pixels at least this large come back through shared memory instead of the pipe."""


# ---------------------------------------------------------------------------------------------
# Public entry points (this process)


def read_image(source: Path | bytes, name: str = "", *, frame: int = 0) -> Any:
    """Read a DICOM file or a PNG/JPEG photo and decode one frame, in a worker process.

    Returns an :class:`~triage.imaging.record.ImageRecord` (see
    :func:`triage.imaging.decode.decode_image` for what it holds).

    Raises
    ------
    ImageNotDecodable
        The decoder crashed, ran past :data:`DECODE_TIMEOUT_S` or past its memory cap.
    DicomReadError, UnsupportedCompression, ImageReadError
        As :func:`~triage.imaging.decode.decode_image`: the file is not a readable image.
    """
    return _pool.read_image(source, name, frame=frame)


def thumbnail_of(source: Path | bytes, name: str = "", size: int = 256) -> bytes:
    """A PNG thumbnail (aspect kept, at most ``size`` × ``size``) decoded in a worker process.

    Only the PNG crosses the pipe, not the decoded pixels.

    Raises
    ------
    ImageNotDecodable, ImageReadError
        As :func:`read_image`.
    """
    from triage.imaging.guards import load_source

    data, name = load_source(source, name)
    return _pool.call("thumbnail", (data, name, size), name)


def clean_photo_bytes(data: bytes, name: str = "photo") -> bytes:
    """:func:`triage.imaging.photo.clean_photo_bytes` (metadata-free re-encoding) in a worker.

    Raises
    ------
    ImageNotDecodable, ImageReadError
        As :func:`read_image`.
    """
    from triage.imaging.guards import load_source

    data, name = load_source(data, name)
    return _pool.call("clean_photo", (data,), name)


def warm_decoder() -> None:
    """Start one worker and load its decoders now (about a second), so the first image is quick."""
    _pool.warm()


def shutdown_decoders() -> None:
    """Stop every idle worker (tests, and at exit)."""
    _pool.shutdown()


# ---------------------------------------------------------------------------------------------
# The worker process


def _serve(conn: Any, memory_cap: int) -> None:
    """Worker main loop: one request at a time, a reply for each, until the pipe closes."""
    _cap_memory(memory_cap)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the parent
    import pydicom.pixels  # noqa: F401 - loaded now so the first request is as quick as the rest
    from PIL import Image  # noqa: F401

    from triage.imaging import decode, display, photo

    def run(op: str, args: tuple) -> Any:
        if op == "read":
            data, name, frame = args
            return decode.decode_image(data, name, frame=frame)
        if op == "thumbnail":
            data, name, size = args
            return display.thumbnail_png(decode.decode_image(data, name), size)
        if op == "clean_photo":
            return photo.clean_photo_bytes(args[0])
        raise ValueError(f"unknown operation {op!r}")

    conn.send(("ready", None))
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = _pixels_to_shared_memory(run(op, args))
        except ImageReadError as exc:
            reply = ("error", exc)
        except MemoryError:
            reply = ("error", ImageNotDecodable(
                "the image needs more memory than the decoder may use (possible decompression bomb)"))
        except Exception as exc:  # noqa: BLE001 - anything else is still this file's fault
            reply = ("error", ImageNotDecodable(
                f"the decoder failed on this file ({type(exc).__name__}: {exc})"))
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("error", ImageNotDecodable("the decoded image is too large to hand back")))


def _pixels_to_shared_memory(result: Any) -> tuple[str, Any]:
    """The reply for a result; a large record's pixels go through shared memory, not the pipe.

    A pipe copies the bytes twice through the kernel in small pieces: for the 1955×1841 chest
    (14 MB as float32) that was ~45 ms of the ~85 ms the worker added; one shared block is ~20 ms.
    """
    from triage.imaging.record import ImageRecord

    if not isinstance(result, ImageRecord) or result.pixels.nbytes < SHARED_MEMORY_MIN_BYTES:
        return ("ok", result)
    import dataclasses

    import numpy as np
    from multiprocessing import shared_memory

    pixels = result.pixels
    try:
        block = shared_memory.SharedMemory(create=True, size=pixels.nbytes)
    except OSError:  # no /dev/shm, or it is full: the pipe still works
        return ("ok", result)
    try:
        np.ndarray(pixels.shape, pixels.dtype, buffer=block.buf)[...] = pixels
    except BaseException:
        block.close()
        block.unlink()
        raise
    block.close()  # the parent unlinks it once copied (the resource tracker, if the parent dies first)
    hollow = dataclasses.replace(result, pixels=np.empty(0, pixels.dtype))
    return ("shared", (hollow, block.name, pixels.shape, pixels.dtype.str))


def _pixels_from_shared_memory(payload: tuple) -> Any:
    import dataclasses

    import numpy as np
    from multiprocessing import shared_memory

    hollow, name, shape, dtype = payload
    block = shared_memory.SharedMemory(name=name)
    try:
        pixels = np.array(np.ndarray(shape, np.dtype(dtype), buffer=block.buf))
    finally:
        block.close()
        block.unlink()
    return dataclasses.replace(hollow, pixels=pixels)


def _cap_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit and the process boundary remain
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


# ---------------------------------------------------------------------------------------------
# The pool (this process)


class _Worker:
    """One spawned decoder process and the parent's end of its pipe."""

    def __init__(self, memory_cap: int, timeout: float):
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_serve, args=(child, memory_cap), daemon=True,
                                   name="triage-image-decoder")
        self.process.start()
        child.close()
        self._await_reply(START_TIMEOUT_S, "")  # the "ready" handshake: imports done

    def request(self, op: str, args: tuple, name: str, timeout: float) -> tuple[str, Any]:
        """Send one request and wait for its reply: ("ok", result) or ("error", exception)."""
        try:
            self.conn.send((op, args))
        except (OSError, ValueError) as exc:
            self.stop()
            raise ImageNotDecodable(f"{name}: the image decoder is not running ({exc}); "
                                    "try again") from None
        return self._await_reply(timeout, name)

    def _await_reply(self, timeout: float, name: str) -> tuple[str, Any]:
        label = f"{name}: " if name else ""
        if not self.conn.poll(timeout):
            self.stop()
            raise ImageNotDecodable(f"{label}the decoder took longer than {timeout:g} s and was "
                                    "stopped; the file may be damaged or hostile")
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            self.process.join(5)
            code = self.process.exitcode
            self.stop()
            raise ImageNotDecodable(f"{label}the image decoder crashed on this file "
                                    f"({_describe_exit(code)}); it may be damaged or of an "
                                    "unsupported kind") from None

    @property
    def alive(self) -> bool:
        return self.process.is_alive() and not self.conn.closed

    def stop(self) -> None:
        try:
            self.conn.close()
        except OSError:
            pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "it did not exit"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class DecoderPool:
    """Warm workers handed to one caller at a time; a failed worker is dropped, not reused.

    The module keeps one pool for the app; tests build their own with other limits.
    """

    def __init__(self, max_workers: int = MAX_WORKERS, *, timeout_s: float = DECODE_TIMEOUT_S,
                 memory_bytes: int = DECODER_MEMORY_BYTES):
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_workers)
        self.memory_cap = memory_bytes
        self.timeout = timeout_s

    def read_image(self, source: Path | bytes, name: str = "", *, frame: int = 0) -> Any:
        """:func:`read_image` in this pool's workers."""
        from triage.imaging.guards import load_source

        data, name = load_source(source, name)
        return self.call("read", (data, name, frame), name)

    def call(self, op: str, args: tuple, name: str) -> Any:
        """Run one operation of :data:`_OPERATIONS` in a worker; raises what it raised."""
        assert op in _OPERATIONS
        with self._slots:
            worker = self._checkout()
            try:
                status, payload = worker.request(op, args, name, self.timeout)
            except BaseException:
                worker.stop()  # crashed, timed out or interrupted: a reply may still be pending
                raise
            self._checkin(worker)
        if status == "error":
            raise payload
        if status == "shared":
            return _pixels_from_shared_memory(payload)
        return payload

    def warm(self) -> None:
        with self._slots:
            self._checkin(self._checkout())

    def _checkout(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive:
                    return worker
                worker.stop()
        try:
            return _Worker(self.memory_cap, self.timeout)
        except (OSError, EOFError) as exc:
            raise ImageNotDecodable(f"the image decoder could not be started: {exc}") from exc

    def _checkin(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)

    def shutdown(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


_pool = DecoderPool()
atexit.register(shutdown_decoders)
