from emuseum.models import Change, Exhibit

from .factories import make_exhibit, make_museum


def test_exhibit_created_with_history(session):
    museum = make_museum(session)
    exhibit = make_exhibit(session, museum)
    assert session.get(Exhibit, exhibit.id).museum.slug == museum.slug
    change = session.query(Change).filter_by(entity="exhibit", entity_id=exhibit.id).one()
    assert change.action == "create"
    assert change.fields["inventory_number"][1] == exhibit.inventory_number
