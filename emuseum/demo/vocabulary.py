"""Trilingual (kk / ru / en) vocabulary for the national demo data set.

Pure data plus three tiny optional helpers (``build_context``, ``render``,
``template_fields``).  Only the standard library is used; nothing from the
rest of the project is imported.

Conventions
-----------
* ``kk`` is Kazakh in Cyrillic, ``ru`` Russian, ``en`` English.
* Common nouns (object types, materials, techniques) are stored in lower case,
  as they appear inside a sentence.  Proper names keep their capitals.
  Formatted titles and sentences must get their first letter capitalised:
  use ``render()`` (or ``capfirst()``), never ``str.capitalize()`` (that would
  lower-case every later letter, e.g. "Алтын Орда" -> "Алтын орда").
* Kazakh and Russian need inflected forms.  Every inflected form is stored
  explicitly next to the base form, so templates never build a suffix:
  the generator only looks values up.

Placeholders used in TITLE_PATTERNS and DESCRIPTION_SENTENCES
---------------------------------------------------------------
(``build_context()`` fills all of them; the right-hand side says which dict
key feeds each one.)

  object type (OBJECT_TYPES item ``t``)
    {type_kk}        t["kk"]        nominative              "сақина"
    {type_kk_gen}    t["kk_gen"]    genitive                "сақинаның"
    {type_kk_poss}   t["kk_poss"]   3rd-person possessive   "сақинасы"
    {type_ru}        t["ru"]        nominative              "кольцо"
    {type_ru_gen}    t["ru_gen"]    genitive                "кольца"
    {type_en}        t["en"]                                "ring"
  material (MATERIALS item ``m``; needs the type for Russian gender)
    {material_kk}      m["kk_attr"]  attributive noun       "күміс" (сақина)
    {material_kk_abl}  m["kk_abl"]   ablative "made of"     "күмістен"
    {material_ru_adj}  m["ru_adj"][t["ru_gender"]]          "серебряное" (кольцо)
    {material_ru_gen}  m["ru_gen"]   genitive, after "из"   "серебра"
    {material_en}      m["en_adj"]   attributive            "silver" / "wooden"
    {material_en_noun} m["en"]       noun, after "made of"  "silver" / "wood"
  place (PLACES item ``p``)
    {place_kk}       p["kk"]        nominative              "Отырар"
    {place_kk_abl}   p["kk_abl"]    ablative ("from")       "Отырардан"
    {place_kk_loc}   p["kk_loc"]    locative ("in")         "Отырарда"
    {place_ru}       p["ru"]        nominative              "Отрар"
    {place_ru_gen}   p["ru_gen"]    genitive (из/близ/вид)  "Отрара"
    {place_en}       p["en"]                                "Otrar"
  culture (CULTURES item ``c``) -- phrases that fit the sentence slots
    {culture_kk}     c["kk"]        label                   "сақ мәдениеті"
    {culture_kk_gen} c["kk_gen"]    genitive phrase         "сақ мәдениетінің"
    {culture_kk_dat} c["kk_dat"]    dative phrase           "сақ мәдениетіне"
    {culture_ru}     c["ru"]        label                   "сакская культура"
    {culture_ru_gen} c["ru_gen"]    genitive phrase         "сакской культуры" / "эпохи Золотой Орды"
    {culture_ru_dat} c["ru_dat"]    dative phrase (after к) "сакской культуре" / "эпохе Золотой Орды"
    {culture_en}     c["en"]        label                   "Saka culture"
    {culture_en_the} c["en_the"]    phrase with article     "the Saka culture" / "the Golden Horde period"
  period (PERIODS item)
    {period_kk} {period_ru} {period_en}                      "б.з.б. V–IV ғғ." ...
  technique (TECHNIQUES item ``q``)
    {technique_kk}     q["kk"]      noun                    "кесте"
    {technique_kk_by}  q["kk_by"]   instrumental phrase     "кесте тәсілімен"
    {technique_ru}     q["ru"]      noun                    "вышивка"
    {technique_ru_gen} q["ru_gen"]  genitive ("в технике …") "вышивки"
    {technique_en}     q["en"]                              "embroidery"
  ornament (ORNAMENTS item ``o``)
    {ornament_kk} {ornament_ru} {ornament_en}               "қошқар мүйіз" / "бараний рог" / "ram's horn"
    {ornament_symbol_kk}  o["symbol_kk"]  nominative phrase "молшылық пен береке"
    {ornament_symbol_ru}  o["symbol_ru"]  genitive phrase   "изобилия и благополучия"
    {ornament_symbol_en}  o["symbol_en"]                    "abundance and prosperity"
  person (PERSONS item ``h``)
    {person_kk} {person_kk_gen} {person_kk_dat}
    {person_ru} {person_ru_gen} {person_ru_dat}
    {person_en}
  maker (MAKER_NAMES item ``k``)
    {maker_kk} {maker_kk_gen} {maker_ru} {maker_ru_gen} {maker_en}
  {year}  an int (e.g. 1975)

Templates carry ``applies_to`` (object-type groups, empty = any type) and,
for titles using a place, optionally ``place_kinds``.  Every template formats
with every type / material / place combination without leftovers (checked by
the self-test at the bottom); ``applies_to`` only keeps the results sensible
(no "oil on canvas" for a saddle).  Each object type also lists plausible
``materials`` and ``techniques`` codes for the generator to draw from.
"""

from __future__ import annotations

import string

__all__ = [
    "REGION_CODES",
    "MUSEUMS",
    "OBJECT_TYPES",
    "MATERIALS",
    "TECHNIQUES",
    "CULTURES",
    "PERIODS",
    "PLACES",
    "ORNAMENTS",
    "TITLE_PATTERNS",
    "DESCRIPTION_SENTENCES",
    "PERSONS",
    "ROLES",
    "MAKER_NAMES",
    "PLACEHOLDERS",
    "MATERIAL_GROUPS",
    "CRAFT_GROUPS",
    "build_context",
    "render",
    "capfirst",
    "template_fields",
]

# ISO 3166-2:KZ codes of the 20 top-level units (see docs/domain.md).
REGION_CODES = (
    "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31",
    "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59",
    "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
)


