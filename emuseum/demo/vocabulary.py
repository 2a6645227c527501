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
    elif ending == "ий" and stem[-1:] in "кгх":
        forms = (ru_adj_m, stem + "ая", stem + "ое", stem + "ие")
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


def _c(code, kk, kk_gen, kk_dat, ru, ru_gen, ru_dat, en, en_the,
       earliest, latest):
    return {"code": code, "kk": kk, "kk_gen": kk_gen, "kk_dat": kk_dat,
            "ru": ru, "ru_gen": ru_gen, "ru_dat": ru_dat, "en": en,
            "en_the": en_the, "earliest": earliest, "latest": latest}


# ---------------------------------------------------------------------------
# 5. CULTURES (archaeological cultures, states and historical periods)
# kk_gen / kk_dat / ru_gen / ru_dat / en_the are complete phrases made to fit
# the template slots: "{culture_kk_gen} {type_kk_poss}" -> "Алтын Орда
# дәуірінің тиыны"; "относится к {culture_ru_dat}" -> "к эпохе Золотой Орды".
# ---------------------------------------------------------------------------
CULTURES = (
    _c("botai", "Ботай мәдениеті", "Ботай мәдениетінің", "Ботай мәдениетіне",
       "ботайская культура", "ботайской культуры", "ботайской культуре",
       "Botai culture", "the Botai culture", -3700, -3100),
    _c("andronovo", "Андронов мәдениеті", "Андронов мәдениетінің",
       "Андронов мәдениетіне", "андроновская культура",
       "андроновской культуры", "андроновской культуре",
       "Andronovo culture", "the Andronovo culture", -2000, -1000),
    _c("begazy_dandybai", "Беғазы-Дәндібай мәдениеті",
       "Беғазы-Дәндібай мәдениетінің", "Беғазы-Дәндібай мәдениетіне",
       "бегазы-дандыбаевская культура", "бегазы-дандыбаевской культуры",
       "бегазы-дандыбаевской культуре", "Begazy-Dandybai culture",
       "the Begazy-Dandybai culture", -1200, -700),
    _c("tasmola", "Тасмола мәдениеті", "Тасмола мәдениетінің",
       "Тасмола мәдениетіне", "тасмолинская культура",
       "тасмолинской культуры", "тасмолинской культуре",
       "Tasmola culture", "the Tasmola culture", -800, -300),
    _c("saka", "сақ мәдениеті", "сақ мәдениетінің", "сақ мәдениетіне",
       "сакская культура", "сакской культуры", "сакской культуре",
       "Saka culture", "the Saka culture", -800, -200),
    _c("pazyryk", "Пазырық мәдениеті", "Пазырық мәдениетінің",
       "Пазырық мәдениетіне", "пазырыкская культура",
       "пазырыкской культуры", "пазырыкской культуре",
       "Pazyryk culture", "the Pazyryk culture", -600, -200),
    _c("wusun", "үйсін мәдениеті", "үйсін мәдениетінің", "үйсін мәдениетіне",
       "усуньская культура", "усуньской культуры", "усуньской культуре",
       "Wusun culture", "the Wusun culture", -300, 400),
    _c("kangju", "қаңлы мәдениеті", "қаңлы мәдениетінің", "қаңлы мәдениетіне",
       "культура Кангюя", "культуры Кангюя", "культуре Кангюя",
       "Kangju culture", "the Kangju culture", -200, 500),
    _c("turkic_khaganate", "Түрік қағанаты", "Түрік қағанаты дәуірінің",
       "Түрік қағанаты дәуіріне", "Тюркский каганат",
       "эпохи Тюркского каганата", "эпохе Тюркского каганата",
       "Turkic Khaganate", "the Turkic Khaganate period", 552, 744),
    _c("karakhanid", "Қарахан мемлекеті", "Қарахан дәуірінің",
       "Қарахан дәуіріне", "государство Караханидов",
       "эпохи Караханидов", "эпохе Караханидов",
       "Karakhanid state", "the Karakhanid period", 942, 1212),
    _c("golden_horde", "Алтын Орда", "Алтын Орда дәуірінің",
       "Алтын Орда дәуіріне", "Золотая Орда", "эпохи Золотой Орды",
       "эпохе Золотой Орды", "Golden Horde", "the Golden Horde period",
       1242, 1480),
    _c("kazakh_khanate", "Қазақ хандығы", "Қазақ хандығы дәуірінің",
       "Қазақ хандығы дәуіріне", "Казахское ханство",
       "эпохи Казахского ханства", "эпохе Казахского ханства",
       "Kazakh Khanate", "the Kazakh Khanate period", 1465, 1847),
    _c("kazakh_19c", "XIX ғасырдағы қазақ мәдениеті",
       "XIX ғасырдағы қазақ мәдениетінің", "XIX ғасырдағы қазақ мәдениетіне",
       "казахская культура XIX века", "казахской культуры XIX века",
       "казахской культуре XIX века", "19th-century Kazakh culture",
       "19th-century Kazakh culture", 1801, 1916),
    _c("soviet", "Кеңес дәуірі", "Кеңес дәуірінің", "Кеңес дәуіріне",
       "советский период", "советского периода", "советскому периоду",
       "Soviet period", "the Soviet period", 1920, 1991),
    _c("independent", "Тәуелсіз Қазақстан", "Тәуелсіздік кезеңінің",
       "Тәуелсіздік кезеңіне", "независимый Казахстан",
       "периода независимости", "периоду независимости",
       "Independent Kazakhstan", "the period of independence", 1991, 2025),
)


def _p(code, kk, ru, en, earliest, latest, culture):
    return {"code": code, "kk": kk, "ru": ru, "en": en,
            "earliest": earliest, "latest": latest, "culture": culture}


# ---------------------------------------------------------------------------
# 6. PERIODS  (years are astronomical-style integers, BC negative;
# a century N BC spans -(100*N) .. -(100*(N-1)+1), as in the brief)
# Kazakh abbreviations: б.з.б. = біздің заманымызға дейін (BC),
# б.з. = біздің заманымыз (AD), ғ. = ғасыр, ғғ. = ғасырлар, жж. = жылдар.
# ---------------------------------------------------------------------------
PERIODS = (
    _p("botai", "б.з.б. IV мыңжылдықтың екінші жартысы",
       "вторая половина IV тысячелетия до н. э.",
       "second half of the 4th millennium BC", -3500, -3001, "botai"),
    _p("bronze_andronovo", "б.з.б. XVIII–XII ғғ.", "XVIII–XII вв. до н. э.",
       "18th–12th centuries BC", -1800, -1101, "andronovo"),
    _p("late_bronze", "б.з.б. XII–VIII ғғ.", "XII–VIII вв. до н. э.",
       "12th–8th centuries BC", -1200, -701, "begazy_dandybai"),
    _p("early_iron", "б.з.б. VII–VI ғғ.", "VII–VI вв. до н. э.",
       "7th–6th centuries BC", -700, -501, "tasmola"),
    _p("saka", "б.з.б. V–IV ғғ.", "V–IV вв. до н. э.",
       "5th–4th centuries BC", -500, -301, "saka"),
    _p("berel", "б.з.б. IV–III ғғ.", "IV–III вв. до н. э.",
       "4th–3rd centuries BC", -400, -201, "pazyryk"),
    _p("wusun", "б.з.б. III ғ. – б.з. I ғ.", "III в. до н. э. – I в. н. э.",
       "3rd century BC – 1st century AD", -300, 100, "wusun"),
    _p("kangju", "б.з. I–IV ғғ.", "I–IV вв. н. э.", "1st–4th centuries AD",
       1, 400, "kangju"),
    _p("turkic", "VI–VIII ғғ.", "VI–VIII вв.", "6th–8th centuries",
       501, 800, "turkic_khaganate"),
    _p("karakhanid", "X–XII ғғ.", "X–XII вв.", "10th–12th centuries",
       901, 1200, "karakhanid"),
    _p("golden_horde", "XIII–XIV ғғ.", "XIII–XIV вв.", "13th–14th centuries",
       1201, 1400, "golden_horde"),
    _p("khanate_early", "XV–XVI ғғ.", "XV–XVI вв.", "15th–16th centuries",
       1401, 1600, "kazakh_khanate"),
    _p("khanate_late", "XVII–XVIII ғғ.", "XVII–XVIII вв.",
       "17th–18th centuries", 1601, 1800, "kazakh_khanate"),
    _p("c19_first_half", "XIX ғасырдың бірінші жартысы",
       "первая половина XIX века", "first half of the 19th century",
       1801, 1850, "kazakh_19c"),
    _p("c19_late", "XIX ғасырдың соңы", "конец XIX века",
       "late 19th century", 1870, 1900, "kazakh_19c"),
    _p("c19_c20", "XIX ғ. соңы – XX ғ. басы", "конец XIX – начало XX века",
       "late 19th – early 20th century", 1880, 1916, "kazakh_19c"),
    _p("interwar", "1920–1930 жж.", "1920–1930-е гг.", "1920s–1930s",
       1920, 1939, "soviet"),
    _p("ww2", "1941–1945 жж.", "1941–1945 гг.", "1941–1945",
       1941, 1945, "soviet"),
    _p("late_soviet", "1950–1980 жж.", "1950–1980-е гг.", "1950s–1980s",
       1950, 1989, "soviet"),
    _p("independence", "1991–2020 жж.", "1991–2020 гг.", "1991–2020",
       1991, 2020, "independent"),
)


def _pl(code, kk, kk_abl, kk_loc, ru, ru_gen, en, region, kind, lat, lon):
    return {"code": code, "kk": kk, "kk_abl": kk_abl, "kk_loc": kk_loc,
            "ru": ru, "ru_gen": ru_gen, "en": en, "region": region,
            "kind": kind, "lat": lat, "lon": lon}


