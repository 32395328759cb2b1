# ICU from Debian's libicu-dev: white space category data for the lexer's cold path.
find_package(ICU 63 REQUIRED COMPONENTS uc)
