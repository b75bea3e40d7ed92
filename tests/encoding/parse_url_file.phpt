--TEST--
parse_url() of file: URLs
--FILE--
<?php
var_dump(parse_url("file:///etc/passwd"), parse_url("file:///c:/dir/file.txt"), parse_url("file://server/share"), parse_url("FILE:///x"));
--EXPECT--
array(2) {
  ["scheme"]=>
  string(4) "file"
  ["path"]=>
  string(11) "/etc/passwd"
}
array(2) {
  ["scheme"]=>
  string(4) "file"
  ["path"]=>
  string(15) "c:/dir/file.txt"
}
array(3) {
  ["scheme"]=>
  string(4) "file"
  ["host"]=>
  string(6) "server"
  ["path"]=>
  string(6) "/share"
}
array(2) {
  ["scheme"]=>
  string(4) "FILE"
  ["path"]=>
  string(2) "/x"
}
