"""Places read with the gazetteer: real sentences from tests/real (file named beside each) and the
corpus documents end to end. Each row is (sentence → what the gazetteer reading must give)."""
from __future__ import annotations

from pathlib import Path

import pytest

from qlcli.evaluate import same_region
from qlcli.extract.places import areas_in, gazetteer
from qlcli.extract.area_names import full_region, region_in
from qlcli.extract.plausible_names import plausible_units
from qlcli.extract.unit_places import resolve_units
from qlcli.lexicon import load
from qlcli.model import Unit
from qlcli.pipeline import extract_all
from qlcli.readers import read_document

ROOT = Path(__file__).parent
LEX = load()

# (sentence, the area it speaks for, or None) — the lead sentences and titles of real stories
REGION_IN = [
    # r107: a word glued before the county (如果平湖市) — the gazetteer knows where the name starts
    ("如果平湖市政府的领导想看看所辖的137个村当天花了什么钱", "平湖市"),
    # r014: a chain that goes on to a village: its town is the village's address
    ("近日,一场廉洁文化书画作品展在铜仁市石阡县龙塘镇困牛山村中心广场举行", "铜仁市石阡县"),
    # r045: province, city, county, town, village
    ("9月5日一大早,在四川省广元市苍溪县陵江镇六河村村委会", "四川省广元市苍溪县"),
    # r040: a city's short form followed by a number
    ("近日国家林业和草原局发布了第二批国家森林乡村名单其中,盐城20个村被列其中", "盐城"),
    # r099: an autonomous prefecture's short form with 州
    ("6月1日,阿坝州纪委、阿坝州监察委员会通报4起关于扶贫领域违纪违规典型案件", "阿坝州"),
    # r002 (traditional, converted): a province-level city's short form
    ("重庆两个乡镇、二十个村入选!第三批全国乡村治理示范村镇创建公示名单公布", "重庆"),
    # r116: city and county short forms chained before a village
    ("近年来,位于宁波宁海的岭口村以干群同心汇聚清廉合力", "宁波宁海"),
    # bugs caught: no place where a word starts elsewhere (文明村镇 holds the town 明村镇)
    ("第七届全国文明村镇拟命名名单公示", None),
    # r057: one example among several
    ("近期,青海等地通报多起农村集体“三资”领域典型案例", None),
    # r044: a name ends where a word does (促进乡村振兴 holds no town 促进乡)
    ("“清廉村居”创建作为促进乡村振兴、推动新农村建设的重要抓手,温水镇纪委高度重视", "温水镇"),
    # r150: a functional zone the gazetteer lacks (…经济区), and a town under it, after a province
    ("近年来,贵州双龙航空港经济区小碧乡坚持党建引领,按照“一村一业”“一村一策”的发展思路", "贵州双龙航空港经济区小碧乡"),
    # r168 (2015): a county by its name before it became a city (宁乡县, 宁乡市 since 2017), then a venue
    ("昨日上午,宁乡县农村基层党风廉政建设专项监督检查工作在白马桥乡仁福村展开", "宁乡县"),
    # r208: the segmenter glues the town to the next word (田园镇德馨安置区); the chain above it ends a word
    ("村规民约,群众安居乐业,产业蓬勃发展……走进保山市昌宁县田园镇德馨安置区,一幅幅乡村振兴美丽图景正徐徐展开", "保山市昌宁县"),
    # r274: the segmenter glues a town's suffix to the organ after it (板桥 | 乡政府): the town still ends there
    ("中心村位于板桥乡政府的中部,距政府驻地1.5公里", "板桥乡"),
]


def test_a_county_answers_to_its_former_name():
    gz = gazetteer(LEX)
    assert [gz.names[i] for i in gz.ids("宁乡县")] == ["宁乡市"]  # china_location_change.txt: 2017 rename
    assert [gz.names[i] for i in gz.ids("余姚县")] == ["余姚市"]  # 县改市 (1985), short form + 县
    assert [gz.names[i] for i in gz.ids("长沙县")] == ["长沙县"]  # a county that holds the name keeps it


