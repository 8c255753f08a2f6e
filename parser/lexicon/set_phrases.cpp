#include "parser/lexicon/set_phrases.hpp"

#include <array>

namespace figcheck::parser::lexicon {

namespace {

using namespace std::string_view_literals;

constexpr auto kSetPhrases = std::to_array<std::string_view>({
    // Words with a numeral character in them.
    "零部件"sv, "零件"sv, "零售"sv, "零星"sv, "零碳"sv, "零距离"sv, "零容忍"sv, "零关税"sv,
    "零排放"sv, "零基础"sv, "零工"sv, "零散"sv, "半导体"sv, "半径"sv, "半岛"sv, "半数"sv,
    "一体化"sv, "一体"sv, "一汽"sv, "四平"sv, "八一"sv, "一些"sv, "一直"sv, "一起"sv,
    "一定"sv, "一般"sv, "一旦"sv, "一样"sv, "一致"sv, "一切"sv, "一同"sv, "一道"sv,
    "一手"sv, "一度"sv, "一举"sv, "一再"sv, "一律"sv, "一心"sv, "一流"sv, "一线"sv,
    "一系列"sv, "一揽子"sv, "一站式"sv, "一刀切"sv, "一把手"sv, "一条龙"sv, "一盘棋"sv,
    "一方面"sv, "一是"sv, "一方"sv, "一路"sv, "一带"sv, "一边"sv, "一面"sv, "一时"sv,
    "一向"sv, "一贯"sv, "一概"sv, "一味"sv, "一番"sv, "一口气"sv, "一次性"sv, "一批批"sv,
    "一条条"sv, "一道道"sv, "一座座"sv, "一个个"sv, "一项项"sv, "一张张"sv, "一步步"sv,
    "统一"sv, "唯一"sv, "之一"sv, "进一步"sv, "第一"sv, "万一"sv, "不一"sv, "同一"sv,
    "单一"sv, "合一"sv, "专一"sv, "划一"sv, "归一"sv, "如一"sv, "一一"sv, "逐一"sv,
    "百姓"sv, "百货"sv, "百花"sv, "千里"sv, "万里"sv, "万物"sv, "万象"sv, "万事"sv,
    "万众"sv, "亿万"sv, "千万不"sv, "万分"sv, "十分"sv, "十足"sv, "四周"sv, "四处"sv,
    "四季"sv, "五金"sv, "七彩"sv, "八方"sv, "九州"sv, "三农"sv, "双一流"sv, "二手"sv,
    "三角"sv, "三明治"sv, "千方百计"sv, "千家万户"sv, "万家灯火"sv, "成千上万"sv,
    "成百上千"sv, "数以万计"sv, "数以亿计"sv, "千千万万"sv, "一亩三分地"sv, "一北一南"sv,
    "一南一北"sv, "一东一西"sv, "一西一东"sv, "十全十美"sv, "五湖四海"sv, "四面八方"sv,
    "七上八下"sv, "乱七八糟"sv, "一五一十"sv, "三心二意"sv, "独一无二"sv, "一石二鸟"sv,
    "一举两得"sv, "一帆风顺"sv, "一鼓作气"sv, "一马当先"sv, "一脉相承"sv, "一以贯之"sv,
    "一往无前"sv, "一目了然"sv, "一丝不苟"sv, "一如既往"sv, "一张蓝图"sv, "一张网"sv,
    "一件事"sv, "一类事"sv, "一刻钟"sv, "三天打鱼"sv, "九牛一毛"sv, "百闻不如一见"sv,
    "百尺竿头"sv, "百舸争流"sv, "百花齐放"sv, "百家争鸣"sv, "千帆竞发"sv, "千帆竞"sv,
    "万马奔腾"sv, "万无一失"sv, "一穷二白"sv, "三番五次"sv, "三令五申"sv, "四通八达"sv,
    "五花八门"sv, "六神无主"sv, "七嘴八舌"sv, "八仙过海"sv, "九九归一"sv, "十拿九稳"sv,
    "一带一路"sv, "一国两制"sv, "1+1>2"sv, "1+1＞2"sv, "二次创业"sv,
    // Plans, meetings and political formulas: names, not counts.
    "十一五"sv, "十二五"sv, "十三五"sv, "十四五"sv, "十五五"sv, "十六五"sv, "九五"sv,
    "八五"sv, "七五"sv, "八项规定"sv, "三个代表"sv, "四个全面"sv, "四个意识"sv,
    "四个自信"sv, "两个维护"sv, "两个确立"sv, "五位一体"sv, "两个一百年"sv, "三严三实"sv,
    "两学一做"sv, "三去一降一补"sv, "六稳"sv, "六保"sv, "三大攻坚战"sv, "四个现代化"sv,
    "两个毫不动摇"sv, "两个结合"sv, "两个大局"sv, "五大发展理念"sv, "四个革命"sv,
    "一中心"sv, "两会"sv, "三中全会"sv, "四中全会"sv, "五中全会"sv, "六中全会"sv,
    "七中全会"sv, "二中全会"sv, "一中全会"sv, "十九大"sv, "二十大"sv, "十八大"sv,
    "十七大"sv, "十六大"sv, "十五大"sv, "十四大"sv, "十三大"sv, "十二大"sv, "十一大"sv,
    "二十届"sv, "三个务必"sv, "五个必由之路"sv, "两弹一星"sv, "三北"sv,
    // Places whose names hold a numeral.
    "四川"sv, "五台山"sv, "九台"sv, "二道"sv, "四平"sv, "七台河"sv, "六盘水"sv, "三亚"sv, "十堰"sv, "五常"sv,
    "八达岭"sv, "三门峡"sv, "九江"sv, "六安"sv, "三明"sv, "五指山"sv, "七里河"sv, "三河"sv,
    "二连浩特"sv, "五大连池"sv, "九寨沟"sv, "三沙"sv, "万宁"sv, "万州"sv, "五家渠"sv,
    "十里"sv, "三峡"sv, "千岛湖"sv, "九龙"sv, "万达"sv, "三一"sv, "一汽"sv, "二汽"sv,
    // Holidays and named days.
    "五一"sv, "七一"sv, "六一"sv, "三八"sv, "五四"sv, "双十一"sv, "双11"sv,
});

}  // namespace

std::span<const std::string_view> set_phrases() { return kSetPhrases; }

}  // namespace figcheck::parser::lexicon
