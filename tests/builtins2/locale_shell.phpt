--TEST--
setlocale (C locale only), localeconv, strcoll, escapeshellarg/escapeshellcmd
--FILE--
<?php
var_dump(setlocale(LC_ALL, "C"), setlocale(LC_ALL, "POSIX"), setlocale(LC_CTYPE, "C.UTF-8"), setlocale(LC_ALL, "xx_YY"), setlocale(LC_ALL, ["xx", "C"]), setlocale(LC_ALL, "xx", "yy", "C"), setlocale(99, "C"), setlocale(LC_ALL, "C"));
var_dump(localeconv());
var_dump(strcoll("a", "b"), strcoll("b", "a"), strcoll("a", "a"), strcoll("B", "a"), strcoll("a", "ab"), strcoll("abc", "ab"));
var_dump(escapeshellcmd("a'b\"c'd \x0a#&;"), escapeshellarg("it's"), escapeshellarg(""));
try { escapeshellarg("a\0b"); } catch (Error $e) { echo get_class($e), $e->getMessage(), "\n"; }
try { escapeshellcmd("a\0b"); } catch (Error $e) { echo get_class($e), $e->getMessage(), "\n"; }
var_dump(LC_ALL, LC_COLLATE, LC_CTYPE, LC_MONETARY, LC_NUMERIC, LC_TIME, LC_MESSAGES);
--EXPECT--
string(1) "C"
string(1) "C"
string(7) "C.UTF-8"
bool(false)
string(1) "C"
string(1) "C"
bool(false)
string(1) "C"
array(18) {
  ["decimal_point"]=>
  string(1) "."
  ["thousands_sep"]=>
  string(0) ""
  ["int_curr_symbol"]=>
  string(0) ""
  ["currency_symbol"]=>
  string(0) ""
  ["mon_decimal_point"]=>
  string(0) ""
  ["mon_thousands_sep"]=>
  string(0) ""
  ["positive_sign"]=>
  string(0) ""
  ["negative_sign"]=>
  string(0) ""
  ["int_frac_digits"]=>
  int(127)
  ["frac_digits"]=>
  int(127)
  ["p_cs_precedes"]=>
  int(127)
  ["p_sep_by_space"]=>
  int(127)
  ["n_cs_precedes"]=>
  int(127)
  ["n_sep_by_space"]=>
  int(127)
  ["p_sign_posn"]=>
  int(127)
  ["n_sign_posn"]=>
  int(127)
  ["grouping"]=>
  array(0) {
  }
  ["mon_grouping"]=>
  array(0) {
  }
}
int(-1)
int(1)
int(0)
int(-31)
int(-98)
int(99)
string(17) "a'b\"c'd \
\#\&\;"
string(9) "'it'\''s'"
string(2) "''"
ValueErrorescapeshellarg(): Argument #1 ($arg) must not contain any null bytes
ValueErrorescapeshellcmd(): Argument #1 ($command) must not contain any null bytes
int(6)
int(3)
int(0)
int(4)
int(1)
int(2)
int(5)
