"""`policy notices push` against a real HTTP server on 127.0.0.1 that checks the signature, fails
the first attempts and records what it received."""

import hashlib
import hmac
import json
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import run_policy
from test_exporters import validate_part
from test_notices import HISTORY, make_project

SECRET = "s3cret-shared-with-the-platform"
ENV = {"POLICY_PUSH_SECRET": SECRET}


class Platform:
    """The platform's endpoint: answers ``plan`` statuses in turn (then 200), or sleeps ``delay``
    seconds before answering the first ``slow`` requests; refuses a wrong signature with 401."""

    def __init__(self, plan=(), slow=0, delay=0.0):
        self.plan = list(plan)
        self.slow, self.delay = slow, delay
        self.requests = []   # (idempotency key, signature valid, body)
        self.accepted = {}   # idempotency key -> body
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                valid = hmac.compare_digest(self.headers.get("X-Policy-Signature", ""), expected)
                key = self.headers.get("Idempotency-Key")
                platform.requests.append((key, valid, body))
                if platform.slow > 0:
                    platform.slow -= 1
                    time.sleep(platform.delay)
                status = 401 if not valid else (platform.plan.pop(0) if platform.plan else 200)
                if status == 200:
                    platform.accepted.setdefault(key, body)  # de-duplicated on the key
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/policy"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def repo(tmp_path):
    root = make_project(tmp_path / "project")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    return root


def push(root, url, *args, check=0, env=ENV):
    return run_policy("notices", "push", "--url", url, "--as-of", "2030-01-01", "--backoff", "0.05", *args,
                      cwd=root, env=env, check=check)


def log(root):
    return json.loads((root / ".git" / "policy" / "deliveries.json").read_text(encoding="utf-8"))


def test_push_signs_retries_on_5xx_and_delivers_each_notice_once(repo):
    with Platform(plan=[503, 502]) as platform:
        result = push(repo, platform.url)
        assert "attempt 1 of 5 failed (HTTP 503" in result.stderr and "retrying" in result.stderr
        # oldest first; the first notice needed three attempts, with the same idempotency key
        keys = [key for key, _, _ in platform.requests]
        assert keys == ["privacy-2025-01-01"] * 3 + ["privacy-2025-06-01", "privacy-2025-06-15"]
        assert all(valid for _, valid, _ in platform.requests)
        assert sorted(platform.accepted) == ["privacy-2025-01-01", "privacy-2025-06-01", "privacy-2025-06-15"]
        body = json.loads(platform.accepted["privacy-2025-06-01"])
        validate_part(body, "notice_file")
        assert body["notice"]["consent"]["zh"]["text_sha256"]
        entries = log(repo)["deliveries"]
        assert [(e["notice"], e["attempts"], e["status"]) for e in entries] == [
            ("privacy-2025-01-01", 3, 200), ("privacy-2025-06-01", 1, 200), ("privacy-2025-06-15", 1, 200)]
        assert entries[1]["sha256"] == hashlib.sha256(platform.accepted["privacy-2025-06-01"]).hexdigest()

        again = push(repo, platform.url)
        assert len(platform.requests) == 5  # nothing new: nothing sent
        assert "0 delivered, 3 already delivered" in again.stderr


def test_a_new_release_is_the_only_notice_pushed_next_time(tmp_path):
    root = make_project(tmp_path / "p", HISTORY[:2])
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    with Platform() as platform:
        push(root, platform.url)
        make_project(root, HISTORY, document="privacy-next")  # another document's releases arrive
        result = push(root, platform.url)
        assert [k for k, _, _ in platform.requests[2:]] == [
            "privacy-next-2025-01-01", "privacy-next-2025-06-01", "privacy-next-2025-06-15"]
        assert "3 delivered, 2 already delivered" in result.stderr


def test_a_time_out_is_retried(repo):
    with Platform(slow=1, delay=1.5) as platform:
        result = push(repo, platform.url, "--timeout", "0.5")
        assert "no answer within 0.5 seconds" in result.stderr
        assert [k for k, _, _ in platform.requests][:2] == ["privacy-2025-01-01"] * 2
        assert len(log(repo)["deliveries"]) == 3


def test_a_wrong_secret_is_refused_without_retry_and_nothing_is_logged(repo):
    with Platform() as platform:
        result = push(repo, platform.url, check=2, env={"POLICY_PUSH_SECRET": "wrong"})
        assert "error X008" in result.stderr and "HTTP 401" in result.stderr
        assert len(platform.requests) == 1 and "Traceback" not in result.stderr
        assert not (repo / ".git" / "policy" / "deliveries.json").exists()


def test_giving_up_after_every_attempt_keeps_what_was_delivered(repo):
    with Platform(plan=[200, 500, 500, 500]) as platform:
        result = push(repo, platform.url, "--attempts", "3", check=2)
        assert "could not be delivered" in result.stderr and "after 3 attempts" in result.stderr
        assert [e["notice"] for e in log(repo)["deliveries"]] == ["privacy-2025-01-01"]
        push(repo, platform.url)
        assert [e["notice"] for e in log(repo)["deliveries"]] == [
            "privacy-2025-01-01", "privacy-2025-06-01", "privacy-2025-06-15"]


def test_the_secret_comes_only_from_the_environment(repo):
    result = push(repo, "http://127.0.0.1:9/", check=2, env={"POLICY_PUSH_SECRET": ""})
    assert "error X006" in result.stderr and "POLICY_PUSH_SECRET" in result.stderr
    # a secret given where the variable's name belongs is refused without being echoed
    result = push(repo, "http://127.0.0.1:9/", "--secret-env", "s3cret-value!", check=2, env={})
    assert "error X006" in result.stderr and "s3cret-value" not in result.stderr + result.stdout
    assert "error X007" in push(repo, "ftp://example.com/", check=2).stderr


def test_an_unreachable_endpoint_fails_cleanly(repo):
    result = push(repo, "http://127.0.0.1:9/", "--attempts", "2", check=2)
    assert "cannot connect" in result.stderr and "Traceback" not in result.stderr
