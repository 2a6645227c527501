"""Human labels for the rights URIs exhibits carry: Creative Commons licences and RightsStatements.org."""
from __future__ import annotations

import re

from flask_babel import gettext, lazy_gettext as _l

# RightsStatements.org names its statements in English only; we name them in the visitor's language.
STATEMENTS = {
    "InC": _l("In Copyright"),
    "InC-OW-EU": _l("In Copyright – EU Orphan Work"),
    "InC-EDU": _l("In Copyright – Educational Use Permitted"),
    "InC-NC": _l("In Copyright – Non-Commercial Use Permitted"),
    "InC-RUU": _l("In Copyright – Rights-holder(s) Unlocatable or Unidentifiable"),
    "NoC-CR": _l("No Copyright – Contractual Restrictions"),
    "NoC-NC": _l("No Copyright – Non-Commercial Use Only"),
    "NoC-OKLR": _l("No Copyright – Other Known Legal Restrictions"),
    "NoC-US": _l("No Copyright – United States"),
    "CNE": _l("Copyright Not Evaluated"),
    "UND": _l("Copyright Undetermined"),
    "NKC": _l("No Known Copyright"),
}

_CC_LICENCE = re.compile(r"^https?://creativecommons\.org/licenses/([a-z-]+)/(\d(?:\.\d)?)/?")
_CC_ZERO = re.compile(r"^https?://creativecommons\.org/publicdomain/zero/(\d\.\d)/?")
_CC_MARK = re.compile(r"^https?://creativecommons\.org/publicdomain/mark/(\d\.\d)/?")
_STATEMENT = re.compile(r"^https?://rightsstatements\.org/vocab/([A-Za-z-]+)/")


def rights_label(uri: str) -> str:
    """Return a short human name of a rights URI (``CC BY-SA 4.0``, ``In Copyright``); unknown URIs as given."""
    if match := _CC_LICENCE.match(uri):
        return f"CC {match.group(1).upper()} {match.group(2)}"
    if match := _CC_ZERO.match(uri):
        return gettext("CC0 %(version)s (public domain dedication)", version=match.group(1))
    if match := _CC_MARK.match(uri):
        return gettext("Public Domain Mark %(version)s", version=match.group(1))
    if (match := _STATEMENT.match(uri)) and match.group(1) in STATEMENTS:
        return str(STATEMENTS[match.group(1)])
    return uri
