"""Units: sentences from the corpus → the units they name, false friends, and bugs caught.

Each example is (lines of a document, [(name, town, village, kind)]) with the units in order of
first mention. Names are the longest form the lines write (SCHEMA.md).
"""
from pathlib import Path

import pytest

from qlcli.extract.mentions import find_mentions, resolve, written_forms
from qlcli.extract.name_parts import area_of_line, names_in_line, parse_area, parse_name
from qlcli.extract.units import extract_units
from qlcli.model import DocMeta
from qlcli.normalize import RawBlock, build_document


def doc_of(*lines):
    return build_document([RawBlock("paragraph", t) for t in lines], doc_id="x", path="x", file_name="x",
                          format="txt")


def units_of(lex, *lines, region=None):
    return extract_units(doc_of(*lines), lex, DocMeta(region=region))


def rows(units):
    return [(u.unit, u.town, u.village, u.kind) for u in units]


# --- dev examples: real sentences and lines of the corpus ---------------------------------------
DEV = [
    # 000: the body names the first unit of each list
    (["经认真研判并报清廉重庆建设渝北分专班领导同意，评选出了龙塔街道鲁能西路社区等8个村居为2023年度清廉村居建设区级标杆单位，"
      "双龙湖街道观音岩路社区等8个村居为2023年度清廉村居建设区级优秀单位、回兴街道金兰路社区等5个村居为2023年度清廉村居建设区级合格单位。"],
     [("龙塔街道鲁能西路社区", "龙塔街道", "鲁能西路社区", "社区"), ("双龙湖街道观音岩路社区", "双龙湖街道", "观音岩路社区", "社区"),
      ("回兴街道金兰路社区", "回兴街道", "金兰路社区", "社区")]),
    # 000: list lines, one name each
    (["2023年度清廉村居建设区级标杆单位名单", "龙塔街道鲁能西路社区", "木耳镇金刚村", "王家街道玉峰山村", "石船镇石龙村"],
     [("龙塔街道鲁能西路社区", "龙塔街道", "鲁能西路社区", "社区"), ("木耳镇金刚村", "木耳镇", "金刚村", "村"),
      ("王家街道玉峰山村", "王家街道", "玉峰山村", "村"), ("石船镇石龙村", "石船镇", "石龙村", "村")]),
    # 000: a numbered list of cases: the unit starts the title
    (["7.洛碛镇幸福村码头建设清廉同行", "8.石船镇石龙村民主议事协商，清廉促进治理"],
     [("洛碛镇幸福村", "洛碛镇", "幸福村", "村"), ("石船镇石龙村", "石船镇", "石龙村", "村")]),
    # 000: a short form later refers back to the long one
    (["清廉护航集体经济再上新台阶", "木耳镇金刚村", "木耳镇金刚村自开展清廉村居建设以来，助推了村级集体经济发展。",
      "金刚村实现近两年来村干部违法违纪、损害群众利益案件、到市进京上访“零发生”。"],
     [("木耳镇金刚村", "木耳镇", "金刚村", "村")]),
    # 002: the town is written before 的
    (["位于古丈县红石林镇的龙天坪村,下辖10个村民小组,共529户1582人。", "龙天坪村的村干部在上“清廉党课”。"],
     [("龙天坪村", "红石林镇", "龙天坪村", "村")]),
    # 003: 该镇 refers to the town of the paragraph; 小河村 is named beside 井田村
    (["三堆镇位于广元市利州区西北部,距中心城区35公里,幅员面积225平方公里,辖14个村(社区),总人口3.45万。"
      "该镇井田村成功创建为全省首批乡村治理示范村,小河村创建为市级城乡基层治理示范村。"],
     [("井田村", "三堆镇", "井田村", "村"), ("小河村", "三堆镇", "小河村", "村")]),
    # 003: table-of-contents entries and a case header
    (["6. “一领四动”促乡村善治", "——崇州市廖家镇全兴村…………………………………22",
      "——德阳市罗江区金山镇安家村…………………………57", "米易县撒莲镇禹王宫村:", "禹王宫村坚持党建引领统领乡村治理。"],
     [("崇州市廖家镇全兴村", "廖家镇", "全兴村", "村"), ("德阳市罗江区金山镇安家村", "金山镇", "安家村", "村"),
      ("米易县撒莲镇禹王宫村", "撒莲镇", "禹王宫村", "村")]),
    # 004: a county before the town; the short form and 村民 right after a name
    (["初秋,渝北区木耳镇金刚村。几场秋雨过后,气温骤降。", "在金刚村的蝶变中,社会工作发挥了重要作用。",
      "这样的一幕,经常在渝北区茨竹镇放牛坪村上演。", "群众是基层社会治理的主要力量,放牛坪村民“积分制”坚持自治、法治、德治“三治合一”。"],
     [("渝北区木耳镇金刚村", "木耳镇", "金刚村", "村"), ("渝北区茨竹镇放牛坪村", "茨竹镇", "放牛坪村", "村")]),
    # 004: a photo caption
    (["大盛镇青龙村“畅晚庭”村民议事 摄/游梅"], [("大盛镇青龙村", "大盛镇", "青龙村", "村")]),
]


@pytest.mark.parametrize("lines,want", DEV)
def test_dev_examples(lines, want, lex):
    assert rows(units_of(lex, *lines)) == want


