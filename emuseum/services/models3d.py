"""3D models in the media service: checking an upload, making its web versions, and trying again after a failure.

The work itself is the ``media.models3d`` library's, run in a child process with a time and memory
limit (``media.models3d.child``): whatever a file does to trimesh or the renderer, the web process
and the job worker carry on, and the uploader or staff read why it failed.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from datetime import timedelta

from flask import current_app
from sqlalchemy.orm import Session

from media.derivatives import DerivativeCache
from media.models3d.child import ChildFailed, run_in_child
from media.models3d.inspect import ModelInfo
from media.models3d.limits import Limits, ModelRejected, NotAModel
from media.models3d.pipeline import Derivatives, build_derivatives, inspect_file
from media.models3d.sniff import ACCEPTED
from media.storage import Storage

from ..models import MediaRecord
from ..models.base import utcnow
from . import indexing
from .errors import NotFound, ValidationError
from .exhibits import _load as load_exhibit
from .identity import Identity
from .uow import after_commit

# A record left "processing" this long after its time limit lost its worker (killed, machine restarted).
_STALE_AFTER = timedelta(minutes=5)


def model_limits(config) -> Limits:
    """Return the limits for 3D models from the application's settings."""
    return Limits(
        max_bytes=config["media.max_upload_bytes"],
        max_faces=config["media.max_model_faces"],
        face_budget=config["media.model_face_budget"],
        derivative_seconds=config["media.model_time_limit"],
    )


def ingest_model(data: bytes | str | os.PathLike, filename: str, limits: Limits) -> ModelInfo:
    """Return what an uploaded model is (ModelInfo); raise ValidationError on "file" saying why it is refused.

    ``data`` is the upload's bytes or the path of a file holding them. It is sniffed, a ZIP checked
    before it is unpacked, and the model loaded and checked in a child process within
    ``limits.load_seconds``. Nothing is stored here: the caller stores the original once this returns.
    """
    name = filename or "file"
    with tempfile.TemporaryDirectory(prefix="emuseum-upload-") as folder:
        if isinstance(data, bytes):
            path = os.path.join(folder, "upload")
            with open(path, "wb") as out:
                out.write(data)
        else:
            path = os.fspath(data)
        try:
            info, _ = run_in_child(inspect_file, path, limits, seconds=limits.load_seconds,
                                   memory_bytes=limits.max_memory_bytes)
        except NotAModel:
            # attach_media sends here whatever is not an image, so the message names both
            raise ValidationError([("file", f"{name} is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D model"
                                            f" ({ACCEPTED})")]) from None
        except ModelRejected as exc:
            raise ValidationError([("file", f"{name} {exc}")]) from None
        except ChildFailed as exc:
            raise ValidationError([("file", f"{name} could not be read as a 3D model: reading it {exc}")]) from None
    return info


@dataclass(frozen=True)
class ModelDerivatives:
    ok: bool
    message: str                     # for staff: what to know when it worked, why when it did not
    derivatives: Derivatives | None  # what was made, when it worked


def make_model_derivatives(original: str | os.PathLike, cache: DerivativeCache, sha256: str,
                           limits: Limits) -> ModelDerivatives:
    """Return the outcome of making the web GLB, LOD and preview of the original at ``original``; never raise.

    The files land in ``cache`` under ``sha256`` (see media.models3d.pipeline for their names).
    """
    try:
        made, _ = run_in_child(build_derivatives, os.fspath(original), str(cache.root), sha256, limits,
                               seconds=limits.derivative_seconds, memory_bytes=limits.max_memory_bytes)
    except (ModelRejected, ChildFailed) as exc:
        return ModelDerivatives(False, f"3D model: {exc}", None)
    except Exception as exc:  # the child could not even be started: still the job's failure, not the worker's
        return ModelDerivatives(False, f"3D model: {type(exc).__name__}: {exc}", None)
    notes = list(made.info.notes)
    if made.lod_faces is not None:
        notes.append(f"viewers first get a version of {made.lod_faces} faces; the full {made.web_faces} follow")
    return ModelDerivatives(True, "; ".join(notes), made)


def make_record_derivatives(session: Session, record: MediaRecord) -> MediaRecord:
    """Return the model's media record after its derivatives are made: ready, or failed with the reason; never raise.

    The original is copied out of storage first, so the work reads a plain file whatever the backend.
    """
    config = current_app.config["EMUSEUM"]
    store: Storage = current_app.extensions["emuseum.storage"]
    cache: DerivativeCache = current_app.extensions["emuseum.derivatives"]
    try:
        with tempfile.NamedTemporaryFile(prefix="emuseum-model-") as copy:
            with store.open(record.sha256) as original:
                shutil.copyfileobj(original, copy, 1024 * 1024)
            copy.flush()
            outcome = make_model_derivatives(copy.name, cache, record.sha256, model_limits(config))
    except Exception as exc:  # storage could not give the original back
        outcome = ModelDerivatives(False, f"3D model: the original could not be read ({type(exc).__name__}: {exc})",
                                   None)
    record.status = "ready" if outcome.ok else "failed"
    record.status_message = outcome.message[:2000]
    if outcome.derivatives is not None:
        record.properties = asdict(outcome.derivatives.info)
    from .media import record_outcome  # noqa: PLC0415  (media imports this module)
    record_outcome(session, record)
    indexing.queue_record(session, "exhibit", record.exhibit_id)  # has_3d follows
    session.commit()
    return record


def retry_derivatives(session: Session, identity: Identity, media_id: int) -> MediaRecord:
    """Return the media record queued again for its derivatives, after they failed or their worker was lost.

    Staff who may edit the exhibit may retry; a record that is ready, waiting, or still within its
    time limit is left alone (ValidationError on "status").
    """
    record = session.get(MediaRecord, media_id)
    if record is None:
        raise NotFound(f"no media {media_id}", "media")
    identity.require_edit(load_exhibit(session, record.exhibit_id).museum_id)
    limit = timedelta(seconds=model_limits(current_app.config["EMUSEUM"]).derivative_seconds) + _STALE_AFTER
    updated = record.updated_at if record.updated_at.tzinfo else record.updated_at.replace(tzinfo=utcnow().tzinfo)
    lost = record.status == "processing" and updated < utcnow() - limit
    if record.status != "failed" and not lost:
        raise ValidationError([("status", f"media {media_id} is {record.status}; only failed work can be retried")])
    record.status, record.status_message = "pending", ""
    jobs = current_app.extensions["emuseum.jobs"]
    after_commit(session, lambda: jobs.enqueue("make_derivatives", media_id))
    session.commit()
    return record
