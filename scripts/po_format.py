"""PO and POT files for scripts/bridge-pot: a string written the way gettext writes it, and a
file read back and checked (quoting, escapes, a msgstr for every msgid, no msgid twice).

Plain Python, so that the template can be written and checked where gettext is not installed.
"""

from __future__ import annotations

import re

PO_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a",
              "\b": "\\b", "\f": "\\f", "\v": "\\v"}
PO_UNESCAPES = {v[1]: k for k, v in PO_ESCAPES.items()}


def po_string(keyword: str, text: str) -> str:
    """keyword "text", escaped for PO; split after each newline the way gettext does."""
    lines = re.findall(r"[^\n]*\n|[^\n]+", text)
    parts = ["".join(PO_ESCAPES.get(c, c) for c in part) for part in lines]
    if len(parts) <= 1:
        return f'{keyword} "{"".join(parts)}"\n'
    return f'{keyword} ""\n' + "".join(f'"{p}"\n' for p in parts)


def _unquote(text: str, where: int) -> str:
    if not re.fullmatch(r'"(?:[^"\\]|\\.)*"', text):
        raise ValueError(f"line {where}: not a properly quoted string: {text}")

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in PO_UNESCAPES:
            raise ValueError(f"line {where}: unknown escape \\{m.group(1)}")
        return PO_UNESCAPES[m.group(1)]
    return re.sub(r"\\(.)", one, text[1:-1])


def parse_po(text: str) -> list[dict[str, str]]:
    """The entries of a PO/POT file (header included), each keyword -> value.

    Raises ValueError naming the line for anything malformed: a badly quoted string, an
    unknown keyword, a msgid without its msgstr, or the same msgctxt and msgid twice.
    """
    entries: list[dict[str, str]] = []
    entry: dict[str, str] = {}
    key: str | None = None

    def close(where: int) -> None:
        if not entry:
            return
        if "msgid" not in entry:
            raise ValueError(f"line {where}: an entry without a msgid")
        if "msgid_plural" in entry:
            if "msgstr[0]" not in entry or "msgstr" in entry:
                raise ValueError(f"line {where}: plural msgid {entry['msgid']!r} needs msgstr[n]")
        elif "msgstr" not in entry:
            raise ValueError(f"line {where}: msgid {entry['msgid']!r} has no msgstr")
        entries.append(dict(entry))
        entry.clear()

    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            if entry and "msgid" in entry and any(k.startswith("msgstr") for k in entry):
                close(n)
            continue
        if line.startswith('"'):
            if key is None:
                raise ValueError(f"line {n}: a string outside any entry")
            entry[key] += _unquote(line, n)
            continue
        m = re.fullmatch(r"(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(.*)", line)
        if not m:
            raise ValueError(f"line {n}: not a PO line: {line}")
        key = m.group(1)
        if key in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
            close(n)
        if key in entry:
            raise ValueError(f"line {n}: {key} given twice in one entry")
        entry[key] = _unquote(m.group(2), n)
    close(len(text.splitlines()) + 1)
    seen: set[tuple[str | None, str]] = set()
    for e in entries:
        ident = (e.get("msgctxt"), e["msgid"])
        if ident in seen:
            raise ValueError(f"msgid {e['msgid']!r} (context {ident[0]!r}) is there twice")
        seen.add(ident)
    return entries
