"""What stands between the network and the chat page: a cap on request bodies, a brake on failed logins, sessions
bound to the login that opened them, and idle sessions forgotten. Plain ASGI middleware, installed on Gradio's
FastAPI app by `launch_options`, so every route is covered, Gradio's own included.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import parse_qs

# Everything in a chat turn's body besides the question: the chosen document names, the session and event ids.
BODY_ROOM_BYTES = 40_000
# A question is at most `max_question_chars` characters; the longest JSON spelling of one is 12 bytes
# (an escaped surrogate pair, "\ud83d\ude00").
JSON_BYTES_PER_CHAR = 12
# File uploads are bounded per file by Gradio's own max_file_size, streamed to disk rather than held in memory.
UPLOAD_PATH = "/gradio_api/upload"
# An upload request carries at most this many files' worth of bytes (each file at most `max_upload_mb`).
UPLOAD_FILES_AT_ONCE = 10
LOGIN_PATHS = ("/login", "/login/")

# Failed logins: the first FREE_FAILURES within FAILURE_WINDOW_SECONDS are answered at once (typos happen); after
# that each attempt waits twice as long as the last, 1 s, 2 s, 4 s ... up to a lockout of ADDRESS_LOCKOUT_SECONDS
# for one client address. A user name gets at most USER_LOCKOUT_SECONDS, because anyone can fail logins in another
# user's name: the short cap keeps guessing from many addresses at about one try a minute without locking the right
# user out for long, and an address that has logged in as that user before is not held back by the name at all.
FREE_FAILURES = 5
FAILURE_WINDOW_SECONDS = 15 * 60
ADDRESS_LOCKOUT_SECONDS = 5 * 60
USER_LOCKOUT_SECONDS = 60
TRACKED_KEYS = 10_000  # addresses and names remembered at once, the least recently failed forgotten first

# A session nobody has used for an hour is forgotten (its answers and Gradio's copy of the page): long enough to
# read, or to step away and come back; Gradio itself keeps sessions until `max_sessions` newer ones push them out.
SESSION_IDLE_SECONDS = 60 * 60
SWEEP_SECONDS = 60

_SESSION_IN_PATH = re.compile(r"^/gradio_api/(?:heartbeat|stream)/([^/]+)")


def body_limit_bytes(max_question_chars: int) -> int:
    """The largest request body the server reads (uploads aside): the longest question in JSON, plus room."""
    return JSON_BYTES_PER_CHAR * max_question_chars + BODY_ROOM_BYTES


def json_response(status: int, message: str, headers: dict[str, str] | None = None) -> Callable:
    """An ASGI app that answers `status` with `{"error": message}`."""
    body = json.dumps({"error": message}).encode()
    extra = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]

    async def respond(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()), *extra]})
        await send({"type": "http.response.body", "body": body})

    return respond


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses a request body above `max_bytes` with 413 before anything parses it: by its Content-Length when it
    declares one, else by counting the bytes as they stream in. The upload route has its own, larger bound,
    `upload_bytes` (Gradio's per-file limit applies to files only, so a form field of any size would else be read
    into memory)."""

    def __init__(self, app, max_bytes: int, max_question_chars: int, upload_bytes: int | None = None):
        self.app, self.max_bytes = app, max_bytes
        self.upload_bytes = upload_bytes
        self.refusal = json_response(413, f"The request is larger than the {max_bytes} bytes this server reads. "
                                          f"A question may be at most {max_question_chars} characters: ask a "
                                          "shorter one; add documents through the upload instead.")
        self.upload_refusal = json_response(413, f"The upload is larger than the {upload_bytes or 0:,} bytes this "
                                                 "server takes at a time. Add fewer files at once.")

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        upload = scope["path"].rstrip("/") == UPLOAD_PATH
        if upload and self.upload_bytes is None:
            return await self.app(scope, receive, send)
        limit, refusal = (self.upload_bytes, self.upload_refusal) if upload else (self.max_bytes, self.refusal)
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > limit:
            return await refusal(scope, receive, send)
        seen, started, too_large = 0, False, False

        async def counted_receive():
            nonlocal seen, too_large
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                too_large = True
                raise _TooLarge
            return message

        async def guarded_send(message):
            nonlocal started
            if too_large and not started:
                return  # the app's answer to a body it could not finish reading gives way to the 413 below
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not too_large:
                raise
        if too_large and not started:
            await refusal(scope, receive, send)