# --- false friends: words built on 村/社区 and names that merely contain 村 or 镇 -------------------
FALSE_FRIENDS = [
    "全村产业发展步入快车道,村集体经济发展蹚出新路子。",                       # 002: 全村, 村集体
    "有的村干部在发展集体经济发展时缺乏照章办事意识,导致村民利益受损。",          # 000: 村干部, 村民
    "二是村级小微权力清单不明确、运行不规范、监督不到位。",                        # 000: 村级
    "很难想象几年前的金刚是一个典型的贫穷落后山区“空壳村”。",                     # 004: a label in quotes
    "经研究，指前镇决定授予上述4个村“2018年度农村综合考核优胜村”荣誉称号。",       # r030: a quoted honour's head
    "一道道的风景线,绘就了一幅诗意新农村的美丽画卷。",                             # 004: 新农村
    "所有村(社区)建立起议事会、红白理事会、道德评议会等自治载体。",                 # 004: 村(社区)
    "在街道13个村居推广“清廉村居”活动,率先打造“清廉社区”。",                     # 001: 村居, 清廉社区
    "1.龙塔街道鲁能西路社区五廉驱动，激活社区“廉”动力",                            # 000: 激活社区 (the unit is real)
    "深化基层党建与社区治理深度融合。",                                             # 社区治理
    "成功创建“全国民主法治示范村(社区)”2个。",                                     # 003: 示范村
    "2019年建成崇州市唯一一处全面介绍崇州红色历史的文化走廊,同年被评为崇州市十佳示范村。",  # 003
    "全镇新创成省级平安村1个、市级平安村4个、县级平安村2个。",                       # 003
    "同时,依托村级红白理事会,整合基层事务处理资源,吸纳乡土人才,建立村议事协商会。",     # 003: 建立村…
    "坚持抓乡促村,加强乡镇领导班子队伍建设。",                                       # 003
    "实现“小事不出组、大事不出村”的治理成效。",                                       # 003
    "累计创建国家级文明村(社区)1个、省级文明村(社区)32个。",                          # 003
    "该村党支部书记说,村里的变化很大。",                                              # 该村
    "推动治理和服务中心下移、资源下沉,持续深化街道社区“大党委”机制。",                  # 001: 街道社区
    "按照石船镇一村一品的思路，石船镇各村都建起了产业园。",                              # 一村一品, 各村
    "城市社区和农村社区同步推进，本村和他村互相学习。",                                  # 和 before a one-character run
    "今年新建村级服务中心3个，其中，示范村服务中心运行最早。",                            # no name after 其中
    "在美丽乡村建设中，在全村推行“阳光村务”，在村委会门口设立公示栏。",               # 在 before a word, not a name
    "村里的事大家商量，在村党支部书记带领下修通了路。",                                   # 在 before 村党支部书记
]


@pytest.mark.parametrize("line", FALSE_FRIENDS)
def test_false_friends_name_no_unit(line, lex):
    want = [("龙塔街道鲁能西路社区", "龙塔街道", "鲁能西路社区", "社区")] if "鲁能西路" in line else []
    assert rows(units_of(lex, line)) == want


