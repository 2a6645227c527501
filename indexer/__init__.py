"""Search backends and index synchronisation; it never imports the application."""
