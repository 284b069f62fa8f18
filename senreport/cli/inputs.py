"""Reading what the user names on the command line: a file or a web address."""

from __future__ import annotations

import re
from pathlib import Path

from senreport import __version__

#: Larger inputs are refused: no SEN report is anywhere near this size.
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 15
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-zA-Z0-9_-]+)""", re.IGNORECASE)


class UserError(Exception):
    """A problem the user can fix; its message is one plain line."""


def is_url(target: str) -> bool:
    """Whether the argument is a web address rather than a file."""
    return target.startswith(("http://", "https://"))


def read_target(target: str, *, allow_private: bool = False,
                timeout: float = TIMEOUT_SECONDS) -> str:
    """The text of a file or web page, or a :class:`UserError` saying why not.

    A web address is read under the audit's address policy (public addresses only unless
    ``allow_private``; link-local and other schemes never, on every redirect, before
    connecting) and one deadline for the whole request.
    """
    if is_url(target):
        data = _fetch(target, allow_private=allow_private, timeout=timeout)
    else:
        data = _read_file(target)
    return decode(data, target)


def read_input(target: str, *, allow_private: bool = False,
               timeout: float = TIMEOUT_SECONDS) -> str | bytes:
    """A file or web page to check or import: the bytes of a PDF or Word file, else text
    (web addresses read as :func:`read_target` reads them)."""
    from senreport.readers.files import sniff_format

    data = (_fetch(target, allow_private=allow_private, timeout=timeout) if is_url(target)
            else _read_file(target))
    if sniff_format(data, target) is not None:
        return data
    return decode(data, target)


def _read_file(target: str) -> bytes:
    path = Path(target)
    if not path.exists():
        raise UserError(f"{target}: there is no such file")
    if path.is_dir():
        raise UserError(f"{target}: this is a folder; give the path of a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UserError(
            f"{target}: the file is too large ({size // (1024 * 1024)} MB); "
            f"senreport reads files up to {MAX_BYTES // (1024 * 1024)} MB"
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(f"{target}: the file cannot be read ({error.strerror})") from None


def _fetch(url: str, *, allow_private: bool, timeout: float) -> bytes:
    from senreport.cli.fetch import CrawlOptions, Fetcher, FetchError

    options = CrawlOptions(delay=0, timeout=timeout, max_bytes=MAX_BYTES,
                           allow_private=allow_private,
                           user_agent=f"senreport/{__version__} (SEN report checker)")
    try:
        response = Fetcher(options).fetch(url, types=None)
    except FetchError as error:
        message = str(error)
        raise UserError(message if message.startswith(url) else f"{url}: {message}") from None
    if response.status >= 400:
        raise UserError(f"{url}: the web server answered {response.status}")
    return response.body


def decode(data: bytes, target: str) -> str:
    """Bytes to text: UTF-8, or the character set a web page declares."""
    if not data.strip():
        raise UserError(f"{target}: the file is empty; there is nothing to check")
    if b"\x00" in data[:8192]:
        raise UserError(f"{target}: this is a binary file, not a web page, report, PDF or "
                        "Word (.docx) document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise UserError(
        f"{target}: the text is not in UTF-8 and does not say which character set it uses; "
        "save it as UTF-8 and try again"
    )