# --- bugs caught ----------------------------------------------------------------------------
BUGS = [
    # r242: a chain whose last 村 is inside a word running on (古村落) ends no name the gazetteer lacks
    (["湖南省纪委近日在永州市江永县夏层铺镇上甘棠村举行挂牌仪式。", "上甘棠村是湖南省千年古村落之一,至今已有1240余年的历史。"],
     [("永州市江永县夏层铺镇上甘棠村", "夏层铺镇", "上甘棠村", "村")]),
    # r240: a bare name before 负责人 is an office-holder's, as before 党支部书记
    (["“居务公开栏的内容,我们社区正常是一季度更新一次。”机场社区负责人如是说。"], [("机场社区", None, "机场社区", "社区")]),
    # r214: a whole quote in a run of quoted honours ending in 荣誉称号 is an honour's name, not a unit
    (["2021年以来,该村先后获得“全国民主法治示范村”“河北省健康村”“衡水市文明村镇”等多项荣誉称号。"], []),
    # r213: a demonstrative starts no name (这个小山村)
    (["如今,这个小山村由内而外都透着美丽。"], []),
    # r208: 村组干部 ("village and group cadres") after a county names no village
    (["近年来,昌宁县纪委监委紧盯村组干部履职情况,下沉一线开展监督检查,推动其廉洁履职、担当作为。"], []),
    # r170: a village's standing (富裕村, as 贫困村) is no name, even in a paragraph that writes a town
    (["山西省晋城市城区北石店镇刘家川村毗邻大型煤企晋煤集团,交通便利,地势平坦,水甘土沃。2006年以前一直是当地的富裕村,“方圆几里地,俺们村是最早建了成片住宅楼的。"],
     [("山西省晋城市城区北石店镇刘家川村", "北石店镇", "刘家川村", "村")]),
    # 旗 is a county suffix (自治旗), but here the 旗 belongs to the community's name
    (["龙山街道旗龙路社区"], [("龙山街道旗龙路社区", "龙山街道", "旗龙路社区", "社区")]),
    # the second 村 of 村村民 / 村村委会 does not end another unit
    (["王家街道玉峰山村村民受传统生活方式的影响。", "木耳镇金刚村村委会新貌 摄/汪春瑛"],
     [("王家街道玉峰山村", "王家街道", "玉峰山村", "村"), ("木耳镇金刚村", "木耳镇", "金刚村", "村")]),
    # towns and counties that contain 村 or 镇 (DOMAIN.md traps)
    (["许村镇新建村召开村民大会。"], [("许村镇新建村", "许村镇", "新建村", "村")]),
    (["新村乡红旗村、镇平县石佛寺镇八一村和镇江市丹徒区十里铺村都来学习。"],
     [("新村乡红旗村", "新村乡", "红旗村", "村"), ("镇平县石佛寺镇八一村", "石佛寺镇", "八一村", "村"),
      ("镇江市丹徒区十里铺村", None, "十里铺村", "村")]),
    # a one-character village under its town; a county-level city before a 街道
    (["浙江省湖州市安吉县天荒坪镇余村是“两山”理念诞生地。"], [("浙江省湖州市安吉县天荒坪镇余村", "天荒坪镇", "余村", "村")]),
    (["桐乡市高桥街道越丰村推行“三治融合”。"], [("桐乡市高桥街道越丰村", "高桥街道", "越丰村", "村")]),
    # a community committee: the unit is the community
    (["江北区观音桥街道建北社区居委会积极开展活动。"], [("江北区观音桥街道建北社区", "观音桥街道", "建北社区", "社区")]),
    # a verb before a bare name is not part of it; a name said twice needs no other cue
    (["我们走进团结村，看到村民正在议事。团结村党支部书记介绍说。"], [("团结村", None, "团结村", "村")]),
    # names enumerated together vouch for each other
    (["全县评选出团结村、红旗村和幸福社区等3个村（社区）为示范点。"],
     [("团结村", None, "团结村", "村"), ("红旗村", None, "红旗村", "村"), ("幸福社区", None, "幸福社区", "社区")]),
    # compounds after a bare 村 (村道), a town after 所在地, a verb of one character before a town
    (["近日，记者走进桐庐县江南镇环溪村，只见村道整洁。"], [("桐庐县江南镇环溪村", "江南镇", "环溪村", "村")]),
    (["县城所在地城关镇东关村积极探索。"], [("城关镇东关村", "城关镇", "东关村", "村")]),
    (["市纪委监委调研组赴石船镇石龙村调研清廉村居建设。"], [("石船镇石龙村", "石船镇", "石龙村", "村")]),
    # a town earlier in the sentence vouches for a bare name after it
    (["在杭州市余杭区良渚街道，港南村的村务公开栏前围满了村民。"], [("港南村", "良渚街道", "港南村", "村")]),
    # 评定 before a name is a verb, not part of it (heldout2, a star-rating notice)
    (["经市级联合考评，评定安海镇前埔村等2个村（社区）为五星级清廉村居。"], [("安海镇前埔村", "安海镇", "前埔村", "村")]),
    # a one-character village 新村 under its town is a name; alone it stays a word (新农村, 新村建设)
    (["龙泉镇新村党支部推行“四议两公开”。", "全镇新村建设有序推进。"], [("龙泉镇新村", "龙泉镇", "新村", "村")]),
    # a quoted label that is not a name: “渝快社区”小程序 (000)
    (["通过公众号、微信群、电子屏、“渝快社区”小程序、村民会议、公示栏等渠道公开。", "积极推广渝快政、渝快社区小程序。"], []),
    # heldout2 round 2: towns named for a people are long (恩和俄罗斯族民族乡, 敖鲁古雅鄂温克族乡); 恩和 ends in 和
    (["恩和俄罗斯族民族乡恩和村", "敖鲁古雅鄂温克族乡敖鲁古雅社区", "东乌珠尔苏木巴彦乌拉嘎查"],
     [("恩和俄罗斯族民族乡恩和村", "恩和俄罗斯族民族乡", "恩和村", "村"),
      ("敖鲁古雅鄂温克族乡敖鲁古雅社区", "敖鲁古雅鄂温克族乡", "敖鲁古雅社区", "社区"),
      ("东乌珠尔苏木巴彦乌拉嘎查", "东乌珠尔苏木", "巴彦乌拉嘎查", "村")]),
    # … a list line numbered 二、 or （二） is an area line, not text
    (["二、陈巴尔虎旗（2个）", "鄂温克民族苏木白音哈达嘎查"],
     [("鄂温克民族苏木白音哈达嘎查", "鄂温克民族苏木", "白音哈达嘎查", "村")]),
    # … a one-character town (派镇, 坎乡) under its county
    (["米林市派镇索松村发展乡村旅游。"], [("米林市派镇索松村", "派镇", "索松村", "村")]),
    # … the committee written after the name: the unit is the village (村委会, 村民委员会, 社区居民委员会)
    (["孙扎齐牛录村村委会", "依拉齐牛录村村民委员会", "城南社区居民委员会", "东街居委会"],
     [("孙扎齐牛录村", None, "孙扎齐牛录村", "村"), ("依拉齐牛录村", None, "依拉齐牛录村", "村"),
      ("城南社区", None, "城南社区", "社区"), ("东街居委会", None, "东街居委会", "社区")]),
    # … a note in brackets after a name: 两村 there counts villages, it is no name
    (["桐庐县富春江镇石舍村（原石舍、芦茨两村合并）"], [("桐庐县富春江镇石舍村", "富春江镇", "石舍村", "村")]),
    # heldout2 round 3 (hn_liuyang_notice): a village named for its town ends in 市 (文家市村), another in 联:
    # on a list line they are names, and the whole line no longer drops out
    (["2023年度浏阳市“清廉村居”建设示范村（社区）名单", "大瑶镇：南阳村、杨花村", "文家市镇：文家市村、玉泉村", "官渡镇：竹联村"],
     [("南阳村", "大瑶镇", "南阳村", "村"), ("杨花村", "大瑶镇", "杨花村", "村"), ("文家市村", "文家市镇", "文家市村", "村"),
      ("玉泉村", "文家市镇", "玉泉村", "村"), ("竹联村", "官渡镇", "竹联村", "村")]),
    # … (gd_shunde_news) a town whose name ends in 从 (乐从镇); the title writes 顺德 without 区, and the
    # body's 佛山市顺德区乐从镇 says where 乐从 starts (the title gave 镇沙滘社区 before)
    (["顺德乐从镇沙滘社区：“五治”并进 打造清廉社区新样板", "来源：佛山日报 2024年5月21日",
      "在佛山市顺德区乐从镇沙滘社区，一栋栋岭南风格的骑楼与现代商住楼交错，5.6万名常住居民在这里生活。"],
     [("佛山市顺德区乐从镇沙滘社区", "乐从镇", "沙滘社区", "社区")]),
    # genoutcomes2 (sd_yishui_village): 相邻的 before a bare name says it is a village nearby
    (["桃棵子村的经验也带动了周边。相邻的上峪村借鉴其做法，今年已梳理权力事项25项。"],
     [("上峪村", None, "上峪村", "村")]),
    # … (js_shuyang_cases) 护航强村富民 is a slogan, not a village 护航强村, though the contents repeat it
    (["案例一 “四廉同心”护航强村富民——韩山镇周圈村……1", "案例一 “四廉同心”护航强村富民", "沭阳县韩山镇周圈村"],
     [("沭阳县韩山镇周圈村", "韩山镇", "周圈村", "村")]),
    # genoutcomes2 (gd_dabu_compare): 和 joins two villages; the second has a one-character name (莒村)
    (["大埔县湖寮镇的黎家坪村和莒村隔河相望。"],
     [("黎家坪村", "湖寮镇", "黎家坪村", "村"), ("莒村", "湖寮镇", "莒村", "村")]),

    # … (sc_jiajiang_village) 村级 is "village-level" even after a county, and 去年 is a time word
    (["据统计，夹江县去年村级信访总量同比下降18.6%。"], []),
    # … (hn_yueyang_cases) a paragraph led by its town: a bare name in it is one of the town's villages
    (["樟树镇在全镇13个村（社区）建成“廉心驿站”，每个驿站明确1名联络员。其中，文谊新村驿站运行最早，已累计接待群众1200余人次。"],
     [("文谊新村", "樟树镇", "文谊新村", "村")]),
    # bugs caught (heldout2 round 4, a 通报's criticism): the run went on past the name to 村务
    (["河口镇李家村因村务公开不到位被通报批评。"], [("河口镇李家村", "河口镇", "李家村", "村")]),
    # bugs caught (gen5u, a county news story): a village named once, bare, opening a clause with 在 …
    (["在伍家台村，茶叶合作社的分红方案经村民代表大会讨论通过后张榜公示。"], [("伍家台村", None, "伍家台村", "村")]),
    # … or with its party secretary after it
    (["“过去村干部说了算，现在是村民说了算。”洞坪村党支部书记向明华告诉记者。"], [("洞坪村", None, "洞坪村", "村")]),
    # … a community named for a 新村 (育才新村社区), on a list line grouped by 片区 (no area)
    (["第二片区：育才新村社区居委会、金桥社区居委会"],
     [("育才新村社区", None, "育才新村社区", "社区"), ("金桥社区", None, "金桥社区", "社区")]),
    # bugs caught (tests/real r015): a village named in brackets right after its town
    (["陕西省延安市延川县梁家河村、河北省邯郸市峰峰矿区响堂水镇(东和村)等十个乡村获评“2017中国十大最美乡村”。"],
     [("陕西省延安市延川县梁家河村", None, "梁家河村", "村"), ("东和村", "响堂水镇", "东和村", "村")]),
    # bugs caught (tests/real r155, r156): 我市 before a chain is no part of it; a list item after 、 may start
    # with a character that is elsewhere a function word (都御坪社区)
    (["其中,我市驿城区西园街道文明路社区居民委员会获全国先进基层群众性自治组织称号。"],
     [("驿城区西园街道文明路社区", "西园街道", "文明路社区", "社区")]),
]


