"""A one-page PDF that opens with a known user password (Standard security handler, revision 2,
40-bit RC4, computed as the PDF reference's algorithms 3.2-3.4 say): no library here writes one."""

from __future__ import annotations

import hashlib
from pathlib import Path

PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
PERMISSIONS = -4
FILE_ID = bytes(range(16))


def _rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) % 256])
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + PAD)[:32]


def make_locked_pdf(path: Path, password: str, owner: str = "owner") -> Path:
    owner_key = hashlib.md5(_padded(owner)).digest()[:5]
    o_entry = _rc4(owner_key, _padded(password))
    p_bytes = PERMISSIONS.to_bytes(4, "little", signed=True)
    key = hashlib.md5(_padded(password) + o_entry + p_bytes + FILE_ID).digest()[:5]
    u_entry = _rc4(key, PAD)
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        o_entry.hex().encode(),
        u_entry.hex().encode(),
        PERMISSIONS,
    )
    return write_encrypted_pdf(path, encrypt, FILE_ID, media_box=b"0 0 144 72")


def write_encrypted_pdf(path: Path, encrypt: bytes, file_id: bytes, media_box: bytes = b"0 0 72 72") -> Path:
    """One empty page whose trailer names `encrypt` (object 4) as its security handler."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] >>" % media_box,
        encrypt,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    id_entry = b"<" + file_id.hex().encode() + b">"
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\n" % (len(objects) + 1, id_entry, id_entry)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path
