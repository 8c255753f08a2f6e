#include "parser/lexicon/units.hpp"

#include <array>

namespace figcheck::parser::lexicon {

namespace {

using grammar::UnitInfo;
constexpr ClaimKind kMoney = ClaimKind::money;
constexpr ClaimKind kCount = ClaimKind::count;
constexpr ClaimKind kMeasure = ClaimKind::measure;

constexpr UnitEntry money(std::string_view surface, std::string_view code) {
  return {surface, UnitInfo{kMoney, code, {}, 1}};
}
constexpr UnitEntry count(std::string_view classifier, double scale = 1) {
  return {classifier, UnitInfo{kCount, "count", classifier, scale}};
}
constexpr UnitEntry measure(std::string_view surface, std::string_view unit, double scale = 1) {
  return {surface, UnitInfo{kMeasure, unit, {}, scale}};
}

constexpr auto kUnits = std::to_array<UnitEntry>({
    // Money. 块 is left to the classifiers: in news it counts plots and screens far more often.
    money("元", "CNY"), money("圆", "CNY"), money("块钱", "CNY"), money("元钱", "CNY"),
    money("元整", "CNY"), money("圆整", "CNY"), money("人民币", "CNY"), money("元人民币", "CNY"),
    money("美元", "USD"), money("美金", "USD"), money("美圆", "USD"), money("欧元", "EUR"),
    money("日元", "JPY"), money("日圆", "JPY"), money("港元", "HKD"), money("港币", "HKD"),
    money("英镑", "GBP"), money("韩元", "KRW"), money("澳元", "AUD"), money("加元", "CAD"),
    money("加拿大元", "CAD"), money("卢布", "RUB"), money("新台币", "TWD"), money("台币", "TWD"),
    money("瑞士法郎", "CHF"), money("法郎", "CHF"), money("卢比", "INR"), money("泰铢", "THB"),
    money("越南盾", "VND"), money("新加坡元", "SGD"), money("新元", "SGD"), money("澳门元", "MOP"),
    money("林吉特", "MYR"), money("马克", "DEM"),
    // Percent, percentage points, multiples.
    {"%", UnitInfo{ClaimKind::percent, "percent", {}, 1}},
    {"‰", UnitInfo{ClaimKind::percent, "percent", {}, 0.1}},
    {"个百分点", UnitInfo{ClaimKind::percentage_point, "pp", {}, 1}},
    {"個百分點", UnitInfo{ClaimKind::percentage_point, "pp", {}, 1}},
    {"百分点", UnitInfo{ClaimKind::percentage_point, "pp", {}, 1}},
    {"倍", UnitInfo{ClaimKind::multiple, "times", {}, 1}},
    // Counts: the classifier is kept. 号, 期, 级, 类, 代, 大 are left out on purpose: 6号线,
    // 一期工程, 3级, 1类创新药, 三大产业 name or rank things, they do not count them.
    count("家"), count("个"), count("個"), count("项"), count("項"), count("人"), count("名"),
    count("位"), count("颗"), count("顆"), count("款"), count("户"), count("戶"), count("场"),
    count("場"), count("条"), count("條"), count("座"), count("件"), count("次"), count("批"),
    count("所"), count("台"), count("辆"), count("輛"), count("架"), count("艘"), count("只"),
    count("隻"), count("头"), count("頭"), count("张"), count("張"), count("篇"), count("部"),
    count("套"), count("处"), count("處"), count("栋"), count("棟"), count("例"), count("间"),
    count("間"), count("种"), count("種"), count("支"), count("株"), count("根"), count("本"),
    count("册"), count("份"), count("首"), count("轮"), count("輪"), count("宗"), count("笔"),
    count("筆"), count("枚"), count("道"), count("幅"), count("棵"), count("匹"), count("对"),
    count("對"), count("双"), count("雙"), count("章"), count("节"), count("節"), count("页"),
    count("块"), count("塊"), count("盏"), count("层"), count("層"), count("把"),
    count("批次"), count("场次"), count("班次"), count("架次"), count("车次"), count("户次"),
    count("家次"), count("课题"), count("打", 12),
    // Measures.
    measure("公里", "km"), measure("千米", "km"), measure("米", "m"), measure("厘米", "cm"),
    measure("公分", "cm"), measure("毫米", "mm"), measure("纳米", "nm"), measure("英里", "mile"),
    measure("海里", "nmi"), measure("平方公里", "km2"), measure("平方千米", "km2"),
    measure("平方米", "m2"), measure("平米", "m2"), measure("立方米", "m3"), measure("亩", "mu"),
    measure("公顷", "hectare"), measure("吨", "ton"), measure("公斤", "kg"), measure("千克", "kg"),
    measure("克", "g"), measure("斤", "jin"), measure("千瓦", "kW"), measure("兆瓦", "MW"),
    measure("吉瓦", "GW"), measure("瓦", "W"), measure("千瓦时", "kWh"), measure("千伏", "kV"),
    measure("人次", "person_time"), measure("年", "year"), measure("周年", "year"),
    measure("个月", "month"), measure("個月", "month"), measure("天", "day"),
    measure("个工作日", "day"), measure("小时", "hour"), measure("个小时", "hour"),
    measure("分钟", "minute"), measure("秒", "second"), measure("秒钟", "second"),
    measure("个星期", "week"), measure("岁", "age"), measure("升", "liter"),
    measure("毫升", "ml"), measure("桶", "barrel"), measure("标箱", "TEU"),
    measure("摄氏度", "celsius"), measure("℃", "celsius"),
    // Latin units; a letter or digit right after them makes the whole a code (5Gb, P20).
    measure("TEU", "TEU"), measure("km", "km"), measure("kg", "kg"), measure("GW", "GW"),
    measure("MW", "MW"), measure("kW", "kW"), measure("GWh", "GWh"), measure("kWh", "kWh"),
    measure("TWh", "TWh"), measure("TB", "TB"), measure("PB", "PB"), measure("EB", "EB"),
    measure("P", "PFLOPS"), measure("PFlops", "PFLOPS"), measure("EFlops", "EFLOPS"),
    measure("nm", "nm"), measure("mm", "mm"), measure("cm", "cm"), measure("km2", "km2"),
    measure("m2", "m2"), measure("m³", "m3"), measure("m²", "m2"), measure("km²", "km2"),
});

constexpr auto kPerUnits = std::to_array<PerUnitEntry>({
    {"股", "share"}, {"吨", "ton"}, {"斤", "jin"}, {"公斤", "kg"}, {"千克", "kg"},
    {"平方米", "m2"}, {"平米", "m2"}, {"亩", "mu"}, {"桶", "barrel"}, {"人", "person"},
    {"户", "household"}, {"月", "month"}, {"年", "year"}, {"天", "day"}, {"小时", "hour"},
    {"千瓦时", "kWh"}, {"度", "kWh"}, {"盎司", "oz"}, {"次", "time"}, {"件", "piece"},
    {"台", "unit"}, {"辆", "vehicle"}, {"张", "sheet"}, {"克", "g"},
});

}  // namespace

std::span<const UnitEntry> unit_entries() { return kUnits; }
std::span<const PerUnitEntry> per_unit_entries() { return kPerUnits; }

}  // namespace figcheck::parser::lexicon