# ---------------------------------------------------------------------------
# 7. PLACES  (kind: city | village | site | area)
# kk_abl "from X" ("Отырардан"), kk_loc "in X" ("Отырарда"),
# ru_gen for "из / близ / вид X" ("Отрара"); indeclinable names repeat.
# ---------------------------------------------------------------------------
PLACES = (
    _pl("otrar", "Отырар", "Отырардан", "Отырарда", "Отрар", "Отрара",
        "Otrar", "KZ-61", "site", 42.852, 68.303),
    _pl("turkistan", "Түркістан", "Түркістаннан", "Түркістанда", "Туркестан",
        "Туркестана", "Turkistan", "KZ-61", "city", 43.297, 68.252),
    _pl("sauran", "Сауран", "Саураннан",
        "Сауранда", "Сауран", "Саурана", "Sauran", "KZ-61", "site", 43.52, 67.87),
    _pl("sairam", "Сайрам", "Сайрамнан", "Сайрамда", "Сайрам", "Сайрама",
        "Sairam", "KZ-61", "village", 42.302, 69.770),
    _pl("taraz", "Тараз", "Тараздан", "Таразда", "Тараз", "Тараза",
        "Taraz", "KZ-31", "city", 42.900, 71.367),
    _pl("akyrtas", "Ақыртас", "Ақыртастан", "Ақыртаста", "Акыртас",
        "Акыртаса", "Akyrtas", "KZ-31", "site", 42.93, 71.80),
    _pl("saraishyk", "Сарайшық", "Сарайшықтан", "Сарайшықта", "Сарайчик",
        "Сарайчика", "Saraishyk", "KZ-23", "site", 47.471, 51.744),
    _pl("issyk", "Есік", "Есіктен", "Есікте", "Иссык", "Иссыка",
        "Issyk", "KZ-19", "site", 43.355, 77.453),
    _pl("berel", "Берел", "Берелден", "Берелде", "Берель", "Береля",
        "Berel", "KZ-63", "site", 49.37, 86.43),
    _pl("besshatyr", "Бесшатыр", "Бесшатырдан", "Бесшатырда", "Бесшатыр",
        "Бесшатыра", "Besshatyr", "KZ-33", "site", 43.95, 78.33),
    _pl("tamgaly", "Тамғалы", "Тамғалыдан", "Тамғалыда", "Тамгалы",
        "Тамгалы", "Tamgaly", "KZ-19", "site", 43.803, 75.535),
    _pl("ulytau", "Ұлытау", "Ұлытаудан", "Ұлытауда", "Улытау", "Улытау",
        "Ulytau", "KZ-62", "area", 48.653, 67.007),
    _pl("semey", "Семей", "Семейден", "Семейде", "Семей", "Семея",
        "Semey", "KZ-10", "city", 50.411, 80.228),
    _pl("bayanaul", "Баянауыл", "Баянауылдан", "Баянауылда", "Баянаул",
        "Баянаула", "Bayanaul", "KZ-55", "area", 50.792, 75.700),
    _pl("zhambyl_village", "Жамбыл ауылы", "Жамбыл ауылынан",
        "Жамбыл ауылында", "село Жамбыл", "села Жамбыл", "Zhambyl village",
        "KZ-19", "village", 43.06, 75.93),
    _pl("botai", "Ботай", "Ботайдан", "Ботайда", "Ботай", "Ботая",
        "Botai", "KZ-59", "site", 53.18, 67.65),
    _pl("bozok", "Бозоқ", "Бозоқтан", "Бозоқта", "Бозок", "Бозока",
        "Bozok", "KZ-71", "site", 51.085, 71.357),
    _pl("shilikty", "Шілікті", "Шіліктіден", "Шіліктіде", "Шиликты",
        "Шиликты", "Shilikty", "KZ-63", "site", 47.65, 84.70),
    _pl("mangystau", "Маңғыстау", "Маңғыстаудан", "Маңғыстауда", "Мангистау",
        "Мангистау", "Mangystau", "KZ-47", "area", 44.00, 52.00),
    _pl("sherkala", "Шерқала", "Шерқаладан", "Шерқалада", "Шеркала",
        "Шеркалы", "Sherkala", "KZ-47", "site", 44.25, 52.00),
    _pl("khan_ordasy", "Хан Ордасы", "Хан Ордасынан", "Хан Ордасында",
        "Ханская Ставка", "Ханской Ставки", "Khan Ordasy", "KZ-27",
        "village", 48.717, 47.417),
    _pl("oral", "Орал", "Оралдан", "Оралда", "Уральск", "Уральска",
        "Oral", "KZ-27", "city", 51.233, 51.367),
    _pl("zhetisu", "Жетісу", "Жетісудан", "Жетісуда", "Семиречье",
        "Семиречья", "Zhetysu", "KZ-33", "area", 44.50, 78.50),
    _pl("saryarka", "Сарыарқа", "Сарыарқадан", "Сарыарқада", "Сарыарка",
        "Сарыарки", "Saryarka", "KZ-35", "area", 48.50, 72.50),
    _pl("karkaraly", "Қарқаралы", "Қарқаралыдан", "Қарқаралыда",
        "Каркаралинск", "Каркаралинска", "Karkaraly", "KZ-35", "city",
        49.41, 75.47),
    _pl("kokshetau", "Көкшетау", "Көкшетаудан", "Көкшетауда", "Кокшетау",
        "Кокшетау", "Kokshetau", "KZ-11", "city", 53.285, 69.377),
    _pl("burabay", "Бурабай", "Бурабайдан", "Бурабайда", "Бурабай",
        "Бурабая", "Burabay", "KZ-11", "area", 53.083, 70.300),
    _pl("syganak", "Сығанақ", "Сығанақтан", "Сығанақта", "Сыганак",
        "Сыганака", "Syganak", "KZ-43", "site", 44.11, 66.95),
    _pl("zhankent", "Жанкент", "Жанкенттен", "Жанкентте", "Джанкент",
        "Джанкента", "Zhankent", "KZ-43", "site", 45.16, 62.21),
    _pl("torgai", "Торғай", "Торғайдан", "Торғайда", "Тургай", "Тургая",
        "Torgai", "KZ-39", "area", 49.63, 63.50),
    _pl("kostanay", "Қостанай", "Қостанайдан", "Қостанайда", "Костанай",
        "Костаная", "Kostanay", "KZ-39", "city", 53.214, 63.625),
    _pl("almaty", "Алматы", "Алматыдан", "Алматыда", "Алматы", "Алматы",
        "Almaty", "KZ-75", "city", 43.238, 76.946),
    _pl("astana", "Астана", "Астанадан", "Астанада", "Астана", "Астаны",
        "Astana", "KZ-71", "city", 51.128, 71.431),
    _pl("zhezkazgan", "Жезқазған", "Жезқазғаннан", "Жезқазғанда",
        "Жезказган", "Жезказгана", "Zhezkazgan", "KZ-62", "city",
        47.804, 67.714),
    _pl("aktobe", "Ақтөбе", "Ақтөбеден", "Ақтөбеде", "Актобе", "Актобе",
        "Aktobe", "KZ-15", "city", 50.284, 57.167),
    _pl("pavlodar", "Павлодар", "Павлодардан", "Павлодарда", "Павлодар",
        "Павлодара", "Pavlodar", "KZ-55", "city", 52.287, 76.967),
    _pl("petropavl", "Петропавл", "Петропавлдан", "Петропавлда",
        "Петропавловск", "Петропавловска", "Petropavl", "KZ-59", "city",
        54.867, 69.150),
    _pl("shymkent", "Шымкент", "Шымкенттен", "Шымкентте", "Шымкент",
        "Шымкента", "Shymkent", "KZ-79", "city", 42.342, 69.590),
    _pl("atyrau", "Атырау", "Атыраудан", "Атырауда", "Атырау", "Атырау",
        "Atyrau", "KZ-23", "city", 47.106, 51.920),
    _pl("taldykorgan", "Талдықорған", "Талдықорғаннан", "Талдықорғанда",
        "Талдыкорган", "Талдыкоргана", "Taldykorgan", "KZ-33", "city",
        45.016, 78.374),
    _pl("karaganda", "Қарағанды", "Қарағандыдан", "Қарағандыда", "Караганда",
        "Караганды", "Karaganda", "KZ-35", "city", 49.805, 73.109),
    _pl("oskemen", "Өскемен", "Өскеменнен", "Өскеменде", "Усть-Каменогорск",
        "Усть-Каменогорска", "Oskemen", "KZ-63", "city", 49.948, 82.628),
    _pl("aktau", "Ақтау", "Ақтаудан", "Ақтауда", "Актау", "Актау",
        "Aktau", "KZ-47", "city", 43.648, 51.172),
    _pl("kyzylorda", "Қызылорда", "Қызылордадан", "Қызылордада", "Кызылорда",
        "Кызылорды", "Kyzylorda", "KZ-43", "city", 44.853, 65.509),
)


def _o(code, kk, ru, en, symbol_kk, symbol_ru, symbol_en):
    return {"code": code, "kk": kk, "ru": ru, "en": en,
            "symbol_kk": symbol_kk, "symbol_ru": symbol_ru,
            "symbol_en": symbol_en}


# ---------------------------------------------------------------------------
# Traditional Kazakh ornaments (ою-өрнек).  symbol_ru is a genitive phrase
# ("символом изобилия и благополучия").
# ---------------------------------------------------------------------------
ORNAMENTS = (
    _o("koshkar_muiz", "қошқар мүйіз", "бараний рог", "ram's horn",
       "молшылық пен береке", "изобилия и благополучия",
       "abundance and prosperity"),
    _o("kos_muiz", "қос мүйіз", "двойной рог", "double horn",
       "бірлік пен ынтымақ", "единства и согласия", "unity and harmony"),
    _o("synar_muiz", "сыңар мүйіз", "одинарный рог", "single horn",
       "күш-қуат", "силы", "strength"),
    _o("tuietaban", "түйетабан", "верблюжий след", "camel's footprint",
       "байлық пен алыс сапар", "богатства и дальней дороги",
       "wealth and long journeys"),
    _o("kusmuryn", "құсмұрын", "птичий клюв", "bird's beak",
       "еркіндік", "свободы", "freedom"),
    _o("itkuiryk", "итқұйрық", "собачий хвост", "dog's tail",
       "адалдық пен қорғаныс", "верности и защиты", "loyalty and protection"),
    _o("tumarsha", "тұмарша", "тумар", "amulet",
       "жамандықтан қорғаныс", "защиты от зла", "protection from evil"),
    _o("irek", "ирек", "зигзаг", "zigzag",
       "су мен өмір ағысы", "воды и течения жизни",
       "water and the flow of life"),
    _o("gul", "гүл", "цветок", "flower",
       "көктем мен жастық", "весны и молодости", "spring and youth"),
    _o("shyrmauyk", "шырмауық", "вьюнок", "bindweed",
       "өмірдің жалғастығы", "непрерывности жизни",
       "the continuity of life"),
)

_MEMORIAL_GROUPS = ("music", "horse_gear", "costume", "weapon", "household",
                    "vessel", "document", "jewellery", "award")

# ---------------------------------------------------------------------------
# 8. TITLE_PATTERNS
# applies_to: object-type groups the pattern suits (empty tuple = any type).
# place_kinds (optional): PLACES kinds the pattern suits.
# Capitalise the first letter after formatting (see render()).
# ---------------------------------------------------------------------------
TITLE_PATTERNS = (
    {"code": "material_type",
     "kk": "{material_kk} {type_kk}",
     "ru": "{material_ru_adj} {type_ru}",
     "en": "{material_en} {type_en}",
     "applies_to": MATERIAL_GROUPS},
    {"code": "material_type_place",
     "kk": "{material_kk} {type_kk} ({place_kk})",
     "ru": "{material_ru_adj} {type_ru} ({place_ru})",
     "en": "{material_en} {type_en} ({place_en})",
     "applies_to": MATERIAL_GROUPS},
    {"code": "found_at",
     "kk": "{place_kk_abl} табылған {type_kk}",
     "ru": "{type_ru} из {place_ru_gen}",
     "en": "{type_en} from {place_en}",
     "applies_to": ("archaeology",),
     "place_kinds": ("site", "city", "area", "village")},
    {"code": "culture_type",
     "kk": "{culture_kk_gen} {type_kk_poss}",
     "ru": "{type_ru} {culture_ru_gen}",
     "en": "{type_en} of {culture_en_the}",
     "applies_to": ()},
    {"code": "culture_material_type",
     "kk": "{culture_kk_gen} {material_kk} {type_kk_poss}",
     "ru": "{material_ru_adj} {type_ru} {culture_ru_gen}",
     "en": "{material_en} {type_en} of {culture_en_the}",
     "applies_to": MATERIAL_GROUPS},
    {"code": "material_type_period",
     "kk": "{material_kk} {type_kk}, {period_kk}",
     "ru": "{material_ru_adj} {type_ru}, {period_ru}",
     "en": "{material_en} {type_en}, {period_en}",
     "applies_to": MATERIAL_GROUPS},
    {"code": "type_period",
     "kk": "{type_kk}, {period_kk}",
     "ru": "{type_ru}, {period_ru}",
     "en": "{type_en}, {period_en}",
     "applies_to": ()},
    {"code": "person_owned",
     "kk": "{person_kk_gen} {type_kk_poss}",
     "ru": "{type_ru} {person_ru_gen}",
     "en": "{type_en} of {person_en}",
     "applies_to": _MEMORIAL_GROUPS},
    {"code": "portrait",
     "kk": "{person_kk_gen} портреті",
     "ru": "портрет {person_ru_gen}",
     "en": "portrait of {person_en}",
     "applies_to": ("portrait",)},
    {"code": "depicting",
     "kk": "{person_kk} бейнеленген {type_kk}",
     "ru": "{type_ru} с изображением {person_ru_gen}",
     "en": "{type_en} depicting {person_en}",
     "applies_to": ("award", "print", "numismatics")},
    {"code": "view_of",
     "kk": "{place_kk} көрінісі",
     "ru": "вид {place_ru_gen}",
     "en": "view of {place_en}",
     "applies_to": ("landscape",)},
    {"code": "near",
     "kk": "{place_kk} маңында",
     "ru": "в окрестностях {place_ru_gen}",
     "en": "near {place_en}",
     "applies_to": ("landscape",)},
    {"code": "craftsmen_of",
     "kk": "{place_kk} шеберлері жасаған {type_kk}",
     "ru": "{type_ru} работы мастеров {place_ru_gen}",
     "en": "{type_en} by craftsmen of {place_en}",
     "applies_to": CRAFT_GROUPS,
     "place_kinds": ("city", "area", "village")},
    {"code": "by_maker",
     "kk": "{maker_kk} жасаған {type_kk}",
     "ru": "{type_ru} работы {maker_ru_gen}",
     "en": "{type_en} by {maker_en}",
     "applies_to": CRAFT_GROUPS},
    {"code": "technique_type",
     "kk": "{technique_kk_by} жасалған {type_kk}",
     "ru": "{type_ru} в технике {technique_ru_gen}",
     "en": "{type_en} made using {technique_en}",
     "applies_to": CRAFT_GROUPS},
    {"code": "veteran",
     "kk": "майдангердің {type_kk_poss}",
     "ru": "{type_ru} фронтовика",
     "en": "front-line soldier's {type_en}",
     "applies_to": ("war",)},
)