async def read_body(receive) -> tuple[bytes, Callable]:
    """The whole request body, and a `receive` that hands it on again to the app behind (callers sit behind
    `BodyLimit`, so the body is small)."""
    chunks, more = [], True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            return b"", receive
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    body, replayed = b"".join(chunks), False

    async def replay():
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        return {"type": "http.request", "body": body, "more_body": False}

    return body, replay


class LoginThrottle:
    """Counts failed logins per client address and per user name and says how long the next attempt must wait
    (the numbers and why: the module constants above). `clock` is injectable for tests."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._failures: OrderedDict[tuple[str, str], tuple[int, float]] = OrderedDict()
        self._known: OrderedDict[tuple[str, str], float] = OrderedDict()  # (user, address) that logged in before

    def wait_seconds(self, address: str, user: str) -> float:
        """Seconds before `address` may try to log in as `user` again; 0 if it may now."""
        waits = [self._wait(("address", address), ADDRESS_LOCKOUT_SECONDS)]
        if (user, address) not in self._known:
            waits.append(self._wait(("user", user), USER_LOCKOUT_SECONDS))
        return max(waits)

    def failed(self, address: str, user: str) -> None:
        """Record a wrong user name or password from `address`."""
        for key in (("address", address), ("user", user)):
            count, _ = self._current(key)
            self._failures[key] = (count + 1, self.clock())
            self._failures.move_to_end(key)
        while len(self._failures) > TRACKED_KEYS:
            self._failures.popitem(last=False)

    def succeeded(self, address: str, user: str) -> None:
        """Record a good login: the address and the name start afresh, and this address is known for this user."""
        self._failures.pop(("address", address), None)
        self._failures.pop(("user", user), None)
        self._known[(user, address)] = self.clock()
        self._known.move_to_end((user, address))
        while len(self._known) > TRACKED_KEYS:
            self._known.popitem(last=False)

    def _current(self, key) -> tuple[int, float]:
        count, last = self._failures.get(key, (0, 0.0))
        return (0, 0.0) if self.clock() - last > FAILURE_WINDOW_SECONDS else (count, last)

    def _wait(self, key, cap: float) -> float:
        count, last = self._current(key)
        if count < FREE_FAILURES:
            return 0.0
        delay = min(2.0 ** (count - FREE_FAILURES), cap)
        return max(0.0, last + delay - self.clock())


class LoginGuard:
    """Answers a login attempt 429 with Retry-After while `throttle` holds its address or user name back, and
    tells the throttle how each attempt Gradio answered ended (200 logged in, 400 wrong credentials)."""

    def __init__(self, app, throttle: LoginThrottle):
        self.app, self.throttle = app, throttle

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in LOGIN_PATHS:
            return await self.app(scope, receive, send)
        body, receive = await read_body(receive)
        user = await _login_name(scope, body)
        address = (scope.get("client") or ("unknown", 0))[0]
        wait = self.throttle.wait_seconds(address, user)
        if wait > 0:
            seconds = math.ceil(wait)
            refusal = json_response(429, f"Too many failed logins. Try again in {seconds} seconds.",
                                    {"Retry-After": str(seconds)})
            return await refusal(scope, receive, send)
        status = 0

        async def watched_send(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watched_send)
        if status == 200:
            self.throttle.succeeded(address, user)
        elif status in (400, 401):
            self.throttle.failed(address, user)


async def _login_name(scope, body: bytes) -> str:
    """The user name of a login form, urlencoded (API clients) or multipart (the login page), as Gradio strips it."""
    from starlette.requests import Request

    async def once():
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        async with Request(scope, once).form(max_files=0, max_fields=10) as form:
            return str(form.get("username") or "").strip()
    except Exception:  # noqa: BLE001 - a malformed form: Gradio refuses it too
        return ""


def _session_hashes(scope, body: bytes) -> set[str]:
    """Every session a request names: in its path, in each of its `session_hash` query values, and in a JSON body
    (with any whitespace before it, as Gradio reads it). Gradio takes one of them; the guard checks them all."""
    found = set()
    in_path = _SESSION_IN_PATH.match(scope["path"])
    if in_path:
        found.add(in_path.group(1))
    found.update(parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
                 .get("session_hash", []))
    if body.strip()[:1] == b"{":
        try:
            value = json.loads(body).get("session_hash")
        except (ValueError, AttributeError):
            value = None
        if value is not None:
            found.add(value if isinstance(value, str) else json.dumps(value))
    return found


class SessionOwners:
    """With a login on, a session belongs to the user who first used it: a request that names another user's
    session (its `session_hash`) gets 403, one from nobody logged in 401. Gradio keys all of a session's state
    (answers, chat history, exports) by that hash alone; this binds it to the login. The owner is kept beside
    Gradio's own session object, so it is forgotten exactly when Gradio forgets the session."""

    def __init__(self, app):
        self.app = app
        self.owners: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    async def __call__(self, scope, receive, send) -> None:
        gradio_app = scope.get("app")
        if scope["type"] != "http" or getattr(gradio_app, "auth", None) is None:
            return await self.app(scope, receive, send)
        body = b""
        if scope["method"] == "POST" and scope["path"].rstrip("/") != UPLOAD_PATH:
            body, receive = await read_body(receive)
        named = _session_hashes(scope, body)
        if len(named) > 1:  # which one Gradio would use is not for a request to choose
            return await json_response(400, "The request names more than one session.")(scope, receive, send)
        if named:
            refusal = self.refusal(gradio_app, scope, named.pop())
            if refusal is not None:
                return await refusal(scope, receive, send)
        await self.app(scope, receive, send)

    def refusal(self, gradio_app, scope, session_hash: str) -> Callable | None:
        """The answer refusing this request, or None if its user may use `session_hash`."""
        user = logged_in_user(gradio_app, scope)
        if user is None:
            return json_response(401, "Log in first.")
        session = gradio_app.state_holder[session_hash]
        owner = self.owners.setdefault(session, user)
        if owner != user:
            return json_response(403, "This session belongs to another login. Reload the page to start your own.")
        return None


