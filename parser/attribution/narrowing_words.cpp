#include "parser/attribution/narrowing_words.hpp"

#include <array>
#include <vector>

namespace figcheck::parser {

namespace {

using enum NarrowingClass;

constexpr auto kWords = std::to_array<NarrowingWord>({
    {"第", instance_opener, "第三届博览会签约120个项目"},
    {"首", instance_opener, "首期债券发行50亿元"},
    {"本", instance_opener, "本届论坛吸引800名嘉宾"},
    {"上", instance_opener, "上届展会成交额30亿元"},
    {"届", instance_classifier, "第五届"},
    {"期", instance_classifier, "第二期"},
    {"批", instance_classifier, "第三批"},
    {"轮", instance_classifier, "首轮"},
    {"场", instance_classifier, "首场招聘会提供岗位2000个"},
    {"次", ordinal_classifier, "第四次全国经济普查, 本次发行债券300亿元"},
    {"春季", season, "春季招聘会提供岗位3万个"},
    {"夏季", season, "夏季达沃斯论坛"},
    {"秋季", season, "秋季交易会成交额"},
    {"冬季", season, "冬季运动会"},
    {"累计", running_total, "累计完成投资80亿元"},
    {"以来", running_total, "开通以来运送旅客5000万人次"},
    {"截至", running_total, "截至目前共签约项目40个"},
    {"迄今", running_total, "迄今已举办十届"},
    {"至今", running_total, "至今已帮扶农户3000户"},
    {"已", running_total, "已建成基站12万个"},
    {"总计", running_total, "总计接待游客900万人次"},
    {"年末", stock, "年末常住人口910万人"},
    {"年底", stock, "年底存栏生猪40万头"},
    {"末", stock, "6月末贷款余额2.1万亿元"},
    {"余额", stock, "存款余额超3万亿元"},
    {"保有量", stock, "汽车保有量达到300万辆"},
    {"现有", stock, "全区现有企业500家"},
    {"到", time_preposition, "到2030年产值力争达到500亿元"},
    {"至", time_preposition, "至2030年建成基站2万个"},
    {"在", time_preposition, "企业在上半年实现营收"},
    {"于", time_preposition, "于年底前完成投资"},
    {"截至", time_preposition, "截至6月底贷款余额"},
    {"自", time_preposition, "央行自去年5月以来降息4次"},
    {"从", time_preposition, "企业从年初起新增订单"},
    // A budget line, a count of firms, a span of time: what kind of figure, not of what.
    {"资金", kind_of_figure, "安排资金5亿元"},
    {"资金支持", kind_of_figure, "给予资金支持3亿元"},
    {"投资", kind_of_figure, "带动投资20亿元"},
    {"投入", kind_of_figure, "累计投入8亿元"},
    {"补助", kind_of_figure, "发放补助1.2亿元"},
    {"金额", kind_of_figure, "涉及金额3亿元"},
    {"总额", kind_of_figure, "总额达9亿元"},
    {"规模", kind_of_figure, "规模达到6亿元"},
    {"总量", kind_of_figure, "总量为4万吨"},
    {"数量", kind_of_figure, "数量增至300个"},
    {"总数", kind_of_figure, "总数达到120家"},
    {"企业", kind_of_figure, "30多家企业参展"},
    {"单位", kind_of_figure, "12家单位参加"},
    {"机构", kind_of_figure, "40家机构入驻"},
    {"历时", kind_of_figure, "历时8个月完成"},
    {"历经", kind_of_figure, "历经3年建成"},
    {"相隔", kind_of_figure, "相隔20年重逢"},
    {"用时", kind_of_figure, "用时2小时"},
    {"耗时", kind_of_figure, "耗时5天"},
    {"连续", span_opener, "连续5年获评"},
    {"日均", daily, "日均客流量12万人次"},
    {"每天", daily, "每天发送旅客6万人次"},
    {"每日", daily, "每日处理订单20万单"},
    {"单日", daily, "单日客流创新高，达到50万人次"},
});

}  // namespace

std::span<const NarrowingWord> narrowing_words() {
  return kWords;
}

// The table's words of one class (sized from the table, so that a class added to the enum
// needs no count kept in step here).
std::span<const NarrowingWord> words_of(NarrowingClass wanted) {
  static const auto by_class = [] {
    std::vector<std::vector<NarrowingWord>> table;
    for (const NarrowingWord& w : narrowing_words()) {
      const auto index = static_cast<std::size_t>(w.word_class);
      if (table.size() <= index) table.resize(index + 1);
      table[index].push_back(w);
    }
    return table;
  }();
  static const std::vector<NarrowingWord> kNone;
  const auto index = static_cast<std::size_t>(wanted);
  return index < by_class.size() ? by_class[index] : kNone;
}

}  // namespace figcheck::parser