# ---------------------------------------------------------------------------
# 9. DESCRIPTION_SENTENCES  (combine 2-4 per object; capitalise each)
# kind groups sentences that should not be repeated within one description.
# ---------------------------------------------------------------------------
DESCRIPTION_SENTENCES = (
    {"code": "excavated", "kind": "provenance",
     "kk": "Бұйым {year} жылы {place_kk} маңындағы археологиялық қазба жұмыстары кезінде табылған.",
     "ru": "Предмет обнаружен в {year} году в ходе археологических раскопок близ {place_ru_gen}.",
     "en": "The object was discovered in {year} during archaeological excavations near {place_en}.",
     "applies_to": ("archaeology",)},
    {"code": "expedition", "kind": "provenance",
     "kk": "Бұйым {year} жылы музей экспедициясы кезінде {place_kk} өңірінен сатып алынған.",
     "ru": "Предмет приобретён в {year} году в ходе музейной экспедиции в районе {place_ru_gen}.",
     "en": "The object was acquired in {year} during a museum expedition in the {place_en} area.",
     "applies_to": CRAFT_GROUPS},
    {"code": "donated", "kind": "provenance",
     "kk": "Музейге {year} жылы сыйға тартылған.",
     "ru": "Поступил в музей в {year} году в дар.",
     "en": "Donated to the museum in {year}.",
     "applies_to": ()},
    {"code": "war_relic", "kind": "provenance",
     "kk": "Ұлы Отан соғысы жылдарына қатысты бұл жәдігерді музейге майдангердің отбасы тапсырған.",
     "ru": "Эта реликвия времён Великой Отечественной войны передана в музей семьёй фронтовика.",
     "en": "This Second World War relic was handed over to the museum by the veteran's family.",
     "applies_to": ("war",)},
    {"code": "repression_archive", "kind": "provenance",
     "kk": "Құжат саяси қуғын-сүргін құрбандарының есімдерін қалпына келтіру жұмысы барысында анықталған.",
     "ru": "Документ выявлен в ходе работы по восстановлению имён жертв политических репрессий.",
     "en": "The document was identified during work to restore the names of victims of political repression.",
     "applies_to": ("document",)},
    {"code": "culture_attribution", "kind": "culture",
     "kk": "Зерттеушілер жәдігерді {culture_kk_dat} жатқызады.",
     "ru": "Исследователи относят предмет к {culture_ru_dat}.",
     "en": "Researchers attribute the object to {culture_en_the}.",
     "applies_to": ()},
    {"code": "craftsmanship_culture", "kind": "culture",
     "kk": "Бұйым {culture_kk_gen} қолөнерінің жоғары деңгейін айғақтайды.",
     "ru": "Предмет свидетельствует о высоком уровне ремесла {culture_ru_gen}.",
     "en": "It testifies to the high level of craftsmanship of {culture_en_the}.",
     "applies_to": MATERIAL_GROUPS},
    {"code": "dating", "kind": "dating",
     "kk": "Жәдігердің мерзімі ({period_kk}) музейдің есепке алу құжаттарында көрсетілген.",
     "ru": "Датировка предмета ({period_ru}) указана в учётной документации музея.",
     "en": "The date of the object ({period_en}) is recorded in the museum's registration documents.",
     "applies_to": ()},
    {"code": "dating_analogy", "kind": "dating",
     "kk": "Бұйымның мерзімі ({period_kk}) ұқсас олжалармен салыстыру арқылы анықталған.",
     "ru": "Датировка предмета ({period_ru}) установлена по аналогиям с подобными находками.",
     "en": "The date of the object ({period_en}) was established by comparison with similar finds.",
     "applies_to": ("archaeology",)},
    {"code": "published", "kind": "dating",
     "kk": "Жәдігер ғылыми айналымға алғаш рет {year} жылы енгізілген.",
     "ru": "Предмет впервые введён в научный оборот в {year} году.",
     "en": "The object was first published in {year}.",
     "applies_to": ()},
    {"code": "material_technique", "kind": "make",
     "kk": "Бұйым {material_kk_abl} {technique_kk_by} жасалған.",
     "ru": "Предмет изготовлен из {material_ru_gen} в технике {technique_ru_gen}.",
     "en": "It is made of {material_en_noun} using the {technique_en} technique.",
     "applies_to": MATERIAL_GROUPS},
    {"code": "oil_on_canvas", "kind": "make",
     "kk": "Кенепке майлы бояумен салынған.",
     "ru": "Холст, масло.",
     "en": "Oil on canvas.",
     "applies_to": ("painting",)},
    {"code": "maker", "kind": "maker",
     "kk": "Бұйымды шебер {maker_kk} жасаған.",
     "ru": "Работа мастера {maker_ru_gen}.",
     "en": "The work of master artisan {maker_en}.",
     "applies_to": CRAFT_GROUPS},
    {"code": "craft_tradition", "kind": "maker",
     "kk": "Мұндай бұйымдар {place_kk_loc} ерте заманнан бері жасалып келеді.",
     "ru": "Подобные изделия издавна изготавливали в районе {place_ru_gen}.",
     "en": "Items of this kind have long been made in the {place_en} area.",
     "applies_to": CRAFT_GROUPS},
    {"code": "ornament", "kind": "ornament",
     "kk": "Бұйымның беті {ornament_kk} оюымен безендірілген.",
     "ru": "Поверхность предмета украшена орнаментом «{ornament_ru}».",
     "en": "Its surface is decorated with the “{ornament_en}” ornament.",
     "applies_to": CRAFT_GROUPS},
    {"code": "ornament_symbol", "kind": "ornament_symbol",
     "kk": "Халық түсінігінде {ornament_kk} оюы {ornament_symbol_kk} нышаны саналған.",
     "ru": "В народной традиции орнамент «{ornament_ru}» считался символом {ornament_symbol_ru}.",
     "en": "In folk tradition the “{ornament_en}” ornament was a symbol of {ornament_symbol_en}.",
     "applies_to": CRAFT_GROUPS},
    {"code": "shape_ornament", "kind": "ornament",
     "kk": "{type_kk_gen} пішіні мен ою-өрнегі өңірдің дәстүрлі қолөнеріне тән.",
     "ru": "Форма и орнамент {type_ru_gen} характерны для традиционного ремесла края.",
     "en": "The shape and ornament of the {type_en} are typical of the region's traditional craft.",
     "applies_to": CRAFT_GROUPS},
    {"code": "nomadic_use", "kind": "use",
     "kk": "Мұндай бұйымдар көшпелі қазақтардың күнделікті тұрмысында кеңінен қолданылған.",
     "ru": "Подобные предметы широко использовались в повседневном быту кочевников-казахов.",
     "en": "Objects of this kind were widely used in the everyday life of nomadic Kazakhs.",
     "applies_to": ("household", "vessel", "yurt", "textile", "horse_gear")},
    {"code": "dowry", "kind": "use",
     "kk": "Мұндай бұйымдар қыз жасауының құрамына кірген.",
     "ru": "Подобные вещи входили в состав приданого невесты.",
     "en": "Items like this formed part of a bride's dowry.",
     "applies_to": ("textile", "jewellery", "costume", "household")},
    {"code": "music_use", "kind": "use",
     "kk": "Мұндай аспаптарда күйшілер халық күйлерін орындаған.",
     "ru": "На подобных инструментах кюйши исполняли народные кюи.",
     "en": "Kuishi musicians performed folk kuis on instruments like this.",
     "applies_to": ("music",)},
    {"code": "yurt_use", "kind": "use",
     "kk": "Киіз үйдің мұндай бөліктерін арнайы шеберлер – үйшілер жасаған.",
     "ru": "Такие детали юрты изготавливали особые мастера — уйши.",
     "en": "Yurt parts like this were made by specialised yurt makers (uishi).",
     "applies_to": ("yurt",)},
    {"code": "horse_gear_use", "kind": "use",
     "kk": "Ат әбзелдері көшпелі қазақтың ең қадірлі мүліктерінің бірі саналған.",
     "ru": "Конское снаряжение считалось одним из самых ценных предметов в хозяйстве кочевника.",
     "en": "Horse gear was among the most valued possessions of a nomadic household.",
     "applies_to": ("horse_gear",)},
    {"code": "coin_use", "kind": "use",
     "kk": "Мұндай тиындар Ұлы Жібек жолы бойындағы саудада кеңінен қолданылған.",
     "ru": "Подобные монеты широко использовались в торговле на Великом шёлковом пути.",
     "en": "Coins like this were widely used in trade along the Great Silk Road.",
     "applies_to": ("numismatics",)},
    {"code": "belonged", "kind": "person",
     "kk": "Жәдігер {person_kk_dat} тиесілі болған.",
     "ru": "Предмет принадлежал {person_ru_dat}.",
     "en": "The object belonged to {person_en}.",
     "applies_to": _MEMORIAL_GROUPS},
    {"code": "depicts", "kind": "person",
     "kk": "Жәдігерде {person_kk} бейнеленген.",
     "ru": "Здесь запечатлён образ {person_ru_gen}.",
     "en": "It depicts {person_en}.",
     "applies_to": ("portrait", "award", "print", "numismatics")},
    {"code": "restored", "kind": "condition",
     "kk": "{year} жылы жәдігер музейдің қалпына келтіру шеберханасында реставрациядан өткен.",
     "ru": "В {year} году предмет прошёл реставрацию в мастерской музея.",
     "en": "In {year} the object was restored in the museum's conservation workshop.",
     "applies_to": ()},
    {"code": "condition", "kind": "condition",
     "kk": "Жәдігердің сақталу күйі жақсы, шамалы зақымдары бар.",
     "ru": "Сохранность хорошая, имеются незначительные утраты.",
     "en": "The object is in good condition, with minor losses.",
     "applies_to": ()},
    {"code": "best_preserved", "kind": "condition",
     "kk": "Бұл {type_kk} музей жинағындағы осы түрдегі ең жақсы сақталған жәдігерлердің бірі.",
     "ru": "Один из наиболее сохранных предметов этого типа в собрании музея.",
     "en": "This {type_en} is one of the best-preserved pieces of its kind in the museum's collection.",
     "applies_to": ()},
    {"code": "on_display", "kind": "display",
     "kk": "Жәдігер музейдің тұрақты экспозициясында қойылған.",
     "ru": "Экспонируется в постоянной экспозиции музея.",
     "en": "It is shown in the museum's permanent exhibition.",
     "applies_to": ()},
)


def _h(key, kk, kk_gen, kk_dat, ru, ru_gen, ru_dat, en, variants, birth,
       death, roles, d_kk, d_ru, d_en):
    return {"key": key, "kk": kk, "kk_gen": kk_gen, "kk_dat": kk_dat,
            "ru": ru, "ru_gen": ru_gen, "ru_dat": ru_dat, "en": en,
            "variants": variants, "birth": birth, "death": death,
            "roles": roles,
            "description": {"kk": d_kk, "ru": d_ru, "en": d_en}}