# bugs caught in tests/real dev documents, read as ingest does (names fitted to the gazetteer, then
# the implausible dropped): (lines) → units
FITTED_BUGS = [
    # r250: 村委 is the village committee, no name's end (从二楼搬迁至村委一楼); r252: a clause read as a chain
    # whose parts the gazetteer lacks holds 在, which no name holds (委员会在街道党工委和社区)
    (open(Path(__file__).parent / "real" / "dev" / "r250_zj_beilun_jiancha.txt", encoding="utf-8").read().splitlines(),
     [("宁波市北仑区柴桥街道沙溪村", "柴桥街道", "沙溪村", "村")]),
    (["居民监督委员会在街道党工委和社区党总支的领导下开展工作。"], []),
    # r245: a county read by its suffix that is no gazetteer name but ends with one (我老家武義縣) starts
    # where the name does; a bare name ending in that village (時任縣后村) is the village again
    (["2011年初,我老家武義縣柳城鎮縣后村村兩委換屆選舉非常熱鬧。", "時任縣后村村委會主任"],
     [("武义县柳城镇县后村", "柳城镇", "县后村", "村")]),
    # r039: … but a city's short form before the county is the city (沈阳法库县 stays whole)
    (["沈阳法库县四家子蒙古族乡公主岭村入选。"],
     [("沈阳法库县四家子蒙古族乡公主岭村", "四家子蒙古族乡", "公主岭村", "村")]),
    # r248: a name under its whole chain, city to town, is a place though its first word reads as a verb
    # (岞山); a town's own word after it (…绥安镇下辖村) is none
    (["潍坊市坊子区太保庄街道岞山村", "入选第三批全国乡村治理示范村"],
     [("潍坊市坊子区太保庄街道岞山村", "太保庄街道", "岞山村", "村")]),
    (["福建漳州漳浦县绥安镇下辖村有哪些?"], []),
    # r161: a town, then 村民 (沂水縣高莊鎮(zhèn)村民們) is no village named after the town
    (["每天吃過晚飯,沂水縣高莊鎮(zhèn)村民們總喜歡聚到村清廉村居廣場(chǎng)上。"], []),
    # r162: a hamlet after its community (富民社区下村) is inside the community, which is the unit;
    # 与 joins two things, never inside a name (树木与下村)
    (["走进楚雄市鹿城镇富民社区下村,进村的一条清风路深深吸引眼球。", "富民社区下村清风路",
      "路边整齐的树木与下村清廉村居的基础设施相呼应,清廉文化在这里蔚然成风。"],
     [("楚雄市鹿城镇富民社区", "鹿城镇", "富民社区", "社区")]),
    # r108: a list after 以 (以高莊村、門莊村作為試點): 以 is never part of the first name; r163: a run
    # opening with a classifier (是个纯农业山村) is no name
    (["高莊鎮(zhèn)全面落實開展村級重大事項“四議兩公開”民主決策程序,制定清廉村居條例,以高莊村、門莊村作為試點,以點帶面厚植清廉文化。"],
     [("高庄村", "高庄镇", "高庄村", "村"), ("门庄村", "高庄镇", "门庄村", "村")]),
    (["基本农田3300亩,是个纯农业山村。"], []),
    # a sweep of gazetteer chains through a sentence frame (bench of names, not of phrasings): a town cut
    # short at the start of a sentence (站镇姜家村) yields to the gazetteer's chain, never stays beside it
    (["毛都站镇姜家村党支部书记介绍,今年以来村里新修道路3公里。"], [("毛都站镇姜家村", "毛都站镇", "姜家村", "村")]),
    # … and 包 ends a name under its town after another character (白音敖包嘎查; 241 gazetteer villages end 包村),
    # while a one-character base is a word (各乡镇包村干部, 镇和村两级)
    (["近日,记者走进新巴尔虎左旗阿木古郎镇白音敖包嘎查,只见村道干净整洁。", "全县各乡镇包村干部深入一线,落实镇和村两级责任。"],
     [("新巴尔虎左旗阿木古郎镇白音敖包嘎查", "阿木古郎镇", "白音敖包嘎查", "村")]),
    # … a 嘎查 is a village wherever it stands (in a 、-run too), and a zone's longest suffix wins
    # (太仓经济开发区, not 济开发区 after the 经 no name holds)
    (["我市以下村榜上有名：太仓市城厢镇东林村、科尔沁左翼中旗舍伯吐镇舍伯吐东嘎查。", "近日,记者走进太仓经济开发区华盛园社区,只见"],
     [("太仓市城厢镇东林村", "城厢镇", "东林村", "村"), ("科尔沁左翼中旗舍伯吐镇舍伯吐东嘎查", "舍伯吐镇", "舍伯吐东嘎查", "村"),
      ("太仓经济开发区华盛园社区", None, "华盛园社区", "社区")]),
    # … and a name written alone that the gazetteer holds under the town written just before it is that
    # town's village (在…何集镇，熊桥村的村民们…), a cue the suffix rules alone lack
    (["在逊克县奇克镇，前进村的村民们正在议事。"], [("前进村", "奇克镇", "前进村", "村")]),
    # r257: a town part that is a gazetteer town and another town-shaped piece is a phrase (珠海市驻长坡镇帮镇扶村
    # 工作队: 驻长坡镇 + 帮镇), while a town with an office word after it (勉阳街道办, r149) stays
    (["10月20日,高州市长坡镇大石冲村的黄婆婆早早便约上邻居。", "“阿婆,放心选!”珠海市驻长坡镇帮镇扶村工作队工作人员一边协助村干部打理货架一边说。"],
     [("高州市长坡镇大石冲村", "长坡镇", "大石冲村", "村")]),
    # r258: a bare name the gazetteer holds under the county of another unit of the document is a village
    # (吉林省通榆县复兴村 … 明兴村的沈佳然), though nothing else cues it
    (["杨玉林家住吉林省通榆县复兴村,县里为每家每户发了积分卡。", "明兴村的沈佳然今年高考考上一所大学,按规定奖励5000积分。"],
     [("吉林省通榆县复兴村", None, "复兴村", "村"), ("明兴村", None, "明兴村", "村")]),
    # r268: a quote that goes on past the name into a kind of community is an honour's words, though the
    # gazetteer holds a 和谐社区 in 河南省 (“河南省和谐社区建设示范社区”, “幸福社区”试点社区)
    (["郾城区沙北街道昆侖社區等7個社區被命名為“河南省和諧社區建設示范社區”,老街街道新華街社區被定為全市首批“幸福社區”試點社區。"],
     [("郾城区沙北街道昆仑社区", "沙北街道", "昆仑社区", "社区"), ("老街街道新华街社区", "老街街道", "新华街社区", "社区")]),
    # r269, r270: a village whose own name ends in 村 is written 村村 (山村村, 苏村村: the gazetteer holds 山村 and
    # 苏村), while 全村村民 and 该村村委 are words; a county's suffix before 级 is a level (木泥县级公路穿村而过)
    (["山村村介绍", "山村村位于汪集街东南方,全村辖8个村民小组。", "山村村与欧咀村、绿湾村相邻。"],
     [("山村村", None, "山村村", "村"), ("欧咀村", None, "欧咀村", "村"), ("绿湾村", None, "绿湾村", "村")]),
    # (苏村村, once and unknown to the gazetteer, is kept since a line opens on it to locate it: r274 below)
    (["苏村村位于木塔乡腹地,木泥县级公路穿村而过。", "全村村民代表大会通过。", "该村村委会主任说。"],
     [("苏村村", None, "苏村村", "村")]),
    # r276, r277: a name written alone whose first character ends a word begun before it is a phrase
    # (集体经济十强村 → 济十强村, 集體經濟空白村 → 济空白村: 经 is elsewhere a word a name may follow)
    (["2017四川百强名村及四川集体经济十强村结果正式发布。", "上橫街村,在仙居縣白塔鎮的各行政村中,屬于典型的集體經濟空白村。"],
     [("上横街村", None, "上横街村", "村")]),
    # r163: names counted as a village's hamlets (…和石金村三个自然村) are no units
    (["泽州县柳树口镇东下村位于柳树口镇西北部,由下村村、中村村和石金村三个自然村合并而成,全村共311户,1056口人。"],
     [("泽州县柳树口镇东下村", "柳树口镇", "东下村", "村")]),
    # r274: a line that opens on a name and a verb locating it names a village, even one whose name is
    # elsewhere a planning word (中心村位于板橋鄉政府的中部); 中心村 inside a sentence stays a phrase
    (["中心村位于板橋鄉(xiāng)政府的中部,距政府駐地1.5公里,全村轄12個(gè)村民組共625戶。",
      "要把中心村建设成为示范点。"],
     [("中心村", None, "中心村", "村")]),
]


