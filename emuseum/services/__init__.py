"""The service layer: every read and write of pages, API, CLI and import goes through here."""