@pytest.mark.parametrize("text, want", REGION_IN)
def test_region_in_real_sentences(text, want):
    meta = LEX.section("meta")
    got = region_in(text, LEX, media=tuple(meta["source_name_suffixes"] + meta["area_example_marks"]), prefer_full=True)
    assert (got[0] if got else None) == want


def test_a_paper_named_after_a_province_is_no_region():
    # r087, r055: bylines 湖南日报全媒体记者, 湖北日报全媒记者
    assert region_in("湖北日报全媒记者 杨宏斌 实习生 谭琦", LEX, media=("日报",)) is None
    assert region_in("四川在线记者 王丽", LEX, media=("在线",)) is None
    assert region_in("四川在线记者 王丽", LEX) is not None


def test_areas_in_reads_whole_chains():
    areas = areas_in("在重庆市渝北区龙塔街道鲁能西路社区", LEX, villages=True)
    assert [a.parts for a in areas] == [["重庆市", "渝北区", "龙塔街道", "鲁能西路社区"]]
    assert areas[0].places[0].adcode == "500112"


def _unit(name, village, kind="村", **parts):
    return Unit(unit=name, village=village, kind=kind, **parts)


def test_a_written_chain_is_exact_and_completed():
    u = _unit("龙塔街道鲁能西路社区", "鲁能西路社区", "社区", town="龙塔街道")
    resolve_units([u], None, "", LEX)
    assert (u.resolution, u.adcode, u.province, u.county) == ("exact", "500112", "重庆市", "渝北区")


def test_a_common_village_name_is_ambiguous_without_context():
    u = _unit("石龙村", "石龙村")  # 117 villages of China are called 石龙村
    resolve_units([u], None, "", LEX)
    assert (u.resolution, u.adcode, u.county) == ("ambiguous", "", None)


def test_the_document_places_a_common_village_name():
    u = _unit("石龙村", "石龙村")
    resolve_units([u], "剑川县", "剑川县沙溪镇的石龙村", LEX)
    assert (u.resolution, u.county, u.town) == ("context", "剑川县", "沙溪镇")
    assert u.adcode.startswith("5329")


def test_a_village_whose_town_was_merged_keeps_its_county():
    # corpus 003: 崇州市廖家镇全兴村 (the gazetteer still has it under 崇平镇)
    u = _unit("崇州市廖家镇全兴村", "全兴村", county="崇州市", town="廖家镇")
    resolve_units([u], "四川省", "", LEX)
    assert (u.resolution, u.adcode, u.town) == ("context", "510184", "廖家镇")


def test_a_village_the_gazetteer_lacks_is_kept_and_flagged():
    u = _unit("米易县撒莲镇禹王宫村", "禹王宫村", county="米易县", town="撒莲镇")  # corpus 003
    warnings = resolve_units([u], None, "", LEX)
    assert u.resolution == "unknown" and u.adcode == ""
    assert [w.kind for w in warnings] == ["unknown_place"]


def test_a_user_gazetteer_adds_a_new_village(tmp_path):
    f = tmp_path / "places.toml"
    f.write_text('[places]\nadd = ["四川省/攀枝花市/米易县/撒莲镇/禹王宫村"]\n', encoding="utf-8")
    lex = load((str(f),))
    u = _unit("米易县撒莲镇禹王宫村", "禹王宫村", county="米易县", town="撒莲镇")
    resolve_units([u], None, "", lex)
    assert (u.resolution, u.province) == ("exact", "四川省")
    plain = _unit("米易县撒莲镇禹王宫村", "禹王宫村", county="米易县", town="撒莲镇")
    resolve_units([plain], None, "", LEX)  # the package's gazetteer is left as the data has it
    assert plain.resolution == "unknown"


