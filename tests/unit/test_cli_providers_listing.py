"""`ocrdesk providers` says what each provider needs: the offline engine needs no endpoint."""

from __future__ import annotations

import pytest

from ocrdesk.cli import main


def _blocks(text: str) -> dict[str, str]:
    blocks: dict[str, str] = {}
    current = ""
    for line in text.splitlines():
        if line and not line.startswith(" ") and not line.startswith("("):
            current = line.split()[0]
            blocks[current] = ""
        elif current:
            blocks[current] += line + "\n"
    return blocks


def test_endpoint_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers"]) == 0
    blocks = _blocks(capsys.readouterr().out)
    assert "endpoint:       none: it runs on this machine, offline" in blocks["local"]
    assert "must give one" not in blocks["local"]
    assert "you must give one" in blocks["aliyun-eas"]  # a deployment of its own, no default host
    assert "https://ocr.tencentcloudapi.com" in blocks["tencent-cloud"]
