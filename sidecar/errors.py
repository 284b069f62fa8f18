"""The sidecar's one error type, and the few kinds of it callers tell apart."""

from __future__ import annotations


class SidecarError(Exception):
    """Something the sidecar could not do; ``message`` is one plain line for the user."""

    #: A short machine-readable code (the HTTP API's ``{"error": {"code"}}``).
    code = "sidecar_error"
    #: The HTTP status the sidecar's API answers with for this error.
    http_status = 400

    def __init__(self, message: str, *, code: str | None = None) -> None:
        self.message = " ".join(str(message).split())
        if code is not None:
            self.code = code
        super().__init__(self.message)


class WordPressError(SidecarError):
    """WordPress refused a request, answered badly, or could not be reached."""

    code = "wordpress_error"
    http_status = 502

    def __init__(self, status: int | None, code: str, message: str) -> None:
        #: WordPress's HTTP status, or None when no HTTP answer came back.
        self.status = status
        super().__init__(message, code=code)

    def __repr__(self) -> str:
        return (f"WordPressError(status={self.status!r}, code={self.code!r}, "
                f"message={self.message!r})")


class ConflictError(SidecarError):
    """The page changed in WordPress while senreport was updating it; nothing was written."""

    code = "conflict"
    http_status = 409


CONFLICT_MESSAGE = ("The page was changed in WordPress while senreport was updating it; "
                    "nothing was written. Run the command again.")


class PostLockedError(ConflictError):
    """Someone has the page open in the WordPress editor (its post lock), so nothing is
    written: their next save would silently undo the change."""

    code = "post_locked"

    def __init__(self, editor: str) -> None:
        super().__init__(f"{editor} is editing this page in WordPress now, so senreport wrote "
                         "nothing (their next save would undo the change). Ask them to close "
                         "the page and run the command again, or use --force.")
        self.editor = editor


class UnknownSiteError(SidecarError, LookupError):
    """No site of that name is saved."""

    code = "unknown_site"
    http_status = 404
