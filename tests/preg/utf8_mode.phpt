--TEST--
preg: utf8 mode
--FILE--
<?php
var_dump(preg_match('/^.$/u', 'é'), preg_match('/^.$/', 'é'));
preg_match('/(\w+)/u', 'žluťoučký kůň', $m); var_dump($m);
var_dump(preg_match('/\w/', 'é'));
preg_match_all('/./u', 'aé😀', $m); var_dump($m);
var_dump(preg_replace('/./u', '[$0]', 'añb'));
var_dump(preg_match('/É/iu', 'é'));
--EXPECT--
int(1)
int(0)
array(2) {
  [0]=>
  string(13) "žluťoučký"
  [1]=>
  string(13) "žluťoučký"
}
int(0)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(2) "é"
    [2]=>
    string(4) "😀"
  }
}
string(10) "[a][ñ][b]"
int(1)