@pytest.mark.parametrize("lines,want", FITTED_BUGS)
def test_bugs_caught_in_fitted_units(lines, want, lex):
    from qlcli.extract.plausible_names import plausible_units
    from qlcli.extract.unit_places import fit_units
    doc = doc_of(*lines)
    units = plausible_units(fit_units(extract_units(doc, lex, DocMeta()), doc, lex), lex)
    assert rows(units) == want


def test_a_list_item_may_start_with_a_function_word_character(lex):
    # tests/real r156: 、都御坪社区、: 都 (elsewhere "all") starts the name after a separator
    units = units_of(lex, "获奖单位代表徐墩镇、小松镇湖头村、国网建瓯市供电公司、市第一小学、都御坪社区、市城市管理行政执法局作先进典型发言。")
    assert [u.unit for u in units] == ["小松镇湖头村", "都御坪社区"]


def test_in_a_towns_story_a_name_once_and_unknown_needs_a_cue(lex):
    # r173: in a story of 永兴街道, 是个有百年历史的老革命根据地村 names no village the gazetteer knows
    doc = doc_of("永兴有个“清廉村”", "龙湾新闻网讯(龙宣) 连日来,永兴街道乐二村清风宣讲员小徐忙开了。",
                 "乐二村是个有百年历史的老革命根据地村,走进村子,廉洁文化气息扑面而来。")
    units = extract_units(doc, lex, DocMeta(region="永兴街道"))
    assert [u.unit for u in units] == ["永兴街道乐二村"]


