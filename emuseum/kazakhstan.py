"""The 20 regions of Kazakhstan: ISO 3166-2:KZ codes (numeric since 2022) and names in kk/ru/en."""
from __future__ import annotations

REGIONS: tuple[tuple[str, str, str, str, str], ...] = (
    ("KZ-10", "Абай облысы", "область Абай", "Abai Region", "region"),
    ("KZ-11", "Ақмола облысы", "Акмолинская область", "Akmola Region", "region"),
    ("KZ-15", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "region"),
    ("KZ-19", "Алматы облысы", "Алматинская область", "Almaty Region", "region"),
    ("KZ-23", "Атырау облысы", "Атырауская область", "Atyrau Region", "region"),
    ("KZ-27", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region", "region"),
    ("KZ-31", "Жамбыл облысы", "Жамбылская область", "Jambyl Region", "region"),
    ("KZ-33", "Жетісу облысы", "область Жетісу", "Jetisu Region", "region"),
    ("KZ-35", "Қарағанды облысы", "Карагандинская область", "Karaganda Region", "region"),
    ("KZ-39", "Қостанай облысы", "Костанайская область", "Kostanay Region", "region"),
    ("KZ-43", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", "region"),
    ("KZ-47", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region", "region"),
    ("KZ-55", "Павлодар облысы", "Павлодарская область", "Pavlodar Region", "region"),
    ("KZ-59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region", "region"),
    ("KZ-61", "Түркістан облысы", "Туркестанская область", "Turkistan Region", "region"),
    ("KZ-62", "Ұлытау облысы", "область Ұлытау", "Ulytau Region", "region"),
    ("KZ-63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region", "region"),
    ("KZ-71", "Астана", "Астана", "Astana", "city"),
    ("KZ-75", "Алматы", "Алматы", "Almaty", "city"),
    ("KZ-79", "Шымкент", "Шымкент", "Shymkent", "city"),
)

# Rights a record may carry: Creative Commons licences and RightsStatements.org statements.
RIGHTS_PREFIXES = ("http://creativecommons.org/", "https://creativecommons.org/",
                   "http://rightsstatements.org/vocab/", "https://rightsstatements.org/vocab/")
