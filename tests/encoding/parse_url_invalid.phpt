--TEST--
parse_url() returns false for URLs it cannot split
--FILE--
<?php
foreach (["http://", "http:///x", ":", "http://:80", "http://user@:80", "//:80", "http://h:65536/", "x:99999999"] as $u) {
    var_dump(parse_url($u));
}
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
array(2) {
  ["scheme"]=>
  string(1) "x"
  ["path"]=>
  string(8) "99999999"
}
