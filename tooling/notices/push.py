"""Deliver notices to the platform: ``policy notices push --url URL``.

Each notice is POSTed as its own JSON file (the bytes of ``notices/<id>.json`` on the site) with

    Content-Type: application/json; charset=utf-8
    X-Policy-Signature: sha256=<hex HMAC-SHA256 of the body, keyed with the shared secret>
    Idempotency-Key: <notice id>          (the same on every attempt and every run)
    X-Policy-Notice: <notice id>

The secret comes from an environment variable, never from the command line (where it would be
seen in the process list and the shell history). A 5xx answer, 408, 429, a time-out or a
refused connection is retried with exponential back-off; any other 4xx stops the push (the
platform refused the notice: retrying would not help). Every notice delivered is recorded in a
delivery log kept in the repository's state (``.git/policy/deliveries.json``), so that the next
push delivers only what is new; the platform still de-duplicates on the idempotency key, in case
a log is lost.
"""

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from ..errors import PolicyError

SIGNATURE_HEADER = "X-Policy-Signature"
RETRY_STATUSES = {408, 429}
LOG_VERSION = 1


class PushError(PolicyError):
    code = "X008"


@dataclass(frozen=True)
class Delivery:
    notice: str       # notice id (also the idempotency key)
    url: str          # the endpoint it was delivered to
    sha256: str       # of the body delivered
    status: int       # the HTTP status that accepted it
    attempts: int
    delivered: str    # when (UTC, ISO 8601)


@dataclass(frozen=True)
class Attempt:
    status: object    # HTTP status, or None when no answer came
    problem: str      # "" when accepted


def signature(secret, body):
    """The value of the X-Policy-Signature header: ``sha256=`` and the hex HMAC of ``body``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def default_log_path(root):
    """``<git folder>/policy/deliveries.json`` of the repository holding ``root`` (the common
    folder for a worktree); None outside a git repository."""
    import subprocess

    try:
        out = subprocess.run(["git", "rev-parse", "--git-common-dir"], cwd=root, capture_output=True,
                             text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0 or not out.stdout.strip():
        return None
    return os.path.join(os.path.abspath(os.path.join(root, out.stdout.strip())), "policy", "deliveries.json")


def read_log(path):
    """[Delivery] recorded in ``path`` (none when it does not exist yet)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise PushError(f"the delivery log cannot be read ({exc.strerror}).", path, code="X009") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        return [Delivery(**entry) for entry in data["deliveries"]]
    except (ValueError, KeyError, TypeError):
        raise PushError("the delivery log is not a log written by `policy notices push`. Move it aside to "
                        "deliver every notice again (the platform ignores notices it already has, by their "
                        "Idempotency-Key).", path, code="X009") from None


def write_log(path, deliveries):
    data = {"version": LOG_VERSION, "deliveries": [d.__dict__ for d in deliveries]}
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    os.replace(tmp, path)


def post(url, body, headers, timeout):
    """One attempt: the Attempt, never an exception for a network or HTTP failure."""
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return Attempt(response.status, "")
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", "replace").strip()
        return Attempt(exc.code, f"HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else ""))
    except (socket.timeout, TimeoutError):
        return Attempt(None, f"no answer within {timeout:g} seconds")
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            return Attempt(None, f"no answer within {timeout:g} seconds")
        return Attempt(None, f"cannot connect ({getattr(reason, 'strerror', None) or reason})")
    except (ConnectionError, OSError) as exc:
        return Attempt(None, f"the connection failed ({exc.strerror or exc})")


def deliver(url, notice_id, body, secret, attempts=5, timeout=10.0, backoff=1.0, sleep=time.sleep, report=None):
    """POST ``body`` until accepted: returns (status, attempts used); PushError when refused or
    when every attempt failed. Waits ``backoff``, 2 × ``backoff``, 4 × ``backoff`` … between tries."""
    headers = {"Content-Type": "application/json; charset=utf-8", SIGNATURE_HEADER: signature(secret, body),
               "Idempotency-Key": notice_id, "X-Policy-Notice": notice_id, "User-Agent": "policy-notices-push"}
    last = None
    for number in range(1, attempts + 1):
        last = post(url, body, headers, timeout)
        if last.status is not None and 200 <= last.status < 300:
            return last.status, number
        retry = last.status is None or last.status >= 500 or last.status in RETRY_STATUSES
        if not retry:
            raise PushError(f"{url} refused notice {notice_id}: {last.problem}. Nothing was recorded as "
                            "delivered; check the endpoint and the shared secret, then push again.", code="X008")
        if report:
            report(f"notice {notice_id}: attempt {number} of {attempts} failed ({last.problem})"
                   + ("; retrying" if number < attempts else ""))
        if number < attempts:
            sleep(backoff * 2 ** (number - 1))
    raise PushError(f"notice {notice_id} could not be delivered to {url} after {attempts} attempts "
                    f"(last: {last.problem}). The notices delivered before it are recorded; push again "
                    "later to deliver the rest.", code="X008")


def push(url, files, secret, log_path, attempts=5, timeout=10.0, backoff=1.0, report=print):
    """Deliver ``files`` ([(notice id, bytes)], oldest first) not yet in the log for ``url``;
    record each delivery as soon as it is accepted. Returns (delivered ids, skipped ids)."""
    from ..model.sections import sha256

    log = read_log(log_path)
    done = {(d.notice, d.url) for d in log}
    delivered, skipped = [], []
    for notice_id, body in files:
        if (notice_id, url) in done:
            skipped.append(notice_id)
            continue
        status, used = deliver(url, notice_id, body, secret, attempts, timeout, backoff, report=report)
        log.append(Delivery(notice_id, url, sha256(body).hexdigest(), status, used,
                            datetime.now(timezone.utc).replace(microsecond=0).isoformat()))
        write_log(log_path, log)
        delivered.append(notice_id)
        report(f"delivered {notice_id} (HTTP {status}, attempt {used})")
    return delivered, skipped
