--TEST--
parse_url() user and password edge cases
--FILE--
<?php
foreach (["http://user@host", "http://user:@host", "http://:pass@host", "http://@host", "http://u@h@host/x", "https://user:p:w@host/", "http://h:8080:9/"] as $u) {
    echo $u, "\n";
    var_dump(parse_url($u));
}
--EXPECT--
http://user@host
array(3) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["user"]=>
  string(4) "user"
}
http://user:@host
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["user"]=>
  string(4) "user"
  ["pass"]=>
  string(0) ""
}
http://:pass@host
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["user"]=>
  string(0) ""
  ["pass"]=>
  string(4) "pass"
}
http://@host
array(3) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["user"]=>
  string(0) ""
}
http://u@h@host/x
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["user"]=>
  string(3) "u@h"
  ["path"]=>
  string(2) "/x"
}
https://user:p:w@host/
array(5) {
  ["scheme"]=>
  string(5) "https"
  ["host"]=>
  string(4) "host"
  ["user"]=>
  string(4) "user"
  ["pass"]=>
  string(3) "p:w"
  ["path"]=>
  string(1) "/"
}
http://h:8080:9/
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(6) "h:8080"
  ["port"]=>
  int(9)
  ["path"]=>
  string(1) "/"
}
