// The dashboard's page template, style sheet and script (assets/), compiled into the binary
// so that --html needs no files at run time. CMake generates their definitions.
#pragma once

#include <string_view>

namespace essa::test262::assets {

std::string_view dashboard_html();
std::string_view dashboard_css();
std::string_view dashboard_js();

}  // namespace essa::test262::assets
