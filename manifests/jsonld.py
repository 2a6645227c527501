"""JSON-LD documents of iiif-prezi3 models: a dict for the application, text for the wire."""
from __future__ import annotations

import json
from typing import Any

from iiif_prezi3 import Base

CONTEXT = "http://iiif.io/api/presentation/3/context.json"


def to_json(resource: Base) -> dict[str, Any]:
    """Return the JSON-LD document of a Manifest or Collection as a dict, ``@context`` first.

    Properties left unset are dropped with ``exclude_none``, as iiif-prezi3's own ``json()``
    does: ``exclude_unset`` would also drop every defaulted ``type`` ("Manifest", "Canvas",
    "Annotation"...), and the document would no longer be IIIF.
    """
    document = resource.model_dump(mode="json", by_alias=True, exclude_none=True)
    document.pop("@context", None)
    return {"@context": CONTEXT, **document}


def to_text(resource: Base, indent: int | None = None) -> str:
    """Return the JSON-LD document as text, with Kazakh and Russian left readable (not \\u-escaped)."""
    return json.dumps(to_json(resource), ensure_ascii=False, indent=indent)