# ---------------------------------------------------------------------------
# 10. PERSONS  (real historical and cultural figures; years as commonly
# given in reference works -- some early dates are traditional, approximate)
# kk_gen / kk_dat, ru_gen / ru_dat: case forms of the full name.
# ---------------------------------------------------------------------------
PERSONS = (
    _h("abai", "Абай Құнанбайұлы", "Абай Құнанбайұлының", "Абай Құнанбайұлына",
       "Абай Кунанбаев", "Абая Кунанбаева", "Абаю Кунанбаеву",
       "Abai Qunanbaiuly",
       ("Abai Kunanbayev", "Abay Kunanbaev", "Abai Qunanbaiūly",
        "Абай Құнанбаев", "Ибраһим Құнанбайұлы"),
       1845, 1904, ("poet", "composer", "philosopher"),
       "Ұлы қазақ ақыны, ойшыл, композитор, қазақ жазба әдебиетінің негізін салушы.",
       "Великий казахский поэт, мыслитель и композитор, основоположник казахской письменной литературы.",
       "Great Kazakh poet, thinker and composer, founder of Kazakh written literature."),
    _h("shokan", "Шоқан Уәлиханов", "Шоқан Уәлихановтың", "Шоқан Уәлихановқа",
       "Чокан Валиханов", "Чокана Валиханова", "Чокану Валиханову",
       "Shokan Valikhanov",
       ("Chokan Valikhanov", "Shoqan Walikhanov", "Şoqan Uälihanov",
        "Мұхаммед-Қанафия Уәлиханов"),
       1835, 1865, ("scholar", "ethnographer"),
       "Қазақтың тұңғыш ғалымы, тарихшы, этнограф әрі саяхатшы.",
       "Первый казахский учёный, историк, этнограф и путешественник.",
       "The first Kazakh scholar, historian, ethnographer and traveller."),
    _h("kurmangazy", "Құрманғазы Сағырбайұлы", "Құрманғазы Сағырбайұлының",
       "Құрманғазы Сағырбайұлына", "Курмангазы Сагырбаев",
       "Курмангазы Сагырбаева", "Курмангазы Сагырбаеву",
       "Kurmangazy Sagyrbaiuly",
       ("Qurmanğazy Sağyrbaiūly", "Kurmangazy Sagyrbayev", "Құрманғазы"),
       1823, 1896, ("kuishi", "composer"),
       "Атақты күйші-композитор, «Сарыарқа» және «Адай» күйлерінің авторы.",
       "Выдающийся кюйши-композитор, автор кюев «Сарыарка» и «Адай».",
       "Renowned kuishi composer, author of the kuis Saryarka and Adai."),
    _h("dina", "Дина Нұрпейісова", "Дина Нұрпейісованың", "Дина Нұрпейісоваға",
       "Дина Нурпеисова", "Дины Нурпеисовой", "Дине Нурпеисовой",
       "Dina Nurpeisova",
       ("Dina Nūrpeiısova", "Дина Нурпейсова"),
       1861, 1955, ("kuishi", "composer"),
       "Домбырашы-күйші, Құрманғазының шәкірті, Қазақ КСР халық әртісі.",
       "Домбристка и кюйши, ученица Курмангазы, народная артистка Казахской ССР.",
       "Dombra player and kuishi, a pupil of Kurmangazy and People's Artist of the Kazakh SSR."),
    _h("abylai", "Абылай хан", "Абылай ханның", "Абылай ханға",
       "Абылай хан", "Абылай хана", "Абылай хану", "Abylai Khan",
       ("Ablai Khan", "Abylaı han", "Әбілмансұр"),
       1711, 1781, ("khan", "military"),
       "Қазақ хандығының ханы, жоңғар шапқыншылығына қарсы күресті басқарған.",
       "Хан Казахского ханства, руководивший борьбой против джунгарского нашествия.",
       "Khan of the Kazakh Khanate who led the struggle against the Dzungar invasions."),
    _h("kenesary", "Кенесары Қасымұлы", "Кенесары Қасымұлының",
       "Кенесары Қасымұлына", "Кенесары Касымов", "Кенесары Касымова",
       "Кенесары Касымову", "Kenesary Kasymuly",
       ("Kenesary Khan", "Kenesary Qasymūly", "Кенесары хан"),
       1802, 1847, ("khan", "military"),
       "Соңғы қазақ ханы, 1837–1847 жылдардағы ұлт-азаттық көтерілістің көсемі.",
       "Последний казахский хан, предводитель национально-освободительного восстания 1837–1847 годов.",
       "The last Kazakh khan, leader of the national liberation uprising of 1837–1847."),
    _h("baitursynuly", "Ахмет Байтұрсынұлы", "Ахмет Байтұрсынұлының",
       "Ахмет Байтұрсынұлына", "Ахмет Байтурсынов", "Ахмета Байтурсынова",
       "Ахмету Байтурсынову", "Akhmet Baitursynuly",
       ("Ahmet Baitūrsynūly", "Akhmet Baitursynov", "Ахмет Байтұрсынов"),
       1872, 1937, ("scholar", "poet", "public_figure", "repressed"),
       "Тілші-ғалым, ақын, қазақ жазуының реформаторы, «Алаш» қозғалысының көшбасшыларының бірі.",
       "Языковед, поэт, реформатор казахской письменности, один из лидеров движения «Алаш».",
       "Linguist, poet and reformer of Kazakh writing, one of the leaders of the Alash movement."),
    _h("bokeikhanov", "Әлихан Бөкейханов", "Әлихан Бөкейхановтың",
       "Әлихан Бөкейхановқа", "Алихан Букейханов", "Алихана Букейханова",
       "Алихану Букейханову", "Alikhan Bokeikhanov",
       ("Älihan Bökeihanov", "Alikhan Bukeikhanov", "Әлихан Бөкейхан"),
       1866, 1937, ("public_figure", "scholar", "repressed"),
       "«Алаш» партиясы мен Алашорда үкіметінің төрағасы, ғалым, публицист.",
       "Лидер партии «Алаш» и глава правительства Алаш-Орды, учёный и публицист.",
       "Leader of the Alash party and head of the Alash Orda government, scholar and journalist."),
    _h("auezov", "Мұхтар Әуезов", "Мұхтар Әуезовтің", "Мұхтар Әуезовке",
       "Мухтар Ауэзов", "Мухтара Ауэзова", "Мухтару Ауэзову",
       "Mukhtar Auezov",
       ("Mūhtar Äuezov", "Mukhtar Awezov", "Muhtar Auezov"),
       1897, 1961, ("writer", "scholar"),
       "Жазушы, драматург, ғалым, «Абай жолы» роман-эпопеясының авторы.",
       "Писатель, драматург и учёный, автор романа-эпопеи «Путь Абая».",
       "Writer, playwright and scholar, author of the epic novel The Path of Abai."),
    _h("abulkhair", "Әбілқайыр хан", "Әбілқайыр ханның", "Әбілқайыр ханға",
       "Абулхаир-хан", "Абулхаир-хана", "Абулхаир-хану", "Abulkhair Khan",
       ("Abilkhair Khan", "Äbılqaiyr han", "Әбілхайыр хан", "Abulkhayr Khan"),
       1693, 1748, ("khan",),
       "Кіші жүздің ханы, 1731 жылы Ресей империясының қол астына кіруге келісім берген.",
       "Хан Младшего жуза, в 1731 году принявший подданство Российской империи.",
       "Khan of the Junior Zhuz who accepted Russian suzerainty in 1731."),
    _h("kasteyev", "Әбілхан Қастеев", "Әбілхан Қастеевтің", "Әбілхан Қастеевке",
       "Абылхан Кастеев", "Абылхана Кастеева", "Абылхану Кастееву",
       "Abylkhan Kasteyev",
       ("Äbılhan Qasteev", "Abilkhan Kasteev", "Abylkhan Kasteev"),
       1904, 1973, ("painter",),
       "Қазақ кәсіби бейнелеу өнерінің негізін салушы, Қазақ КСР халық суретшісі.",
       "Основоположник казахского профессионального изобразительного искусства, народный художник Казахской ССР.",
       "Founder of Kazakh professional painting, People's Artist of the Kazakh SSR."),
    _h("satpayev", "Қаныш Сәтбаев", "Қаныш Сәтбаевтың", "Қаныш Сәтбаевқа",
       "Каныш Сатпаев", "Каныша Сатпаева", "Канышу Сатпаеву",
       "Kanysh Satpayev",
       ("Qanyş Sätbaev", "Kanysh Satbayev", "Qanysh Satbaev"),
       1899, 1964, ("scholar",),
       "Геолог, Қазақ КСР Ғылым академиясының тұңғыш президенті, Жезқазған кен орнын зерттеуші.",
       "Геолог, первый президент Академии наук Казахской ССР, исследователь Жезказганского месторождения.",
       "Geologist, first president of the Academy of Sciences of the Kazakh SSR and explorer of the Zhezkazgan deposit."),
    _h("moldagulova", "Әлия Молдағұлова", "Әлия Молдағұлованың",
       "Әлия Молдағұловаға", "Алия Молдагулова", "Алии Молдагуловой",
       "Алии Молдагуловой", "Aliya Moldagulova",
       ("Älia Moldağūlova", "Aliia Moldagulova"),
       1925, 1944, ("military",),
       "Мерген, Ұлы Отан соғысының қатысушысы, Кеңес Одағының Батыры.",
       "Снайпер, участница Великой Отечественной войны, Герой Советского Союза.",
       "Sniper in the Second World War, Hero of the Soviet Union."),
    _h("mametova", "Мәншүк Мәметова", "Мәншүк Мәметованың", "Мәншүк Мәметоваға",
       "Маншук Маметова", "Маншук Маметовой", "Маншук Маметовой",
       "Manshuk Mametova",
       ("Mänşük Mämetova", "Manshuk Mametova"),
       1922, 1943, ("military",),
       "Пулеметші, Кеңес Одағының Батыры атағын алған тұңғыш қазақ қызы.",
       "Пулемётчица, первая казахская женщина — Герой Советского Союза.",
       "Machine gunner, the first Kazakh woman named Hero of the Soviet Union."),
    _h("momyshuly", "Бауыржан Момышұлы", "Бауыржан Момышұлының",
       "Бауыржан Момышұлына", "Бауыржан Момышулы", "Бауыржана Момышулы",
       "Бауыржану Момышулы", "Bauyrzhan Momyshuly",
       ("Bauyrjan Momyşūly", "Baurzhan Momyshuly", "Бауыржан Момыш-улы"),
       1910, 1982, ("military", "writer"),
       "Мәскеу түбіндегі шайқастардың батыры, жазушы, Кеңес Одағының Батыры.",
       "Герой битвы под Москвой, писатель, Герой Советского Союза.",
       "Hero of the Battle of Moscow, writer, Hero of the Soviet Union."),
    _h("tole_bi", "Төле би", "Төле бидің", "Төле биге",
       "Толе би", "Толе би", "Толе би", "Tole bi",
       ("Töle bi", "Tole Alibekuly", "Төле Әлібекұлы"),
       1663, 1756, ("bi",),
       "Ұлы жүздің биі, шешен, «Жеті жарғы» заңдар жинағын жасаушылардың бірі.",
       "Бий Старшего жуза, оратор, один из создателей свода законов «Жеты жаргы».",
       "Judge (bi) of the Senior Zhuz, orator and one of the authors of the Zheti Zhargy law code."),
    _h("kazybek_bi", "Қазыбек би", "Қазыбек бидің", "Қазыбек биге",
       "Казыбек би", "Казыбек би", "Казыбек би", "Kazybek bi",
       ("Qazybek bi", "Kazybek Keldibekuly", "Қаз дауысты Қазыбек"),
       1667, 1764, ("bi",),
       "Орта жүздің биі, «Қаз дауысты Қазыбек» атанған шешен.",
       "Бий Среднего жуза, оратор по прозвищу «Каз дауысты» («с голосом гуся»).",
       "Judge (bi) of the Middle Zhuz, an orator nicknamed “the one with a goose's voice”."),
    _h("aiteke_bi", "Әйтеке би", "Әйтеке бидің", "Әйтеке биге",
       "Айтеке би", "Айтеке би", "Айтеке би", "Aiteke bi",
       ("Äiteke bi", "Aiteke Baibekuly", "Әйтеке Бәйбекұлы"),
       1644, 1700, ("bi",),
       "Кіші жүздің биі, «Жеті жарғы» заңдар жинағын жасаушылардың бірі.",
       "Бий Младшего жуза, один из создателей свода законов «Жеты жаргы».",
       "Judge (bi) of the Junior Zhuz and one of the authors of the Zheti Zhargy law code."),
    _h("zhambyl", "Жамбыл Жабаев", "Жамбыл Жабаевтың", "Жамбыл Жабаевқа",
       "Джамбул Джабаев", "Джамбула Джабаева", "Джамбулу Джабаеву",
       "Zhambyl Zhabayev",
       ("Jambyl Jabaev", "Dzhambul Dzhabayev", "Jambul Jabayev",
        "Жамбыл Жабайұлы"),
       1846, 1945, ("poet",),
       "Халық ақыны, айтыстың хас шебері, жыр алыбы.",
       "Народный акын, непревзойдённый мастер айтыса.",
       "Folk akyn (improvising poet) and master of the aitys poetic contest."),
    _h("ykylas", "Ықылас Дүкенұлы", "Ықылас Дүкенұлының", "Ықылас Дүкенұлына",
       "Ыкылас Дукенов", "Ыкыласа Дукенова", "Ыкыласу Дукенову",
       "Ykylas Dukenuly",
       ("Yqylas Dükenūly", "Ykhlas Dukenov", "Ыхлас Дукенов"),
       1843, 1916, ("kuishi", "composer"),
       "Қобызшы-күйші, «Жез киік» және «Кертолғау» күйлерінің авторы.",
       "Кобызист и кюйши, автор кюев «Жез киик» и «Кертолгау».",
       "Kobyz player and kuishi, author of the kuis Zhez Kiik and Kertolgau."),
    _h("yassawi", "Қожа Ахмет Ясауи", "Қожа Ахмет Ясауидің",
       "Қожа Ахмет Ясауиге", "Ходжа Ахмед Ясави", "Ходжи Ахмеда Ясави",
       "Ходже Ахмеду Ясави", "Khoja Akhmet Yassawi",
       ("Khoja Ahmed Yasawi", "Qoja Ahmet Iasaui", "Ahmad Yasavi",
        "Ахмед Яссави"),
       1093, 1166, ("poet", "religious_figure"),
       "Сопы ақын, «Диуани хикмет» жинағының авторы; кесенесі Түркістанда орналасқан.",
       "Суфийский поэт, автор сборника «Дивани хикмет»; его мавзолей находится в Туркестане.",
       "Sufi poet, author of the Divan-i Hikmet; his mausoleum stands in Turkistan."),
    _h("farabi", "Әбу Насыр әл-Фараби", "Әбу Насыр әл-Фарабидің",
       "Әбу Насыр әл-Фарабиге", "Абу Наср аль-Фараби", "Абу Насра аль-Фараби",
       "Абу Насру аль-Фараби", "Abu Nasr al-Farabi",
       ("Al-Farabi", "Äl-Farabi", "Alpharabius", "әл-Фараби"),
       870, 950, ("philosopher", "scholar"),
       "Отырар өңірінде туған ортағасырлық ойшыл, «Екінші ұстаз» атанған ғалым.",
       "Средневековый мыслитель родом из окрестностей Отрара, прозванный «Вторым учителем».",
       "Medieval philosopher born near Otrar, known as the “Second Teacher”."),
    _h("magzhan", "Мағжан Жұмабаев", "Мағжан Жұмабаевтың", "Мағжан Жұмабаевқа",
       "Магжан Жумабаев", "Магжана Жумабаева", "Магжану Жумабаеву",
       "Magzhan Zhumabayev",
       ("Mağjan Jūmabaev", "Magzhan Zhumabaev"),
       1893, 1938, ("poet", "educator", "repressed"),
       "Ақын, педагог, XX ғасыр басындағы қазақ поэзиясының көрнекті өкілі.",
       "Поэт и педагог, яркий представитель казахской поэзии начала XX века.",
       "Poet and educator, a leading figure of early 20th-century Kazakh poetry."),
    _h("shakarim", "Шәкәрім Құдайбердіұлы", "Шәкәрім Құдайбердіұлының",
       "Шәкәрім Құдайбердіұлына", "Шакарим Кудайбердиев",
       "Шакарима Кудайбердиева", "Шакариму Кудайбердиеву",
       "Shakarim Kudaiberdiuly",
       ("Şäkärım Qūdaiberdıūly", "Shakarim Kudaiberdiev", "Шәкәрім"),
       1858, 1931, ("poet", "philosopher", "repressed"),
       "Ақын, ойшыл, тарихшы, Абайдың ағасы Құдайбердінің ұлы әрі Абайдың шәкірті.",
       "Поэт, мыслитель и историк, племянник и ученик Абая.",
       "Poet, thinker and historian, Abai's nephew and disciple."),
    _h("toraighyrov", "Сұлтанмахмұт Торайғыров", "Сұлтанмахмұт Торайғыровтың",
       "Сұлтанмахмұт Торайғыровқа", "Султанмахмут Торайгыров",
       "Султанмахмута Торайгырова", "Султанмахмуту Торайгырову",
       "Sultanmakhmut Toraighyrov",
       ("Sūltanmahmūt Toraiğyrov", "Sultanmahmut Toraigyrov"),
       1893, 1920, ("poet", "writer"),
       "Баянауыл өңірінен шыққан ақын, «Қамар сұлу» романының авторы.",
       "Поэт родом из Баянаула, автор романа «Камар-сулу».",
       "Poet from the Bayanaul area, author of the novel Qamar Sulu."),
    _h("altynsarin", "Ыбырай Алтынсарин", "Ыбырай Алтынсариннің",
       "Ыбырай Алтынсаринге", "Ибрай Алтынсарин", "Ибрая Алтынсарина",
       "Ибраю Алтынсарину", "Ybyrai Altynsarin",
       ("Ibrai Altynsarin", "Ybyraı Altynsarin", "Ibragim Altynsarin"),
       1841, 1889, ("educator", "writer"),
       "Ағартушы-педагог, жазушы, қазақ даласында алғашқы мектептерді ашқан.",
       "Просветитель, педагог и писатель, открывший первые школы в казахской степи.",
       "Educator and writer who opened the first schools in the Kazakh steppe."),
    _h("makhambet", "Махамбет Өтемісұлы", "Махамбет Өтемісұлының",
       "Махамбет Өтемісұлына", "Махамбет Утемисов", "Махамбета Утемисова",
       "Махамбету Утемисову", "Makhambet Utemisuly",
       ("Mahambet Ötemısūly", "Makhambet Utemisov"),
       1803, 1846, ("poet", "military"),
       "Ақын, Исатай Тайманұлымен бірге 1836–1838 жылдардағы көтерілісті басқарған.",
       "Поэт, вместе с Исатаем Таймановым возглавивший восстание 1836–1838 годов.",
       "Poet who led the 1836–1838 uprising together with Isatai Taimanuly."),
    _h("isatai", "Исатай Тайманұлы", "Исатай Тайманұлының",
       "Исатай Тайманұлына", "Исатай Тайманов", "Исатая Тайманова",
       "Исатаю Тайманову", "Isatai Taimanuly",
       ("Isataı Taimanūly", "Isatay Taimanov"),
       1791, 1838, ("military", "batyr"),
       "Бөкей ордасындағы 1836–1838 жылдардағы көтерілістің басшысы, батыр.",
       "Батыр, предводитель восстания 1836–1838 годов в Букеевской Орде.",
       "Batyr who led the 1836–1838 uprising in the Bokey Horde."),
    _h("birzhan", "Біржан сал Қожағұлұлы", "Біржан сал Қожағұлұлының",
       "Біржан сал Қожағұлұлына", "Биржан-сал Кожагулов",
       "Биржан-сала Кожагулова", "Биржан-салу Кожагулову",
       "Birzhan sal Kozhagululy",
       ("Bırjan sal", "Birzhan-sal", "Birjan sal Kozhagululy"),
       1834, 1897, ("singer", "poet", "composer"),
       "Әнші, ақын, сазгер, «Жанбота» және «Ләйлім шырақ» әндерінің авторы.",
       "Певец, поэт и композитор, автор песен «Жанбота» и «Лайлим-шырак».",
       "Singer, poet and composer, author of the songs Zhanbota and Lailim Shyrak."),
    _h("akan_seri", "Ақан сері Қорамсаұлы", "Ақан сері Қорамсаұлының",
       "Ақан сері Қорамсаұлына", "Акан-сери Корамсин", "Акан-сери Корамсина",
       "Акан-сери Корамсину", "Akan seri Koramsauly",
       ("Aqan serı", "Akan-seri", "Akan seri Koramsin"),
       1843, 1913, ("poet", "singer", "composer"),
       "Ақын, әнші, сазгер, «Құлагер» және «Маңмаңгер» әндерінің авторы.",
       "Поэт, певец и композитор, автор песен «Кулагер» и «Манмангер».",
       "Poet, singer and composer, author of the songs Kulager and Manmanger."),
    _h("seifullin", "Сәкен Сейфуллин", "Сәкен Сейфуллиннің", "Сәкен Сейфуллинге",
       "Сакен Сейфуллин", "Сакена Сейфуллина", "Сакену Сейфуллину",
       "Saken Seifullin",
       ("Säken Seifullin", "Saken Seyfullin"),
       1894, 1938, ("poet", "writer", "statesman", "repressed"),
       "Ақын, жазушы, мемлекет қайраткері, қазақ кеңес әдебиетінің негізін салушылардың бірі.",
       "Поэт, писатель и государственный деятель, один из основоположников казахской советской литературы.",
       "Poet, writer and statesman, one of the founders of Kazakh Soviet literature."),
    _h("zhansugurov", "Ілияс Жансүгіров", "Ілияс Жансүгіровтің",
       "Ілияс Жансүгіровке", "Ильяс Джансугуров", "Ильяса Джансугурова",
       "Ильясу Джансугурову", "Ilyas Zhansugurov",
       ("Iliias Jansügırov", "Ilyas Dzhansugurov"),
       1894, 1938, ("poet", "writer", "repressed"),
       "Ақын, жазушы, «Құлагер» поэмасының авторы.",
       "Поэт и писатель, автор поэмы «Кулагер».",
       "Poet and writer, author of the poem Kulager."),
    _h("mailin", "Бейімбет Майлин", "Бейімбет Майлиннің", "Бейімбет Майлинге",
       "Беимбет Майлин", "Беимбета Майлина", "Беимбету Майлину",
       "Beimbet Mailin",
       ("Beiımbet Mailin", "Beyimbet Maylin"),
       1894, 1938, ("writer", "poet", "repressed"),
       "Жазушы, ақын, драматург, қазақ әңгімесінің шебері.",
       "Писатель, поэт и драматург, мастер казахского рассказа.",
       "Writer, poet and playwright, a master of the Kazakh short story."),
    _h("baiseitova", "Күләш Байсейітова", "Күләш Байсейітованың",
       "Күләш Байсейітоваға", "Куляш Байсеитова", "Куляш Байсеитовой",
       "Куляш Байсеитовой", "Kulash Baiseitova",
       ("Küläş Baiseiıtova", "Kulyash Baiseitova"),
       1912, 1957, ("singer",),
       "Опера әншісі, КСРО халық әртісі.",
       "Оперная певица, народная артистка СССР.",
       "Opera singer, People's Artist of the USSR."),
    _h("aimanov", "Шәкен Айманов", "Шәкен Аймановтың", "Шәкен Аймановқа",
       "Шакен Айманов", "Шакена Айманова", "Шакену Айманову",
       "Shaken Aimanov",
       ("Şäken Aimanov", "Shaken Aymanov"),
       1914, 1970, ("actor", "film_director"),
       "Актер, кинорежиссер, қазақ киносының негізін салушылардың бірі.",
       "Актёр и кинорежиссёр, один из основоположников казахского кино.",
       "Actor and film director, one of the founders of Kazakh cinema."),
    _h("margulan", "Әлкей Марғұлан", "Әлкей Марғұланның", "Әлкей Марғұланға",
       "Алькей Маргулан", "Алькея Маргулана", "Алькею Маргулану",
       "Alkey Margulan",
       ("Älkei Marğūlan", "Alkei Margulan"),
       1904, 1985, ("scholar", "archaeologist", "ethnographer"),
       "Археолог, тарихшы, этнограф, Қазақстан археология мектебінің негізін салушы.",
       "Археолог, историк и этнограф, основатель казахстанской археологической школы.",
       "Archaeologist, historian and ethnographer, founder of the Kazakhstan school of archaeology."),
    _h("kasym_khan", "Қасым хан", "Қасым ханның", "Қасым ханға",
       "Касым-хан", "Касым-хана", "Касым-хану", "Kasym Khan",
       ("Qasym han", "Qasim Khan"),
       1445, 1521, ("khan",),
       "Қазақ хандығының ханы, «Қасым ханның қасқа жолы» заңдарымен танымал.",
       "Хан Казахского ханства, известный сводом законов «Касым ханнын каска жолы».",
       "Khan of the Kazakh Khanate, known for the law code “Qasym Khan's Bright Road”."),
    _h("raiymbek", "Райымбек батыр", "Райымбек батырдың", "Райымбек батырға",
       "Райымбек батыр", "Райымбек батыра", "Райымбек батыру",
       "Raiymbek batyr",
       ("Raiymbek Tügelbaiūly", "Raimbek batyr"),
       1705, 1785, ("batyr", "military"),
       "Жоңғар шапқыншылығына қарсы соғыстарда қол бастаған батыр.",
       "Батыр, возглавлявший ополчение в войнах против джунгарского нашествия.",
       "Batyr who led troops in the wars against the Dzungar invasions."),
    _h("kabanbay", "Қабанбай батыр", "Қабанбай батырдың", "Қабанбай батырға",
       "Кабанбай батыр", "Кабанбай батыра", "Кабанбай батыру",
       "Kabanbay batyr",
       ("Qabanbai batyr", "Kabanbai batyr"),
       1692, 1770, ("batyr", "military"),
       "Орта жүздің батыры, жоңғарларға қарсы соғыстардың қолбасшысы.",
       "Батыр Среднего жуза, военачальник в войнах против джунгар.",
       "Batyr of the Middle Zhuz and a commander in the wars against the Dzungars."),
    _h("shokay", "Мұстафа Шоқай", "Мұстафа Шоқайдың", "Мұстафа Шоқайға",
       "Мустафа Шокай", "Мустафы Шокая", "Мустафе Шокаю", "Mustafa Shokay",
       ("Mūstafa Şoqai", "Mustafa Chokay", "Mustafa Chokaev"),
       1890, 1941, ("public_figure",),
       "Түркістан ұлт-азаттық қозғалысының қайраткері, Түркістан автономиясының басшыларының бірі.",
       "Деятель туркестанского национально-освободительного движения, один из руководителей Туркестанской автономии.",
       "Leader of the Turkestan national liberation movement and of the Turkestan Autonomy."),
    _h("kunaev", "Дінмұхамед Қонаев", "Дінмұхамед Қонаевтың",
       "Дінмұхамед Қонаевқа", "Динмухамед Кунаев", "Динмухамеда Кунаева",
       "Динмухамеду Кунаеву", "Dinmukhamed Kunaev",
       ("Dınmūhamed Qonaev", "Dinmukhamed Konayev"),
       1912, 1993, ("statesman",),
       "Ұзақ жылдар бойы Қазақ КСР-ін басқарған мемлекет қайраткері.",
       "Государственный деятель, много лет руководивший Казахской ССР.",
       "Statesman who led the Kazakh SSR for many years."),
    _h("gabdullin", "Мәлік Ғабдуллин", "Мәлік Ғабдуллиннің", "Мәлік Ғабдуллинге",
       "Малик Габдуллин", "Малика Габдуллина", "Малику Габдуллину",
       "Malik Gabdullin",
       ("Mälık Ğabdullin", "Malik Gabdullin"),
       1915, 1973, ("military", "writer", "scholar"),
       "Жазушы, ғалым, Кеңес Одағының Батыры.",
       "Писатель, учёный, Герой Советского Союза.",
       "Writer and scholar, Hero of the Soviet Union."),
    _h("khludov", "Николай Хлудов", "Николай Хлудовтың", "Николай Хлудовқа",
       "Николай Хлудов", "Николая Хлудова", "Николаю Хлудову",
       "Nikolai Khludov",
       ("Nikolay Khludov", "Н. Г. Хлудов"),
       1850, 1935, ("painter",),
       "Қазақ халқының тұрмысы мен табиғатын бейнелеген суретші, Әбілхан Қастеевтің ұстазы.",
       "Художник, запечатлевший быт и природу Казахстана, учитель Абылхана Кастеева.",
       "Painter of Kazakh everyday life and landscapes, teacher of Abylkhan Kasteyev."),
    _h("ismailova", "Гүлфайрус Исмаилова", "Гүлфайрус Исмаилованың",
       "Гүлфайрус Исмаиловаға", "Гульфайрус Исмаилова",
       "Гульфайрус Исмаиловой", "Гульфайрус Исмаиловой",
       "Gulfairus Ismailova",
       ("Gülfairus Ismailova", "Gulfairus Ismailova"),
       1929, 2013, ("painter",),
       "Суретші, театр суретшісі, «Қазақ вальсі» картинасының авторы.",
       "Живописец и театральный художник, автор картины «Казахский вальс».",
       "Painter and stage designer, author of the painting Kazakh Waltz."),
    _h("telzhanov", "Қанафия Телжанов", "Қанафия Телжановтың",
       "Қанафия Телжановқа", "Канафия Тельжанов", "Канафии Тельжанова",
       "Канафии Тельжанову", "Kanafiya Telzhanov",
       ("Qanafia Teljanov", "Kanafiya Telzhanov"),
       1927, 2013, ("painter",),
       "Кескіндемеші, Қазақ КСР халық суретшісі.",
       "Живописец, народный художник Казахской ССР.",
       "Painter, People's Artist of the Kazakh SSR."),
    _h("aitbayev", "Салихитдин Айтбаев", "Салихитдин Айтбаевтың",
       "Салихитдин Айтбаевқа", "Салихитдин Айтбаев", "Салихитдина Айтбаева",
       "Салихитдину Айтбаеву", "Salikhitdin Aitbayev",
       ("Salihitdin Aitbaev", "Salikhitdin Aytbayev"),
       1938, 1994, ("painter",),
       "Кескіндемеші, «Бақыт» картинасының авторы.",
       "Живописец, автор картины «Счастье».",
       "Painter, author of the painting Happiness."),
    _h("koshkarbayev", "Рақымжан Қошқарбаев", "Рақымжан Қошқарбаевтың",
       "Рақымжан Қошқарбаевқа", "Рахимжан Кошкарбаев", "Рахимжана Кошкарбаева",
       "Рахимжану Кошкарбаеву", "Rakhymzhan Koshkarbayev",
       ("Raqymjan Qoşqarbaev", "Rakhimzhan Koshkarbaev"),
       1924, 1988, ("military",),
       "1945 жылы Берлиндегі Рейхстагқа алғашқылардың бірі болып ту тіккен жауынгер, Халық Қаһарманы.",
       "Воин, одним из первых водрузивший знамя на Рейхстаге в Берлине в 1945 году, Халык Кахарманы.",
       "Soldier who was among the first to raise a flag on the Reichstag in Berlin in 1945; People's Hero of Kazakhstan."),
    _h("bigeldinov", "Талғат Бигелдинов", "Талғат Бигелдиновтің",
       "Талғат Бигелдиновке", "Талгат Бегельдинов", "Талгата Бегельдинова",
       "Талгату Бегельдинову", "Talgat Bigeldinov",
       ("Talğat Bigeldinov", "Talgat Begeldinov"),
       1922, 2014, ("military",),
       "Ұшқыш, екі мәрте Кеңес Одағының Батыры.",
       "Лётчик-штурмовик, дважды Герой Советского Союза.",
       "Ground-attack pilot, twice Hero of the Soviet Union."),
)

