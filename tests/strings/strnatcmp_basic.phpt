--TEST--
strnatcmp() and strnatcasecmp() compare digit runs by value
--FILE--
<?php
var_dump(strnatcmp("img12.png", "img10.png"), strnatcmp("img2.png", "img10.png"), strcmp("img2.png", "img10.png"));
var_dump(strnatcmp("a01", "a1"), strnatcmp("a001", "a01"), strnatcmp("0.5", "0.12"), strnatcmp("x 1", "x  1"));
var_dump(strnatcmp("IMG2", "img2"), strnatcasecmp("IMG2", "img2"), strnatcasecmp("File10", "file9"));
var_dump(strnatcmp("", "a"), strnatcmp("a", ""), strnatcmp("", ""), strnatcmp("007", "7"), strnatcmp("1.10", "1.9"));
$files = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img2.png"];
usort_($files);
var_dump($files);
function usort_(array &$a) {
    for ($i = 1; $i < count($a); $i++)
        for ($j = $i; $j > 0 && strnatcasecmp($a[$j - 1], $a[$j]) > 0; $j--) { $t = $a[$j]; $a[$j] = $a[$j - 1]; $a[$j - 1] = $t; }
}
--EXPECT--
int(1)
int(-1)
int(1)
int(-1)
int(-1)
int(-1)
int(0)
int(-1)
int(0)
int(1)
int(-1)
int(1)
int(0)
int(0)
int(1)
array(5) {
  [0]=>
  string(8) "img1.png"
  [1]=>
  string(8) "IMG2.png"
  [2]=>
  string(8) "img2.png"
  [3]=>
  string(9) "img10.png"
  [4]=>
  string(9) "img12.png"
}
