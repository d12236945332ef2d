"""Case write-ups: layouts from the corpus as small examples, and every rendering against the gold."""
import re

import pytest

from conftest import CORPUS, FORMATS, STEMS, gold, needs_corpus, needs_gold, read

from qlcli.extract.cases import extract_cases
from qlcli.extract.meta import extract_meta
from qlcli.model import DocMeta
from qlcli.normalize import RawBlock, build_document


def squash(s):
    return re.sub(r"\s", "", s or "")


def doc_of(*lines):
    return build_document([RawBlock("paragraph", t) for t in lines], doc_id="x", path="x", file_name="x",
                          format="txt")


BODY = "龙塔街道鲁能西路社区坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党的二十大精神，通过五个举措为社区注入动力。"

# dev examples: (lines, [(unit, title)])
EXAMPLES = [
    # 000: title line, unit line, body, numbered sections
    (["五廉驱动  激活社区“廉”动力", "龙塔街道鲁能西路社区", BODY, "一、改革动因", "（一）社区党建引领作用发挥不够。这些年……"],
     [("龙塔街道鲁能西路社区", "五廉驱动  激活社区“廉”动力")]),
    # two cases one after the other
    (["码头建设 清廉同行", "洛碛镇幸福村", BODY, "民主议事协商 清廉促进治理", "石船镇石龙村", "一、改革动因", BODY],
     [("洛碛镇幸福村", "码头建设 清廉同行"), ("石船镇石龙村", "民主议事协商 清廉促进治理")]),
    # 003: a table of contents names the unit; the body repeats only the title
    (["1. 党建引领微单元“365”分类治理", "——崇州市…………………………3", "2. 推行“1357”治理模式  提升村民自治能力",
      "——米易县…………………………7", "党建引领微单元“365”分类治理", BODY, "推行“1357”治理模式  提升村民自治能力", BODY],
     [("崇州市", "党建引领微单元“365”分类治理"), ("米易县", "推行“1357”治理模式  提升村民自治能力")]),
    # bugs caught: a collection whose titles carry 案例一： and whose unit lines start with a dash
    (["案例一：“三清”工作法激活乡村治理新动能", "——衢州市柯城区九华乡妙源村", "一、基本情况", BODY,
      "案例二：“码上监督”让小微权力晒在阳光下", "——衢州市江山市石门镇清湖村", "一、基本情况", BODY],
     [("衢州市柯城区九华乡妙源村", "“三清”工作法激活乡村治理新动能"), ("衢州市江山市石门镇清湖村", "“码上监督”让小微权力晒在阳光下")]),
    # bugs caught: a short first paragraph after the unit line
    (["清风护航 “廉”动乡村振兴", "——丽水市莲都区碧湖镇堰头村", "堰头村现有村民小组9个，常住人口2100余人，党员86名。", BODY],
     [("丽水市莲都区碧湖镇堰头村", "清风护航 “廉”动乡村振兴")]),
    # bugs caught (heldout2): 案例一 alone, the unit in brackets, a label (【基本情况】) opening the text
    (["案例一", "“村务e监督”让小微权力晒在阳光下", "（连州市西岸镇冲口村）", "【基本情况】", BODY,
      "案例二", "小积分撬动社区治理大文章", "（清城区凤城街道北门社区）", "【基本情况】", BODY],
     [("连州市西岸镇冲口村", "“村务e监督”让小微权力晒在阳光下"), ("清城区凤城街道北门社区", "小积分撬动社区治理大文章")]),
    # … unit and title on one numbered heading, a county as well as a village
    (["一、遵义市播州区枫香镇花茂村：以“积分制”激发村民自治活力", BODY, "二、湄潭县：“寨管家”打通基层治理最后一公里", BODY],
     [("遵义市播州区枫香镇花茂村", "以“积分制”激发村民自治活力"), ("湄潭县", "“寨管家”打通基层治理最后一公里")]),
    # … the same after a bracketed label: 【案例一】unit：title
    (["【案例一】光泽县寨里镇山头村：“清单+流程”管住小微权力", BODY, "【案例二】建阳区潭城街道童游社区：“社区廉管家”守护居民“钱袋子”", BODY],
     [("光泽县寨里镇山头村", "“清单+流程”管住小微权力"), ("建阳区潭城街道童游社区", "“社区廉管家”守护居民“钱袋子”")]),
    # … title——unit on one line
    (["“三清”工作法激活乡村治理新动能——衢州市柯城区九华乡妙源村", BODY, "“码上监督”让小微权力晒在阳光下——江山市石门镇清湖村", BODY],
     [("衢州市柯城区九华乡妙源村", "“三清”工作法激活乡村治理新动能"), ("江山市石门镇清湖村", "“码上监督”让小微权力晒在阳光下")]),
    # bugs caught (heldout2 round 2): cases numbered （一）, unit lines labelled 供稿单位： naming a committee
    (["（一）“一榜三单”晒出清廉底色", "供稿单位：花垣县双龙镇十八洞村", BODY,
      "（二）苗寨“寨规”里的清风正气", "供稿单位：凤凰县廖家桥镇菖蒲塘村村民委员会", BODY],
     [("花垣县双龙镇十八洞村", "“一榜三单”晒出清廉底色"), ("凤凰县廖家桥镇菖蒲塘村", "苗寨“寨规”里的清风正气")]),
    # … but a list's group line （四）霍邱县（1个） above a unit is no case title
    (["（四）霍邱县（1个）", "城关镇东湖社区居委会", "（五）叶集区（1个）", "史河街道宏图社区", BODY], []),
    # … but a list grouped by area (渝北区：A村、B村) is not a collection, nor one such heading alone
    (["2023年度示范村名单", "渝北区：木耳镇金刚村、大盛镇青龙村", "綦江区：通惠街道新街子社区", BODY], []),
    (["一、遵义市播州区枫香镇花茂村：以“积分制”激发村民自治活力", BODY], []),
    # bugs caught (heldout2 round 3, zj_yiwu_case): a document that is one case: unit：title is its first
    # line (not numbered 一、), its sections follow
    (["义乌市后宅街道李祖村：“三大清单”管权 “两个机制”强基", "一、基本情况", BODY, "二、主要做法", BODY],
     [("义乌市后宅街道李祖村", "“三大清单”管权 “两个机制”强基")]),
    # bugs caught (genoutcomes2, hn_yueyang_cases): 案例一：unit——title, the unit a village or a town
    (["案例一：平江县三市镇黄金村——“三张单”管住村干部“微权力”", BODY, "案例二：湘阴县樟树镇——“廉心驿站”覆盖全镇村居", BODY,
      "案例三：岳阳县张谷英镇张谷英村——以家风涵养清风", BODY],
     [("平江县三市镇黄金村", "“三张单”管住村干部“微权力”"), ("湘阴县樟树镇", "“廉心驿站”覆盖全镇村居"),
      ("岳阳县张谷英镇张谷英村", "以家风涵养清风")]),
    # … when both sides of —— end like a unit, the one that reads as a place's name is the unit
    (["建设美丽宜居乡村——永丰县佐龙乡赤岭村", BODY, "石桥镇东岳村——打造清廉示范村", BODY],
     [("永丰县佐龙乡赤岭村", "建设美丽宜居乡村"), ("石桥镇东岳村", "打造清廉示范村")]),
    # bugs caught (gen5o, gz_zunyi_cases): the case text opens with a line of prose ending in ： (a list follows)
    (["案例一：正安县安场镇光明村——“四个一”规范小微权力运行", "光明村聚焦小微权力监督，探索推行“四个一”工作法：",
      "一张清单明权责：梳理村级小微权力事项32项，编制权力清单；",
      "案例二：汇川区高坪街道高坪社区——“五个到位”打造清廉社区", "高坪社区以“五个到位”推动清廉社区建设：", "组织领导到位；"],
     [("正安县安场镇光明村", "“四个一”规范小微权力运行"), ("汇川区高坪街道高坪社区", "“五个到位”打造清廉社区")]),
    # an award list is not a case: its lines are unit names, not a body
    (["2023年度清廉村居建设区级标杆单位名单", "龙塔街道鲁能西路社区", "木耳镇金刚村", "王家街道玉峰山村"], []),
    # a section heading followed by a unit name is not a case title
    (["一、具体举措", "木耳镇金刚村", BODY], []),
]


