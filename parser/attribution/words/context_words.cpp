// Words of the context around figures: bases of comparisons, plans, awards, the topic a
// sentence opens with, and the items of a 分别 list.
#include <array>

#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser::words {

namespace {

using W = WordClass;

constexpr auto kRows = std::to_array<WordRow>({
    // Longer first where one ends another (相比 before 比).
    {"同比", W::change_base_lead, "同比去年"},
    {"相较", W::change_base_lead, "相较前年"},
    {"相比", W::change_base_lead, "相比2018年"},
    {"对比", W::change_base_lead, "对比去年"},
    {"比", W::change_base_lead, "比上年"},
    {"较", W::change_base_lead, "较2020年"},
    {"与", W::change_base_lead, "与2019年相比"},
    {"同", W::change_base_lead, "同上年相比"},
    {"是", W::multiple_lead, "是上年的2倍"},
    {"相当于", W::multiple_lead, "相当于2015年的3倍"},
    {"为", W::multiple_lead, "为前年的1.5倍"},
    {"全年", W::whole_or_same_period, "是上年全年的2倍"},
    {"同期", W::whole_or_same_period, "为去年同期的3倍"},
    {"新高", W::record_word, "创近五年新高"},
    {"新低", W::record_word, "降至2015年以来新低"},
    {"的", W::superlative_end, "是近十年增产最多的"},
    {"水平", W::superlative_end, "为2019年以来最高水平"},
    {"纪录", W::superlative_end, "创近五年最好纪录"},
    {"目标", W::plan_word, "全年目标"},
    {"计划", W::plan_word, "全年计划"},
    {"任务", W::plan_word, "全年任务"},
    {"预期", W::plan_word, "全年预期"},
    {"奖", W::award_word, "2030年度优秀设计奖"},
    {"榜", W::award_word, "2030年度创新企业榜"},
    {"企业", W::topic_sector, "外资企业保持增长"},
    {"工业", W::topic_sector, "纺织工业1990年"},
    {"行业", W::topic_sector, "物流行业持续回暖"},
    {"产业", W::topic_sector, "数字产业加快发展"},
    {"农业", W::topic_sector, "设施农业稳步发展"},
    {"商业", W::topic_sector, "社区商业扩容提质"},
    {"制造业", W::topic_sector, "装备制造业2029年"},
    {"服务业", W::topic_sector, "生产性服务业提速"},
    {"建筑业", W::topic_sector, "装配式建筑业起步"},
    {"运输业", W::topic_sector, "道路运输业平稳运行"},
    {"方面", W::field_word, "在生态保护方面，"},
    {"领域", W::field_word, "在民生保障领域，"},
    {"从", W::not_opening_sector, "从工信部获悉"},
    {"在", W::not_opening_sector, "在这家企业"},
    {"为", W::not_opening_sector, "为小微企业"},
    {"作为", W::not_opening_sector, "作为制造业大市"},
    {"来自", W::not_opening_sector, "来自外资企业"},
    {"根据", W::not_opening_sector, "根据行业协会"},
    {"据", W::not_opening_sector, "据行业协会"},
    {"记者", W::not_opening_sector, "记者从企业获悉"},
    {"依托", W::not_opening_sector, "依托龙头企业"},
    {"推进", W::not_opening_sector, "推进传统产业"},
    {"推动", W::not_opening_sector, "推动数字产业"},
    {"布局", W::not_opening_sector, "布局未来产业"},
    {"加快", W::not_opening_sector, "加快特色产业"},
    {"发展", W::not_opening_sector, "发展县域产业"},
    {"这", W::not_opening_sector, "这些企业"},
    {"该", W::not_opening_sector, "该企业"},
    {"本", W::not_opening_sector, "本行业"},
    {"其", W::not_opening_sector, "其所属企业"},
    {"各", W::not_opening_sector, "各类企业"},
    {"对", W::not_opening_sector, "对民营企业"},
    {"向", W::not_opening_sector, "向中小企业"},
    {"让", W::not_opening_sector, "让更多企业"},
    {"把", W::not_opening_sector, "把外贸企业"},
    {"将", W::not_opening_sector, "将骨干企业"},
    {"以", W::not_opening_sector, "以头部企业"},
    {"由", W::not_opening_sector, "由链主企业"},
    {"随着", W::not_opening_sector, "随着新兴产业"},
    {"围绕", W::not_opening_sector, "围绕主导产业"},
    {"的", W::joiner_inside_sector, "依托当地的产业"},
    {"由", W::joiner_inside_sector, "由链主带动的产业"},
    {"以", W::joiner_inside_sector, "以创新驱动产业"},
    {"从", W::joiner_inside_sector, "从园区走出的企业"},
    {"在", W::joiner_inside_sector, "在本地布局的企业"},
    {"对", W::joiner_inside_sector, "对外贸易企业"},
    {"为", W::joiner_inside_sector, "为农服务企业"},
    {"和", W::joiner_inside_sector, "科技和金融行业"},
    {"与", W::joiner_inside_sector, "文化与旅游产业"},
    {"助推", W::joiner_inside_sector, "助推转型产业"},
    {"量", W::measure_ending, "客流量"},
    {"额", W::measure_ending, "营业额"},
    {"率", W::measure_ending, "入住率"},
    {"值", W::measure_ending, "产值"},
    {"数", W::measure_ending, "游客数"},
    {"价", W::measure_ending, "均价"},
    {"收入", W::measure_ending, "门票收入"},
    {"利润", W::measure_ending, "利润"},
    {"规模", W::measure_ending, "交易规模"},
    {"比重", W::measure_ending, "比重"},
    {"占比", W::measure_ending, "占比"},
    {"同比", W::comparison_word, "营业额同比分别增长"},
    {"环比", W::comparison_word, "客流量环比分别下降"},
});

}  // namespace

std::span<const WordRow> context_word_rows() {
  return kRows;
}

}  // namespace figcheck::parser::words
