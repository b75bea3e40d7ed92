--TEST--
parse_url() of schemes without // (mailto, urn...)
--FILE--
<?php
foreach (["mailto:someone@example.com", "news:comp.lang.php", "urn:isbn:0451450523", "tel:+1-816-555-1212", "javascript:alert(1)", "http:", "http:/x", "a.b-c+d://x", "a_b://x", "1http://x", "ht tp://x"] as $u) {
    echo $u, "\n";
    var_dump(parse_url($u));
}
--EXPECT--
mailto:someone@example.com
array(2) {
  ["scheme"]=>
  string(6) "mailto"
  ["path"]=>
  string(19) "someone@example.com"
}
news:comp.lang.php
array(2) {
  ["scheme"]=>
  string(4) "news"
  ["path"]=>
  string(13) "comp.lang.php"
}
urn:isbn:0451450523
array(2) {
  ["scheme"]=>
  string(3) "urn"
  ["path"]=>
  string(15) "isbn:0451450523"
}
tel:+1-816-555-1212
array(2) {
  ["scheme"]=>
  string(3) "tel"
  ["path"]=>
  string(15) "+1-816-555-1212"
}
javascript:alert(1)
array(2) {
  ["scheme"]=>
  string(10) "javascript"
  ["path"]=>
  string(8) "alert(1)"
}
http:
array(1) {
  ["scheme"]=>
  string(4) "http"
}
http:/x
array(2) {
  ["scheme"]=>
  string(4) "http"
  ["path"]=>
  string(2) "/x"
}
a.b-c+d://x
array(2) {
  ["scheme"]=>
  string(7) "a.b-c+d"
  ["host"]=>
  string(1) "x"
}
a_b://x
array(1) {
  ["path"]=>
  string(7) "a_b://x"
}
1http://x
array(2) {
  ["scheme"]=>
  string(5) "1http"
  ["host"]=>
  string(1) "x"
}
ht tp://x
array(1) {
  ["path"]=>
  string(9) "ht tp://x"
}
