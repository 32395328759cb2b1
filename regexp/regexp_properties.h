// The names a RegExp Unicode property escape (`\p{…}`, `\P{…}`) accepts, at the Unicode
// version test262 expects: tables generated from the Unicode data (docs/regexp.md).
#pragma once

#include <string_view>

namespace essa::regexp {

// A General_Category value or alias (`Lu`, `Uppercase_Letter`, `punct`).
bool is_general_category_value(std::string_view name);
// A Script / Script_Extensions value or alias (`Latn`, `Latin`).
bool is_script_value(std::string_view name);
// A binary property ECMA-262 allows, or its alias (`Alpha`, `ASCII`, `Any`).
bool is_binary_property(std::string_view name);
// A binary property of strings (`RGI_Emoji`): valid under the v flag only, never negated.
bool is_property_of_strings(std::string_view name);

// `name` in `\p{name=value}`: General_Category, Script or Script_Extensions (or an alias).
bool is_non_binary_property(std::string_view name);
// Is `value` a value of the non-binary property `name` (one is_non_binary_property accepts)?
bool is_property_value(std::string_view name, std::string_view value);

// The ecmaVersion (edition) from which acorn accepts a binary property or Script value that
// the tables above hold: 12, 13 or 14 for the names later editions added, 0 for the rest
// (valid in every edition that has property escapes).
unsigned edition_of_property_name(std::string_view name);

}  // namespace essa::regexp
