// Lookups in the generated property-name tables (sorted, so binary search; no allocation).
#include "regexp_properties.h"

#include <algorithm>
#include <iterator>

namespace essa::regexp {
namespace {

#include "regexp_property_tables.inc"

template <size_t N>
bool contains(const std::string_view (&table)[N], std::string_view name) {
  return std::binary_search(std::begin(table), std::end(table), name);
}

bool is_general_category_name(std::string_view name) {
  return name == "General_Category" || name == "gc";
}

}  // namespace

bool is_general_category_value(std::string_view name) {
  return contains(kGeneralCategoryValues, name);
}
bool is_script_value(std::string_view name) { return contains(kScriptValues, name); }
bool is_binary_property(std::string_view name) { return contains(kBinaryProperties, name); }
bool is_property_of_strings(std::string_view name) {
  return contains(kPropertiesOfStrings, name);
}

bool is_non_binary_property(std::string_view name) {
  return is_general_category_name(name) || name == "Script" || name == "sc" ||
         name == "Script_Extensions" || name == "scx";
}

// acorn's per-edition lists (ES2019 to ES2023 additions); an edition before 2023 keeps its
// own list, and every name not here is in the oldest one (ES2018, when \p came).
unsigned edition_of_property_name(std::string_view name) {
  static constexpr std::string_view k10[] = {
      "Dogr", "Dogra", "Extended_Pictographic", "Gong", "Gunjala_Gondi", "Hanifi_Rohingya", "Maka",
      "Makasar", "Medefaidrin", "Medf", "Old_Sogdian", "Rohg", "Sogd", "Sogdian", "Sogo"};
  static constexpr std::string_view k11[] = {
      "Elym", "Elymaic", "Hmnp", "Nand", "Nandinagari", "Nyiakeng_Puachue_Hmong", "Wancho", "Wcho"};
  static constexpr std::string_view k12[] = {
      "Chorasmian", "Chrs", "Diak", "Dives_Akuru", "EBase", "EComp", "EMod", "EPres",
      "ExtPict", "Khitan_Small_Script", "Kits", "Yezi", "Yezidi"};
  static constexpr std::string_view k13[] = {"Cpmn", "Cypro_Minoan", "Old_Uyghur", "Ougr",
                                             "Tangsa", "Tnsa", "Toto", "Vith", "Vithkuqi"};
  static constexpr std::string_view k14[] = {
      "Berf", "Beria_Erfe", "Gara", "Garay", "Gukh", "Gurung_Khema", "Hrkt",
      "Katakana_Or_Hiragana", "Kawi", "Kirat_Rai", "Krai", "Nag_Mundari", "Nagm", "Ol_Onal",
      "Onao", "Sidetic", "Sidt", "Sunu", "Sunuwar", "Tai_Yo", "Tayo", "Todhri", "Todr",
      "Tolong_Siki", "Tols", "Tulu_Tigalari", "Tutg", "Unknown", "Zzzz"};
  if (contains(k10, name)) return 10;
  if (contains(k11, name)) return 11;
  if (contains(k12, name)) return 12;
  if (contains(k13, name)) return 13;
  if (contains(k14, name)) return 14;
  return 0;
}

bool is_property_value(std::string_view name, std::string_view value) {
  return is_general_category_name(name) ? is_general_category_value(value)
                                        : is_script_value(value);
}

}  // namespace essa::regexp
