"""IIIF Presentation 3 manifests and collections built with iiif-prezi3 models.

Plain inputs (dataclasses) and outputs (iiif-prezi3 models and JSON); it never imports the application.
"""
from .build import build_manifest
from .collections import build_collection, build_paged_collection
from .jsonld import to_json, to_text
from .records import AgentInput, CollectionMember, ExhibitInput, ImageInput, LangMap, ModelInput

__all__ = [
    "AgentInput",
    "CollectionMember",
    "ExhibitInput",
    "ImageInput",
    "LangMap",
    "ModelInput",
    "build_collection",
    "build_manifest",
    "build_paged_collection",
    "to_json",
    "to_text",
]
