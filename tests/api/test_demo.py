"""Demo mode, as `make run` starts it: the service and its embedded emulator on one loopback port."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.demo import DEMO_TOKEN, build_demo_app, is_loopback
from second_chance.emulator import serve_in_background
from second_chance.errors import InvalidInput


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    app = build_demo_app("127.0.0.1", port, database_url=f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    url, stop = serve_in_background(app, "127.0.0.1", port)
    try:
        yield url
    finally:
        stop()


def test_demo_lists_and_drafts(demo: str) -> None:
    auth = {"Authorization": f"Bearer {DEMO_TOKEN}"}
    with httpx.Client(base_url=demo, timeout=30) as client:
        listed = client.get("/v1/rejections", headers=auth)
        assert listed.status_code == 200, listed.text
        items = listed.json()["items"]
        assert len(items) >= 8
        assert len({item["language"] for item in items}) >= 3
        assert all(item["reply_to"] is None or "reply" not in item["reply_to"] for item in items)
        first = items[0]["message_id"]
        created = client.post(f"/v1/messages/{first}/draft", headers=auth)
        assert created.status_code == 201, created.text
        again = client.post(f"/v1/messages/{first}/draft", headers=auth)
        assert again.status_code == 200
        assert again.json()["draft_id"] == created.json()["draft_id"]
        assert client.get("/v1/rejections", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_demo_binds_to_loopback_only() -> None:
    assert is_loopback("127.0.0.1")
    assert is_loopback("::1")
    assert is_loopback("localhost")
    assert not is_loopback("0.0.0.0")
    assert not is_loopback("192.168.1.20")
    with pytest.raises(InvalidInput):
        build_demo_app("0.0.0.0", 8000)