# ---------------------------------------------------------------------------
# ROLES  (role codes used by PERSONS, MAKER_NAMES and object-person links)
# ---------------------------------------------------------------------------
ROLES = {
    "maker": {"kk": "жасаушы", "ru": "изготовитель", "en": "maker"},
    "author": {"kk": "автор", "ru": "автор", "en": "author"},
    "painter": {"kk": "суретші", "ru": "художник", "en": "painter"},
    "sculptor": {"kk": "мүсінші", "ru": "скульптор", "en": "sculptor"},
    "graphic_artist": {"kk": "графика шебері", "ru": "художник-график", "en": "graphic artist"},
    "photographer": {"kk": "фотограф", "ru": "фотограф", "en": "photographer"},
    "poet": {"kk": "ақын", "ru": "поэт", "en": "poet"},
    "writer": {"kk": "жазушы", "ru": "писатель", "en": "writer"},
    "composer": {"kk": "сазгер", "ru": "композитор", "en": "composer"},
    "kuishi": {"kk": "күйші", "ru": "кюйши", "en": "kuishi (instrumental composer)"},
    "singer": {"kk": "әнші", "ru": "певец", "en": "singer"},
    "actor": {"kk": "актер", "ru": "актёр", "en": "actor"},
    "film_director": {"kk": "кинорежиссер", "ru": "кинорежиссёр", "en": "film director"},
    "scholar": {"kk": "ғалым", "ru": "учёный", "en": "scholar"},
    "ethnographer": {"kk": "этнограф", "ru": "этнограф", "en": "ethnographer"},
    "archaeologist": {"kk": "археолог", "ru": "археолог", "en": "archaeologist"},
    "philosopher": {"kk": "ойшыл", "ru": "мыслитель", "en": "philosopher"},
    "educator": {"kk": "ағартушы", "ru": "просветитель", "en": "educator"},
    "public_figure": {"kk": "қоғам қайраткері", "ru": "общественный деятель", "en": "public figure"},
    "statesman": {"kk": "мемлекет қайраткері", "ru": "государственный деятель", "en": "statesman"},
    "religious_figure": {"kk": "дін қайраткері", "ru": "религиозный деятель", "en": "religious figure"},
    "khan": {"kk": "хан", "ru": "хан", "en": "khan"},
    "bi": {"kk": "би", "ru": "бий", "en": "bi (judge)"},
    "batyr": {"kk": "батыр", "ru": "батыр", "en": "batyr (warrior hero)"},
    "military": {"kk": "әскери қайраткер", "ru": "военный деятель", "en": "military figure"},
    "repressed": {"kk": "саяси қуғын-сүргін құрбаны", "ru": "жертва политических репрессий", "en": "victim of political repression"},
    "donor": {"kk": "сыйға тартушы", "ru": "даритель", "en": "donor"},
    "collector": {"kk": "коллекционер", "ru": "коллекционер", "en": "collector"},
    "owner": {"kk": "иесі", "ru": "владелец", "en": "owner"},
    "depicted": {"kk": "бейнеленген тұлға", "ru": "изображённое лицо", "en": "depicted person"},
    "memorialised": {"kk": "еске алынатын тұлға", "ru": "увековеченное лицо", "en": "memorialised person"},
    "craftsman": {"kk": "шебер", "ru": "мастер", "en": "craftsman"},
    "jeweller": {"kk": "зергер", "ru": "ювелир", "en": "jeweller"},
    "woodcarver": {"kk": "ағаш шебері", "ru": "резчик по дереву", "en": "woodcarver"},
    "saddler": {"kk": "ерші", "ru": "седельный мастер", "en": "saddler"},
    "blacksmith": {"kk": "ұста", "ru": "кузнец", "en": "blacksmith"},
    "weaver": {"kk": "тоқымашы", "ru": "ткачиха", "en": "weaver"},
    "embroiderer": {"kk": "кестеші", "ru": "вышивальщица", "en": "embroiderer"},
    "felt_maker": {"kk": "киіз басушы", "ru": "мастер войлоковаляния", "en": "felt maker"},
    "instrument_maker": {"kk": "аспап шебері", "ru": "мастер музыкальных инструментов", "en": "instrument maker"},
    "potter": {"kk": "құмырашы", "ru": "гончар", "en": "potter"},
}