def logged_in_user(gradio_app, scope) -> str | None:
    """The user name of the request's login cookie, as Gradio's own login check finds it."""
    cookies = {}
    for name, value in scope["headers"]:
        if name == b"cookie":
            for part in value.decode("latin-1").split(";"):
                key, _, val = part.strip().partition("=")
                cookies[key] = val
    token = (cookies.get(f"access-token-{gradio_app.cookie_id}")
             or cookies.get(f"access-token-unsecure-{gradio_app.cookie_id}"))
    return gradio_app.tokens.get(token) if token else None


def forget_idle_sessions(state_holder, idle_seconds: float = SESSION_IDLE_SECONDS) -> int:
    """Drop the sessions of `state_holder` (Gradio's) unused for `idle_seconds`; returns how many."""
    import datetime

    cutoff = datetime.datetime.now() - datetime.timedelta(seconds=idle_seconds)
    with state_holder.lock:
        idle = [key for key, used in list(state_holder.time_last_used.items()) if used < cutoff]
        for key in idle:
            state_holder.session_data.pop(key, None)
            state_holder.time_last_used.pop(key, None)
    return len(idle)


@contextlib.asynccontextmanager
async def sweeping_idle_sessions(app):
    """Lifespan of the server app: forgets idle sessions every SWEEP_SECONDS while the server runs."""

    async def sweep():
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            forget_idle_sessions(app.state_holder)

    task = asyncio.create_task(sweep())
    try:
        yield
    finally:
        task.cancel()


def launch_options(settings) -> dict:
    """The keyword arguments of `demo.launch` that guard the server: the middleware above on Gradio's FastAPI
    app, the idle-session sweep, at most `settings.max_sessions` sessions in memory, Gradio's upload limit."""
    from starlette.middleware import Middleware

    middleware = [
        Middleware(BodyLimit, max_bytes=body_limit_bytes(settings.max_question_chars),
                   max_question_chars=settings.max_question_chars,
                   upload_bytes=UPLOAD_FILES_AT_ONCE * settings.max_upload_mb * 1_000_000),
        Middleware(LoginGuard, throttle=LoginThrottle()),
        Middleware(SessionOwners),
    ]
    return {"app_kwargs": {"middleware": middleware, "lifespan": sweeping_idle_sessions},
            "state_session_capacity": settings.max_sessions,
            "max_file_size": settings.max_upload_mb * 1_000_000}
