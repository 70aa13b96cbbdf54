"""The queue's guarantees with real worker processes, real HTTP to a fake vendor and a real PostgreSQL:
each document recognised with exactly one stored result, also when a worker is SIGKILLed mid-job; no
document held by two operators at once."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

from ocrdesk.inputs import PageRef
from ocrdesk.team.db import connect
from ocrdesk.team.queue import add_pages
from ocrdesk.team.review import claim_next
from ocrdesk.team.worker import Worker
from tests.postgres_server import PostgresServer
from tests.unit.team.helpers import PROVIDER, make_images, provider_factory, query, start_worker, vendor, worker_env

WAIT = 90.0  # seconds a worker process gets before the test gives up on it (never reached when it works)


def queue(url: str, folder: Path, count: int) -> list[int]:
    pages = [PageRef(path) for path in make_images(folder, count)]
    with connect(url) as connection:
        return [item.id for item in add_pages(connection, pages, PROVIDER, "general")]


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        _out, err = process.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return process.returncode, err


def wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def results_per_document(url: str) -> Counter[int]:
    return Counter(row[0] for row in query(url, "SELECT document_id FROM results"))


def test_several_workers_recognise_every_document_exactly_once(team_db: str, tmp_path: Path) -> None:
    ids = queue(team_db, tmp_path / "in", 24)
    with vendor(latency=0.05) as server:
        env = worker_env(server, tmp_path)
        workers = [start_worker(team_db, env, "--concurrency", "2", "--until-done") for _ in range(3)]
        outcomes = [finish(process) for process in workers]
        uploads = len(server.requests)
    assert [code for code, _err in outcomes] == [0, 0, 0], [err for _code, err in outcomes]
    assert results_per_document(team_db) == Counter(dict.fromkeys(ids, 1))
    assert query(team_db, "SELECT DISTINCT state FROM documents") == [("ready",)]
    assert uploads == len(ids)  # nobody recognised a document another worker held
    # the work was shared: more than one process stored results
    assert len({row[0].rsplit(":", 1)[1] for row in query(team_db, "SELECT worker FROM results")}) > 1


def test_a_worker_killed_mid_job_loses_nothing(team_db: str, tmp_path: Path) -> None:
    ids = queue(team_db, tmp_path / "in", 4)
    with vendor(latency=1.5) as server:
        env = worker_env(server, tmp_path)
        doomed = start_worker(team_db, env, "--concurrency", "1", "--stale-after", "1")
        held = f"%:{doomed.pid}"
        wait_for(lambda: query(team_db, "SELECT id FROM documents WHERE worker LIKE %s", held), "the first job")
        [(taken,)] = query(team_db, "SELECT id FROM documents WHERE worker LIKE %s", held)
        doomed.send_signal(signal.SIGKILL)
        doomed.communicate(timeout=WAIT)
        assert query(team_db, "SELECT state FROM documents WHERE id = %s", taken) == [("recognizing",)]

        survivor = start_worker(team_db, env, "--concurrency", "2", "--stale-after", "1", "--until-done")
        code, err = finish(survivor)
    assert code == 0, err
    assert results_per_document(team_db) == Counter(dict.fromkeys(ids, 1))
    assert query(team_db, "SELECT DISTINCT state FROM documents") == [("ready",)]
    assert query(team_db, "SELECT attempts FROM documents WHERE id = %s", taken) == [(2,)]
    [(stored_by,)] = query(team_db, "SELECT worker FROM results WHERE document_id = %s", taken)
    assert stored_by.endswith(f":{survivor.pid}")


def test_sigterm_finishes_the_job_in_hand_and_takes_no_more(team_db: str, tmp_path: Path) -> None:
    queue(team_db, tmp_path / "in", 3)
    with vendor(latency=1.0) as server:
        process = start_worker(team_db, worker_env(server, tmp_path), "--concurrency", "1")
        wait_for(lambda: query(team_db, "SELECT id FROM documents WHERE state = 'recognizing'"), "the first job")
        process.send_signal(signal.SIGTERM)
        code, err = finish(process)
    assert code == 0, err
    states = Counter(row[0] for row in query(team_db, "SELECT state FROM documents"))
    assert states == Counter({"ready": 1, "queued": 2})


def test_concurrent_claimers_never_hold_the_same_document(team_db: str, tmp_path: Path) -> None:
    ids = queue(team_db, tmp_path / "in", 30)
    with vendor() as server:
        Worker(team_db, provider_factory(server), concurrency=3, poll=0.1, until_done=True).run()
    claims: list[tuple[str, int]] = []
    lock = threading.Lock()

    def operator(name: str) -> None:
        with connect(team_db) as connection:
            while (claimed := claim_next(connection, name, 600)) is not None:
                with lock:
                    claims.append((name, claimed.id))

    threads = [threading.Thread(target=operator, args=(f"operator-{n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    claimed_ids = [document_id for _name, document_id in claims]
    assert sorted(claimed_ids) == sorted(ids)  # each once, none left
    holders = dict(query(team_db, "SELECT id, holder FROM documents WHERE state = 'in_review'"))
    assert holders == {document_id: name for name, document_id in claims}


def test_a_worker_rides_out_a_database_restart(team_db: str, postgres: PostgresServer, tmp_path: Path) -> None:
    ids = queue(team_db, tmp_path / "first", 2)
    said: list[str] = []
    stop = threading.Event()
    with vendor() as server:
        worker = Worker(team_db, provider_factory(server), concurrency=1, poll=0.1, report=said.append)
        running = threading.Thread(target=worker.run, kwargs={"stop": stop})
        running.start()
        try:
            ready = "SELECT count(*) FROM documents WHERE state = 'ready'"
            wait_for(lambda: query(team_db, ready) == [(2,)], "the first documents")
            postgres.stop()
            wait_for(lambda: any("unreachable" in line for line in said), "the worker to notice")
            postgres.start()
            ids += queue(team_db, tmp_path / "second", 2)  # (ids jump: sequences are logged ahead)
            wait_for(lambda: query(team_db, ready) == [(4,)], "the documents added after the restart")
        finally:
            stop.set()
            running.join(WAIT)
    assert any("reachable again" in line for line in said)
    assert results_per_document(team_db) == Counter(dict.fromkeys(ids, 1))
