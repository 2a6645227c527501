"""IIIF Presentation 3 manifests and collections built with iiif-prezi3 models.

Plain inputs (dataclasses) and outputs (iiif-prezi3 models and JSON); it never imports the application.
"""
