"""Unit of work: side effects queued with after_commit run after a commit, never after a rollback."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emuseum.db import db
from emuseum.models import Region
from emuseum.services.uow import after_commit


@pytest.fixture
def plain(app):
    """Return a plain Session on the test database, outside Flask's request session."""
    with app.app_context():
        with Session(db.engine) as session:
            yield session


def _touch(session: Session) -> Region:
    region = session.scalar(select(Region).where(Region.code == "KZ-31"))
    region.position += 1
    return region


def test_action_runs_only_after_commit(plain):
    ran = []
    _touch(plain)
    after_commit(plain, lambda: ran.append("indexed"))
    plain.flush()
    assert ran == []
    plain.commit()
    assert ran == ["indexed"]
    plain.commit()  # a later commit does not repeat it
    assert ran == ["indexed"]


def test_actions_run_in_the_order_queued(plain):
    ran = []
    for name in ("first", "second", "third"):
        after_commit(plain, lambda name=name: ran.append(name))
    plain.commit()
    assert ran == ["first", "second", "third"]


def test_action_never_runs_after_a_rollback(plain):
    ran = []
    _touch(plain)
    after_commit(plain, lambda: ran.append("indexed"))
    plain.rollback()
    plain.commit()
    assert ran == []
    after_commit(plain, lambda: ran.append("second"))
    plain.commit()
    assert ran == ["second"]


def test_action_of_a_closed_session_never_runs(plain):
    ran = []
    _touch(plain)
    after_commit(plain, lambda: ran.append("indexed"))
    plain.close()  # a request that ends in an error closes its session without committing
    _touch(plain)
    plain.commit()
    assert ran == []


def test_action_of_a_rolled_back_savepoint_never_runs(plain):
    ran = []
    after_commit(plain, lambda: ran.append("outer"))
    savepoint = plain.begin_nested()
    _touch(plain)
    after_commit(plain, lambda: ran.append("inner"))
    savepoint.rollback()
    plain.commit()
    assert ran == ["outer"]


def test_action_of_a_released_savepoint_runs_at_the_outer_commit(plain):
    ran = []
    with plain.begin_nested():
        _touch(plain)
        after_commit(plain, lambda: ran.append("inner"))
    assert ran == []
    plain.commit()
    assert ran == ["inner"]


def test_failed_flush_then_rollback_drops_the_action(plain):
    ran = []
    plain.add(Region(code="KZ-31", name_en="duplicate"))  # the code is unique
    after_commit(plain, lambda: ran.append("indexed"))
    with pytest.raises(Exception):
        plain.flush()
    plain.rollback()
    plain.commit()
    assert ran == []


def test_request_session_queues_too(app):
    ran = []
    with app.app_context():
        _touch(db.session)
        after_commit(db.session, lambda: ran.append("job"))
        db.session.rollback()
        _touch(db.session)
        after_commit(db.session, lambda: ran.append("job after commit"))
        db.session.commit()
    assert ran == ["job after commit"]


def test_a_failing_action_is_logged_and_the_others_still_run(plain, caplog):
    ran = []
    _touch(plain)
    after_commit(plain, lambda: 1 / 0)
    after_commit(plain, lambda: ran.append("second"))
    plain.commit()  # the change is committed: the failure must not surface as a failed commit
    assert ran == ["second"]
    assert "after-commit action" in caplog.text
    assert "ZeroDivisionError" in caplog.text
    plain.expire_all()
    assert plain.scalar(select(Region.position).where(Region.code == "KZ-31")) == 7
