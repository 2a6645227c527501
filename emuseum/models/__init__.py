"""The catalogue's data model."""
from .base import LANGUAGES, Base, texts, utcnow
from .catalogue_version import CatalogueVersion
from .change import Change
from .exhibit import Exhibit, ExhibitPerson, State, exhibit_material, exhibit_technique
from .media_record import MediaRecord
from .museum import Museum
from .person import Person
from .region import Region
from .search_outbox import SearchOutbox
from .user import User
from .vocabulary import VOCABULARIES, Term

__all__ = ["LANGUAGES", "Base", "CatalogueVersion", "Change", "Exhibit", "ExhibitPerson", "MediaRecord", "Museum",
           "Person", "Region", "SearchOutbox", "State", "Term", "User", "VOCABULARIES", "exhibit_material",
           "exhibit_technique", "texts", "utcnow"]
