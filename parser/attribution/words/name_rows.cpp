// Name suffixes and references, with the level of what they name.
#include "parser/attribution/words/name_rows.hpp"

#include <array>

namespace figcheck::parser::words {

namespace {

// Longer suffixes first where one ends another (有限公司 before 公司).
constexpr std::array kSuffixes{
    NameSuffixRow{"股份有限公司", EntityLevel::organisation, false, "某某电气股份有限公司"},
    NameSuffixRow{"有限责任公司", EntityLevel::organisation, false, "某某物流有限责任公司"},
    NameSuffixRow{"有限公司", EntityLevel::organisation, false, "某某材料有限公司"},
    NameSuffixRow{"公司", EntityLevel::organisation, false, "某某能源公司"},
    NameSuffixRow{"集团", EntityLevel::organisation, false, "某某食品集团"},
    NameSuffixRow{"药业", EntityLevel::organisation, false, "某某药业"},
    NameSuffixRow{"研究所", EntityLevel::organisation, false, "某某光学研究所"},
    NameSuffixRow{"研究院", EntityLevel::organisation, false, "某某农业研究院"},
    NameSuffixRow{"实验室", EntityLevel::organisation, false, "某某湖实验室"},
    NameSuffixRow{"大学", EntityLevel::organisation, false, "某某理工大学"},
    NameSuffixRow{"学院", EntityLevel::organisation, false, "某某职业学院"},
    NameSuffixRow{"联盟", EntityLevel::organisation, false, "某某产业联盟"},
    NameSuffixRow{"银行", EntityLevel::organisation, false, "某某农商银行"},
    NameSuffixRow{"医院", EntityLevel::organisation, false, "某某中心医院"},
    NameSuffixRow{"医药城", EntityLevel::zone, false, "某某医药城"},
    NameSuffixRow{"科学城", EntityLevel::zone, false, "某某科学城"},
    NameSuffixRow{"高新区", EntityLevel::zone, false, "某某高新区"},
    NameSuffixRow{"开发区", EntityLevel::zone, false, "某某开发区"},
    NameSuffixRow{"经开区", EntityLevel::zone, false, "某某经开区"},
    NameSuffixRow{"示范区", EntityLevel::zone, false, "某某示范区"},
    NameSuffixRow{"自贸区", EntityLevel::zone, false, "某某自贸区"},
    NameSuffixRow{"新区", EntityLevel::zone, false, "某某新区"},
    NameSuffixRow{"产业园", EntityLevel::zone, false, "某某产业园"},
    NameSuffixRow{"示范园", EntityLevel::zone, false, "某某农业示范园"},
    NameSuffixRow{"农高区", EntityLevel::zone, false, "某某农高区"},
    NameSuffixRow{"市", EntityLevel::city, true, "安平市"},
    NameSuffixRow{"省", EntityLevel::province, true, "河川省"},
    NameSuffixRow{"县", EntityLevel::district, true, "清溪县"},
};

constexpr std::array kReferences{
    ReferenceRow{"该高新区", EntityLevel::zone, "该高新区新增企业"},
    ReferenceRow{"该新区", EntityLevel::zone, "该新区完成投资"},
    ReferenceRow{"该开发区", EntityLevel::zone, "该开发区实现产值"},
    ReferenceRow{"该园区", EntityLevel::zone, "该园区入驻企业"},
    ReferenceRow{"该区", EntityLevel::district, "该区常住人口"},
    ReferenceRow{"本区", EntityLevel::district, "本区财政收入"},
    ReferenceRow{"全区", EntityLevel::district, "全区粮食产量"},
    ReferenceRow{"我区", EntityLevel::district, "我区新增就业"},
    ReferenceRow{"该市", EntityLevel::city, "该市地区生产总值"},
    ReferenceRow{"本市", EntityLevel::city, "本市新建学校"},
    ReferenceRow{"全市", EntityLevel::city, "全市接待游客"},
    ReferenceRow{"我市", EntityLevel::city, "我市出口额"},
    ReferenceRow{"该省", EntityLevel::province, "该省粮食产量"},
    ReferenceRow{"本省", EntityLevel::province, "本省用电量"},
    ReferenceRow{"全省", EntityLevel::province, "全省快递业务量"},
    ReferenceRow{"我省", EntityLevel::province, "我省新增企业"},
    ReferenceRow{"该县", EntityLevel::district, "该县农民收入"},
    ReferenceRow{"全县", EntityLevel::district, "全县造林面积"},
    ReferenceRow{"全国", EntityLevel::country, "全国发电量"},
    ReferenceRow{"我国", EntityLevel::country, "我国外贸总额"},
    ReferenceRow{"该公司", EntityLevel::organisation, "该公司营业收入"},
    ReferenceRow{"该企业", EntityLevel::organisation, "该企业研发投入"},
    ReferenceRow{"该集团", EntityLevel::organisation, "该集团净利润"},
};

}  // namespace

std::span<const NameSuffixRow> name_suffix_rows() {
  return kSuffixes;
}

std::span<const ReferenceRow> reference_rows() {
  return kReferences;
}

}  // namespace figcheck::parser::words
