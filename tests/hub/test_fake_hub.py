"""The fake Hub itself: a client hanging up mid-file (a paused download) prints no traceback."""

from __future__ import annotations

import socket
import time

import pytest

from tests.hub.fake_hub import FakeHub, FakeRepo, HubServer


def test_a_client_hanging_up_mid_file_prints_no_traceback(capfd: pytest.CaptureFixture[str]) -> None:
    hub = FakeHub(repos={"acme/big": FakeRepo({"model.safetensors": b"x" * 4_000_000})}, delay_s=0.01)
    with HubServer(hub) as server:
        host, port = server.server.server_address[:2]
        client = socket.create_connection((str(host), int(port)))
        client.sendall(b"GET /acme/big/resolve/main/model.safetensors HTTP/1.1\r\nHost: x\r\n\r\n")
        assert client.recv(65536)  # the download has started
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        client.close()  # a reset, as a paused download's connection ends
        time.sleep(1.0)  # the server writes on into the closed connection
    assert "Traceback" not in capfd.readouterr().err
