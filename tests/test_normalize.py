"""Normalisation: (raw text → normalised text) examples taken from the corpus and its renderings."""
import pytest

from qlcli.normalize import RawBlock, build_document, clean_inline, detect_traditional, is_noise

CLEAN = [
    # dev examples: what PDF text layers and Word exports do to these documents
    ("重 庆 市 渝 北 区 民 政 局", "重庆市渝北区民政局"),
    ("渝北民〔2024〕8 号", "渝北民〔2024〕8号"),
    ("整改非农化土地 260 余亩", "整改非农化土地260余亩"),
    ("覆盖率显著提升至 92.5 %", "覆盖率显著提升至92.5%"),
    ("附件 1", "附件1"),
    ("关于公布渝北区 2023 年度清廉村居建设评估结果的通知", "关于公布渝北区2023年度清廉村居建设评估结果的通知"),
    ("[bookmark: _Hlk155964619]一是创新“三个一”工作法", "一是创新“三个一”工作法"),
    ("２０２３年度", "2023年度"),
    ("满意度达９５％", "满意度达95%"),
    # tests/real r274: the small form of the percent sign (全村森林覆蓋率為36.78﹪)
    ("全村森林覆盖率为36.78﹪", "全村森林覆盖率为36.78%"),
    ("清廉村居¹建设", "清廉村居建设"),
    ("清廉村居[1]建设", "清廉村居建设"),
    # kept as written: spaces between words, punctuation of either width
    ("重庆市渝北区民政局 重庆市渝北区农业农村委《关于", "重庆市渝北区民政局 重庆市渝北区农业农村委《关于"),
    ("来源:红网 作者:张英 王伟 编辑:宋芳 2022-12-09 18:08:40", "来源:红网 作者:张英 王伟 编辑:宋芳 2022-12-09 18:08:40"),
    # bugs caught: a date before the next label of a web page keeps its space
    ("发布时间：2024-05-20 来源：绵阳日报", "发布时间：2024-05-20 来源：绵阳日报"),
    ("五廉驱动  激活社区“廉”动力", "五廉驱动  激活社区“廉”动力"),
    ("关于印发《四川省乡村治理体系建设试点成果清单(第一批)》的通知",
     "关于印发《四川省乡村治理体系建设试点成果清单(第一批)》的通知"),
    # bugs caught (r044, r108, and 16 more real Traditional web copies): a pinyin reading after a
    # character split 溫水鎮(zhèn) and made 促進鄉(xiāng)村振興 read as a town 促進鄉
    ("促進鄉(xiāng)村振興、推動新農(nóng)村建設", "促進鄉村振興、推動新農村建設"),
    ("臨沂市沂水縣高莊鎮(zhèn)以“公開促廉”為目標", "臨沂市沂水縣高莊鎮以“公開促廉”為目標"),
    # r036: a span of years written with a small hyphen (2010﹣2017年) reads as one with "-"
    ("纳入2010﹣2017年中国美丽休闲乡村监测合格名单", "纳入2010-2017年中国美丽休闲乡村监测合格名单"),
    # r039: a site's labelled and bare glosses
    ("福建省漳(拼音:zhāng)浦县大埔村", "福建省漳浦县大埔村"), ("厦门(繁体:門)市海沧区青礁村", "厦门市海沧区青礁村"),
    ("厦门市翔安区qū 金柄村", "厦门市翔安区金柄村"), ("港口[读:kǒu]海口镇", "港口海口镇"), ("自然[rán]生态", "自然生态"),
    ("和{pinyin:hé}以人为本", "和以人为本"), ("是闻(繁:聞)名", "是闻名"), ("福清市牛【niú】宅村", "福清市牛宅村"),
    # … but not a bracket of plain letters or a code
    ("附件(pdf)", "附件(pdf)"), ("标准(a)", "标准(a)"), ("清单(第一批)", "清单(第一批)"),
    # r149: a forum's watermark of short ASCII runs, glued before, after or between names
    ("城固县:原公镇青龙寺村、桔园镇郭家山村* \\9 L2 R7 O! ~' @! Z& T9 F", "城固县:原公镇青龙寺村、桔园镇郭家山村"),
    ("# {, s5 Z8 V4 I\" e4 e 第一批国家森林乡村汉中入选名单# y\" u3 m\" \\; T", "第一批国家森林乡村汉中入选名单"),
    ("/ j& d0 g6 _# W) d) T+ J# | 城固县:莲花街道办莲花池村8 o% b) p( x: m& K8 b1 \\", "城固县:莲花街道办莲花池村"),
    # … but not a table row of figures, a date and time, a code
    ("情景模拟 | 91% | 76% | 67% |", "情景模拟 | 91% | 76% | 67% |"), ("2022-12-19 10:54", "2022-12-19 10:54"),
    ("网站支持IPV6", "网站支持IPV6"),
]


@pytest.mark.parametrize("raw,want", CLEAN)
def test_clean_inline(raw, want):
    assert clean_inline(raw) == want


@pytest.mark.parametrize("line", ["— 3 —", "- 12 -", "—1—", "清风.png", "12清廉小课堂.jpg", "", "   "])
def test_noise_lines_are_dropped(line):
    assert is_noise(line)


@pytest.mark.parametrize("line", ["3", "一、指导思想", "附件1", "龙塔街道鲁能西路社区", "2023年7月17日"])
def test_content_lines_are_kept(line):
    assert not is_noise(line)


def test_offsets_point_into_the_text():
    doc = build_document([RawBlock("paragraph", "附件 1"), RawBlock("paragraph", "— 3 —"),
                          RawBlock("paragraph", "龙塔街道鲁能西路社区")], doc_id="d", path="d", file_name="d", format="txt")
    assert doc.text == "附件1\n龙塔街道鲁能西路社区"
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == b.text


TRADITIONAL = ("龍塔街道魯能西路社區堅持以黨建引領，通過「黨建引廉、民主促廉、監督管廉、問效強廉、文化育廉」五個舉措，"
               "為社區建設發展注入「廉」動力。村集體經濟收入達25.8萬元。")


def test_traditional_documents_are_converted_for_matching_and_keep_their_text():
    assert detect_traditional(TRADITIONAL)
    doc = build_document([RawBlock("paragraph", TRADITIONAL)], doc_id="t", path="t", file_name="t", format="txt")
    assert doc.script == "traditional"
    assert "龙塔街道鲁能西路社区" in doc.text and "党建引廉" in doc.text and "25.8万元" in doc.text
    assert len(doc.text) == len(doc.original) and doc.original == TRADITIONAL
    assert doc.display(0, 4) == "龍塔街道"


def test_simplified_documents_are_not_converted():
    assert not detect_traditional("龙塔街道鲁能西路社区坚持以党建引领，通过“党建引廉、民主促廉、监督管廉”等举措，为社区建设发展注入动力。")