# bugs caught: verb + 社区 read as a community (r060 制定社区…, r059 实施社区…); a phrase that opens with
# a verb, adverb, adjective or conjunction (r104 要么跑村委会问, r054 听著村党支部书记, r048 北庭镇重大村务)
# or a scope (r047 全乡总村数), or one common noun (r059 全镇廉政建设的样板社区, r037 特色民俗村, r098 发包给时任村监会委员); real names kept,
# new ones too (加义社区), and the gazetteer's even where they are words (幸福村, 民主村)
@pytest.mark.parametrize("name, village, sentence, kept", [
    ("制定社区", None, "", False), ("实施社区", None, "", False), ("厘清社区", None, "", False),
    ("要么跑村", None, "有啥新政策,要么跑村委会问", False), ("北庭镇重大村", "重大村", "", False),
    ("样板社区", None, "努力打造成为全镇廉政建设的样板社区,为各项社会", False),
    ("民俗村", None, "惠安县大岞村为特色民俗村", False), ("时任村", None, "项目发包给时任村监会委员叶爱成", False),
    ("全乡总村", None, "占到全乡总村数的70%以上", False),
    ("现代新村", None, "该名单分为历史古村、特色民居村、现代新村、特色民俗村等类型。", False),  # r037: kinds
    ("历史古村", None, "原标题:官方推介120个最美休闲乡村 包括历史古村等4类", False),  # r140: a kind, counted
    ("加义社区", None, "", True), ("幸福村", None, "", True), ("民主村", None, "建设的民主村", True),
    ("礁石村", None, "嘉积镇：新民社区、礁石村", True), ("北庭镇古城村", "古城村", "", True),
    ("长板桥社区", None, "", True)])
def test_plausible_units(name, village, sentence, kept):
    u = _unit(name, village or name, "社区" if name.endswith("社区") else "村")
    u.sentence = sentence
    other = _unit("新民社区", "新民社区", "社区")
    assert (u in plausible_units([u, other], LEX)) is kept


def test_region_full():
    assert full_region("渝北区", [], LEX) == "重庆市渝北区"
    assert full_region("重庆市綦江区通惠街道", [], LEX) == "重庆市綦江区通惠街道"  # a town newer than the data
    assert full_region("城关镇", [], LEX) is None  # hundreds of them


def test_region_full_needs_most_of_the_villages():
    # r274: one of ten villages found under one of eight 板桥乡 (四川省仪陇县) is chance, not the town
    ex = extract_all(read_document(str(ROOT / "real/dev/r274_gz_zhijin_zhongxin_trad.txt")), LEX)
    assert (ex.meta.doc_type, ex.meta.region, ex.meta.region_full) == ("other", "板桥乡", None)


def test_same_region_follows_the_schema():
    assert same_region("浙江省桐乡市", "桐乡市") and same_region("古南街道", "綦江区古南街道")
    assert not same_region("神农架林区松柏镇", "神农架林区松柏") and not same_region(None, "桐乡市")


def test_traditional_script_story_region_and_units():
    ex = extract_all(read_document(str(ROOT / "real/dev/r100_yn_taoyuan_trad.txt")), LEX)
    assert ex.meta.region_full == "云南省大理白族自治州剑川县"
    assert [(u.adcode, u.resolution) for u in ex.units if u.village == "桃源村"] == [("532931", "exact")]


def test_corpus_units_resolve_to_the_right_codes():
    """≥95 % of the corpus documents' units are exact or context, the 渝北区 ones all under 500112."""
    units = []
    for name in ["000_058f1ec3c92ba178.txt", "001_9bea1109a6fc303f.txt", "002_e141ba01a0ffc756.txt",
                 "003_877b769c8b1d723a.txt", "004_e661d1e8b408d5f6.txt"]:
        path = next(ROOT.glob(f"corpus/**/{name}"))
        units += extract_all(read_document(str(path)), LEX).units
    settled = [u for u in units if u.resolution in ("exact", "context") and u.adcode]
    assert len(settled) >= 0.95 * len(units) and len(units) >= 30
    yubei = [u for u in units if u.county == "渝北区"]
    assert len(yubei) >= 21 and all(u.adcode == "500112" for u in yubei)


def _units_of(tmp_path, text):
    f = tmp_path / "doc.txt"
    f.write_text(text, encoding="utf-8")
    return [u.unit for u in extract_all(read_document(str(f)), LEX).units]


