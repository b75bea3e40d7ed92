--TEST--
ini_get_all: by extension, details, changed values, unknown extension
--FILE--
<?php
var_dump(ini_get_all("pcre"), ini_get_all("PCRE", false));
ini_set("pcre.jit", "0"); var_dump(ini_get_all("pcre")["pcre.jit"]);
var_dump(ini_get_all("nope"), ini_get_all("json"));
$all = ini_get_all(null, false);
var_dump($all["precision"], $all["memory_limit"], $all["include_path"], ini_get_all()["display_errors"]);
--EXPECTF--

Warning: ini_get_all(): Extension "PCRE" cannot be found in %sini_get_all.php on line 2
array(3) {
  ["pcre.backtrack_limit"]=>
  array(3) {
    ["global_value"]=>
    string(7) "1000000"
    ["local_value"]=>
    string(7) "1000000"
    ["access"]=>
    int(7)
  }
  ["pcre.jit"]=>
  array(3) {
    ["global_value"]=>
    string(1) "1"
    ["local_value"]=>
    string(1) "1"
    ["access"]=>
    int(7)
  }
  ["pcre.recursion_limit"]=>
  array(3) {
    ["global_value"]=>
    string(6) "100000"
    ["local_value"]=>
    string(6) "100000"
    ["access"]=>
    int(7)
  }
}
bool(false)
array(3) {
  ["global_value"]=>
  string(1) "1"
  ["local_value"]=>
  string(1) "0"
  ["access"]=>
  int(7)
}

Warning: ini_get_all(): Extension "nope" cannot be found in %sini_get_all.php on line 4
bool(false)
array(0) {
}
string(2) "14"
string(4) "128M"
string(16) ".:/usr/share/php"
array(3) {
  ["global_value"]=>
  string(1) "1"
  ["local_value"]=>
  string(1) "1"
  ["access"]=>
  int(7)
}