def _k(key, kk, kk_gen, ru, ru_gen, en, role, region, active_from, active_to):
    return {"key": key, "kk": kk, "kk_gen": kk_gen, "ru": ru,
            "ru_gen": ru_gen, "en": en, "role": role, "region": region,
            "active_from": active_from, "active_to": active_to}


# ---------------------------------------------------------------------------
# 11. MAKER_NAMES -- invented but realistic names of craftspeople for the
# demo (not real persons).  role is a ROLES code; active_* a year range.
# ---------------------------------------------------------------------------
MAKER_NAMES = (
    _k("tazhibayev_omar", "Омар Тәжібаев", "Омар Тәжібаевтың", "Омар Тажибаев",
       "Омара Тажибаева", "Omar Tazhibayev", "jeweller", "KZ-61", 1880, 1920),
    _k("abdrakhmanov_zhaksylyk", "Жақсылық Әбдірахманов",
       "Жақсылық Әбдірахмановтың", "Жаксылык Абдрахманов",
       "Жаксылыка Абдрахманова", "Zhaksylyk Abdrakhmanov", "woodcarver",
       "KZ-10", 1890, 1935),
    _k("bekenova_kalisa", "Қалиса Бекенова", "Қалиса Бекенованың",
       "Калиса Бекенова", "Калисы Бекеновой", "Kalisa Bekenova", "weaver",
       "KZ-47", 1900, 1950),
    _k("sarsenbaikyzy_ulzhan", "Ұлжан Сәрсенбайқызы", "Ұлжан Сәрсенбайқызының",
       "Улжан Сарсенбаева", "Улжан Сарсенбаевой", "Ulzhan Sarsenbaikyzy",
       "embroiderer", "KZ-55", 1870, 1915),
    _k("zhunisov_tolegen", "Төлеген Жүнісов", "Төлеген Жүнісовтің",
       "Тулеген Жунусов", "Тулегена Жунусова", "Tolegen Zhunisov", "saddler",
       "KZ-35", 1885, 1930),
    _k("kozhabekov_akhmetzhan", "Ахметжан Қожабеков", "Ахметжан Қожабековтің",
       "Ахметжан Кожабеков", "Ахметжана Кожабекова", "Akhmetzhan Kozhabekov",
       "blacksmith", "KZ-31", 1875, 1920),
    _k("yskakov_bakir", "Бәкір Ысқақов", "Бәкір Ысқақовтың", "Бакир Искаков",
       "Бакира Искакова", "Bakir Yskakov", "jeweller", "KZ-27", 1860, 1905),
    _k("ospanova_zeinep", "Зейнеп Оспанова", "Зейнеп Оспанованың",
       "Зейнеп Оспанова", "Зейнеп Оспановой", "Zeinep Ospanova", "felt_maker",
       "KZ-63", 1905, 1960),
    _k("alimzhanov_nurlan", "Нұрлан Әлімжанов", "Нұрлан Әлімжановтың",
       "Нурлан Алимжанов", "Нурлана Алимжанова", "Nurlan Alimzhanov",
       "instrument_maker", "KZ-75", 1960, 2015),
    _k("turlybekov_musa", "Мұса Тұрлыбеков", "Мұса Тұрлыбековтің",
       "Муса Турлыбеков", "Мусы Турлыбекова", "Musa Turlybekov", "woodcarver",
       "KZ-11", 1895, 1940),
    _k("kasymova_gulzhan", "Гүлжан Қасымова", "Гүлжан Қасымованың",
       "Гульжан Касымова", "Гульжан Касымовой", "Gulzhan Kasymova",
       "embroiderer", "KZ-43", 1920, 1975),
    _k("baizhanov_serik", "Серік Байжанов", "Серік Байжановтың",
       "Серик Байжанов", "Серика Байжанова", "Serik Baizhanov", "photographer",
       "KZ-71", 1950, 1995),
    _k("volkov_sergei", "Сергей Волков", "Сергей Волковтың", "Сергей Волков",
       "Сергея Волкова", "Sergei Volkov", "photographer", "KZ-75", 1895, 1930),
    _k("seitov_kasymkhan", "Қасымхан Сейітов", "Қасымхан Сейітовтің",
       "Касымхан Сеитов", "Касымхана Сеитова", "Kasymkhan Seitov", "jeweller",
       "KZ-15", 1880, 1925),
    _k("zhakypova_bibigul", "Бибігүл Жақыпова", "Бибігүл Жақыпованың",
       "Бибигуль Жакупова", "Бибигуль Жакуповой", "Bibigul Zhakypova",
       "weaver", "KZ-61", 1930, 1985),
    _k("nurmagambetov_dauletbai", "Дәулетбай Нұрмағамбетов",
       "Дәулетбай Нұрмағамбетовтің", "Даулетбай Нурмагамбетов",
       "Даулетбая Нурмагамбетова", "Dauletbai Nurmagambetov", "saddler",
       "KZ-23", 1870, 1915),
    _k("yermekov_sapar", "Сапар Ермеков", "Сапар Ермековтің", "Сапар Ермеков",
       "Сапара Ермекова", "Sapar Yermekov", "blacksmith", "KZ-39", 1890, 1935),
    _k("toleuova_aisha", "Айша Төлеуова", "Айша Төлеуованың", "Айша Тулеуова",
       "Айши Тулеуовой", "Aisha Toleuova", "felt_maker", "KZ-62", 1910, 1965),
    _k("smagulov_kairat", "Қайрат Смағұлов", "Қайрат Смағұловтың",
       "Кайрат Смагулов", "Кайрата Смагулова", "Kairat Smagulov", "potter",
       "KZ-79", 1970, 2020),
    _k("orazbayev_rakhym", "Рақым Оразбаев", "Рақым Оразбаевтың",
       "Рахим Оразбаев", "Рахима Оразбаева", "Rakhym Orazbayev", "potter",
       "KZ-61", 1900, 1950),
    _k("tasbolatov_zhumabek", "Жұмабек Тасболатов", "Жұмабек Тасболатовтың",
       "Жумабек Тасболатов", "Жумабека Тасболатова", "Zhumabek Tasbolatov",
       "instrument_maker", "KZ-33", 1920, 1980),
    _k("akhmetova_mariyam", "Мәриям Ахметова", "Мәриям Ахметованың",
       "Мариям Ахметова", "Мариям Ахметовой", "Mariyam Akhmetova",
       "embroiderer", "KZ-19", 1940, 1995),
    _k("bekmukhamedov_yesentai", "Есентай Бекмұхамедов",
       "Есентай Бекмұхамедовтің", "Есентай Бекмухамедов",
       "Есентая Бекмухамедова", "Yesentai Bekmukhamedov", "jeweller", "KZ-59",
       1865, 1910),
    _k("musabayev_gabit", "Ғабит Мұсабаев", "Ғабит Мұсабаевтың",
       "Габит Мусабаев", "Габита Мусабаева", "Gabit Musabayev", "woodcarver",
       "KZ-27", 1905, 1955),
    _k("ibragimova_kulpash", "Күлпаш Ибрагимова", "Күлпаш Ибрагимованың",
       "Кульпаш Ибрагимова", "Кульпаш Ибрагимовой", "Kulpash Ibragimova",
       "weaver", "KZ-31", 1925, 1980),
    _k("shaimerdenov_onalbek", "Оңалбек Шаймерденов", "Оңалбек Шаймерденовтің",
       "Оналбек Шаймерденов", "Оналбека Шаймерденова", "Onalbek Shaimerdenov",
       "saddler", "KZ-11", 1880, 1925),
    _k("abenov_talgat", "Талғат Әбенов", "Талғат Әбеновтің", "Талгат Абенов",
       "Талгата Абенова", "Talgat Abenov", "photographer", "KZ-35", 1935, 1990),
    _k("kussainov_bolat", "Болат Құсайынов", "Болат Құсайыновтың",
       "Болат Кусаинов", "Болата Кусаинова", "Bolat Kussainov", "blacksmith",
       "KZ-55", 1900, 1950),
    _k("zholdasova_nazira", "Нәзира Жолдасова", "Нәзира Жолдасованың",
       "Назира Жолдасова", "Назиры Жолдасовой", "Nazira Zholdasova",
       "felt_maker", "KZ-10", 1915, 1970),
    _k("makashev_yerzhan", "Ержан Мақашев", "Ержан Мақашевтың",
       "Ержан Макашев", "Ержана Макашева", "Yerzhan Makashev", "jeweller",
       "KZ-71", 1975, 2020),
)