@pytest.mark.parametrize("lines,want", EXAMPLES)
def test_case_layouts(lines, want, lex):
    doc = doc_of(*lines)
    got = [(c.unit, c.title) for c in extract_cases(doc, DocMeta(doc_type="case_collection"), [], lex)]
    assert got == want


def test_case_spans_cover_the_case_text(lex):
    doc = doc_of(*EXAMPLES[1][0])
    first, second = extract_cases(doc, DocMeta(), [], lex)
    assert doc.text[first.start:first.end].startswith("码头建设") and "石船镇" not in doc.text[first.start:first.end]
    assert doc.text[second.start:second.end].startswith("民主议事协商") and second.end == len(doc.text)


def test_news_gives_no_cases(lex):
    doc = doc_of(*EXAMPLES[0][0])
    assert extract_cases(doc, DocMeta(doc_type="news"), [], lex) == []


@needs_corpus
@needs_gold
@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_match_gold(stem, fmt, lex):
    doc = read(stem, fmt)
    got = [(squash(c.unit), squash(c.title)) for c in extract_cases(doc, extract_meta(doc, lex), [], lex)]
    assert got == [(squash(c["unit"]), squash(c["title"])) for c in gold(stem)["cases"]]


@needs_corpus
def test_each_case_file_is_one_case_with_its_sections(lex):
    from qlcli.readers import read_document

    for path in sorted((CORPUS / "cases").glob("*.docx")):
        doc = read_document(path)
        cases = extract_cases(doc, extract_meta(doc, lex), [], lex)
        assert len(cases) == 1, path.name
        assert cases[0].sections.split(";")[0] == "改革动因"


def test_unit_and_task_headings_of_a_plan_are_not_cases(lex):
    lines = ["（一）新街子社区：建立村务公开“三色”预警机制", BODY, "（二）通惠街道：推行小微权力清单制度", BODY]
    assert extract_cases(doc_of(*lines), DocMeta(doc_type="plan"), [], lex) == []
