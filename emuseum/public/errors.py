def register_error_pages(app):
    pass