# ---------------------------------------------------------------------------
# PLACEHOLDERS: every template field -> (constant, key that fills it)
# ---------------------------------------------------------------------------
PLACEHOLDERS = {
    "type_kk": ("OBJECT_TYPES", "kk"),
    "type_kk_gen": ("OBJECT_TYPES", "kk_gen"),
    "type_kk_poss": ("OBJECT_TYPES", "kk_poss"),
    "type_ru": ("OBJECT_TYPES", "ru"),
    "type_ru_gen": ("OBJECT_TYPES", "ru_gen"),
    "type_en": ("OBJECT_TYPES", "en"),
    "material_kk": ("MATERIALS", "kk_attr"),
    "material_kk_abl": ("MATERIALS", "kk_abl"),
    "material_ru_adj": ("MATERIALS", "ru_adj[<type>['ru_gender']]"),
    "material_ru_gen": ("MATERIALS", "ru_gen"),
    "material_en": ("MATERIALS", "en_adj"),
    "material_en_noun": ("MATERIALS", "en"),
    "place_kk": ("PLACES", "kk"),
    "place_kk_abl": ("PLACES", "kk_abl"),
    "place_kk_loc": ("PLACES", "kk_loc"),
    "place_ru": ("PLACES", "ru"),
    "place_ru_gen": ("PLACES", "ru_gen"),
    "place_en": ("PLACES", "en"),
    "culture_kk": ("CULTURES", "kk"),
    "culture_kk_gen": ("CULTURES", "kk_gen"),
    "culture_kk_dat": ("CULTURES", "kk_dat"),
    "culture_ru": ("CULTURES", "ru"),
    "culture_ru_gen": ("CULTURES", "ru_gen"),
    "culture_ru_dat": ("CULTURES", "ru_dat"),
    "culture_en": ("CULTURES", "en"),
    "culture_en_the": ("CULTURES", "en_the"),
    "period_kk": ("PERIODS", "kk"),
    "period_ru": ("PERIODS", "ru"),
    "period_en": ("PERIODS", "en"),
    "technique_kk": ("TECHNIQUES", "kk"),
    "technique_kk_by": ("TECHNIQUES", "kk_by"),
    "technique_ru": ("TECHNIQUES", "ru"),
    "technique_ru_gen": ("TECHNIQUES", "ru_gen"),
    "technique_en": ("TECHNIQUES", "en"),
    "ornament_kk": ("ORNAMENTS", "kk"),
    "ornament_ru": ("ORNAMENTS", "ru"),
    "ornament_en": ("ORNAMENTS", "en"),
    "ornament_symbol_kk": ("ORNAMENTS", "symbol_kk"),
    "ornament_symbol_ru": ("ORNAMENTS", "symbol_ru"),
    "ornament_symbol_en": ("ORNAMENTS", "symbol_en"),
    "person_kk": ("PERSONS", "kk"),
    "person_kk_gen": ("PERSONS", "kk_gen"),
    "person_kk_dat": ("PERSONS", "kk_dat"),
    "person_ru": ("PERSONS", "ru"),
    "person_ru_gen": ("PERSONS", "ru_gen"),
    "person_ru_dat": ("PERSONS", "ru_dat"),
    "person_en": ("PERSONS", "en"),
    "maker_kk": ("MAKER_NAMES", "kk"),
    "maker_kk_gen": ("MAKER_NAMES", "kk_gen"),
    "maker_ru": ("MAKER_NAMES", "ru"),
    "maker_ru_gen": ("MAKER_NAMES", "ru_gen"),
    "maker_en": ("MAKER_NAMES", "en"),
    "year": ("", "int supplied by the generator"),
}


# ---------------------------------------------------------------------------
# Optional helpers
# ---------------------------------------------------------------------------
def capfirst(text: str) -> str:
    """Upper-case only the first character (keeps 'Алтын Орда' intact)."""
    return text[:1].upper() + text[1:]


