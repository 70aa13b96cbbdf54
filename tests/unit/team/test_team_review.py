"""Review leases in the core: renewal keeps a claim, a lapsed one is listed as ready with nobody holding it."""

from __future__ import annotations

import time
from pathlib import Path

from ocrdesk.inputs import PageRef
from ocrdesk.team.db import connect
from ocrdesk.team.queue import add_pages
from ocrdesk.team.review import claim_next, hand_back, queue_entries, renew_claim
from ocrdesk.team.worker import Worker
from tests.unit.team.helpers import PROVIDER, make_images, provider_factory, vendor


def test_queue_entries_show_state_and_holder_and_leases_lapse(team_db: str, tmp_path: Path) -> None:
    pages = [PageRef(path) for path in make_images(tmp_path, 3)]
    with connect(team_db) as connection:
        ids = [item.id for item in add_pages(connection, pages, PROVIDER, "general")]
        assert {entry.state for entry in queue_entries(connection)} == {"queued"}
        with vendor() as server:
            Worker(team_db, provider_factory(server), poll=0.1, until_done=True).run()

        first = claim_next(connection, "张三", 0.5)
        second = claim_next(connection, "李四", 60)
        assert first is not None and second is not None and (first.id, second.id) == (ids[0], ids[1])
        listed = {entry.id: (entry.state, entry.holder) for entry in queue_entries(connection)}
        assert listed == {ids[0]: ("in_review", "张三"), ids[1]: ("in_review", "李四"), ids[2]: ("ready", None)}
        assert next(e for e in queue_entries(connection) if e.id == ids[0]).since is not None

        assert renew_claim(connection, ids[0], "张三", 0.5)  # working: the window renews
        assert not renew_claim(connection, ids[0], "李四", 60)  # not his
        time.sleep(0.7)  # 张三 went idle
        listed = {entry.id: (entry.state, entry.holder) for entry in queue_entries(connection)}
        assert listed[ids[0]] == ("ready", None)
        assert not hand_back(connection, ids[1], "张三")
        assert hand_back(connection, ids[1], "李四")
        taken = claim_next(connection, "王五", 60)
        assert taken is not None and taken.id == ids[0]  # the lapsed claim is the oldest ready document