# (real sentence, a unit that must be found, a unit that must not) — boundaries set by the gazetteer
FIT = [
    # r055: a phrase glued before the chain
    ("4月8日,在清廉村居建设省级典型村鄂州市蒲团乡石竹村,村民陈海燕在“村民议事厅”门口碰到村党支部书记。",
     "鄂州市蒲团乡石竹村", "清廉村居建设省级典型村鄂州市蒲团乡石竹村"),
    # r123: a phrase glued before the village
    ("重庆市民政局、市纪委、綦江区级相关部门、古南街道多次到花坝村考察、指导。", "花坝村", "古南街道多次到花坝村"),
    # r092: a village the suffix rules let pass (花园 is a common word), under its written town
    ("我市金湖县吕良镇花园村、盱眙县黄花塘镇黄花塘村入选第八批“全国民主法治示范村(社区)”。",
     "金湖县吕良镇花园村", None),
    # (r098 北山镇仁村村 stays cut short: the 2019 data has no 仁村村 under 青田县北山镇)
    # r015: the first half of a name the data lacks is not cut off
    ("5、吉林省松原市查干湖渔乐新村", "吉林省松原市查干湖渔乐新村", "新村"),
    # r002, r040: a functional zone administered as a county (admin.toml county_suffixes)
    ("入選的示范村包括:重慶高新區白市驛鎮海龍村、萬盛經開區萬東鎮五和村。", "万盛经开区万东镇五和村", "万东镇五和村"),
    ("坎北街道吕滩村\n\n滨海港经济区友谊村\n", "滨海港经济区友谊村", "友谊村"),
    # r015: a chain of gazetteer areas (西双版纳 with no suffix), then a village the data lacks, as a
    # whole list line
    ("6、福建省南平市水南村\n7、云南省西双版纳景洪市曼远村\n8、浙江省丽水市洞背村", "云南省西双版纳景洪市曼远村", None),
    # r004: a list line whose town writes 街道 short (Tianjin's 万新街道 as 万新街), the village under it
    ("天津市拟推荐申报第八批“全国民主法治示范\n村(社区)”名单\n东丽区万新街香邑花园社区\n津南区双新街万盈家园社区\n蓟州区文昌街道龙港社区",
     "东丽区万新街香邑花园社区", None),
    # r031: a county written without its suffix (曾都) above a town: the written chain replaces the
    # one the suffix rules read with the region's city as context (何店镇桂华村 under 随州市)
    ('近日,第三屆全省“百佳村民委員會(huì)”“百佳社區(qū)居民委員會(huì)”和社區(qū)建設(shè)先進(jìn)工作者評(píng)選結(jié)果公布,隨州市有4個(gè)村、3個(gè)社區(qū)和3名工作者獲得表彰。'
     "\n" '隨州市獲評(píng)第三屆全省“百佳村民委員會(huì)”的4個(gè)村分別為:隨縣澴潭鎮(zhèn)柏樹(shù)灣村村民委員會(huì)、廣水十里街道觀音村村民委員會(huì)、曾都何店鎮(zhèn)桂華村村民委員會(huì)、曾都淅河鎮(zhèn)先覺(jué)廟村村民委員會(huì)。', "曾都何店镇桂华村", "何店镇桂华村"),
]


@pytest.mark.parametrize("text, want, not_want", FIT)
def test_units_fit_the_gazetteer(tmp_path, text, want, not_want):
    units = _units_of(tmp_path, text)
    assert want in units
    assert not_want is None or not_want not in units


# an area read by suffix rules loses the words before its name (r107, r072); a plain name stays
@pytest.mark.parametrize("name, want", [("如果平湖市", "平湖市"), ("但麦镇", "麦镇"), ("在分水镇", "分水镇"),
                                        ("夹江县", "夹江县"), ("全县", "全县")])
def test_strip_predicates(name, want):
    from qlcli.extract.area_names import strip_predicates

    assert strip_predicates(name, LEX) == want
