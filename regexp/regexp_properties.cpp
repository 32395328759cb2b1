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

bool is_property_value(std::string_view name, std::string_view value) {
  return is_general_category_name(name) ? is_general_category_value(value)
                                        : is_script_value(value);
}

}  // namespace essa::regexp