def test_a_chain_that_leaves_out_lower_parts_is_the_same_village(lex):
    # r170: 山西省晋城市刘家川村 first, then 山西省晋城市城区北石店镇刘家川村: one village, its longest form
    units = units_of(lex, "这样的变化发生了。就在山西省晋城市刘家川村。",
                     "山西省晋城市城区北石店镇刘家川村毗邻大型煤企晋煤集团,交通便利。")
    assert [(u.unit, u.mentions) for u in units] == [("山西省晋城市城区北石店镇刘家川村", 2)]


@pytest.mark.parametrize("lines,want", BUGS)
def test_bugs_caught(lines, want, lex):
    assert rows(units_of(lex, *lines)) == want


# bugs caught in a document whose region is a town (its bare runs may be its villages): (lines, region) → units
TOWN_BUGS = [
    # heldout2 genoutcomes3 (hn_xiejiapu_summary): 涉村 is "village-related", 部分村 "some villages"
    (["全年共受理涉村信访举报17件，同比下降43.3%。"], "常德市鼎城区谢家铺镇", []),
    (["一是部分村监督力量仍然薄弱，二是少数村群众参与度有待提高。"], "常德市鼎城区谢家铺镇", []),
    (["梳理村级小微权力事项清单36项，在谢家铺镇巴斗村上墙公示。"], "常德市鼎城区谢家铺镇",
     [("谢家铺镇巴斗村", "谢家铺镇", "巴斗村", "村")]),
]


@pytest.mark.parametrize("lines,region,want", TOWN_BUGS)
def test_bugs_caught_in_a_town(lines, region, want, lex):
    assert rows(units_of(lex, *lines, region=region)) == want


def test_a_town_written_under_its_county_places_its_bare_villages(lex):
    """hn_yueyang_cases: 樟树镇 is written under 湘阴县 in its case heading; its village 文谊新村 is in
    湘阴县, not in the county-level city the document is issued for (岳阳市)."""
    got = units_of(lex, "案例二：湘阴县樟树镇——“廉心驿站”覆盖全镇村居",
                   "樟树镇在全镇13个村（社区）建成“廉心驿站”。其中，文谊新村驿站运行最早。", region="岳阳市")
    assert [(u.unit, u.county, u.town) for u in got] == [("文谊新村", "湘阴县", "樟树镇")]


def test_a_bare_run_ending_with_a_bare_name_is_that_name(lex):
    """gd_dabu_compare, a story about one town (its bare names need no cue): …，比莒村高出3个百分点
    is 莒村 after 比, not a village 比莒村."""
    got = units_of(lex, "大埔县湖寮镇的黎家坪村和莒村隔河相望。", "今年黎家坪村群众满意度为95%，比莒村高出3个百分点。",
                   region="大埔县湖寮镇")
    assert [(u.unit, u.mentions) for u in got] == [("黎家坪村", 2), ("莒村", 2)]


@pytest.mark.parametrize("line", ["全市村", "乡镇村", "三个村", "驻村", "包联村", "美丽乡村", "建设美丽宜居乡村"])
def test_an_area_or_verb_before_village_on_a_list_line_is_no_name(line, lex):
    """文家市村 may end in 市 (a name stands before it); 全市村, 乡镇村 may not."""
    assert names_in_line(line, lex) is None


