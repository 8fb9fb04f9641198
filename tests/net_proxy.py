"""A small TCP proxy for tests of a clinic server behind a bad network.

A desk connects to the proxy; the proxy forwards to the real PostgreSQL server. The test can then
make the network misbehave the way real networks do, without closing anything:

- ``silence()``: stop forwarding in both directions, sockets left open (a cable pulled, packets
  dropped): the client waits for an answer that never comes;
- ``swallow_replies()``: forward what the client sends but discard what the server answers (a
  COMMIT that reaches the server whose answer is lost);
- ``resume()``: forward normally again (data held while silent is delivered);
- ``kill_connections()``: close every proxied connection (a reset);
- ``stop()``: close the listener and every connection.

Everything runs in daemon threads on 127.0.0.1; nothing here is used outside the tests.
"""

from __future__ import annotations

import selectors
import socket
import threading
from dataclasses import dataclass, field

PASS, SILENT, SWALLOW = "pass", "silent", "swallow"


@dataclass
class _Pair:
    client: socket.socket
    server: socket.socket
    held: dict[int, bytearray] = field(default_factory=dict)


class NetProxy:
    """``NetProxy(target_host, target_port)``; ``.port`` is where clients connect."""

    def __init__(self, target_host: str, target_port: int):
        self.target = (target_host, target_port)
        self.mode = PASS
        self._lock = threading.Lock()
        self._pairs: list[_Pair] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stopped = threading.Event()
        self._sel = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._sel.register(self._listener, selectors.EVENT_READ, "accept")
        self._sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._thread = threading.Thread(target=self._loop, name="net-proxy", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ what the test controls
    def silence(self) -> None:
        self._set(SILENT)

    def swallow_replies(self) -> None:
        self._set(SWALLOW)

    def resume(self) -> None:
        self._set(PASS)

    def kill_connections(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            self._close(pair)
        self._wake()

    def stop(self) -> None:
        self._stopped.set()
        self.kill_connections()
        self._wake()
        self._thread.join(timeout=5)
        for s in (self._listener, self._wake_r, self._wake_w):
            s.close()

    def __enter__(self) -> "NetProxy":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._pairs)

    # ------------------------------------------------------------------------------ the loop
    def _set(self, mode: str) -> None:
        self.mode = mode
        self._wake()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass

    def _close(self, pair: _Pair) -> None:
        for s in (pair.client, pair.server):
            try:
                self._sel.unregister(s)
            except (KeyError, ValueError):
                pass
            try:
                s.close()
            except OSError:
                pass

    def _loop(self) -> None:
        while not self._stopped.is_set():
            for key, _ in self._sel.select(timeout=0.2):
                if key.data == "accept":
                    self._accept()
                elif key.data == "wake":
                    try:
                        self._wake_r.recv(4096)
                    except OSError:
                        pass
                else:
                    self._forward(key.fileobj, *key.data)
            if self.mode == PASS:
                self._flush_held()

    def _accept(self) -> None:
        try:
            client, _ = self._listener.accept()
            server = socket.create_connection(self.target, timeout=5)
        except OSError:
            return
        pair = _Pair(client, server)
        with self._lock:
            self._pairs.append(pair)
        self._sel.register(client, selectors.EVENT_READ, (pair, server, "up"))
        self._sel.register(server, selectors.EVENT_READ, (pair, client, "down"))

    def _forward(self, src: socket.socket, pair: _Pair, dst: socket.socket, direction: str) -> None:
        try:
            data = src.recv(65536)
        except OSError:
            data = b""
        if not data:
            with self._lock:
                if pair in self._pairs:
                    self._pairs.remove(pair)
            self._close(pair)
            return
        mode = self.mode
        if mode == SILENT:
            pair.held.setdefault(dst.fileno(), bytearray()).extend(data)
            return
        if mode == SWALLOW and direction == "down":
            return  # the server's answer is lost
        try:
            dst.sendall(data)
        except OSError:
            self._close(pair)

    def _flush_held(self) -> None:
        with self._lock:
            pairs = list(self._pairs)
        for pair in pairs:
            for sock in (pair.client, pair.server):
                fd = sock.fileno()
                if fd in pair.held and pair.held[fd]:
                    try:
                        sock.sendall(bytes(pair.held.pop(fd)))
                    except OSError:
                        pass
