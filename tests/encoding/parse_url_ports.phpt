--TEST--
parse_url() host:port without a scheme, and port limits
--FILE--
<?php
foreach (["host:80", "host:80/path", "localhost:65535", "localhost:65536", "a:0", "a:123456", ":80", "http://host:/x", "http://h:00080/", "http://h:abc/", "http://h:123456/", "www.example.com:8080?x=1", "a:1?x"] as $u) {
    echo $u, "\n";
    var_dump(parse_url($u));
}
--EXPECT--
host:80
array(2) {
  ["host"]=>
  string(4) "host"
  ["port"]=>
  int(80)
}
host:80/path
array(3) {
  ["host"]=>
  string(4) "host"
  ["port"]=>
  int(80)
  ["path"]=>
  string(5) "/path"
}
localhost:65535
array(2) {
  ["host"]=>
  string(9) "localhost"
  ["port"]=>
  int(65535)
}
localhost:65536
bool(false)
a:0
array(2) {
  ["host"]=>
  string(1) "a"
  ["port"]=>
  int(0)
}
a:123456
array(2) {
  ["scheme"]=>
  string(1) "a"
  ["path"]=>
  string(6) "123456"
}
:80
bool(false)
http://host:/x
array(3) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["path"]=>
  string(2) "/x"
}
http://h:00080/
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(1) "h"
  ["port"]=>
  int(80)
  ["path"]=>
  string(1) "/"
}
http://h:abc/
bool(false)
http://h:123456/
bool(false)
www.example.com:8080?x=1
array(3) {
  ["scheme"]=>
  string(15) "www.example.com"
  ["path"]=>
  string(4) "8080"
  ["query"]=>
  string(3) "x=1"
}
a:1?x
array(3) {
  ["scheme"]=>
  string(1) "a"
  ["path"]=>
  string(1) "1"
  ["query"]=>
  string(1) "x"
}
