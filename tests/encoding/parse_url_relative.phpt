--TEST--
parse_url() of paths, queries and scheme-relative URLs
--FILE--
<?php
foreach (["/path", "path/to", "?q=1", "#frag", "../x?y#z", "//example.com/x", "//example.com:99", "", "x?", "x#", "/a:1"] as $u) {
    echo $u, "\n";
    var_dump(parse_url($u));
}
--EXPECT--
/path
array(1) {
  ["path"]=>
  string(5) "/path"
}
path/to
array(1) {
  ["path"]=>
  string(7) "path/to"
}
?q=1
array(1) {
  ["query"]=>
  string(3) "q=1"
}
#frag
array(1) {
  ["fragment"]=>
  string(4) "frag"
}
../x?y#z
array(3) {
  ["path"]=>
  string(4) "../x"
  ["query"]=>
  string(1) "y"
  ["fragment"]=>
  string(1) "z"
}
//example.com/x
array(2) {
  ["host"]=>
  string(11) "example.com"
  ["path"]=>
  string(2) "/x"
}
//example.com:99
array(2) {
  ["host"]=>
  string(11) "example.com"
  ["port"]=>
  int(99)
}

array(1) {
  ["path"]=>
  string(0) ""
}
x?
array(2) {
  ["path"]=>
  string(1) "x"
  ["query"]=>
  string(0) ""
}
x#
array(2) {
  ["path"]=>
  string(1) "x"
  ["fragment"]=>
  string(0) ""
}
/a:1
bool(false)