def _city(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


_ALMATY = _city("Алматы", "Алматы", "Almaty")
_ASTANA = _city("Астана", "Астана", "Astana")
_KOKSHETAU = _city("Көкшетау", "Кокшетау", "Kokshetau")
_SEMEY = _city("Семей", "Семей", "Semey")
_AKTOBE = _city("Ақтөбе", "Актобе", "Aktobe")
_TALDYKORGAN = _city("Талдықорған", "Талдыкорган", "Taldykorgan")
_ATYRAU = _city("Атырау", "Атырау", "Atyrau")
_ORAL = _city("Орал", "Уральск", "Oral")
_TARAZ = _city("Тараз", "Тараз", "Taraz")
_KARAGANDA = _city("Қарағанды", "Караганда", "Karaganda")
_KOSTANAY = _city("Қостанай", "Костанай", "Kostanay")
_KYZYLORDA = _city("Қызылорда", "Кызылорда", "Kyzylorda")
_AKTAU = _city("Ақтау", "Актау", "Aktau")
_PAVLODAR = _city("Павлодар", "Павлодар", "Pavlodar")
_PETROPAVL = _city("Петропавл", "Петропавловск", "Petropavl")
_TURKISTAN = _city("Түркістан", "Туркестан", "Turkistan")
_ZHEZKAZGAN = _city("Жезқазған", "Жезказган", "Zhezkazgan")
_OSKEMEN = _city("Өскемен", "Усть-Каменогорск", "Oskemen")
_SHYMKENT = _city("Шымкент", "Шымкент", "Shymkent")

# ---------------------------------------------------------------------------
# 1. MUSEUMS
# Real institutions where known; addresses, web sites and e-mails are only
# filled in where they are well known, otherwise they are plausible or "".
# ``kind``: history | art | memorial | reserve | nature | specialised
# ---------------------------------------------------------------------------
MUSEUMS = (
    # ---- KZ-75 Almaty -----------------------------------------------------
    {
        "slug": "central-state-museum",
        "region": "KZ-75",
        "kind": "history",
        "name": {
            "kk": "Қазақстан Республикасының Орталық мемлекеттік музейі",
            "ru": "Центральный государственный музей Республики Казахстан",
            "en": "Central State Museum of the Republic of Kazakhstan",
        },
        "description": {
            "kk": "Еліміздегі ең көне әрі ең ірі музейлердің бірі. Қорында археологиялық, этнографиялық және нумизматикалық жәдігерлер сақталған.",
            "ru": "Один из старейших и крупнейших музеев страны. В его фондах хранятся археологические, этнографические и нумизматические коллекции.",
            "en": "One of the oldest and largest museums in the country, holding archaeological, ethnographic and numismatic collections.",
        },
        "city": _ALMATY,
        "address": "мкр. Самал-1, 44",
        "lat": 43.2336, "lon": 76.9527,
        "website": "https://csmrk.kz",
        "email": "",
    },
    {
        "slug": "kasteyev-state-museum-of-arts",
        "region": "KZ-75",
        "kind": "art",
        "name": {
            "kk": "Ә. Қастеев атындағы Қазақстан Республикасының Мемлекеттік өнер музейі",
            "ru": "Государственный музей искусств Республики Казахстан им. А. Кастеева",
            "en": "A. Kasteyev State Museum of Arts of the Republic of Kazakhstan",
        },
        "description": {
            "kk": "Қазақстандағы ең ірі өнер музейі. Мұнда қазақ, орыс және шетел бейнелеу өнерінің, сондай-ақ қолданбалы өнердің туындылары сақталған.",
            "ru": "Крупнейший художественный музей Казахстана. Здесь хранятся произведения казахского, русского и зарубежного изобразительного и декоративно-прикладного искусства.",
            "en": "The largest art museum in Kazakhstan, with Kazakh, Russian and foreign fine and decorative art.",
        },
        "city": _ALMATY,
        "address": "мкр. Коктем-3, 22/1",
        "lat": 43.2334, "lon": 76.9196,
        "website": "https://gmirk.kz",
        "email": "",
    },
    {
        "slug": "ykylas-folk-instruments-museum",
        "region": "KZ-75",
        "kind": "specialised",
        "name": {
            "kk": "Ықылас атындағы қазақ халық музыкалық аспаптар музейі",
            "ru": "Музей казахских народных музыкальных инструментов им. Ыкыласа",
            "en": "Ykylas Museum of Kazakh Folk Musical Instruments",
        },
        "description": {
            "kk": "Алматының орталығындағы саябақта, тарихи ағаш ғимаратта орналасқан. Қорында домбыра, қобыз, сыбызғы, шертер сияқты халық аспаптары жинақталған.",
            "ru": "Музей расположен в историческом деревянном здании в парке в центре Алматы. В собрании — домбры, кобызы, сыбызгы, шертеры и другие народные инструменты.",
            "en": "Housed in a historic wooden building in a park in central Almaty, it holds dombras, kobyzes, sybyzgy flutes, sherters and other folk instruments.",
        },
        "city": _ALMATY,
        "address": "ул. Зенкова, 24а",
        "lat": 43.2590, "lon": 76.9555,
        "website": "",
        "email": "",
    },
    {
        "slug": "auezov-house-museum",
        "region": "KZ-75",
        "kind": "memorial",
        "name": {
            "kk": "Мұхтар Әуезовтің әдеби-мемориалдық үй-музейі",
            "ru": "Литературно-мемориальный дом-музей Мухтара Ауэзова",
            "en": "Mukhtar Auezov Literary and Memorial House Museum",
        },
        "description": {
            "kk": "Жазушы өмірінің соңғы жылдарын өткізген үйде ашылған музей. Оның жұмыс бөлмесі, кітапханасы мен қолжазбалары сақталған.",
            "ru": "Музей в доме, где писатель провёл последние годы жизни. Сохранены его кабинет, библиотека и рукописи.",
            "en": "Museum in the house where the writer spent his last years, preserving his study, library and manuscripts.",
        },
        "city": _ALMATY,
        "address": "ул. Тулебаева, 185",
        "lat": 43.2452, "lon": 76.9456,
        "website": "",
        "email": "",
    },
    {
        "slug": "kunaev-memorial-museum",
        "region": "KZ-75",
        "kind": "memorial",
        "name": {
            "kk": "Д. А. Қонаевтың мемориалдық музейі",
            "ru": "Мемориальный музей Д. А. Кунаева",
            "en": "D. A. Kunaev Memorial Museum",
        },
        "description": {
            "kk": "Көрнекті мемлекет қайраткері Дінмұхамед Қонаев тұрған пәтерде ашылған мемориалдық музей.",
            "ru": "Мемориальный музей в квартире, где жил видный государственный деятель Динмухамед Кунаев.",
            "en": "Memorial museum in the apartment where the statesman Dinmukhamed Kunaev lived.",
        },
        "city": _ALMATY,
        "address": "ул. Тулебаева, 117",
        "lat": 43.2566, "lon": 76.9452,
        "website": "",
        "email": "",
    },
    {
        "slug": "almaty-city-history-museum",
        "region": "KZ-75",
        "kind": "history",
        "name": {
            "kk": "Алматы қаласының тарихы музейі",
            "ru": "Музей истории города Алматы",
            "en": "Museum of the History of Almaty",
        },
        "description": {
            "kk": "Верный бекінісінен бүгінгі ірі қалаға дейінгі Алматы тарихына арналған музей.",
            "ru": "Музей, посвящённый истории Алматы от укрепления Верное до современного мегаполиса.",
            "en": "Dedicated to the history of Almaty from the Verny fortification to the modern city.",
        },
        "city": _ALMATY,
        "address": "ул. Гоголя, 39",
        "lat": 43.2610, "lon": 76.9430,
        "website": "",
        "email": "",
    },
    {
        "slug": "national-library-book-museum",
        "region": "KZ-75",
        "kind": "specialised",
        "name": {
            "kk": "Қазақстан Республикасы Ұлттық кітапханасының Кітап музейі",
            "ru": "Музей книги Национальной библиотеки Республики Казахстан",
            "en": "Book Museum of the National Library of the Republic of Kazakhstan",
        },
        "description": {
            "kk": "Ұлттық кітапхана жанындағы музей; мұнда сирек кітаптар, қолжазбалар және алғашқы басылымдар сақталған.",
            "ru": "Музей при Национальной библиотеке, где хранятся редкие книги, рукописи и ранние печатные издания.",
            "en": "Museum of the National Library holding rare books, manuscripts and early printed editions.",
        },
        "city": _ALMATY,
        "address": "пр. Абая, 14",
        "lat": 43.2406, "lon": 76.9447,
        "website": "",
        "email": "",
    },
    # ---- KZ-71 Astana -----------------------------------------------------
    {
        "slug": "national-museum-of-kazakhstan",
        "region": "KZ-71",
        "kind": "history",
        "name": {
            "kk": "Қазақстан Республикасының Ұлттық музейі",
            "ru": "Национальный музей Республики Казахстан",
            "en": "National Museum of the Republic of Kazakhstan",
        },
        "description": {
            "kk": "2014 жылы ашылған Орталық Азиядағы ең ірі музей. «Алтын адам» залы, ежелгі және ортағасырлық тарих, Тәуелсіздік тарихы залдары бар.",
            "ru": "Открытый в 2014 году крупнейший музей Центральной Азии. В нём есть зал «Золотого человека», залы древней и средневековой истории и истории Независимости.",
            "en": "Opened in 2014, the largest museum in Central Asia, with the Golden Man hall and galleries of ancient, medieval and modern history.",
        },
        "city": _ASTANA,
        "address": "пр. Тәуелсіздік, 54",
        "lat": 51.1192, "lon": 71.4690,
        "website": "https://nationalmuseum.kz",
        "email": "",
    },
    {
        "slug": "seifullin-memorial-museum",
        "region": "KZ-71",
        "kind": "memorial",
        "name": {
            "kk": "Сәкен Сейфуллиннің мемориалдық музейі",
            "ru": "Мемориальный музей Сакена Сейфуллина",
            "en": "Saken Seifullin Memorial Museum",
        },
        "description": {
            "kk": "Ақын, жазушы, мемлекет қайраткері Сәкен Сейфуллиннің өмірі мен шығармашылығына арналған музей.",
            "ru": "Музей, посвящённый жизни и творчеству поэта, писателя и государственного деятеля Сакена Сейфуллина.",
            "en": "Museum devoted to the life and work of the poet, writer and statesman Saken Seifullin.",
        },
        "city": _ASTANA,
        "address": "ул. Бейбітшілік, 47",
        "lat": 51.1733, "lon": 71.4197,
        "website": "",
        "email": "",
    },
    {
        "slug": "military-history-museum",
        "region": "KZ-71",
        "kind": "specialised",
        "name": {
            "kk": "Қазақстан Республикасы Қарулы Күштерінің Әскери тарихи музейі",
            "ru": "Военно-исторический музей Вооружённых Сил Республики Казахстан",
            "en": "Military History Museum of the Armed Forces of the Republic of Kazakhstan",
        },
        "description": {
            "kk": "Қазақстанның ежелгі дәуірден бүгінге дейінгі әскери тарихын баяндайтын музей.",
            "ru": "Музей, рассказывающий о военной истории Казахстана с древности до наших дней.",
            "en": "Museum of the military history of Kazakhstan from antiquity to the present day.",
        },
        "city": _ASTANA,
        "address": "пр. Тәуелсіздік, 1",
        "lat": 51.1156, "lon": 71.4735,
        "website": "",
        "email": "",
    },
    {
        "slug": "astana-museum-of-modern-art",
        "region": "KZ-71",
        "kind": "art",
        "name": {
            "kk": "Қазіргі заманғы өнер музейі",
            "ru": "Музей современного искусства",
            "en": "Museum of Modern Art",
        },
        "description": {
            "kk": "Қазақстандық және шетелдік суретшілердің XX–XXI ғасырлардағы туындылары жинақталған музей.",
            "ru": "Собрание произведений казахстанских и зарубежных художников XX–XXI веков.",
            "en": "Collection of works by Kazakhstani and foreign artists of the 20th and 21st centuries.",
        },
        "city": _ASTANA,
        "address": "ул. Бейбітшілік, 32",
        "lat": 51.1690, "lon": 71.4205,
        "website": "",
        "email": "",
    },
    {
        "slug": "astana-city-history-museum",
        "region": "KZ-71",
        "kind": "history",
        "name": {
            "kk": "Астана қаласының тарихы музейі",
            "ru": "Музей истории города Астаны",
            "en": "Museum of the History of Astana",
        },
        "description": {
            "kk": "Ақмола бекінісінен елорда Астанаға дейінгі қала тарихына арналған музей.",
            "ru": "Музей истории города от Акмолинской крепости до столицы Астаны.",
            "en": "Museum of the city's history from the Akmola fortress to the capital Astana.",
        },
        "city": _ASTANA,
        "address": "пр. Республики, 34",
        "lat": 51.1650, "lon": 71.4270,
        "website": "",
        "email": "",
    },
    {
        "slug": "alash-arystary-shokay-museum",
        "region": "KZ-71",
        "kind": "memorial",
        "name": {
            "kk": "«Алаш арыстары – Мұстафа Шоқай» мемориалдық музейі",
            "ru": "Мемориальный музей «Алаш арыстары – Мустафа Шокай»",
            "en": "“Alash Arystary – Mustafa Shokay” Memorial Museum",
        },
        "description": {
            "kk": "«Алаш» қозғалысының қайраткерлері мен Мұстафа Шоқайдың өмірі мен қызметіне арналған мемориалдық музей.",
            "ru": "Мемориальный музей, посвящённый деятелям движения «Алаш» и Мустафе Шокаю.",
            "en": "Memorial museum devoted to the leaders of the Alash movement and to Mustafa Shokay.",
        },
        "city": _ASTANA,
        "address": "ул. Сейфуллина, 13",
        "lat": 51.1745, "lon": 71.4160,
        "website": "",
        "email": "",
    },
    # ---- KZ-11 Akmola Region ----------------------------------------------
    {
        "slug": "akmola-regional-history-museum",
        "region": "KZ-11",
        "kind": "history",
        "name": {
            "kk": "Ақмола облыстық тарихи-өлкетану музейі",
            "ru": "Акмолинский областной историко-краеведческий музей",
            "en": "Akmola Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Көкше өңірінің табиғаты, археологиясы мен этнографиясы туралы жинақтары бар облыстық музей.",
            "ru": "Областной музей с коллекциями по природе, археологии и этнографии Кокшетауского края.",
            "en": "Regional museum with collections on the nature, archaeology and ethnography of the Kokshetau area.",
        },
        "city": _KOKSHETAU,
        "address": "ул. Абая, 94",
        "lat": 53.2848, "lon": 69.3886,
        "website": "",
        "email": "",
    },
    {
        "slug": "alzhir-memorial-complex",
        "region": "KZ-11",
        "kind": "memorial",
        "name": {
            "kk": "«АЛЖИР» саяси қуғын-сүргін және тоталитаризм құрбандарының мемориалдық-мұражай кешені",
            "ru": "Мемориально-музейный комплекс жертв политических репрессий и тоталитаризма «АЛЖИР»",
            "en": "ALZhIR Memorial and Museum Complex of Victims of Political Repression and Totalitarianism",
        },
        "description": {
            "kk": "1938–1953 жылдары жұмыс істеген «Отанын сатқандардың әйелдеріне» арналған Ақмола лагерінің орнында ашылған мемориалдық кешен.",
            "ru": "Мемориальный комплекс на месте Акмолинского лагеря жён изменников Родины, действовавшего в 1938–1953 годах.",
            "en": "Memorial complex on the site of the Akmola camp for wives of “traitors to the Motherland”, which operated from 1938 to 1953.",
        },
        "city": _city("Ақмол ауылы", "село Акмол", "Akmol village"),
        "address": "Целиноградский район, с. Акмол",
        "lat": 51.0080, "lon": 71.0550,
        "website": "",
        "email": "",
    },
    {
        "slug": "burabay-nature-museum",
        "region": "KZ-11",
        "kind": "nature",
        "name": {
            "kk": "«Бурабай» мемлекеттік ұлттық табиғи паркінің табиғат музейі",
            "ru": "Музей природы государственного национального природного парка «Бурабай»",
            "en": "Nature Museum of Burabay National Park",
        },
        "description": {
            "kk": "«Бурабай» ұлттық паркінің өсімдіктері мен жануарлар дүниесін таныстыратын табиғат музейі.",
            "ru": "Музей природы, знакомящий с флорой и фауной национального парка «Бурабай».",
            "en": "Nature museum presenting the flora and fauna of Burabay National Park.",
        },
        "city": _city("Бурабай кенті", "посёлок Бурабай", "Burabay"),
        "address": "Бурабайский район, пос. Бурабай, ул. Кенесары, 30",
        "lat": 53.0833, "lon": 70.3000,
        "website": "",
        "email": "",
    },
    {
        "slug": "gabdullin-memorial-museum",
        "region": "KZ-11",
        "kind": "memorial",
        "name": {
            "kk": "Мәлік Ғабдуллиннің мемориалдық музейі",
            "ru": "Мемориальный музей Малика Габдуллина",
            "en": "Malik Gabdullin Memorial Museum",
        },
        "description": {
            "kk": "Кеңес Одағының Батыры, жазушы әрі ғалым Мәлік Ғабдуллиннің өміріне арналған музей.",
            "ru": "Музей, посвящённый Герою Советского Союза, писателю и учёному Малику Габдуллину.",
            "en": "Museum devoted to Malik Gabdullin, Hero of the Soviet Union, writer and scholar.",
        },
        "city": _KOKSHETAU,
        "address": "ул. Габдуллина, 23",
        "lat": 53.2870, "lon": 69.3920,
        "website": "",
        "email": "",
    },
    # ---- KZ-10 Abai Region ------------------------------------------------
    {
        "slug": "abai-zhidebai-borili-museum-reserve",
        "region": "KZ-10",
        "kind": "reserve",
        "name": {
            "kk": "Абайдың «Жидебай–Бөрілі» мемлекеттік тарихи-мәдени және әдеби-мемориалдық қорық-музейі",
            "ru": "Государственный историко-культурный и литературно-мемориальный музей-заповедник Абая «Жидебай–Бориле»",
            "en": "Abai “Zhidebai–Borili” State Historical, Cultural and Literary Memorial Museum-Reserve",
        },
        "description": {
            "kk": "Абай мен Шәкәрімнің өмірі мен шығармашылығына арналған қорық-музей. Ол Семейдегі әдеби-мемориалдық музей мен Жидебайдағы мемориалдық кешенді біріктіреді.",
            "ru": "Музей-заповедник, посвящённый жизни и творчеству Абая и Шакарима. Объединяет литературно-мемориальный музей в Семее и мемориальный комплекс в Жидебае.",
            "en": "Museum-reserve devoted to the life and work of Abai and Shakarim, uniting the literary memorial museum in Semey and the memorial complex at Zhidebai.",
        },
        "city": _SEMEY,
        "address": "ул. Абая Кунанбаева, 12",
        "lat": 50.4085, "lon": 80.2490,
        "website": "",
        "email": "",
    },
    {
        "slug": "semey-history-museum",
        "region": "KZ-10",
        "kind": "history",
        "name": {
            "kk": "Семей тарихи-өлкетану музейі",
            "ru": "Семейский историко-краеведческий музей",
            "en": "Semey Museum of History and Local Lore",
        },
        "description": {
            "kk": "XIX ғасырдың соңында ашылған Қазақстандағы ең көне музейлердің бірі. Семей өңірінің тарихы мен этнографиясы туралы жинақтары бар.",
            "ru": "Один из старейших музеев Казахстана, основанный в конце XIX века. Хранит коллекции по истории и этнографии Семейского края.",
            "en": "One of the oldest museums in Kazakhstan, founded in the late 19th century, with collections on the history and ethnography of the Semey area.",
        },
        "city": _SEMEY,
        "address": "ул. Абая Кунанбаева, 90",
        "lat": 50.4110, "lon": 80.2300,
        "website": "",
        "email": "",
    },
    {
        "slug": "nevzorov-family-art-museum",
        "region": "KZ-10",
        "kind": "art",
        "name": {
            "kk": "Невзоровтар әулеті атындағы бейнелеу өнері музейі",
            "ru": "Музей изобразительных искусств имени семьи Невзоровых",
            "en": "Nevzorov Family Museum of Fine Arts",
        },
        "description": {
            "kk": "Невзоровтар отбасы сыйға тартқан жинақ негізінде құрылған музей. Мұнда орыс және батыс еуропалық суретшілердің туындылары сақталған.",
            "ru": "Музей, созданный на основе коллекции, подаренной семьёй Невзоровых. Хранит работы русских и западноевропейских мастеров.",
            "en": "Art museum founded on the collection donated by the Nevzorov family, with works by Russian and Western European masters.",
        },
        "city": _SEMEY,
        "address": "ул. Пушкина, 108",
        "lat": 50.4060, "lon": 80.2520,
        "website": "",
        "email": "",
    },
    {
        "slug": "dostoevsky-literary-museum-semey",
        "region": "KZ-10",
        "kind": "memorial",
        "name": {
            "kk": "Ф. М. Достоевскийдің әдеби-мемориалдық музейі",
            "ru": "Литературно-мемориальный музей Ф. М. Достоевского",
            "en": "F. M. Dostoevsky Literary Memorial Museum",
        },
        "description": {
            "kk": "Ф. М. Достоевский Семейде әскери қызмет атқарған жылдары тұрған үйде ашылған әдеби-мемориалдық музей.",
            "ru": "Литературно-мемориальный музей в доме, где Ф. М. Достоевский жил в годы военной службы в Семипалатинске.",
            "en": "Literary memorial museum in the house where F. M. Dostoevsky lived during his military service in Semipalatinsk.",
        },
        "city": _SEMEY,
        "address": "ул. Достоевского, 118",
        "lat": 50.4180, "lon": 80.2440,
        "website": "",
        "email": "",
    },
    # ---- KZ-15 Aktobe Region ----------------------------------------------
    {
        "slug": "aktobe-regional-history-museum",
        "region": "KZ-15",
        "kind": "history",
        "name": {
            "kk": "Ақтөбе облыстық тарихи-өлкетану музейі",
            "ru": "Актюбинский областной историко-краеведческий музей",
            "en": "Aktobe Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Ақтөбе өңірінің тарихы, археологиясы мен табиғаты туралы жинақтары бар облыстық музей.",
            "ru": "Областной музей с коллекциями по истории, археологии и природе Актюбинского края.",
            "en": "Regional museum with collections on the history, archaeology and nature of the Aktobe area.",
        },
        "city": _AKTOBE,
        "address": "пр. Абилкайыр хана, 40",
        "lat": 50.2839, "lon": 57.1669,
        "website": "",
        "email": "",
    },
    {
        "slug": "moldagulova-memorial-museum",
        "region": "KZ-15",
        "kind": "memorial",
        "name": {
            "kk": "Әлия Молдағұлованың мемориалдық музейі",
            "ru": "Мемориальный музей Алии Молдагуловой",
            "en": "Aliya Moldagulova Memorial Museum",
        },
        "description": {
            "kk": "Кеңес Одағының Батыры, мерген Әлия Молдағұловаға арналған мемориалдық музей.",
            "ru": "Мемориальный музей, посвящённый Герою Советского Союза снайперу Алии Молдагуловой.",
            "en": "Memorial museum devoted to the sniper Aliya Moldagulova, Hero of the Soviet Union.",
        },
        "city": _AKTOBE,
        "address": "пр. Алии Молдагуловой, 44",
        "lat": 50.2960, "lon": 57.1540,
        "website": "",
        "email": "",
    },
    {
        "slug": "aktobe-regional-art-museum",
        "region": "KZ-15",
        "kind": "art",
        "name": {
            "kk": "Ақтөбе облыстық өнер музейі",
            "ru": "Актюбинский областной музей искусств",
            "en": "Aktobe Regional Museum of Arts",
        },
        "description": {
            "kk": "Қазақстан суретшілерінің кескіндеме, графика және қолданбалы өнер туындылары жинақталған музей.",
            "ru": "Собрание живописи, графики и декоративно-прикладного искусства художников Казахстана.",
            "en": "Collection of paintings, graphics and decorative art by artists of Kazakhstan.",
        },
        "city": _AKTOBE,
        "address": "ул. Айтеке би, 50",
        "lat": 50.2870, "lon": 57.1610,
        "website": "",
        "email": "",
    },
    # ---- KZ-19 Almaty Region ----------------------------------------------
    {
        "slug": "issyk-museum-reserve",
        "region": "KZ-19",
        "kind": "reserve",
        "name": {
            "kk": "«Есік» мемлекеттік тарихи-мәдени қорық-музейі",
            "ru": "Государственный историко-культурный музей-заповедник «Иссык»",
            "en": "Issyk State Historical and Cultural Museum-Reserve",
        },
        "description": {
            "kk": "1969 жылы «Алтын адам» табылған Есік қорғандары аумағында орналасқан қорық-музей.",
            "ru": "Музей-заповедник на территории Иссыкских курганов, где в 1969 году был найден «Золотой человек».",
            "en": "Museum-reserve at the Issyk burial mounds, where the Golden Man was found in 1969.",
        },
        "city": _city("Есік", "Есик", "Yesik"),
        "address": "Енбекшиказахский район, г. Есик",
        "lat": 43.3553, "lon": 77.4533,
        "website": "",
        "email": "",
    },
    {
        "slug": "zhambyl-literary-memorial-museum",
        "region": "KZ-19",
        "kind": "memorial",
        "name": {
            "kk": "Жамбыл Жабаевтың әдеби-мемориалдық музейі",
            "ru": "Литературно-мемориальный музей Жамбыла Жабаева",
            "en": "Zhambyl Zhabayev Literary Memorial Museum",
        },
        "description": {
            "kk": "Жамбыл Жабаевтың үйі мен кесенесі орналасқан әдеби-мемориалдық кешен.",
            "ru": "Литературно-мемориальный комплекс, включающий дом и мавзолей Жамбыла Жабаева.",
            "en": "Literary memorial complex including Zhambyl Zhabayev's house and mausoleum.",
        },
        "city": _city("Жамбыл ауылы", "село Жамбыл", "Zhambyl village"),
        "address": "Жамбылский район, с. Жамбыл",
        "lat": 43.0600, "lon": 75.9300,
        "website": "",
        "email": "",
    },
    {
        "slug": "tamgaly-museum-reserve",
        "region": "KZ-19",
        "kind": "reserve",
        "name": {
            "kk": "«Тамғалы» мемлекеттік тарихи-мәдени және табиғи қорық-музейі",
            "ru": "Государственный историко-культурный и природный заповедник-музей «Тамгалы»",
            "en": "Tamgaly State Historical, Cultural and Natural Museum-Reserve",
        },
        "description": {
            "kk": "ЮНЕСКО-ның Бүкіләлемдік мұра тізіміне енген қола дәуірінің жартастағы суреттері бар қорық-музей.",
            "ru": "Музей-заповедник с петроглифами эпохи бронзы, включёнными в Список всемирного наследия ЮНЕСКО.",
            "en": "Museum-reserve with Bronze Age petroglyphs inscribed on the UNESCO World Heritage List.",
        },
        "city": _city("Тамғалы шатқалы", "урочище Тамгалы", "Tamgaly Gorge"),
        "address": "Жамбылский район, урочище Тамгалы",
        "lat": 43.8035, "lon": 75.5353,
        "website": "",
        "email": "",
    },
    {
        "slug": "almaty-region-history-museum",
        "region": "KZ-19",
        "kind": "history",
        "name": {
            "kk": "Алматы облыстық тарихи-өлкетану музейі",
            "ru": "Алматинский областной историко-краеведческий музей",
            "en": "Almaty Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Алматы облысының тарихы мен мәдениетін таныстыратын облыстық музей.",
            "ru": "Областной музей, знакомящий с историей и культурой Алматинской области.",
            "en": "Regional museum presenting the history and culture of Almaty Region.",
        },
        "city": _city("Қонаев", "Конаев", "Konaev"),
        "address": "ул. Конаева, 12",
        "lat": 43.8667, "lon": 77.0667,
        "website": "",
        "email": "",
    },
    # ---- KZ-33 Jetisu Region ----------------------------------------------
    {
        "slug": "jetisu-regional-history-museum",
        "region": "KZ-33",
        "kind": "history",
        "name": {
            "kk": "Жетісу облыстық тарихи-өлкетану музейі",
            "ru": "Историко-краеведческий музей области Жетісу",
            "en": "Jetisu Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Жетісу өңірінің ежелгі және ортағасырлық тарихы мен этнографиясы туралы жинақтары бар музей.",
            "ru": "Музей с коллекциями по древней и средневековой истории и этнографии Семиречья.",
            "en": "Museum with collections on the ancient and medieval history and ethnography of Zhetysu.",
        },
        "city": _TALDYKORGAN,
        "address": "ул. Тауелсиздик, 74",
        "lat": 45.0156, "lon": 78.3739,
        "website": "",
        "email": "",
    },
    {
        "slug": "zhansugurov-literary-museum",
        "region": "KZ-33",
        "kind": "memorial",
        "name": {
            "kk": "Ілияс Жансүгіровтің әдеби-мемориалдық музейі",
            "ru": "Литературно-мемориальный музей Ильяса Джансугурова",
            "en": "Ilyas Zhansugurov Literary Memorial Museum",
        },
        "description": {
            "kk": "Ақын Ілияс Жансүгіровтің өмірі мен шығармашылығына арналған әдеби-мемориалдық музей.",
            "ru": "Литературно-мемориальный музей, посвящённый жизни и творчеству поэта Ильяса Джансугурова.",
            "en": "Literary memorial museum devoted to the life and work of the poet Ilyas Zhansugurov.",
        },
        "city": _TALDYKORGAN,
        "address": "ул. Жансугурова, 185",
        "lat": 45.0120, "lon": 78.3800,
        "website": "",
        "email": "",
    },
    {
        "slug": "shokan-valikhanov-memorial-complex",
        "region": "KZ-33",
        "kind": "memorial",
        "name": {
            "kk": "Шоқан Уәлихановтың мемориалдық кешені",
            "ru": "Мемориальный комплекс Чокана Валиханова",
            "en": "Shokan Valikhanov Memorial Complex",
        },
        "description": {
            "kk": "Шоқан Уәлиханов өмірінің соңғы жылдарын өткізген әрі жерленген Алтынемел өңіріндегі мемориалдық кешен.",
            "ru": "Мемориальный комплекс в Алтынэмельском крае, где Чокан Валиханов провёл последние годы жизни и где он похоронен.",
            "en": "Memorial complex in the Altynemel area, where Shokan Valikhanov spent his last years and is buried.",
        },
        "city": _city("Шоқан ауылы", "село Шокан", "Shokan village"),
        "address": "Кербулакский район, с. Шокан",
        "lat": 44.9000, "lon": 78.8000,
        "website": "",
        "email": "",
    },
    {
        "slug": "zharkent-mosque-museum",
        "region": "KZ-33",
        "kind": "specialised",
        "name": {
            "kk": "«Жаркент мешіті» сәулет-көркемдік музейі",
            "ru": "Архитектурно-художественный музей «Жаркентская мечеть»",
            "en": "Zharkent Mosque Architectural and Art Museum",
        },
        "description": {
            "kk": "XIX ғасырдың соңында салынған Жаркент мешітінің ғимаратында орналасқан сәулет-көркемдік музей.",
            "ru": "Архитектурно-художественный музей в здании Жаркентской мечети, построенной в конце XIX века.",
            "en": "Architectural and art museum in the Zharkent Mosque, built in the late 19th century.",
        },
        "city": _city("Жаркент", "Жаркент", "Zharkent"),
        "address": "ул. Юлдашева, 1",
        "lat": 44.1628, "lon": 80.0000,
        "website": "",
        "email": "",
    },
    # ---- KZ-23 Atyrau Region ----------------------------------------------
    {
        "slug": "atyrau-regional-history-museum",
        "region": "KZ-23",
        "kind": "history",
        "name": {
            "kk": "Атырау облыстық тарихи-өлкетану музейі",
            "ru": "Атырауский областной историко-краеведческий музей",
            "en": "Atyrau Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Атырау өңірінің тарихы, этнографиясы және мұнай кәсіпшілігінің тарихы туралы жинақтары бар музей.",
            "ru": "Музей с коллекциями по истории и этнографии края и истории нефтедобычи.",
            "en": "Museum with collections on local history, ethnography and the history of the oil industry.",
        },
        "city": _ATYRAU,
        "address": "ул. Айтеке би, 47",
        "lat": 47.1064, "lon": 51.9036,
        "website": "",
        "email": "",
    },
    {
        "slug": "saraishyk-museum-reserve",
        "region": "KZ-23",
        "kind": "reserve",
        "name": {
            "kk": "«Сарайшық» мемлекеттік тарихи-мәдени қорық-музейі",
            "ru": "Государственный историко-культурный музей-заповедник «Сарайшык»",
            "en": "Saraishyk State Historical and Cultural Museum-Reserve",
        },
        "description": {
            "kk": "Алтын Орда мен Ноғай Ордасы дәуіріндегі ортағасырлық Сарайшық қаласының жұртында орналасқан қорық-музей.",
            "ru": "Музей-заповедник на городище Сарайчик — средневековом городе эпохи Золотой Орды и Ногайской Орды.",
            "en": "Museum-reserve at Saraishyk, a medieval city of the Golden Horde and the Nogai Horde.",
        },
        "city": _city("Сарайшық ауылы", "село Сарайшык", "Saraishyk village"),
        "address": "Махамбетский район, с. Сарайшык",
        "lat": 47.4707, "lon": 51.7444,
        "website": "",
        "email": "",
    },
    {
        "slug": "atyrau-fine-and-applied-arts-museum",
        "region": "KZ-23",
        "kind": "art",
        "name": {
            "kk": "Атырау облыстық бейнелеу және қолданбалы өнер музейі",
            "ru": "Атырауский областной музей изобразительного и декоративно-прикладного искусства",
            "en": "Atyrau Regional Museum of Fine and Decorative Arts",
        },
        "description": {
            "kk": "Бейнелеу және қолданбалы өнер туындылары, соның ішінде Батыс Қазақстан шеберлерінің зергерлік бұйымдары сақталған музей.",
            "ru": "Музей изобразительного и декоративно-прикладного искусства, в том числе ювелирных изделий мастеров Западного Казахстана.",
            "en": "Museum of fine and decorative art, including jewellery by craftsmen of Western Kazakhstan.",
        },
        "city": _ATYRAU,
        "address": "ул. Махамбета, 110",
        "lat": 47.1120, "lon": 51.9180,
        "website": "",
        "email": "",
    },
    # ---- KZ-27 West Kazakhstan Region -------------------------------------
    {
        "slug": "west-kazakhstan-regional-history-museum",
        "region": "KZ-27",
        "kind": "history",
        "name": {
            "kk": "Батыс Қазақстан облыстық тарихи-өлкетану музейі",
            "ru": "Западно-Казахстанский областной историко-краеведческий музей",
            "en": "West Kazakhstan Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Батыс Қазақстанның тарихы мен табиғатын таныстыратын облыстық музей. Қорында сармат дәуірінің олжалары мен Орал казактарының тарихына қатысты жинақтар бар.",
            "ru": "Областной музей истории и природы Западного Казахстана. В фондах — находки сарматской эпохи и коллекции по истории уральского казачества.",
            "en": "Regional museum of the history and nature of Western Kazakhstan, with Sarmatian finds and collections on the Ural Cossacks.",
        },
        "city": _ORAL,
        "address": "пр. Достык, 184",
        "lat": 51.2278, "lon": 51.3865,
        "website": "",
        "email": "",
    },
    {
        "slug": "bokey-orda-museum-complex",
        "region": "KZ-27",
        "kind": "reserve",
        "name": {
            "kk": "Бөкей Ордасы тарихи-сәулет музей кешені",
            "ru": "Историко-архитектурный музейный комплекс «Бокеевская Орда»",
            "en": "Bokey Orda Historical and Architectural Museum Complex",
        },
        "description": {
            "kk": "XIX ғасырда Бөкей хандығының ордасы болған Хан Ордасындағы тарихи-сәулет музей кешені.",
            "ru": "Историко-архитектурный музейный комплекс в Ханской Ставке — столице Букеевского ханства в XIX веке.",
            "en": "Historical and architectural museum complex in Khan Ordasy, the seat of the Bokey Khanate in the 19th century.",
        },
        "city": _city("Хан Ордасы ауылы", "село Хан Ордасы", "Khan Ordasy village"),
        "address": "Бокейординский район, с. Хан Ордасы",
        "lat": 48.7167, "lon": 47.4167,
        "website": "",
        "email": "",
    },
    {
        "slug": "pushkin-literary-museum-oral",
        "region": "KZ-27",
        "kind": "memorial",
        "name": {
            "kk": "А. С. Пушкиннің әдеби-мемориалдық музейі",
            "ru": "Литературно-мемориальный музей А. С. Пушкина",
            "en": "A. S. Pushkin Literary Memorial Museum",
        },
        "description": {
            "kk": "А. С. Пушкиннің 1833 жылы Оралға келуіне арналған әдеби-мемориалдық музей.",
            "ru": "Литературно-мемориальный музей, посвящённый пребыванию А. С. Пушкина в Уральске в 1833 году.",
            "en": "Literary memorial museum devoted to A. S. Pushkin's visit to Uralsk in 1833.",
        },
        "city": _ORAL,
        "address": "ул. Пугачёва, 2",
        "lat": 51.2050, "lon": 51.3700,
        "website": "",
        "email": "",
    },
    # ---- KZ-31 Jambyl Region ----------------------------------------------
    {
        "slug": "jambyl-regional-history-museum",
        "region": "KZ-31",
        "kind": "history",
        "name": {
            "kk": "Жамбыл облыстық тарихи-өлкетану музейі",
            "ru": "Жамбылский областной историко-краеведческий музей",
            "en": "Jambyl Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Ежелгі Тараз өңірінің тарихы, археологиясы мен этнографиясы туралы жинақтары бар облыстық музей.",
            "ru": "Областной музей с коллекциями по истории, археологии и этнографии древнего Таразского края.",
            "en": "Regional museum with collections on the history, archaeology and ethnography of the ancient Taraz area.",
        },
        "city": _TARAZ,
        "address": "ул. Толе би, 55",
        "lat": 42.8984, "lon": 71.3980,
        "website": "",
        "email": "",
    },
    {
        "slug": "ancient-taraz-museum-reserve",
        "region": "KZ-31",
        "kind": "reserve",
        "name": {
            "kk": "«Ежелгі Тараз ескерткіштері» тарихи-мәдени қорық-музейі",
            "ru": "Историко-культурный музей-заповедник «Памятники древнего Тараза»",
            "en": "“Monuments of Ancient Taraz” Historical and Cultural Museum-Reserve",
        },
        "description": {
            "kk": "Айша бибі, Бабаджа қатын және Қарахан кесенелерін қамтитын қорық-музей.",
            "ru": "Музей-заповедник, включающий мавзолеи Айша-Биби, Бабаджи-хатун и Карахана.",
            "en": "Museum-reserve including the mausoleums of Aisha Bibi, Babaji Khatun and Karakhan.",
        },
        "city": _TARAZ,
        "address": "ул. Толе би, 34",
        "lat": 42.9000, "lon": 71.3667,
        "website": "",
        "email": "",
    },
    {
        "slug": "momyshuly-memorial-museum",
        "region": "KZ-31",
        "kind": "memorial",
        "name": {
            "kk": "Бауыржан Момышұлының мемориалдық музейі",
            "ru": "Мемориальный музей Бауыржана Момышулы",
            "en": "Bauyrzhan Momyshuly Memorial Museum",
        },
        "description": {
            "kk": "Батырдың туған жері Жуалы өңіріндегі Бауыржан Момышұлына арналған мемориалдық музей.",
            "ru": "Мемориальный музей Бауыржана Момышулы на его родине в Жуалынском районе.",
            "en": "Memorial museum of Bauyrzhan Momyshuly in his native Zhualy district.",
        },
        "city": _city("Бауыржан Момышұлы ауылы", "село Бауыржан Момышулы", "Bauyrzhan Momyshuly village"),
        "address": "Жуалынский район, с. Бауыржан Момышулы",
        "lat": 42.5995, "lon": 70.7584,
        "website": "",
        "email": "",
    },
    # ---- KZ-35 Karaganda Region -------------------------------------------
    {
        "slug": "karaganda-regional-history-museum",
        "region": "KZ-35",
        "kind": "history",
        "name": {
            "kk": "Қарағанды облыстық тарихи-өлкетану музейі",
            "ru": "Карагандинский областной историко-краеведческий музей",
            "en": "Karaganda Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Сарыарқаның тарихы мен археологиясы және кен өндірісінің тарихы туралы жинақтары бар облыстық музей.",
            "ru": "Областной музей с коллекциями по истории и археологии Сарыарки и истории горного дела.",
            "en": "Regional museum with collections on the history and archaeology of Saryarka and the history of mining.",
        },
        "city": _KARAGANDA,
        "address": "ул. Ерубаева, 38",
        "lat": 49.8058, "lon": 73.0920,
        "website": "",
        "email": "",
    },
    {
        "slug": "karlag-memorial-museum-dolinka",
        "region": "KZ-35",
        "kind": "memorial",
        "name": {
            "kk": "Долинкадағы саяси қуғын-сүргін құрбандарын еске алу музейі",
            "ru": "Музей памяти жертв политических репрессий в посёлке Долинка",
            "en": "Museum of Memory of Victims of Political Repression in Dolinka",
        },
        "description": {
            "kk": "Бұрынғы Қарлаг басқармасының ғимаратында ашылған саяси қуғын-сүргін құрбандарын еске алу музейі.",
            "ru": "Музей памяти жертв политических репрессий в здании бывшего управления Карлага.",
            "en": "Museum of memory of the victims of political repression, housed in the former KarLag administration building.",
        },
        "city": _city("Долинка кенті", "посёлок Долинка", "Dolinka"),
        "address": "Карагандинская обл., пос. Долинка, ул. Ленина, 39",
        "lat": 49.6700, "lon": 72.6800,
        "website": "",
        "email": "",
    },
    {
        "slug": "karaganda-fine-arts-museum",
        "region": "KZ-35",
        "kind": "art",
        "name": {
            "kk": "Қарағанды облыстық бейнелеу өнері музейі",
            "ru": "Карагандинский областной музей изобразительного искусства",
            "en": "Karaganda Regional Museum of Fine Arts",
        },
        "description": {
            "kk": "Қазақстандық және орыс суретшілерінің кескіндеме, графика және мүсін туындылары сақталған музей.",
            "ru": "Собрание живописи, графики и скульптуры казахстанских и русских художников.",
            "en": "Collection of paintings, graphics and sculpture by Kazakhstani and Russian artists.",
        },
        "city": _KARAGANDA,
        "address": "пр. Бухар-Жырау, 47",
        "lat": 49.8020, "lon": 73.0990,
        "website": "",
        "email": "",
    },
    {
        "slug": "saryarka-archaeology-museum",
        "region": "KZ-35",
        "kind": "specialised",
        "name": {
            "kk": "«Сарыарқа археологиясы» музейі",
            "ru": "Музей «Археология Сарыарки»",
            "en": "Museum of Saryarka Archaeology",
        },
        "description": {
            "kk": "Сарыарқадағы қола және ерте темір дәуірі ескерткіштерінен табылған олжалар жинақталған университет музейі.",
            "ru": "Университетский музей с находками с памятников эпохи бронзы и раннего железа Сарыарки.",
            "en": "University museum of finds from Bronze and Early Iron Age sites in Saryarka.",
        },
        "city": _KARAGANDA,
        "address": "ул. Университетская, 28",
        "lat": 49.8110, "lon": 73.0830,
        "website": "",
        "email": "",
    },
    # ---- KZ-39 Kostanay Region --------------------------------------------
    {
        "slug": "kostanay-regional-history-museum",
        "region": "KZ-39",
        "kind": "history",
        "name": {
            "kk": "Қостанай облыстық тарихи-өлкетану музейі",
            "ru": "Костанайский областной историко-краеведческий музей",
            "en": "Kostanay Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Торғай мен Тобыл өңірінің тарихы, археологиясы және табиғаты туралы облыстық музей.",
            "ru": "Областной музей истории, археологии и природы Тургая и Притоболья.",
            "en": "Regional museum of the history, archaeology and nature of the Torgai and Tobol area.",
        },
        "city": _KOSTANAY,
        "address": "ул. Алтынсарина, 115",
        "lat": 53.2144, "lon": 63.6246,
        "website": "",
        "email": "",
    },
    {
        "slug": "altynsarin-memorial-museum",
        "region": "KZ-39",
        "kind": "memorial",
        "name": {
            "kk": "Ыбырай Алтынсариннің мемориалдық музейі",
            "ru": "Мемориальный музей Ибрая Алтынсарина",
            "en": "Ybyrai Altynsarin Memorial Museum",
        },
        "description": {
            "kk": "Қазақ даласында алғашқы мектептерді ашқан ағартушы Ыбырай Алтынсаринге арналған мемориалдық музей.",
            "ru": "Мемориальный музей просветителя Ибрая Алтынсарина, открывшего первые школы в казахской степи.",
            "en": "Memorial museum of the educator Ybyrai Altynsarin, who opened the first schools in the Kazakh steppe.",
        },
        "city": _KOSTANAY,
        "address": "ул. Темирбаева, 32",
        "lat": 53.2190, "lon": 63.6310,
        "website": "",
        "email": "",
    },
    {
        "slug": "baitursynuly-house-museum",
        "region": "KZ-39",
        "kind": "memorial",
        "name": {
            "kk": "Ахмет Байтұрсынұлының үй-музейі",
            "ru": "Дом-музей Ахмета Байтурсынова",
            "en": "Akhmet Baitursynuly House Museum",
        },
        "description": {
            "kk": "Тілші-ғалым, ағартушы Ахмет Байтұрсынұлы тұрған үйде ашылған музей.",
            "ru": "Музей в доме, где жил языковед и просветитель Ахмет Байтурсынов.",
            "en": "Museum in the house where the linguist and educator Akhmet Baitursynuly lived.",
        },
        "city": _KOSTANAY,
        "address": "ул. Байтурсынова, 88",
        "lat": 53.2120, "lon": 63.6200,
        "website": "",
        "email": "",
    },
    {
        "slug": "kostanay-fine-arts-museum",
        "region": "KZ-39",
        "kind": "art",
        "name": {
            "kk": "Қостанай облыстық бейнелеу өнері музейі",
            "ru": "Костанайский областной музей изобразительных искусств",
            "en": "Kostanay Regional Museum of Fine Arts",
        },
        "description": {
            "kk": "Қазақстандық суретшілердің кескіндемесі мен графикасы жинақталған облыстық музей.",
            "ru": "Областной музей живописи и графики казахстанских художников.",
            "en": "Regional museum of paintings and graphics by Kazakhstani artists.",
        },
        "city": _KOSTANAY,
        "address": "ул. Гоголя, 75",
        "lat": 53.2170, "lon": 63.6280,
        "website": "",
        "email": "",
    },
    # ---- KZ-43 Kyzylorda Region -------------------------------------------
    {
        "slug": "kyzylorda-regional-history-museum",
        "region": "KZ-43",
        "kind": "history",
        "name": {
            "kk": "Қызылорда облыстық тарихи-өлкетану музейі",
            "ru": "Кызылординский областной историко-краеведческий музей",
            "en": "Kyzylorda Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Сыр өңірінің тарихына арналған облыстық музей. Қорында Сырдария бойындағы ортағасырлық қалалардан табылған олжалар бар.",
            "ru": "Областной музей истории Сырдарьинского края. В фондах — находки из средневековых городов на Сырдарье.",
            "en": "Regional museum of the history of the Syr Darya area, with finds from its medieval towns.",
        },
        "city": _KYZYLORDA,
        "address": "ул. Айтеке би, 20",
        "lat": 44.8489, "lon": 65.5093,
        "website": "",
        "email": "",
    },
    {
        "slug": "korkyt-ata-memorial-complex",
        "region": "KZ-43",
        "kind": "memorial",
        "name": {
            "kk": "Қорқыт ата мемориалдық кешені",
            "ru": "Мемориальный комплекс «Коркыт-ата»",
            "en": "Korkyt Ata Memorial Complex",
        },
        "description": {
            "kk": "Қобыз пішінінде салынған Қорқыт ата ескерткіші мен музейі бар мемориалдық кешен.",
            "ru": "Мемориальный комплекс с памятником в форме кобыза и музеем Коркыт-ата.",
            "en": "Memorial complex with a kobyz-shaped monument and a museum devoted to Korkyt Ata.",
        },
        "city": _city("Жосалы кенті", "посёлок Жосалы", "Zhosaly"),
        "address": "Кармакшинский район, близ пос. Жосалы",
        "lat": 45.6100, "lon": 63.9300,
        "website": "",
        "email": "",
    },
    {
        "slug": "baikonur-cosmodrome-history-museum",
        "region": "KZ-43",
        "kind": "specialised",
        "name": {
            "kk": "Байқоңыр ғарыш айлағының тарихы музейі",
            "ru": "Музей истории космодрома «Байконур»",
            "en": "Baikonur Cosmodrome History Museum",
        },
        "description": {
            "kk": "1961 жылы Юрий Гагарин ғарышқа ұшқан Байқоңыр ғарыш айлағының тарихына арналған музей.",
            "ru": "Музей истории космодрома, откуда в 1961 году Юрий Гагарин отправился в космос.",
            "en": "Museum of the history of the cosmodrome from which Yuri Gagarin flew into space in 1961.",
        },
        "city": _city("Байқоңыр", "Байконур", "Baikonur"),
        "address": "г. Байконур, площадка 2",
        "lat": 45.6167, "lon": 63.3167,
        "website": "",
        "email": "",
    },
    # ---- KZ-47 Mangystau Region -------------------------------------------
    {
        "slug": "mangystau-regional-history-museum",
        "region": "KZ-47",
        "kind": "history",
        "name": {
            "kk": "Маңғыстау облыстық тарихи-өлкетану музейі",
            "ru": "Мангистауский областной историко-краеведческий музей",
            "en": "Mangystau Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Маңғыстаудың тарихы, археологиясы мен табиғаты туралы облыстық музей.",
            "ru": "Областной музей истории, археологии и природы Мангистау.",
            "en": "Regional museum of the history, archaeology and nature of Mangystau.",
        },
        "city": _AKTAU,
        "address": "мкр. 9, здание 23",
        "lat": 43.6481, "lon": 51.1722,
        "website": "",
        "email": "",
    },
    {
        "slug": "mangystau-historical-cultural-reserve",
        "region": "KZ-47",
        "kind": "reserve",
        "name": {
            "kk": "Маңғыстау мемлекеттік тарихи-мәдени қорығы",
            "ru": "Мангистауский государственный историко-культурный заповедник",
            "en": "Mangystau State Historical and Cultural Reserve",
        },
        "description": {
            "kk": "Бекет ата мен Шопан ата жерасты мешіттерін және ежелгі қорымдарды қамтитын қорық.",
            "ru": "Заповедник, объединяющий подземные мечети Бекет-ата и Шопан-ата и древние некрополи.",
            "en": "Reserve covering the underground mosques of Beket Ata and Shopan Ata and ancient necropolises.",
        },
        "city": _AKTAU,
        "address": "мкр. 14, здание 45",
        "lat": 43.6550, "lon": 51.1600,
        "website": "",
        "email": "",
    },
    {
        "slug": "shevchenko-literary-museum",
        "region": "KZ-47",
        "kind": "memorial",
        "name": {
            "kk": "Т. Г. Шевченконың әдеби-мемориалдық музейі",
            "ru": "Литературно-мемориальный музей Т. Г. Шевченко",
            "en": "Taras Shevchenko Literary Memorial Museum",
        },
        "description": {
            "kk": "Украин ақыны Тарас Шевченконың Маңғыстауда айдауда болған жылдарына арналған музей.",
            "ru": "Музей, посвящённый годам ссылки украинского поэта Тараса Шевченко на Мангышлаке.",
            "en": "Museum devoted to the years of exile of the Ukrainian poet Taras Shevchenko on Mangyshlak.",
        },
        "city": _city("Форт-Шевченко", "Форт-Шевченко", "Fort-Shevchenko"),
        "address": "Тупкараганский район, г. Форт-Шевченко",
        "lat": 44.5167, "lon": 50.2667,
        "website": "",
        "email": "",
    },
    # ---- KZ-55 Pavlodar Region --------------------------------------------
    {
        "slug": "potanin-pavlodar-regional-museum",
        "region": "KZ-55",
        "kind": "history",
        "name": {
            "kk": "Г. Н. Потанин атындағы Павлодар облыстық тарихи-өлкетану музейі",
            "ru": "Павлодарский областной историко-краеведческий музей им. Г. Н. Потанина",
            "en": "G. N. Potanin Pavlodar Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Ертіс өңірінің тарихы мен табиғаты туралы жинақтары бар облыстық музей; ғалым-саяхатшы Г. Н. Потаниннің есімімен аталған.",
            "ru": "Областной музей истории и природы Прииртышья, носящий имя учёного-путешественника Г. Н. Потанина.",
            "en": "Regional museum of the history and nature of the Irtysh area, named after the scholar and traveller G. N. Potanin.",
        },
        "city": _PAVLODAR,
        "address": "ул. Академика Сатпаева, 40",
        "lat": 52.2873, "lon": 76.9674,
        "website": "",
        "email": "",
    },
    {
        "slug": "pavlodar-regional-art-museum",
        "region": "KZ-55",
        "kind": "art",
        "name": {
            "kk": "Павлодар облыстық өнер музейі",
            "ru": "Павлодарский областной художественный музей",
            "en": "Pavlodar Regional Art Museum",
        },
        "description": {
            "kk": "Қазақстандық және орыс суретшілерінің туындылары сақталған көркемсурет музейі.",
            "ru": "Художественный музей с работами казахстанских и русских художников.",
            "en": "Art museum with works by Kazakhstani and Russian artists.",
        },
        "city": _PAVLODAR,
        "address": "ул. Академика Бекхожина, 1",
        "lat": 52.2840, "lon": 76.9560,
        "website": "",
        "email": "",
    },
    {
        "slug": "toraighyrov-literary-museum",
        "region": "KZ-55",
        "kind": "memorial",
        "name": {
            "kk": "Сұлтанмахмұт Торайғыровтың әдеби-мемориалдық музейі",
            "ru": "Литературно-мемориальный музей Султанмахмута Торайгырова",
            "en": "Sultanmakhmut Toraighyrov Literary Memorial Museum",
        },
        "description": {
            "kk": "Ақын Сұлтанмахмұт Торайғыровтың өмірі мен шығармашылығына арналған музей.",
            "ru": "Музей, посвящённый жизни и творчеству поэта Султанмахмута Торайгырова.",
            "en": "Museum devoted to the life and work of the poet Sultanmakhmut Toraighyrov.",
        },
        "city": _PAVLODAR,
        "address": "ул. Торайгырова, 52",
        "lat": 52.2900, "lon": 76.9600,
        "website": "",
        "email": "",
    },
    # ---- KZ-59 North Kazakhstan Region ------------------------------------
    {
        "slug": "north-kazakhstan-regional-history-museum",
        "region": "KZ-59",
        "kind": "history",
        "name": {
            "kk": "Солтүстік Қазақстан облыстық тарихи-өлкетану музейі",
            "ru": "Северо-Казахстанский областной историко-краеведческий музей",
            "en": "North Kazakhstan Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Солтүстік Қазақстанның тарихы мен табиғаты туралы облыстық музей. Мұнда Ботай қонысынан табылған олжалар сақталған.",
            "ru": "Областной музей истории и природы Северного Казахстана. Здесь хранятся находки с поселения Ботай.",
            "en": "Regional museum of the history and nature of North Kazakhstan, holding finds from the Botai settlement.",
        },
        "city": _PETROPAVL,
        "address": "ул. Конституции Казахстана, 42",
        "lat": 54.8728, "lon": 69.1430,
        "website": "",
        "email": "",
    },
    {
        "slug": "north-kazakhstan-fine-arts-museum",
        "region": "KZ-59",
        "kind": "art",
        "name": {
            "kk": "Солтүстік Қазақстан облыстық бейнелеу өнері музейі",
            "ru": "Северо-Казахстанский областной музей изобразительных искусств",
            "en": "North Kazakhstan Regional Museum of Fine Arts",
        },
        "description": {
            "kk": "Орыс және қазақстандық суретшілердің кескіндемесі мен графикасы жинақталған музей.",
            "ru": "Собрание живописи и графики русских и казахстанских художников.",
            "en": "Collection of paintings and graphics by Russian and Kazakhstani artists.",
        },
        "city": _PETROPAVL,
        "address": "ул. Воровского, 48",
        "lat": 54.8690, "lon": 69.1480,
        "website": "",
        "email": "",
    },
    {
        "slug": "magzhan-zhumabayev-literary-museum",
        "region": "KZ-59",
        "kind": "memorial",
        "name": {
            "kk": "Мағжан Жұмабаевтың әдеби-мемориалдық музейі",
            "ru": "Литературно-мемориальный музей Магжана Жумабаева",
            "en": "Magzhan Zhumabayev Literary Memorial Museum",
        },
        "description": {
            "kk": "Ақын Мағжан Жұмабаевтың өмірі мен шығармашылығына арналған әдеби-мемориалдық музей.",
            "ru": "Литературно-мемориальный музей, посвящённый жизни и творчеству поэта Магжана Жумабаева.",
            "en": "Literary memorial museum devoted to the life and work of the poet Magzhan Zhumabayev.",
        },
        "city": _PETROPAVL,
        "address": "ул. Жумабаева, 112",
        "lat": 54.8650, "lon": 69.1390,
        "website": "",
        "email": "",
    },
    # ---- KZ-61 Turkistan Region -------------------------------------------
    {
        "slug": "azret-sultan-museum-reserve",
        "region": "KZ-61",
        "kind": "reserve",
        "name": {
            "kk": "«Әзірет Сұлтан» мемлекеттік тарихи-мәдени қорық-музейі",
            "ru": "Государственный историко-культурный заповедник-музей «Азрет-Султан»",
            "en": "Azret Sultan State Historical and Cultural Museum-Reserve",
        },
        "description": {
            "kk": "Қожа Ахмет Ясауи кесенесі мен Түркістанның ортағасырлық ескерткіштерін қамтитын қорық-музей.",
            "ru": "Музей-заповедник, включающий мавзолей Ходжи Ахмеда Ясави и средневековые памятники Туркестана.",
            "en": "Museum-reserve including the Mausoleum of Khoja Akhmet Yassawi and the medieval monuments of Turkistan.",
        },
        "city": _TURKISTAN,
        "address": "ул. Тауке хана, 287",
        "lat": 43.2928, "lon": 68.2701,
        "website": "",
        "email": "",
    },
    {
        "slug": "otrar-museum-reserve",
        "region": "KZ-61",
        "kind": "reserve",
        "name": {
            "kk": "«Отырар» мемлекеттік археологиялық қорық-музейі",
            "ru": "Государственный археологический музей-заповедник «Отрар»",
            "en": "Otrar State Archaeological Museum-Reserve",
        },
        "description": {
            "kk": "Отырартөбе қалажұрты мен Арыстан баб кесенесін қамтитын археологиялық қорық-музей.",
            "ru": "Археологический музей-заповедник, включающий городище Отрартобе и мавзолей Арыстан-баба.",
            "en": "Archaeological museum-reserve including the Otrar-tobe site and the Mausoleum of Arystan Bab.",
        },
        "city": _city("Шәуілдір ауылы", "село Шаульдер", "Shauildir village"),
        "address": "Отырарский район, с. Шаульдер",
        "lat": 42.7800, "lon": 68.3600,
        "website": "",
        "email": "",
    },
    {
        "slug": "turkistan-regional-history-museum",
        "region": "KZ-61",
        "kind": "history",
        "name": {
            "kk": "Түркістан облыстық тарихи-өлкетану музейі",
            "ru": "Туркестанский областной историко-краеведческий музей",
            "en": "Turkistan Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Түркістан облысының тарихы мен этнографиясын таныстыратын облыстық музей.",
            "ru": "Областной музей, знакомящий с историей и этнографией Туркестанской области.",
            "en": "Regional museum presenting the history and ethnography of Turkistan Region.",
        },
        "city": _TURKISTAN,
        "address": "пр. Тауке хана, 2",
        "lat": 43.3010, "lon": 68.2520,
        "website": "",
        "email": "",
    },
    {
        "slug": "sairam-history-museum",
        "region": "KZ-61",
        "kind": "history",
        "name": {
            "kk": "Сайрам тарихи-өлкетану музейі",
            "ru": "Сайрамский историко-краеведческий музей",
            "en": "Sairam Museum of History and Local Lore",
        },
        "description": {
            "kk": "Ежелгі Испиджаб қаласының орнында тұрған Сайрамның тарихына арналған музей.",
            "ru": "Музей истории Сайрама, стоящего на месте древнего Испиджаба.",
            "en": "Museum of the history of Sairam, which stands on the site of ancient Isfijab.",
        },
        "city": _city("Сайрам ауылы", "село Сайрам", "Sairam village"),
        "address": "Сайрамский район, с. Сайрам",
        "lat": 42.3017, "lon": 69.7700,
        "website": "",
        "email": "",
    },
    # ---- KZ-62 Ulytau Region ----------------------------------------------
    {
        "slug": "ulytau-museum-reserve",
        "region": "KZ-62",
        "kind": "reserve",
        "name": {
            "kk": "«Ұлытау» ұлттық тарихи-мәдени және табиғи қорық-музейі",
            "ru": "Национальный историко-культурный и природный музей-заповедник «Улытау»",
            "en": "Ulytau National Historical, Cultural and Natural Museum-Reserve",
        },
        "description": {
            "kk": "Алаша хан мен Жошы хан кесенелері және басқа да көне ескерткіштер орналасқан Ұлытау өңірін қамтитын қорық-музей.",
            "ru": "Музей-заповедник в Улытау, где находятся мавзолеи Алаша-хана и Джучи-хана и другие древние памятники.",
            "en": "Museum-reserve in the Ulytau area, with the mausoleums of Alasha Khan and Jochi Khan and other ancient monuments.",
        },
        "city": _city("Ұлытау ауылы", "село Улытау", "Ulytau village"),
        "address": "Улытауский район, с. Улытау",
        "lat": 48.6526, "lon": 67.0072,
        "website": "",
        "email": "",
    },
    {
        "slug": "zhezkazgan-history-archaeology-museum",
        "region": "KZ-62",
        "kind": "history",
        "name": {
            "kk": "Жезқазған тарихи-археологиялық музейі",
            "ru": "Жезказганский историко-археологический музей",
            "en": "Zhezkazgan Historical and Archaeological Museum",
        },
        "description": {
            "kk": "Жезқазған өңірінің ежелгі мыс өндірісі мен археологиясы туралы музей.",
            "ru": "Музей древней добычи меди и археологии Жезказганского края.",
            "en": "Museum of ancient copper mining and archaeology of the Zhezkazgan area.",
        },
        "city": _ZHEZKAZGAN,
        "address": "ул. Алашахана, 20",
        "lat": 47.8043, "lon": 67.7144,
        "website": "",
        "email": "",
    },
    {
        "slug": "satpayev-memorial-museum",
        "region": "KZ-62",
        "kind": "memorial",
        "name": {
            "kk": "Қаныш Сәтбаевтың мемориалдық музейі",
            "ru": "Мемориальный музей Каныша Сатпаева",
            "en": "Kanysh Satpayev Memorial Museum",
        },
        "description": {
            "kk": "Академик Қаныш Сәтбаев Жезқазғанда тұрған үйде ашылған мемориалдық музей.",
            "ru": "Мемориальный музей в доме, где жил академик Каныш Сатпаев в Жезказгане.",
            "en": "Memorial museum in the house where academician Kanysh Satpayev lived in Zhezkazgan.",
        },
        "city": _ZHEZKAZGAN,
        "address": "ул. Сатпаева, 6",
        "lat": 47.7980, "lon": 67.7090,
        "website": "",
        "email": "",
    },
    # ---- KZ-63 East Kazakhstan Region -------------------------------------
    {
        "slug": "east-kazakhstan-regional-history-museum",
        "region": "KZ-63",
        "kind": "history",
        "name": {
            "kk": "Шығыс Қазақстан облыстық тарихи-өлкетану музейі",
            "ru": "Восточно-Казахстанский областной историко-краеведческий музей",
            "en": "East Kazakhstan Regional Museum of History and Local Lore",
        },
        "description": {
            "kk": "Шығыс Қазақстанның тарихы, археологиясы мен табиғаты туралы облыстық музей.",
            "ru": "Областной музей истории, археологии и природы Восточного Казахстана.",
            "en": "Regional museum of the history, archaeology and nature of East Kazakhstan.",
        },
        "city": _OSKEMEN,
        "address": "ул. Головкова, 29",
        "lat": 49.9483, "lon": 82.6278,
        "website": "",
        "email": "",
    },
    {
        "slug": "east-kazakhstan-ethnographic-open-air-museum",
        "region": "KZ-63",
        "kind": "reserve",
        "name": {
            "kk": "Шығыс Қазақстан сәулет-этнографиялық және табиғи-ландшафттық музей-қорығы",
            "ru": "Восточно-Казахстанский архитектурно-этнографический и природно-ландшафтный музей-заповедник",
            "en": "East Kazakhstan Architectural, Ethnographic and Natural Landscape Museum-Reserve",
        },
        "description": {
            "kk": "Қазақтардың, орыс және украин қоныс аударушыларының тұрғын үйлері мен тұрмыс бұйымдары көрсетілген ашық аспан астындағы музей.",
            "ru": "Музей под открытым небом с жилищами и предметами быта казахов, русских и украинских переселенцев.",
            "en": "Open-air museum with dwellings and household objects of Kazakhs and of Russian and Ukrainian settlers.",
        },
        "city": _OSKEMEN,
        "address": "ул. Тохтарова, 29",
        "lat": 49.9550, "lon": 82.6100,
        "website": "",
        "email": "",
    },
    {
        "slug": "east-kazakhstan-fine-arts-museum",
        "region": "KZ-63",
        "kind": "art",
        "name": {
            "kk": "Шығыс Қазақстан облыстық бейнелеу өнері музейі",
            "ru": "Восточно-Казахстанский областной музей изобразительных искусств",
            "en": "East Kazakhstan Regional Museum of Fine Arts",
        },
        "description": {
            "kk": "Кескіндеме, графика, мүсін және қолданбалы өнер туындылары жинақталған облыстық музей.",
            "ru": "Областной музей живописи, графики, скульптуры и декоративно-прикладного искусства.",
            "en": "Regional museum of painting, graphics, sculpture and decorative art.",
        },
        "city": _OSKEMEN,
        "address": "ул. Горького, 59",
        "lat": 49.9510, "lon": 82.6150,
        "website": "",
        "email": "",
    },
    {
        "slug": "berel-museum-reserve",
        "region": "KZ-63",
        "kind": "reserve",
        "name": {
            "kk": "«Берел» мемлекеттік тарихи-мәдени қорық-музейі",
            "ru": "Государственный историко-культурный музей-заповедник «Берель»",
            "en": "Berel State Historical and Cultural Museum-Reserve",
        },
        "description": {
            "kk": "Пазырық мәдениетінің «патша» қорғандары зерттелген Берел қорымына арналған қорық-музей.",
            "ru": "Музей-заповедник, посвящённый Берельскому могильнику с «царскими» курганами пазырыкской культуры.",
            "en": "Museum-reserve devoted to the Berel burial ground with “royal” kurgans of the Pazyryk culture.",
        },
        "city": _city("Катонқарағай ауылы", "село Катон-Карагай", "Katonkaragay village"),
        "address": "Катон-Карагайский район, с. Катон-Карагай",
        "lat": 49.1731, "lon": 85.6128,
        "website": "",
        "email": "",
    },
    # ---- KZ-79 Shymkent ---------------------------------------------------
    {
        "slug": "shymkent-city-history-museum",
        "region": "KZ-79",
        "kind": "history",
        "name": {
            "kk": "Шымкент қалалық тарихи-өлкетану музейі",
            "ru": "Шымкентский городской историко-краеведческий музей",
            "en": "Shymkent City Museum of History and Local Lore",
        },
        "description": {
            "kk": "Шымкент қаласы мен Оңтүстік Қазақстанның тарихы мен этнографиясы туралы жинақтары бар музей.",
            "ru": "Музей с коллекциями по истории и этнографии Шымкента и Южного Казахстана.",
            "en": "Museum with collections on the history and ethnography of Shymkent and Southern Kazakhstan.",
        },
        "city": _SHYMKENT,
        "address": "ул. Казыбек би, 13",
        "lat": 42.3155, "lon": 69.5869,
        "website": "",
        "email": "",
    },
    {
        "slug": "shymkent-fine-arts-museum",
        "region": "KZ-79",
        "kind": "art",
        "name": {
            "kk": "Шымкент қалалық бейнелеу өнері музейі",
            "ru": "Шымкентский городской музей изобразительного искусства",
            "en": "Shymkent City Museum of Fine Arts",
        },
        "description": {
            "kk": "Оңтүстік өңір суретшілері мен қолөнер шеберлерінің туындылары жинақталған бейнелеу өнері музейі.",
            "ru": "Музей изобразительного искусства с работами художников и мастеров народного ремесла юга Казахстана.",
            "en": "Fine arts museum with works by painters and folk craftsmen of southern Kazakhstan.",
        },
        "city": _SHYMKENT,
        "address": "ул. Толе би, 25",
        "lat": 42.3200, "lon": 69.5950,
        "website": "",
        "email": "",
    },
    {
        "slug": "shymkent-repression-memorial-museum",
        "region": "KZ-79",
        "kind": "memorial",
        "name": {
            "kk": "Шымкент қаласының саяси қуғын-сүргін құрбандарын еске алу музейі",
            "ru": "Музей памяти жертв политических репрессий города Шымкента",
            "en": "Shymkent Museum of Memory of Victims of Political Repression",
        },
        "description": {
            "kk": "Саяси қуғын-сүргін құрбандарының тағдырына қатысты құжаттар мен естеліктер жинақталған музей.",
            "ru": "Музей, где собраны документы и воспоминания о судьбах жертв политических репрессий.",
            "en": "Museum collecting documents and memories of the victims of political repression.",
        },
        "city": _SHYMKENT,
        "address": "ул. Байтурсынова, 1",
        "lat": 42.3400, "lon": 69.6100,
        "website": "",
        "email": "",
    },
)

# ---------------------------------------------------------------------------
# Object-type groups (used by ``applies_to`` in templates)
# ---------------------------------------------------------------------------
# Groups whose members can sensibly be titled by their material
# ("Күміс сақина" / "Серебряное кольцо" / "Silver ring").
MATERIAL_GROUPS = (
    "textile", "yurt", "horse_gear", "music", "jewellery", "weapon",
    "vessel", "household", "costume", "numismatics", "archaeology",
    "award", "sculpture",
)
# Groups of traditional craft objects (maker, ornament, craft tradition).
CRAFT_GROUPS = (
    "textile", "yurt", "horse_gear", "music", "jewellery", "weapon",
    "vessel", "household", "costume",
)


def _t(code, kk, kk_gen, kk_poss, ru, ru_gen, ru_gender, en, aat, groups,
       materials, techniques):
    return {
        "code": code, "kk": kk, "kk_gen": kk_gen, "kk_poss": kk_poss,
        "ru": ru, "ru_gen": ru_gen, "ru_gender": ru_gender, "en": en,
        "aat": aat, "groups": groups, "materials": materials,
        "techniques": techniques,
    }


# ---------------------------------------------------------------------------
# 2. OBJECT_TYPES
# kk_gen  = Kazakh genitive ("кілемнің"), kk_poss = 3rd-person possessive
# ("кілемі", used after a genitive: "Абайдың домбырасы").
# ru_gender: m / f / n / pl (agreement of the Russian material adjective).
# aat: Getty AAT id only where the mapping is well attested, else "".
# ---------------------------------------------------------------------------
OBJECT_TYPES = (
    # textiles
    _t("carpet", "кілем", "кілемнің", "кілемі", "ковёр", "ковра", "m",
       "carpet", "300185756", ("textile",), ("wool", "silk"), ("weaving",)),
    _t("syrmak", "сырмақ", "сырмақтың", "сырмағы", "сырмак", "сырмака", "m",
       "syrmak rug", "300185749", ("textile",), ("felt", "wool"),
       ("quilting", "felting")),
    _t("tekemet", "текемет", "текеметтің", "текеметі", "текемет", "текемета", "m",
       "tekemet felt rug", "300185749", ("textile",), ("felt", "wool"),
       ("felting",)),
    _t("tuskiiz", "тұскиіз", "тұскиіздің", "тұскиізі", "тускииз", "тускииза", "m",
       "tus kiiz wall hanging", "300205010", ("textile",),
       ("velvet", "wool", "felt", "silk"), ("embroidery", "patchwork")),
    # yurt
    _t("kerege", "кереге", "керегенің", "керегесі", "решётка кереге",
       "решётки кереге", "f", "kerege lattice wall", "", ("yurt",),
       ("wood",), ("wood_carving",)),
    _t("shanyrak", "шаңырақ", "шаңырақтың", "шаңырағы", "шанырак", "шанырака", "m",
       "shanyrak yurt crown", "", ("yurt",), ("wood",), ("wood_carving",)),
    _t("uyk", "уық", "уықтың", "уығы", "уык", "уыка", "m",
       "uyk roof pole", "", ("yurt",), ("wood",), ("wood_carving",)),
    # horse gear
    _t("saddle", "ер-тоқым", "ер-тоқымның", "ер-тоқымы", "седло", "седла", "n",
       "saddle", "", ("horse_gear",), ("wood", "leather", "silver", "bone"),
       ("wood_carving", "embossing", "bone_carving")),
    _t("whip", "қамшы", "қамшының", "қамшысы", "камча", "камчи", "f",
       "kamcha whip", "", ("horse_gear",), ("leather", "wood", "silver"),
       ("plaiting", "embossing")),
    # music
    _t("dombra", "домбыра", "домбыраның", "домбырасы", "домбра", "домбры", "f",
       "dombra", "", ("music",), ("wood",), ("wood_carving",)),
    _t("kobyz", "қобыз", "қобыздың", "қобызы", "кобыз", "кобыза", "m",
       "kobyz", "", ("music",), ("wood",), ("wood_carving",)),
    # jewellery
    _t("ring", "сақина", "сақинаның", "сақинасы", "кольцо", "кольца", "n",
       "ring", "300046012", ("jewellery", "archaeology"),
       ("silver", "gold", "bronze", "carnelian", "turquoise"),
       ("casting", "engraving", "niello", "stone_inlay", "filigree")),
    _t("bracelet", "білезік", "білезіктің", "білезігі", "браслет", "браслета", "m",
       "bracelet", "", ("jewellery", "archaeology"),
       ("silver", "gold", "bronze", "coral"),
       ("casting", "embossing", "niello", "filigree", "stone_inlay")),
    _t("necklace", "алқа", "алқаның", "алқасы", "ожерелье", "ожерелья", "n",
       "necklace", "300046001", ("jewellery",),
       ("silver", "coral", "carnelian", "gold"),
       ("filigree", "stone_inlay", "niello")),
    _t("earring", "сырға", "сырғаның", "сырғасы", "серьга", "серьги", "f",
       "earring", "", ("jewellery", "archaeology"),
       ("silver", "gold", "turquoise", "coral"),
       ("filigree", "stone_inlay", "casting")),
    _t("plaque", "тақташа", "тақташаның", "тақташасы", "бляшка", "бляшки", "f",
       "plaque", "300010262", ("jewellery", "archaeology"), ("gold", "bronze"),
       ("casting", "embossing", "gilding")),
    # weapons
    _t("sabre", "қылыш", "қылыштың", "қылышы", "сабля", "сабли", "f",
       "sabre", "", ("weapon",), ("iron", "silver"),
       ("forging", "engraving", "niello")),
    _t("dagger", "қанжар", "қанжардың", "қанжары", "кинжал", "кинжала", "m",
       "dagger", "", ("weapon", "archaeology"), ("iron", "bronze"),
       ("forging", "casting")),
    _t("arrowhead", "жебе ұшы", "жебе ұшының", "жебе ұшы", "наконечник стрелы",
       "наконечника стрелы", "m", "arrowhead", "300024860",
       ("weapon", "archaeology"), ("bronze", "iron", "bone"),
       ("casting", "forging")),
    # vessels
    _t("bowl", "тостаған", "тостағанның", "тостағаны", "чаша", "чаши", "f",
       "bowl", "300203596", ("vessel",), ("wood", "silver", "ceramic"),
       ("wood_carving", "embossing")),
    _t("kese", "кесе", "кесенің", "кесесі", "пиала", "пиалы", "f",
       "tea bowl", "", ("vessel", "archaeology"), ("ceramic", "porcelain"),
       ("glazing",)),
    _t("torsyk", "торсық", "торсықтың", "торсығы", "торсык", "торсыка", "m",
       "torsyk flask", "", ("vessel",), ("rawhide", "leather"), ("embossing",)),
    _t("ladle", "ожау", "ожаудың", "ожауы", "черпак", "черпака", "m",
       "ladle", "300200095", ("vessel", "household"), ("wood",),
       ("wood_carving",)),
    _t("jug", "құмыра", "құмыраның", "құмырасы", "кувшин", "кувшина", "m",
       "jug", "300045685", ("vessel", "archaeology"),
       ("ceramic", "copper", "brass"), ("glazing", "embossing")),
    _t("cauldron", "қазан", "қазанның", "қазаны", "котёл", "котла", "m",
       "cauldron", "", ("vessel", "archaeology"), ("bronze", "iron"),
       ("casting",)),
    # household
    _t("chest", "сандық", "сандықтың", "сандығы", "сундук", "сундука", "m",
       "chest", "300038992", ("household",), ("wood", "bone", "iron"),
       ("wood_carving", "bone_carving", "embossing")),
    _t("cradle", "бесік", "бесіктің", "бесігі", "колыбель", "колыбели", "f",
       "cradle", "", ("household",), ("wood",), ("wood_carving", "bone_carving")),
    _t("mirror", "айна", "айнаның", "айнасы", "зеркало", "зеркала", "n",
       "mirror", "300037682", ("household", "archaeology"),
       ("bronze", "silver", "glass"), ("casting",)),
    # archaeology / stone
    _t("balbal", "балбал", "балбалдың", "балбалы", "балбал", "балбала", "m",
       "balbal stone statue", "", ("archaeology", "sculpture"), ("stone",),
       ("stone_carving",)),
    # numismatics
    _t("coin", "тиын", "тиынның", "тиыны", "монета", "монеты", "f",
       "coin", "300037222", ("numismatics", "archaeology"),
       ("silver", "copper", "gold", "bronze"), ("minting",)),
    # costume
    _t("chapan", "шапан", "шапанның", "шапаны", "чапан", "чапана", "m",
       "chapan robe", "300046139", ("costume",),
       ("velvet", "silk", "wool", "chintz"), ("embroidery",)),
    _t("saukele", "сәукеле", "сәукеленің", "сәукелесі", "головной убор саукеле",
       "головного убора саукеле", "m", "saukele headdress", "300209285",
       ("costume", "jewellery"), ("velvet", "silver", "coral", "felt"),
       ("embroidery", "filigree", "stone_inlay")),
    _t("takiya", "тақия", "тақияның", "тақиясы", "тюбетейка", "тюбетейки", "f",
       "takiya skullcap", "", ("costume",), ("velvet", "silk", "chintz"),
       ("embroidery",)),
    _t("belt", "белдік", "белдіктің", "белдігі", "пояс", "пояса", "m",
       "belt", "300210002", ("costume", "jewellery"), ("leather", "silver"),
       ("embossing", "niello")),
    # documents
    _t("manuscript", "қолжазба", "қолжазбаның", "қолжазбасы", "рукопись",
       "рукописи", "f", "manuscript", "300028569", ("document",), ("paper",),
       ("calligraphy",)),
    _t("document", "құжат", "құжаттың", "құжаты", "документ", "документа", "m",
       "document", "300026030", ("document", "war"), ("paper",), ()),
    _t("letter", "хат", "хаттың", "хаты", "письмо", "письма", "n",
       "letter", "", ("document", "war"), ("paper",), ()),
    _t("book", "кітап", "кітаптың", "кітабы", "книга", "книги", "f",
       "book", "300028051", ("document",), ("paper",), ("letterpress",)),
    # art
    _t("photograph", "фотосурет", "фотосуреттің", "фотосуреті", "фотография",
       "фотографии", "f", "photograph", "300046300",
       ("art", "document", "portrait", "landscape", "war"),
       ("photo_paper",), ("photo_print",)),
    _t("painting", "кескіндеме", "кескіндеменің", "кескіндемесі", "картина",
       "картины", "f", "painting", "300033618",
       ("art", "painting", "portrait", "landscape"),
       ("canvas", "oil_paint"), ("oil_painting", "watercolour")),
    _t("lithograph", "литография", "литографияның", "литографиясы",
       "литография", "литографии", "f", "lithograph", "300041379",
       ("art", "print", "portrait", "landscape"), ("paper",), ("lithography",)),
    _t("sculpture", "мүсін", "мүсіннің", "мүсіні", "скульптура", "скульптуры", "f",
       "sculpture", "300047090", ("art", "sculpture", "portrait"),
       ("bronze", "stone", "wood", "gypsum"),
       ("casting", "stone_carving", "wood_carving")),
    _t("poster", "плакат", "плакаттың", "плакаты", "плакат", "плаката", "m",
       "poster", "300027221", ("art", "print", "document"), ("paper",),
       ("lithography", "letterpress")),
    # awards
    _t("medal", "медаль", "медальдің", "медалі", "медаль", "медали", "f",
       "medal", "300046025", ("award", "war"),
       ("bronze", "silver", "brass", "gold"), ("minting",)),
    _t("order", "орден", "орденнің", "ордені", "орден", "ордена", "m",
       "order (decoration)", "", ("award", "war"), ("silver", "gold"),
       ("minting", "gilding")),
)


def _m(code, kk, kk_attr, kk_abl, ru, ru_gen, ru_adj_m, en, en_adj, title=True):
    stem = ru_adj_m[:-2]
    ending = ru_adj_m[-2:]
    if ending == "ой":
        forms = (ru_adj_m, stem + "ая", stem + "ое", stem + "ые")
    elif ending == "ий":
        forms = (ru_adj_m, stem + "яя", stem + "ее", stem + "ие")
    else:  # -ый
        forms = (ru_adj_m, stem + "ая", stem + "ое", stem + "ые")
    return {
        "code": code, "kk": kk, "kk_attr": kk_attr, "kk_abl": kk_abl,
        "ru": ru, "ru_gen": ru_gen,
        "ru_adj": {"m": forms[0], "f": forms[1], "n": forms[2], "pl": forms[3]},
        "en": en, "en_adj": en_adj, "title": title,
    }


# ---------------------------------------------------------------------------
# 3. MATERIALS
# kk_attr: noun used attributively ("күміс сақина"); kk_abl: ablative for
# "…-тен жасалған" ("күмістен жасалған"); ru_adj by gender; ru_gen after "из";
# en: noun ("wood"), en_adj: attributive ("wooden").
# title=False: a medium/support, not used in "<material> <type>" titles.
# ---------------------------------------------------------------------------
MATERIALS = (
    _m("silver", "күміс", "күміс", "күмістен", "серебро", "серебра",
       "серебряный", "silver", "silver"),
    _m("gold", "алтын", "алтын", "алтыннан", "золото", "золота",
       "золотой", "gold", "gold"),
    _m("bronze", "қола", "қола", "қоладан", "бронза", "бронзы",
       "бронзовый", "bronze", "bronze"),
    _m("copper", "мыс", "мыс", "мыстан", "медь", "меди",
       "медный", "copper", "copper"),
    _m("brass", "жез", "жез", "жезден", "латунь", "латуни",
       "латунный", "brass", "brass"),
    _m("iron", "темір", "темір", "темірден", "железо", "железа",
       "железный", "iron", "iron"),
    _m("wood", "ағаш", "ағаш", "ағаштан", "дерево", "дерева",
       "деревянный", "wood", "wooden"),
    _m("felt", "киіз", "киіз", "киізден", "войлок", "войлока",
       "войлочный", "felt", "felt"),
    _m("wool", "жүн", "жүн", "жүннен", "шерсть", "шерсти",
       "шерстяной", "wool", "woollen"),
    _m("leather", "былғары", "былғары", "былғарыдан", "кожа", "кожи",
       "кожаный", "leather", "leather"),
    _m("rawhide", "тері", "тері", "теріден", "сыромятная кожа",
       "сыромятной кожи", "сыромятный", "rawhide", "rawhide"),
    _m("silk", "жібек", "жібек", "жібектен", "шёлк", "шёлка",
       "шёлковый", "silk", "silk"),
    _m("velvet", "барқыт", "барқыт", "барқыттан", "бархат", "бархата",
       "бархатный", "velvet", "velvet"),
    _m("chintz", "шыт", "шыт", "шыттан", "ситец", "ситца",
       "ситцевый", "chintz", "chintz"),
    _m("ceramic", "қыш", "қыш", "қыштан", "керамика", "керамики",
       "керамический", "ceramic", "ceramic"),
    _m("porcelain", "фарфор", "фарфор", "фарфордан", "фарфор", "фарфора",
       "фарфоровый", "porcelain", "porcelain"),
    _m("bone", "сүйек", "сүйек", "сүйектен", "кость", "кости",
       "костяной", "bone", "bone"),
    _m("horn", "мүйіз", "мүйіз", "мүйізден", "рог", "рога",
       "роговой", "horn", "horn"),
    _m("stone", "тас", "тас", "тастан", "камень", "камня",
       "каменный", "stone", "stone"),
    _m("gypsum", "гипс", "гипс", "гипстен", "гипс", "гипса",
       "гипсовый", "plaster", "plaster"),
    _m("glass", "шыны", "шыны", "шыныдан", "стекло", "стекла",
       "стеклянный", "glass", "glass"),
    _m("carnelian", "ақық", "ақық", "ақықтан", "сердолик", "сердолика",
       "сердоликовый", "carnelian", "carnelian"),
    _m("turquoise", "пірузә", "пірузә", "пірузәден", "бирюза", "бирюзы",
       "бирюзовый", "turquoise", "turquoise"),
    _m("coral", "маржан", "маржан", "маржаннан", "коралл", "коралла",
       "коралловый", "coral", "coral"),
    _m("paper", "қағаз", "қағаз", "қағаздан", "бумага", "бумаги",
       "бумажный", "paper", "paper", title=False),
    _m("photo_paper", "фотоқағаз", "фотоқағаз", "фотоқағаздан", "фотобумага",
       "фотобумаги", "фотобумажный", "photographic paper",
       "photographic paper", title=False),
    _m("canvas", "кенеп", "кенеп", "кенептен", "холст", "холста",
       "холщовый", "canvas", "canvas", title=False),
    _m("oil_paint", "майлы бояу", "майлы бояу", "майлы бояудан",
       "масляная краска", "масляной краски", "масляный", "oil paint",
       "oil", title=False),
)


def _q(code, kk, kk_by, ru, ru_gen, en):
    return {"code": code, "kk": kk, "kk_by": kk_by, "ru": ru,
            "ru_gen": ru_gen, "en": en}


# ---------------------------------------------------------------------------
# 4. TECHNIQUES
# kk_by: instrumental phrase ("кесте тәсілімен" = "by the embroidery
# technique"); ru_gen: genitive for "в технике …".
# ---------------------------------------------------------------------------
TECHNIQUES = (
    _q("embroidery", "кесте", "кесте тәсілімен", "вышивка", "вышивки", "embroidery"),
    _q("weaving", "тоқу", "тоқу тәсілімен", "ткачество", "ткачества", "weaving"),
    _q("felting", "киіз басу", "киіз басу тәсілімен", "валяние", "валяния", "felting"),
    _q("quilting", "сыру", "сыру тәсілімен", "стёжка", "стёжки", "quilting"),
    _q("patchwork", "құрақ", "құрақ тәсілімен", "лоскутное шитьё",
       "лоскутного шитья", "patchwork"),
    _q("wood_carving", "ағаш ою", "ағаш ою тәсілімен", "резьба по дереву",
       "резьбы по дереву", "wood carving"),
    _q("bone_carving", "сүйек ою", "сүйек ою тәсілімен", "резьба по кости",
       "резьбы по кости", "bone carving"),
    _q("stone_carving", "тас қашау", "тас қашау тәсілімен", "резьба по камню",
       "резьбы по камню", "stone carving"),
    _q("forging", "соғу", "соғу тәсілімен", "ковка", "ковки", "forging"),
    _q("casting", "құю", "құю тәсілімен", "литьё", "литья", "casting"),
    _q("embossing", "бедерлеу", "бедерлеу тәсілімен", "чеканка", "чеканки",
       "chasing"),
    _q("engraving", "ойып өрнектеу", "ойып өрнектеу тәсілімен", "гравировка",
       "гравировки", "engraving"),
    _q("filigree", "филигрань", "филигрань тәсілімен", "скань", "скани",
       "filigree"),
    _q("niello", "қаралау", "қаралау тәсілімен", "чернение", "чернения",
       "niello"),
    _q("gilding", "алтындау", "алтындау тәсілімен", "золочение", "золочения",
       "gilding"),
    _q("stone_inlay", "асыл тас орнату", "асыл тас орнату тәсілімен",
       "инкрустация камнями", "инкрустации камнями", "stone inlay"),
    _q("plaiting", "өру", "өру тәсілімен", "плетение", "плетения", "plaiting"),
    _q("glazing", "сырлау", "сырлау тәсілімен", "глазурование",
       "глазурования", "glazing"),
    _q("minting", "қалыппен басу", "қалыппен басу тәсілімен", "штамповка",
       "штамповки", "die stamping"),
    _q("calligraphy", "каллиграфия", "каллиграфиялық жазумен", "каллиграфия",
       "каллиграфии", "calligraphy"),
    _q("oil_painting", "майлы бояу", "майлы бояумен", "масляная живопись",
       "масляной живописи", "oil painting"),
    _q("watercolour", "акварель", "акварельмен", "акварель", "акварели",
       "watercolour"),
    _q("lithography", "литография", "литография тәсілімен", "литография",
       "литографии", "lithography"),
    _q("photo_print", "фотобасылым", "фотобасылым тәсілімен", "фотопечать",
       "фотопечати", "photographic printing"),
    _q("letterpress", "баспаханалық басу", "баспаханалық тәсілмен",
       "типографская печать", "типографской печати", "letterpress printing"),
)
