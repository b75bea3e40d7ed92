--TEST--
sort(): SORT_REGULAR, NUMERIC, STRING, STRING|FLAG_CASE, NATURAL
--FILE--
<?php
$base = ["10", 9, "9a", "1e1", "abc", "ABC", 2.5, "img12", "img2", true, null];
foreach ([SORT_REGULAR, SORT_NUMERIC, SORT_STRING, SORT_STRING | SORT_FLAG_CASE, SORT_NATURAL, SORT_NATURAL | SORT_FLAG_CASE, SORT_LOCALE_STRING] as $f) {
    $a = $base;
    var_dump(sort($a, $f));
    echo json_like($a), "\n";
}
function json_like($a) { $o = []; foreach ($a as $v) { $o[] = var_export($v, true); } return implode_like($o); }
function implode_like($o) { $s = ""; foreach ($o as $i => $v) { $s .= ($i ? "," : "") . $v; } return $s; }
--EXPECT--
bool(true)
NULL,2.5,9,'10','1e1','9a','ABC','abc','img12','img2',true
bool(true)
'abc','ABC','img12','img2',NULL,true,2.5,9,'9a','10','1e1'
bool(true)
NULL,true,'10','1e1',2.5,9,'9a','ABC','abc','img12','img2'
bool(true)
NULL,true,'10','1e1',2.5,9,'9a','abc','ABC','img12','img2'
bool(true)
NULL,true,'1e1',2.5,9,'9a','10','ABC','abc','img2','img12'
bool(true)
NULL,true,'1e1',2.5,9,'9a','10','abc','ABC','img2','img12'
bool(true)
NULL,true,'10','1e1',2.5,9,'9a','ABC','abc','img12','img2'
