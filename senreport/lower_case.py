"""Texts in lower case, remembered: a page's block texts are lowered by many readers (the
coverage's cheap tests and cues, the facts, the folding before a search), each once."""

from __future__ import annotations


class _Lowered(dict[str, str]):
    """Text -> ``text.lower()``, worked out on first asking; emptied when it grows large."""

    def __missing__(self, text: str) -> str:
        if len(self) >= 4096:
            self.clear()
        found = self[text] = text.lower()
        return found


#: ``text.lower()``, remembered for the texts asked about most recently.
lowered = _Lowered().__getitem__