def template_fields(template: str) -> set:
    """Names of the {placeholders} used in a template string."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def build_context(obj_type, material=None, place=None, culture=None,
                  period=None, technique=None, person=None, maker=None,
                  ornament=None, year=None) -> dict:
    """Placeholder values for TITLE_PATTERNS / DESCRIPTION_SENTENCES.

    Pass the dicts picked from the constants above; only the parts given are
    filled, so check ``template_fields(t) <= ctx.keys()`` before formatting.
    """
    t = obj_type
    ctx = {
        "type_kk": t["kk"], "type_kk_gen": t["kk_gen"],
        "type_kk_poss": t["kk_poss"], "type_ru": t["ru"],
        "type_ru_gen": t["ru_gen"], "type_en": t["en"],
    }
    if material is not None:
        ctx.update(
            material_kk=material["kk_attr"], material_kk_abl=material["kk_abl"],
            material_ru_adj=material["ru_adj"][t["ru_gender"]],
            material_ru_gen=material["ru_gen"], material_en=material["en_adj"],
            material_en_noun=material["en"])
    if place is not None:
        ctx.update(
            place_kk=place["kk"], place_kk_abl=place["kk_abl"],
            place_kk_loc=place["kk_loc"], place_ru=place["ru"],
            place_ru_gen=place["ru_gen"], place_en=place["en"])
    if culture is not None:
        ctx.update({"culture_" + k: culture[k] for k in (
            "kk", "kk_gen", "kk_dat", "ru", "ru_gen", "ru_dat", "en", "en_the")})
    if period is not None:
        ctx.update(period_kk=period["kk"], period_ru=period["ru"],
                   period_en=period["en"])
    if technique is not None:
        ctx.update({"technique_" + k: technique[k] for k in (
            "kk", "kk_by", "ru", "ru_gen", "en")})
    if ornament is not None:
        ctx.update(
            ornament_kk=ornament["kk"], ornament_ru=ornament["ru"],
            ornament_en=ornament["en"], ornament_symbol_kk=ornament["symbol_kk"],
            ornament_symbol_ru=ornament["symbol_ru"],
            ornament_symbol_en=ornament["symbol_en"])
    if person is not None:
        ctx.update({"person_" + k: person[k] for k in (
            "kk", "kk_gen", "kk_dat", "ru", "ru_gen", "ru_dat", "en")})
    if maker is not None:
        ctx.update({"maker_" + k: maker[k] for k in (
            "kk", "kk_gen", "ru", "ru_gen", "en")})
    if year is not None:
        ctx["year"] = year
    return ctx


def render(template: str, ctx: dict) -> str:
    """Format a template and capitalise its first letter."""
    return capfirst(template.format(**ctx))


# ---------------------------------------------------------------------------
# Self-check:  python3 emuseum/demo/vocabulary.py
# ---------------------------------------------------------------------------
_KK_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
                "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") | _KK_ONLY
_LATIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Official Russian names of the 2022 regions keep Kazakh letters (domain.md).
_RU_KK_ALLOWED = ("Жетісу", "Ұлытау", "Абай")


def _letters(text):
    """Text without {placeholders} and Roman numerals, for script checks."""
    import re
    text = re.sub(r"\{[a-z_]+\}", "", text)
    return set(re.sub(r"\b[IVXLCDM]+\b", "", text))

# Kazakh suffix rules used to verify the hand-written case forms.
_BACK = set("аоұыя")
_FRONT = set("әөүіеэию")
_VOWELS = _BACK | _FRONT | {"у"}
_POSS_WORDS = ("мәдениеті", "дәуірі", "кезеңі", "хандығы", "қағанаты",
               "мемлекеті", "ауылы", "ордасы", "ұшы")


def _last_word(phrase):
    return phrase.split()[-1].split("-")[-1].lower()


def _is_poss(word):
    return word.endswith(_POSS_WORDS) or word.endswith("ұлы") or word.endswith("қызы")


def _is_back(word):
    w = word.lower()
    if w.endswith("ь"):
        return False
    if len(w) > 4 and w.endswith(("ов", "ев")):  # Russian surname suffix
        w = w[:-2]
    for i in range(len(w) - 1, -1, -1):
        ch = w[i]
        if ch in _BACK:
            return True
        if ch in _FRONT:
            return False
        if ch == "у" and i > 0 and w[i - 1] not in _VOWELS:
            return True  # "у" as a vowel ("су", "Хлудов")
    return True


def _final_class(word):
    w = word.lower().rstrip("ь")
    ch = w[-1]
    if ch in "аәеоөұүыіэяю":
        return "vowel"
    if ch in "мнң":
        return "nasal"
    if ch in "рлйуизж":
        return "sonorant"
    return "voiceless"


def _kk_suffix(phrase, case):
    word = _last_word(phrase)
    b = _is_back(word)
    if _is_poss(word):
        return {"gen": "ның" if b else "нің", "dat": "на" if b else "не",
                "loc": "нда" if b else "нде", "abl": "нан" if b else "нен"}[case]
    cls = _final_class(word)
    if case == "gen":
        s = {"vowel": "ның", "nasal": "ның", "sonorant": "дың", "voiceless": "тың"}[cls]
    elif case == "dat":
        s = "қа" if cls == "voiceless" else "ға"
    elif case == "loc":
        s = "та" if cls == "voiceless" else "да"
    else:
        s = {"vowel": "дан", "sonorant": "дан", "nasal": "нан", "voiceless": "тан"}[cls]
    if not b:
        s = s.replace("ы", "і").replace("а", "е").replace("қ", "к").replace("ғ", "г")
    return s


def _kk_poss(phrase):
    word = _last_word(phrase)
    if _is_poss(word):
        return phrase
    b = _is_back(word)
    if phrase.endswith("ь"):
        return phrase[:-1] + ("ы" if b else "і")
    if phrase[-1] in "аәеоөұүыіэяю":
        return phrase + ("сы" if b else "сі")
    alt = {"к": "г", "қ": "ғ", "п": "б"}
    return phrase[:-1] + alt.get(phrase[-1], phrase[-1]) + ("ы" if b else "і")


def _self_check():  # noqa: C901 - a flat list of assertions
    errors = []

    def err(msg):
        errors.append(msg)

    # --- museums -----------------------------------------------------------
    import re
    slug_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    slugs = [m["slug"] for m in MUSEUMS]
    if len(set(slugs)) != len(slugs):
        err("duplicate museum slugs")
    per_region = {code: 0 for code in REGION_CODES}
    for m in MUSEUMS:
        if not slug_re.match(m["slug"]):
            err("bad slug %r" % m["slug"])
        if m["region"] not in per_region:
            err("bad region %r in %s" % (m["region"], m["slug"]))
            continue
        per_region[m["region"]] += 1
        for key in ("name", "description", "city"):
            if set(m[key]) != {"kk", "ru", "en"}:
                err("%s.%s must have exactly kk/ru/en" % (m["slug"], key))
        if not (isinstance(m["address"], str) and m["address"].strip()):
            err("%s: empty address" % m["slug"])
        if not (40.5 <= m["lat"] <= 55.5 and 46.0 <= m["lon"] <= 87.5):
            err("%s: coordinates outside Kazakhstan" % m["slug"])
        if m["website"] and not m["website"].startswith("https://"):
            err("%s: website must be https" % m["slug"])
        if m["email"] and "@" not in m["email"]:
            err("%s: bad email" % m["slug"])
    if len(MUSEUMS) < 64:
        err("need at least 64 museums, have %d" % len(MUSEUMS))
    for code, n in per_region.items():
        if n < 2:
            err("region %s has %d museums" % (code, n))
    if per_region["KZ-71"] <= 2 or per_region["KZ-75"] <= 2:
        err("Astana and Almaty should have more museums")

    # --- language sanity of every string under kk*/ru*/en* keys ------------
    kk_total = kk_with_letters = 0

    def walk(obj, path):
        nonlocal kk_total, kk_with_letters
        if isinstance(obj, dict):
            for k, v in obj.items():
                if (isinstance(k, str) and isinstance(v, str)
                        and k[:2] in ("kk", "ru", "en") and k != "ru_gender"):
                    where = "%s.%s" % (path, k)
                    if not v.strip():
                        err("empty string at " + where)
                    chars = _letters(v)
                    if k.startswith("kk"):
                        kk_total += 1
                        if _KK_ONLY & chars:
                            kk_with_letters += 1
                        if _LATIN & chars:
                            err("Latin letters in Kazakh at %s: %r" % (where, v))
                    elif k.startswith("ru"):
                        ru_chars = v
                        for allowed in _RU_KK_ALLOWED:
                            ru_chars = ru_chars.replace(allowed, "")
                        if _KK_ONLY & _letters(ru_chars):
                            err("Kazakh letters in Russian at %s: %r" % (where, v))
                        if _LATIN & chars:
                            err("Latin letters in Russian at %s: %r" % (where, v))
                    elif k.startswith("en") and _CYRILLIC & chars:
                        err("Cyrillic in English at %s: %r" % (where, v))
                else:
                    walk(v, "%s.%s" % (path, k))
        elif isinstance(obj, (list, tuple)):
            for i, v in enumerate(obj):
                walk(v, "%s[%d]" % (path, i))

    for name in ("MUSEUMS", "OBJECT_TYPES", "MATERIALS", "TECHNIQUES",
                 "CULTURES", "PERIODS", "PLACES", "ORNAMENTS", "TITLE_PATTERNS",
                 "DESCRIPTION_SENTENCES", "PERSONS", "ROLES", "MAKER_NAMES"):
        walk(globals()[name], name)
    if kk_total == 0 or kk_with_letters / kk_total < 0.5:
        err("too few Kazakh strings use Kazakh letters (%d/%d)" % (kk_with_letters, kk_total))

    # --- required keys -----------------------------------------------------
    def need(items, keys, label):
        for it in items:
            missing = [k for k in keys if k not in it]
            if missing:
                err("%s %r lacks %s" % (label, it.get("code", it.get("key")), missing))

    need(OBJECT_TYPES, ("code", "kk", "kk_gen", "kk_poss", "ru", "ru_gen",
                        "ru_gender", "en", "aat", "groups", "materials",
                        "techniques"), "type")
    need(MATERIALS, ("code", "kk", "kk_attr", "kk_abl", "ru", "ru_gen", "ru_adj",
                     "en", "en_adj"), "material")
    need(PERSONS, ("key", "kk", "ru", "en", "variants", "birth", "death",
                   "roles", "description"), "person")
    for coll, label in ((OBJECT_TYPES, "type"), (MATERIALS, "material"),
                        (TECHNIQUES, "technique"), (CULTURES, "culture"),
                        (PLACES, "place"), (ORNAMENTS, "ornament"),
                        (PERIODS, "period")):
        codes = [x["code"] for x in coll]
        if len(set(codes)) != len(codes):
            err("duplicate %s codes" % label)
    for coll, label in ((PERSONS, "person"), (MAKER_NAMES, "maker")):
        keys = [x["key"] for x in coll]
        if len(set(keys)) != len(keys):
            err("duplicate %s keys" % label)

    # --- cross references --------------------------------------------------
    mat_codes = {m["code"] for m in MATERIALS}
    tech_codes = {q["code"] for q in TECHNIQUES}
    cult_codes = {c["code"] for c in CULTURES}
    all_groups = {g for t in OBJECT_TYPES for g in t["groups"]}
    kinds = {p["kind"] for p in PLACES}
    for t in OBJECT_TYPES:
        if t["ru_gender"] not in ("m", "f", "n", "pl"):
            err("type %s: bad ru_gender" % t["code"])
        for mc in t["materials"]:
            if mc not in mat_codes:
                err("type %s: unknown material %s" % (t["code"], mc))
        for tc in t["techniques"]:
            if tc not in tech_codes:
                err("type %s: unknown technique %s" % (t["code"], tc))
        if t["aat"] and not re.match(r"^300\d{6}$", t["aat"]):
            err("type %s: bad AAT id" % t["code"])
    for p in PERIODS:
        if p["earliest"] > p["latest"]:
            err("period %s: earliest > latest" % p["code"])
        if p["culture"] and p["culture"] not in cult_codes:
            err("period %s: unknown culture" % p["code"])
    for c in CULTURES:
        if c["earliest"] > c["latest"]:
            err("culture %s: earliest > latest" % c["code"])
    for p in PLACES:
        if p["region"] not in REGION_CODES:
            err("place %s: bad region" % p["code"])
    for h in PERSONS:
        for r in h["roles"]:
            if r not in ROLES:
                err("person %s: unknown role %s" % (h["key"], r))
        if not (isinstance(h["birth"], int) and isinstance(h["death"], int)
                and h["birth"] < h["death"]):
            err("person %s: bad years" % h["key"])
        if set(h["description"]) != {"kk", "ru", "en"}:
            err("person %s: description needs kk/ru/en" % h["key"])
    for k in MAKER_NAMES:
        if k["role"] not in ROLES:
            err("maker %s: unknown role" % k["key"])
        if k["region"] not in REGION_CODES:
            err("maker %s: bad region" % k["key"])
    for r, v in ROLES.items():
        if set(v) != {"kk", "ru", "en"}:
            err("role %s needs kk/ru/en" % r)
    for tpl in TITLE_PATTERNS + DESCRIPTION_SENTENCES:
        for g in tpl["applies_to"]:
            if g not in all_groups:
                err("template %s: unknown group %s" % (tpl["code"], g))
        for kind in tpl.get("place_kinds", ()):
            if kind not in kinds:
                err("template %s: unknown place kind %s" % (tpl["code"], kind))
        if not any(set(tpl["applies_to"]) & set(t["groups"]) for t in OBJECT_TYPES) \
                and tpl["applies_to"]:
            err("template %s applies to no type" % tpl["code"])

    # --- Russian adjectives ------------------------------------------------
    ends = {"m": ("ый", "ий", "ой"), "f": ("ая", "яя"), "n": ("ое", "ее"),
            "pl": ("ые", "ие")}
    for m in MATERIALS:
        for g, suffixes in ends.items():
            if not m["ru_adj"][g].endswith(suffixes):
                err("material %s: ru_adj[%s]=%r" % (m["code"], g, m["ru_adj"][g]))

    # --- Kazakh case forms -------------------------------------------------
    def check_form(base, form, case, label):
        want = base + _kk_suffix(base, case)
        if form != want:
            err("%s: %s %r != expected %r" % (label, case, form, want))

    for t in OBJECT_TYPES:
        check_form(t["kk"], t["kk_gen"], "gen", "type " + t["code"])
        if t["kk_poss"] != _kk_poss(t["kk"]):
            err("type %s: poss %r != expected %r" % (t["code"], t["kk_poss"], _kk_poss(t["kk"])))
    for m in MATERIALS:
        check_form(m["kk_attr"], m["kk_abl"], "abl", "material " + m["code"])
    for p in PLACES:
        check_form(p["kk"], p["kk_abl"], "abl", "place " + p["code"])
        check_form(p["kk"], p["kk_loc"], "loc", "place " + p["code"])
    for h in PERSONS:
        check_form(h["kk"], h["kk_gen"], "gen", "person " + h["key"])
        check_form(h["kk"], h["kk_dat"], "dat", "person " + h["key"])
    for k in MAKER_NAMES:
        check_form(k["kk"], k["kk_gen"], "gen", "maker " + k["key"])
    for c in CULTURES:
        stem = c["kk_gen"][:-3]
        check_form(stem, c["kk_gen"], "gen", "culture " + c["code"])
        check_form(stem, c["kk_dat"], "dat", "culture " + c["code"])

    # --- templates: every type x material x place combination -------------
    for tpl in TITLE_PATTERNS + DESCRIPTION_SENTENCES:
        for lang in ("kk", "ru", "en"):
            unknown = template_fields(tpl[lang]) - set(PLACEHOLDERS)
            if unknown:
                err("template %s.%s: unknown placeholders %s" % (tpl["code"], lang, unknown))
        if template_fields(tpl["kk"]) and not (
                template_fields(tpl["kk"]) | template_fields(tpl["ru"])
                | template_fields(tpl["en"])):
            err("template %s: empty" % tpl["code"])
    if errors:
        raise AssertionError("\n".join(errors))

    # Each template is formatted with every combination of the dimensions it
    # actually uses among type / material / place (the other dimensions are
    # cycled), and every value of the remaining dimensions at least once.
    bad_seq = ("  ", " ,", " .", "{", "}", "..")
    others = (CULTURES, PERIODS, TECHNIQUES, PERSONS, MAKER_NAMES, ORNAMENTS)
    n = 0

    def uses(fields, prefix):
        return any(f.startswith(prefix) for f in fields)

    def check(code, tpl, ctx):
        try:
            out = render(tpl, ctx)
        except (KeyError, IndexError, ValueError) as exc:
            raise AssertionError("template %s failed: %r" % (code, exc))
        if any(q in out for q in bad_seq) or out != out.strip() or not out:
            raise AssertionError("template %s rendered badly: %r" % (code, out))

    for tpl in TITLE_PATTERNS + DESCRIPTION_SENTENCES:
        for lang in ("kk", "ru", "en"):
            fields = template_fields(tpl[lang])
            types = OBJECT_TYPES
            mats = MATERIALS if uses(fields, "material_") else MATERIALS[:1]
            places = PLACES if uses(fields, "place_") else PLACES[:1]
            for ti, t in enumerate(types):
                for mi, m in enumerate(mats):
                    for pi, p in enumerate(places):
                        i = ti + mi + pi
                        c, per, q, h, k, o = (coll[i % len(coll)] for coll in others)
                        ctx = build_context(t, m, p, c, per, q, h, k, o, 1900 + i % 120)
                        check(tpl["code"], tpl[lang], ctx)
                        n += 1
            for coll_i, coll in enumerate(others):
                for item in coll:
                    args = [CULTURES[0], PERIODS[0], TECHNIQUES[0], PERSONS[0],
                            MAKER_NAMES[0], ORNAMENTS[0]]
                    args[coll_i] = item
                    ctx = build_context(OBJECT_TYPES[0], MATERIALS[0], PLACES[0],
                                        *args, year=1975)
                    check(tpl["code"], tpl[lang], ctx)
                    n += 1
    return n, kk_with_letters, kk_total, per_region


if __name__ == "__main__":
    import random

    rendered, kk_letters, kk_strings, regions = _self_check()
    print("MUSEUMS:", len(MUSEUMS), "over", len(regions), "regions",
          "(min %d per region, Astana %d, Almaty %d)"
          % (min(regions.values()), regions["KZ-71"], regions["KZ-75"]))
    for name in ("OBJECT_TYPES", "MATERIALS", "TECHNIQUES", "CULTURES",
                 "PERIODS", "PLACES", "ORNAMENTS", "TITLE_PATTERNS",
                 "DESCRIPTION_SENTENCES", "PERSONS", "ROLES", "MAKER_NAMES"):
        print("%s: %d" % (name, len(globals()[name])))
    print("templates rendered:", rendered)
    print("kk strings with Kazakh-specific letters: %d/%d" % (kk_letters, kk_strings))

    rng = random.Random(7)
    print("\nSamples:")
    by_code = {m["code"]: m for m in MATERIALS}
    tech = {q["code"]: q for q in TECHNIQUES}
    for _ in range(6):
        t = rng.choice(OBJECT_TYPES)
        m = by_code[rng.choice(t["materials"])]
        q = tech[rng.choice(t["techniques"])] if t["techniques"] else TECHNIQUES[0]
        per = rng.choice(PERIODS)
        c = next(c for c in CULTURES if c["code"] == per["culture"])
        ctx = build_context(t, m, rng.choice(PLACES), c, per, q,
                            rng.choice(PERSONS), rng.choice(MAKER_NAMES),
                            rng.choice(ORNAMENTS), rng.randint(1950, 2023))
        titles = [p for p in TITLE_PATTERNS
                  if not p["applies_to"] or set(p["applies_to"]) & set(t["groups"])]
        sents = [s for s in DESCRIPTION_SENTENCES
                 if not s["applies_to"] or set(s["applies_to"]) & set(t["groups"])]
        title = rng.choice(titles)
        chosen = rng.sample(sents, min(3, len(sents)))
        for lang in ("kk", "ru", "en"):
            print("  [%s] %s | %s" % (lang, render(title[lang], ctx),
                                      " ".join(render(s[lang], ctx) for s in chosen)))
        print()
    print("OK")
