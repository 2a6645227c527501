"""Media library: storage of originals and derivatives, images and 3D models.

Plain inputs and outputs (paths, bytes, dataclasses); it never imports the application.
"""
