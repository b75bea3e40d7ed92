--TEST--
ini_parse_quantity (bases, multipliers, every warning), ini_alter, ini_restore
--FILE--
<?php
foreach (["", "0", "1", "128M", "1k", "1K", "2g", "1G", " 42 ", "-1", "-2M", "+3k", "0x10", "0X1fk", "0o17", "0b101", "017", "010M", "abc", "12abc", "1MB", "1 M", "M", "0x", "0xg", "9223372036854775807", "9223372036854775808", "8E", "1T", "1.5M", "  -0x1F  ", "1m ", "0b", "- 1"] as $q) {
  echo json_encode($q), " => ";
  $r = ini_parse_quantity($q);
  var_dump($r);
}
var_dump(ini_alter("precision", "10"), ini_get("precision"), 1/3);
ini_restore("precision"); var_dump(ini_get("precision"), 1/3);
var_dump(ini_alter("nope.setting", "1"));
--EXPECTF--
"" => int(0)
"0" => int(0)
"1" => int(1)
"128M" => int(134217728)
"1k" => int(1024)
"1K" => int(1024)
"2g" => int(2147483648)
"1G" => int(1073741824)
" 42 " => int(42)
"-1" => int(-1)
"-2M" => int(-2097152)
"+3k" => int(3072)
"0x10" => int(16)
"0X1fk" => int(31744)
"0o17" => int(15)
"0b101" => int(5)
"017" => int(15)
"010M" => int(8388608)
"abc" => 
Warning: Invalid quantity "abc": no valid leading digits, interpreting as "0" for backwards compatibility in %sini_quantity.php on line 4
int(0)
"12abc" => 
Warning: Invalid quantity "12abc": unknown multiplier "c", interpreting as "12" for backwards compatibility in %sini_quantity.php on line 4
int(12)
"1MB" => 
Warning: Invalid quantity "1MB": unknown multiplier "B", interpreting as "1" for backwards compatibility in %sini_quantity.php on line 4
int(1)
"1 M" => int(1048576)
"M" => 
Warning: Invalid quantity "M": no valid leading digits, interpreting as "0" for backwards compatibility in %sini_quantity.php on line 4
int(0)
"0x" => 
Warning: Invalid quantity "0x": no digits after base prefix, interpreting as "0" for backwards compatibility in %sini_quantity.php on line 4
int(0)
"0xg" => 
Warning: Invalid quantity "0xg": no valid leading digits, interpreting as "0" for backwards compatibility in %sini_quantity.php on line 4
int(0)
"9223372036854775807" => int(9223372036854775807)
"9223372036854775808" => 
Warning: Invalid quantity "9223372036854775808": value is out of range, using overflow result for backwards compatibility in %sini_quantity.php on line 4
int(-9223372036854775808)
"8E" => 
Warning: Invalid quantity "8E": unknown multiplier "E", interpreting as "8" for backwards compatibility in %sini_quantity.php on line 4
int(8)
"1T" => 
Warning: Invalid quantity "1T": unknown multiplier "T", interpreting as "1" for backwards compatibility in %sini_quantity.php on line 4
int(1)
"1.5M" => 
Warning: Invalid quantity "1.5M", interpreting as "1M" for backwards compatibility in %sini_quantity.php on line 4
int(1048576)
"  -0x1F  " => int(-31)
"1m " => int(1048576)
"0b" => 
Warning: Invalid quantity "0b": no digits after base prefix, interpreting as "0" for backwards compatibility in %sini_quantity.php on line 4
int(0)
"- 1" => 
Warning: Invalid quantity "- 1": no valid leading digits, interpreting as "0" for backwards compatibility in %sini_quantity.php on line 4
int(0)
string(2) "14"
string(2) "10"
float(0.3333333333333333)
string(2) "14"
float(0.3333333333333333)
bool(false)
