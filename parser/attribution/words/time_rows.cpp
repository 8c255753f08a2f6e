// Relative times, resolved against the article's date.
#include "parser/attribution/words/time_rows.hpp"

#include <array>

namespace figcheck::parser::words {

namespace {

constexpr std::array kRelativeTimes{
    RelativeTimeRow{"今年", 0, false, "今年一季度"},
    RelativeTimeRow{"本年度", 0, false, "本年度预算"},
    RelativeTimeRow{"去年", -1, false, "去年全年"},
    RelativeTimeRow{"上年", -1, false, "上年末"},
    RelativeTimeRow{"上一年", -1, false, "上一年度"},
    RelativeTimeRow{"前年", -2, false, "前年同期"},
    RelativeTimeRow{"明年", 1, false, "明年上半年"},
    RelativeTimeRow{"上个月", -1, false, "上个月出口回落", true},
    RelativeTimeRow{"上月", -1, false, "上月新增贷款", true},
    RelativeTimeRow{"本月", 0, false, "本月以来", true},
    RelativeTimeRow{"截至目前", 0, true, "截至目前已建成"},
    RelativeTimeRow{"目前", 0, true, "目前在建"},
    RelativeTimeRow{"如今", 0, true, "如今日产"},
    RelativeTimeRow{"当前", 0, true, "当前库存"},
    RelativeTimeRow{"至今", 0, true, "开园至今"},
};

}  // namespace

std::span<const RelativeTimeRow> relative_time_rows() {
  return kRelativeTimes;
}

}  // namespace figcheck::parser::words
