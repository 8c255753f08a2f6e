#!/usr/bin/env python3
"""Generates data/places/places.tsv, the gazetteer figcheck embeds beneath its rule pack:

  - China's provinces, prefecture-level divisions and counties, with part_of, from the npm
    package china-division (MIT; its LICENSE is kept in data/places/);
  - the world's countries by their Chinese names, from Debian's iso-codes (ISO 3166-1 with the
    zh_CN translation; LGPL-2.1-or-later, notice in data/places/);
  - the regions of data/places/regions.tsv (groupings news names as places: 长三角, 东盟 …).

Places that rules/entities.yaml already names keep its id (the pack's readable ids win), and the
names it gives are not repeated. A name that two divisions share (朝阳区 is in two cities) becomes
one place without part_of: it still says "a place other than the article's default", which is
what attribution most needs to know. Short names (长春 for 长春市) are written only where they are
unambiguous and not an ordinary word (data/places/short_names_excluded.tsv).

Usage: scripts/generate_places.py [--package DIR]   (DIR: an unpacked china-division; without
it, `npm pack china-division@VERSION` fetches one into a temporary folder)."""
import argparse
import collections
import gettext
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "places"
PACKAGE_VERSION = "2.7.0"
ISO_JSON = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
# China's own territories are divisions of the country, not countries.
ISO_SKIPPED = {"CN", "HK", "MO", "TW"}
# Placeholder nodes of the municipalities (市辖区, 县) and 省直辖… groupings hold counties directly.
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
MIN_COUNTY_CHARS = 3  # 东区, 南区: a direction, not a name, when read alone


def fetch_package(version):
    folder = pathlib.Path(tempfile.mkdtemp(prefix="china-division-"))
    subprocess.run(["npm", "pack", f"china-division@{version}", "--silent"], cwd=folder,
                   check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(next(folder.glob("*.tgz"))) as archive:
        archive.extractall(folder, filter="data")
    return folder / "package"


def read_tsv(path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def pack_entities():
    """The hand-written pack: id by full name, and every name it already uses."""
    entities = yaml.safe_load((ROOT / "rules" / "entities.yaml").read_text(encoding="utf-8"))
    by_name, taken = {}, set()
    for entity in entities["entities"]:
        for name in entity["names"]:
            by_name.setdefault(name, entity["id"])
            taken.add(name)
    return by_name, taken


def short_name(full, level):
    """长春市 → 长春, 大兴安岭地区 → 大兴安岭; empty when none is safe to write."""
    for suffix, min_chars in (("市", 2), ("地区", 3), ("盟", 3)):
        if level == "city" and full.endswith(suffix):
            short = full[: -len(suffix)]
            return short if len(short) >= min_chars else ""
    return ""


class Gazetteer:
    def __init__(self, pack_by_name, pack_names, excluded_short):
        self.pack_by_name = pack_by_name
        self.taken = set(pack_names)
        self.excluded_short = excluded_short
        self.places = []  # dicts: id, level, names, part_of

    def division_places(self, provinces):
        """Provinces, prefectures and counties in code order; names shared by two divisions
        are collected apart."""
        found = []
        for province in provinces:
            province_id = self.pack_by_name.get(province["name"], f"cn-{province['code']}")
            found.append((province_id, "province", province["name"], "china"))
            for city in province.get("children", []):
                parent = province_id
                if city["name"] not in PLACEHOLDER_CITIES:
                    parent = self.pack_by_name.get(city["name"], f"cn-{city['code']}")
                    found.append((parent, "city", city["name"], province_id))
                for county in city.get("children", []):
                    county_id = self.pack_by_name.get(county["name"], f"cn-{county['code']}")
                    found.append((county_id, "district", county["name"], parent))
        return found

    def add_divisions(self, provinces):
        found = self.division_places(provinces)
        count = collections.Counter(name for _, _, name, _ in found)
        shared = set()
        for place_id, level, name, parent in found:
            if level == "district" and len(name) < MIN_COUNTY_CHARS:
                continue
            if count[name] > 1:
                shared.add((name, level))
                continue
            self.add(place_id, level, [name], parent)
        for name, level in sorted(shared):
            self.add(name, level, [name], "")
        short_counts = collections.Counter(short_name(p["names"][0], p["level"]) for p in self.places)
        for place in self.places:
            short = short_name(place["names"][0], place["level"])
            if short and short_counts[short] == 1 and short not in self.excluded_short:
                if short not in self.taken:
                    place["names"].append(short)
                    self.taken.add(short)

    def add(self, place_id, level, names, part_of):
        names = [n for n in names if n not in self.taken]
        if not names or place_id in self.pack_by_name.values():
            return
        self.taken.update(names)
        self.places.append({"id": place_id, "level": level, "names": names, "part_of": part_of})

    def add_countries(self, excluded):
        translation = gettext.translation("iso_3166-1", localedir="/usr/share/locale",
                                          languages=["zh_CN"])
        countries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
        for country in countries:
            if country["alpha_2"] in ISO_SKIPPED:
                continue
            names = []
            for field in ("common_name", "name", "official_name"):
                if field in country:
                    chinese = translation.gettext(country[field])
                    if chinese != country[field] and chinese not in names:
                        names.append(chinese)
            names = [n for n in names if n not in excluded]
            self.add(f"iso-{country['alpha_2'].lower()}", "country", names, "")

    def add_regions(self, rows):
        for region_id, part_of, *names in rows:
            self.add(region_id, "other", [n for n in names if n], part_of)


def render(places, version):
    """One place per line: id, level, part_of (or empty), names joined by |."""
    lines = [
        "# Generated by scripts/generate_places.py: do not edit. Places figcheck knows beneath its",
        f"# pack: China's divisions from china-division {version} (MIT, LICENSE.china-division),",
        "# countries from iso-codes (LGPL-2.1-or-later, NOTICE), and regions.tsv.",
        "# id, level, part_of, names: tab-separated, | between names, the first the display name",
    ]
    for p in places:
        lines.append("\t".join([p["id"], p["level"], p["part_of"], "|".join(p["names"])]))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=pathlib.Path)
    args = parser.parse_args()
    package = args.package or fetch_package(PACKAGE_VERSION)
    version = json.loads((package / "package.json").read_text())["version"]
    provinces = json.loads((package / "dist" / "pca-code.json").read_text(encoding="utf-8"))
    pack_by_name, pack_names = pack_entities()
    excluded_short = {row[0] for row in read_tsv(DATA / "short_names_excluded.tsv")}
    gazetteer = Gazetteer(pack_by_name, pack_names, excluded_short)
    gazetteer.add_regions(read_tsv(DATA / "regions.tsv"))
    gazetteer.add_divisions(provinces)
    gazetteer.add_countries(excluded_short)
    (DATA / "places.tsv").write_text(render(gazetteer.places, version), encoding="utf-8")
    (DATA / "LICENSE.china-division").write_text(
        (package / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    print(f"data/places/places.tsv: {len(gazetteer.places)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