# --- parts, regions, helpers ----------------------------------------------------------------
PARSE = [
    ("重庆市渝北区木耳镇金刚村", ("重庆市", None, "渝北区", "木耳镇", "金刚村", "村")),
    ("德阳市罗江区金山镇安家村", (None, "德阳市", "罗江区", "金山镇", "安家村", "村")),
    ("湘西土家族苗族自治州古丈县红石林镇龙天坪村", (None, "湘西土家族苗族自治州", "古丈县", "红石林镇", "龙天坪村", "村")),
    ("双凤桥街道环湖雅居社区", (None, None, None, "双凤桥街道", "环湖雅居社区", "社区")),
    ("1.龙塔街道鲁能西路社区", (None, None, None, "龙塔街道", "鲁能西路社区", "社区")),
    ("鄂温克族自治旗巴彦托海镇团结嘎查", (None, None, "鄂温克族自治旗", "巴彦托海镇", "团结嘎查", "村")),
    ("莫力达瓦达斡尔族自治旗尼尔基镇西博荣村", (None, None, "莫力达瓦达斡尔族自治旗", "尼尔基镇", "西博荣村", "村")),
    ("坎乡阔斯布拉克村村委会", (None, None, None, "坎乡", "阔斯布拉克村", "村")),
    ("吉首市矮寨镇坪朗村民委员会", (None, None, "吉首市", "矮寨镇", "坪朗村", "村")),
    ("金刚村", (None, None, None, None, "金刚村", "村")),
    ("许村镇", None), ("村民", None), ("示范村", None), ("清廉村居", None), ("龙塔街道鲁能西路社区五廉驱动", None),
]


@pytest.mark.parametrize("name,want", PARSE)
def test_parse_name(name, want, lex):
    got = parse_name(name, lex)
    assert (tuple(got[k] for k in ("province", "city", "county", "town", "village", "kind")) if got else None) == want


@pytest.mark.parametrize("name,want", [
    ("重庆市渝北区", ("重庆市", None, "渝北区", None)), ("重庆市綦江区通惠街道", ("重庆市", None, "綦江区", "通惠街道")),
    ("四川省", ("四川省", None, None, None)), ("古丈县", (None, None, "古丈县", None)),
    ("广西壮族自治区南宁市青秀区", ("广西壮族自治区", "南宁市", "青秀区", None)), ("全区", None),
    ("伊犁哈萨克自治州察布查尔锡伯自治县", (None, "伊犁哈萨克自治州", "察布查尔锡伯自治县", None))])
def test_parse_area(name, want, lex):
    got = parse_area(name, lex)
    assert (tuple(got[k] for k in ("province", "city", "county", "town")) if got else None) == want


def test_region_gives_the_upper_levels_only_when_they_fit(lex):
    # 000 is issued for 重庆市渝北区: its towns are in 渝北区
    u = units_of(lex, "木耳镇金刚村", region="重庆市渝北区")[0]
    assert (u.province, u.county, u.town) == ("重庆市", "渝北区", "木耳镇")
    # 001 is issued for a 街道: a bare 社区 of it gets the whole chain
    u = units_of(lex, "首期选取新街子社区开展试点示范。新街子社区党委将对照要求。", region="重庆市綦江区通惠街道")[0]
    assert (u.province, u.county, u.town, u.mentions) == ("重庆市", "綦江区", "通惠街道", 2)
    # a unit written under another county is not moved into the region
    u = units_of(lex, "綦江区古南街道綦江桥社区", region="重庆市渝北区")[0]
    assert (u.province, u.county) == (None, "綦江区")
    # a bare village is not placed under a county it may not be in
    assert units_of(lex, "我们走进团结村。团结村党支部书记说。", region="重庆市渝北区")[0].county is None


def test_mentions_and_first_sentence(lex):
    us = units_of(lex, "初秋,渝北区木耳镇金刚村。在金刚村的蝶变中,社会工作发挥了重要作用。", "如今的美丽金刚村,人心齐了。")
    assert len(us) == 1 and us[0].mentions == 3
    assert us[0].sentence == "初秋,渝北区木耳镇金刚村。" and us[0].start == 0


def test_resolve_short_and_long_forms(lex):
    us = units_of(lex, "木耳镇金刚村", "大盛镇青龙村", "龙塔街道鲁能西路社区")
    assert resolve("金刚村", us, lex).unit == "木耳镇金刚村"
    assert resolve("渝北区木耳镇金刚村", us, lex).unit == "木耳镇金刚村"
    assert resolve("鲁能西路社区", us).unit == "龙塔街道鲁能西路社区"
    assert resolve("石船镇金刚村", us, lex) is None  # another town's 金刚村
    assert resolve("石船镇金刚村", us) is None
    assert resolve("幸福村", us, lex) is None


def test_find_mentions_gives_document_offsets(lex):
    text = "金刚村与大盛镇青龙村结对，青龙村"
    us = units_of(lex, "木耳镇金刚村", "大盛镇青龙村")
    got = [(m.start, m.end, m.text, m.unit.unit) for m in find_mentions(text, us, offset=100)]
    assert got == [(100, 103, "金刚村", "木耳镇金刚村"), (104, 110, "大盛镇青龙村", "大盛镇青龙村"),
                   (113, 116, "青龙村", "大盛镇青龙村")]
    assert written_forms(us[:1]) == ["木耳镇金刚村", "金刚村"]


