"""What ``senreport site add`` and ``senreport inject`` do; each returns the text to print.

The application password is read from an environment variable or from a private file, never
from the command line, and never printed. Every failure is a :class:`SidecarError` whose
message is one plain line.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from senreport.readers.structured import ReportError, load_report
from sidecar.errors import SidecarError, WordPressError
from sidecar.inject import InjectResult, inject_report
from sidecar.store import Store
from sidecar.wordpress import WordPressClient

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")


def read_password(password_env: str | None = None, password_file: str | os.PathLike[str] | None
                  = None) -> str:
    """The application password from the named environment variable or a 0600 file."""
    if (password_env is None) == (password_file is None):
        raise SidecarError("Say where the application password is: --password-env VARIABLE "
                           "or --password-file FILE (one of them).")
    if password_env is not None:
        value = os.environ.get(password_env, "").strip()
        if not value:
            raise SidecarError(f"The environment variable {password_env} is empty or not set; "
                               "put the application password in it and run again.")
        return value
    path = Path(password_file or "")
    try:
        info = path.stat()
    except OSError as error:
        raise SidecarError(f"Cannot read {path}: {error.strerror}.") from None
    if not stat.S_ISREG(info.st_mode):
        raise SidecarError(f"{path} is not a file.")
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SidecarError(f"{path} can be read by other users of this computer; make it "
                           f"private with: chmod 600 {path}")
    lines = path.read_text(encoding="utf-8").strip().splitlines()
    if not lines or not lines[0].strip():
        raise SidecarError(f"{path} is empty; put the application password on its first line.")
    return lines[0].strip()


def site_add(store: Store, name: str, url: str, user: str, password_env: str | None = None,
             *, password_file: str | os.PathLike[str] | None = None,
             timeout: float = 10.0) -> str:
    """Check the credentials against the site, then save it (the password encrypted)."""
    if not _NAME.match(name):
        raise SidecarError(f"{name!r} cannot be a site name: use letters, digits, '.', '-' or "
                           "'_', such as 'oakfield'.")
    password = read_password(password_env, password_file)
    with WordPressClient(url, user, password, timeout=timeout) as client:
        me = client.users_me()
    capabilities = me.get("capabilities") or {}
    if not capabilities.get("edit_pages"):
        raise SidecarError(f"The WordPress user {user!r} is not allowed to edit pages on this "
                           "site; use an editor's or administrator's application password.")
    replacing = any(site.name == name for site in store.list_sites())
    store.add_site(name, client.base_url, user, password)
    lines = [f"{'Updated' if replacing else 'Saved'} site {name!r}: {client.base_url} as "
             f"{user} (WordPress accepted the application password)."]
    if not capabilities.get("edit_theme_options"):
        lines.append("Note: this user cannot change widgets or the footer, so senreport cannot "
                     "place the Local Offer link; an administrator's password can.")
    host = urlsplit(client.base_url).hostname or ""
    if client.base_url.startswith("http://") and host not in ("localhost", "127.0.0.1", "::1"):
        lines.append("Note: the address starts with http://, so the application password is "
                     "sent unencrypted; use https:// if the site has it.")
    return "\n".join(lines)


def inject(store: Store, name: str, report_path: str | os.PathLike[str], dry_run: bool = False,
           publish: bool = False, *, timeout: float = 10.0, force: bool = False) -> str:
    """Create or update the site's report page from a report file; answers what to print."""
    path = Path(report_path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "it is not UTF-8 text"
        raise SidecarError(f"Cannot read {path}: {reason}.") from None
    try:
        report = load_report(text, source=str(path))
    except ReportError as error:
        raise SidecarError(str(error)) from None
    site = store.get_site(name)
    page_id = store.last_injected_page(name)
    with WordPressClient(site.url, site.user, store.site_password(name),
                         timeout=timeout) as client:
        try:
            result = inject_report(client, report, page_id=page_id, dry_run=dry_run,
                                   publish=publish, force=force)
        except WordPressError as error:
            if page_id is None or error.status != 404:
                raise
            # The page senreport wrote last time was deleted: look for it by its address.
            result = inject_report(client, report, dry_run=dry_run, publish=publish,
                                   force=force)
    if not dry_run and result.page_id is not None:
        if result.action != "unchanged":
            store.add_injection(name, result.page_id, result.action)
        if result.findings is not None:
            digest = hashlib.sha256(result.content.encode("utf-8")).hexdigest()
            store.add_findings(name, result.page_id, result.findings, digest)
    return _describe(result, dry_run, publish)


def _describe(result: InjectResult, dry_run: bool, publish: bool) -> str:
    page = f"page {result.page_id}" if result.page_id is not None else "a new page"
    where = f": {result.link}" if result.link else ""
    if dry_run:
        heading = {"created": f"Would create {page} ({'published' if publish else 'a draft'})",
                   "updated": f"Would update {page}{where}",
                   "unchanged": f"Nothing would change on {page}{where}"}[result.action]
    else:
        heading = {"created": f"Created {page} ({'published' if publish else 'a draft'}){where}",
                   "updated": f"Updated {page}{where}",
                   "unchanged": f"{page.capitalize()} is already up to date{where}"}[result.action]
    lines = [heading + "."]
    if dry_run and result.diff:
        lines.append(result.diff.rstrip("\n"))
    lines.extend(_findings_lines(result.findings))
    return "\n".join(lines)


def _findings_lines(findings: dict[str, Any] | None) -> list[str]:
    if not findings:
        return []
    summary = findings.get("summary") or {}
    lines = [f"Checks: {summary.get('errors', 0)} errors, {summary.get('warnings', 0)} warnings, "
             f"{summary.get('info', 0)} for information."]
    for finding in findings.get("findings") or []:
        if finding.get("severity") in ("error", "warning") and not finding.get("acknowledged"):
            lines.append(f"  {finding.get('code')} {finding.get('severity')}: "
                         f"{finding.get('message')}")
    return lines