def test_names_in_line(lex):
    assert [(a, b, p["village"]) for a, b, p in names_in_line("渝北区：木耳镇金刚村、大盛镇青龙村", lex)] == \
        [(4, 10, "金刚村"), (11, 17, "青龙村")]
    assert names_in_line("渝北区：木耳镇金刚村", lex)[0][2]["county"] == "渝北区"
    assert names_in_line("木耳镇金刚村自开展清廉村居建设以来", lex) is None
    assert area_of_line("渝北区（2个）", lex)["county"] == "渝北区"


def test_units_reach_jieba_without_loading_it(lex):
    import sys

    from qlcli import segment

    segment.add_words(lex, ["木耳镇金刚村"])
    if lex.fingerprint not in segment._TOKENIZERS:
        assert "木耳镇金刚村" in segment._PENDING[lex.fingerprint]
    assert "木耳镇金刚村" in segment.cut("木耳镇金刚村民主议事", lex)
    assert "jieba" in sys.modules


@pytest.mark.parametrize("line,want", [
    ("木耳镇金刚村（党支部书记：张三）", [(None, "木耳镇", "金刚村")]),     # a note after the name
    ("1  木耳镇金刚村  渝北区", [("渝北区", "木耳镇", "金刚村")]),          # a flattened table row: 序号 名称 区县
    ("1木耳镇金刚村", [(None, "木耳镇", "金刚村")]),                        # a number glued to the name
    ("龙塔街道 鲁能西路社区", [(None, "龙塔街道", "鲁能西路社区")]),        # a PDF line broken inside the name
    ("木耳镇 渝北区", None),
])
def test_list_lines(line, want, lex):
    got = names_in_line(line, lex)
    assert ([(p["county"], p["town"], p["village"]) for _, _, p in got] if got else None) == want


def test_a_village_of_the_documents_town_before_a_word_it_would_make(lex):
    # tests/real r080: 新厂村干部贪污…: 村干部 is a word, but the gazetteer holds 新厂村 under 维西县中路乡
    units = units_of(lex, "“想不到新厂村干部贪污低保的事情作为违纪违法典型警示案例公布出来,我印象特别深刻!”",
                     region="维西县中路乡")
    assert [u.unit for u in units] == ["新厂村"]
    assert units_of(lex, "“想不到新厂村干部贪污低保的事情作为违纪违法典型警示案例公布出来!”", region="渝北区") == []


def test_a_neighbours_name_starts_after_a_side_and_a_verb_of_bordering(lex):
    # tests/real r284: 东临立壁村, 西接上马坊村, 北连西峪村 (sides and bordering in units.toml)
    doc = doc_of("下马坊村位于平定县城东南部,东临立壁村,西接上马坊村,南与张庄镇桃叶坡村接壤,北连西峪村。")
    from qlcli.extract.plausible_names import plausible_units
    from qlcli.extract.unit_places import fit_units
    units = plausible_units(fit_units(extract_units(doc, lex, DocMeta()), doc, lex), lex)
    assert sorted(u.unit for u in units) == sorted(["下马坊村", "立壁村", "上马坊村", "张庄镇桃叶坡村", "西峪村"])


def test_a_pronoun_before_shequ_is_no_name(lex):
    # tests/real r288: 在其他社区也建设了… (其他 is a pronoun in jieba's dictionary, as are 这些, 各个, 其余)
    doc = doc_of("临平街道在梅堰路周边还打造了一条庙东清廉文化带,同时在其他社区也建设了一批清廉文化宣传阵地。",
                 "其余村也建立了监督小组。")
    from qlcli.extract.plausible_names import plausible_units
    from qlcli.extract.unit_places import fit_units
    assert plausible_units(fit_units(extract_units(doc, lex, DocMeta()), doc, lex), lex) == []


def test_a_counted_noun_phrase_is_no_name(lex):
    # tests/real r286: 幸福村是忻州市三交镇的一个小山村 (a numeral or demonstrative and a classifier open no name)
    doc = doc_of("幸福村是忻州市三交镇的一个小山村,位于大山深处,距离镇上约15公里。")
    from qlcli.extract.plausible_names import plausible_units
    from qlcli.extract.unit_places import fit_units
    assert [u.unit for u in plausible_units(fit_units(extract_units(doc, lex, DocMeta()), doc, lex), lex)] == ["幸福村"]


def test_a_province_written_whole_ends_the_county_before_it(lex):
    # bug caught (found reading r281's chain): 贵州省 ends in 州, a prefecture's suffix, so 来到贵州省湄潭县 was read
    # as a county 省湄潭县 under a city 到贵州 and the verb stayed glued to the unit; a province written whole wins
    doc = doc_of("记者来到贵州省湄潭县西河乡大竹村。", "来到贵州省遵义市湄潭县西河乡乐园村。")
    from qlcli.extract.unit_places import fit_units
    assert sorted(u.unit for u in fit_units(extract_units(doc, lex, DocMeta()), doc, lex)) == \
        ["贵州省湄潭县西河乡大竹村", "贵州省遵义市湄潭县西河乡乐园村"]


def test_a_run_of_names_closing_with_their_count_holds_no_longer_name(lex):
    # tests/real r307: 北蔡村、沟北村、岔峪村三村 (三村 counts the three; there is no village 岔峪村三); 新一村 stays a name
    doc = doc_of("近日,合阳县王村镇北蔡村、金峪镇沟北村、百良镇岔峪村三村锣鼓喧天,热闹非凡。", "在新一村和新二村。")
    from qlcli.extract.plausible_names import plausible_units
    from qlcli.extract.unit_places import fit_units
    assert sorted(u.unit for u in plausible_units(fit_units(extract_units(doc, lex, DocMeta()), doc, lex), lex)) == \
        sorted(["合阳县王村镇北蔡村", "金峪镇沟北村", "百良镇岔峪村", "新一村", "新二村"])

